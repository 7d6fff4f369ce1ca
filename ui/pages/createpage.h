// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/comfyui/templatelibrary.h"
#include "backends/comfyui/workflowparameters.h"
#include "net/result.h"

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <qcorotask.h>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace c41::backends {
class ObjectInfo;
}

namespace c41::jobs {
class JobQueue;
}

namespace c41::studio {
class CreateCatalog;
}

namespace c41::ui {

class TemplatePicker;
class TtsPanel;
class WorkflowForm;

// The Create page: pick a shipped template (grouped by kind) or import an API
// workflow, or text to speech; fill the generated form (ranges, choices and
// node packs from the server, through the CreateCatalog); pick the target (a
// server, a box, or any server that can run it); problems show inline as you
// type and Submit says why it is off. Submitting uploads the chosen files and
// queues the same job `c41ctl jobs add` would, then offers to open it on the
// Jobs page. Built on first show.
class CreatePage final : public QWidget
{
    Q_OBJECT
public:
    // `queue` may be null (no job database): the page then says so.
    CreatePage(studio::CreateCatalog *catalog, jobs::JobQueue *queue, QWidget *parent = nullptr);
    ~CreatePage() override;

    // A shipped template id, an imported workflow's path, or TemplatePicker::kTtsId.
    // False if unknown.
    bool selectTemplate(const QString &id);
    QString currentTemplate() const { return m_currentId; }
    // Adds an API-format workflow file and selects it; the error says why not.
    net::Status importWorkflow(const QString &path);
    // A server or box name, or "any". False if the picker does not offer it.
    bool setTarget(const QString &target);
    QString target() const;

    TemplatePicker *templateView() const { return m_templates; }
    WorkflowForm *form() const { return m_form; }
    TtsPanel *ttsPanel() const { return m_tts; }
    QComboBox *targetPicker() const { return m_target; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *openJobButton() const { return m_openJob; }
    QString submitReason() const; // why Submit is off ("" when on)
    QString problemsText() const; // the workflow-wide problems shown
    QString resultText() const;   // "Queued as job #12."
    QString checkNote() const;    // which server the form was checked against, and why
    QLabel *noServersLabel() const { return m_noServers; }
    qint64 lastJobId() const { return m_lastJob; }

public Q_SLOTS:
    void submit();
    void importDialog();

Q_SIGNALS:
    void openJobRequested(qint64 id);
    void jobQueued(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Mode { None, Workflow, Tts };

    void build();
    void fillTargets();
    void showCurrent(bool keepValues);
    void catalogChanged(const QString &server);
    void scheduleCheck();
    void check();
    void checkWorkflow();
    void checkTts();
    void setBlocked(const QString &reason, const QStringList &problems, const QString &note);
    void showResult(const QString &text, bool error, qint64 job);
    void pollTake();
    void addTakeButtons();
    void useTake(const QString &path);
    // The ComfyUI server to check the form against (and to upload to): the target
    // itself, or the one of its servers that can run the workflow.
    QString checkServer(const backends::Workflow &workflow, bool withForm) const;
    // Whether a job for the target must go to `server`: another server it may
    // reach lacks node packs the workflow needs.
    bool mustPin(const backends::Workflow &workflow, const QString &server) const;
    std::shared_ptr<const backends::ObjectInfo> infoOf(const QString &server) const;
    const backends::WorkflowTemplate *current() const;
    QString jobKindOfCurrent() const;
    QCoro::Task<> submitWorkflow();
    void submitTts();

    studio::CreateCatalog *m_catalog;
    QPointer<jobs::JobQueue> m_queue;
    bool m_built = false;
    Mode m_mode = Mode::None;
    QString m_currentId;
    QList<backends::WorkflowTemplate> m_imported;
    backends::WorkflowParameters m_parameters;
    std::shared_ptr<const backends::ObjectInfo> m_formInfo;
    QString m_returnTo; // the lip-sync template a new TTS take goes back to
    qint64 m_lastJob = 0;
    qint64 m_pendingTake = 0;
    bool m_submitting = false;
    bool m_showing = false; // in showCurrent(): no second rebuild from check()
    QTimer m_checkDelay;
    QTimer m_takePoll;

    TemplatePicker *m_templates = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_description = nullptr;
    QComboBox *m_target = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_kindLabel = nullptr;
    QLabel *m_serverState = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_noServers = nullptr;
    QScrollArea *m_formScroll = nullptr;
    WorkflowForm *m_form = nullptr;
    TtsPanel *m_tts = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_reason = nullptr;
    QPushButton *m_submit = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_openJob = nullptr;
};

} // namespace c41::ui
