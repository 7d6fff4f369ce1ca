// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/gpumemoryfreer.h"

#include <QCoro/QCoroTask>
#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace c41::jobs {
class JobQueue;
class JobStore;
enum class JobState;
enum class QueueMove;
} // namespace c41::jobs

namespace c41::ui {

class JobsModel;

// The Jobs page: the studio's job history (newest first, loaded a page at a
// time) with state, kind, prompt, server, a progress bar, start and duration;
// filters by state, kind and text; a details pane for the selected job (state
// in words, server, parameters, the error, the outputs and a preview); and the
// actions Cancel, Retry, Re-run, Reveal output and Pause/Resume queue; a
// queued job moves to the top, up, down or to the bottom of the queue (buttons,
// context menu, Ctrl+Home/Up/Down/End on the table; the "Queued" filter lists
// the queue in its order); while the queue is paused, "Free GPU memory" unloads
// the models of the ComfyUI servers that run nothing. Follows the queue's
// changed() signal without losing the selection.
class JobsPage final : public QWidget
{
    Q_OBJECT
public:
    JobsPage(jobs::JobStore *store, jobs::JobQueue *queue, QWidget *parent = nullptr);

    JobsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *stateFilter() const { return m_stateFilter; }
    QComboBox *kindFilter() const { return m_kindFilter; }
    QLineEdit *textFilter() const { return m_textFilter; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *rerunButton() const { return m_rerun; }
    QPushButton *revealButton() const { return m_reveal; }
    QPushButton *pauseButton() const { return m_pause; }
    QAction *moveTopAction() const { return m_moveTop; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *moveBottomAction() const { return m_moveBottom; }
    QPushButton *freeMemoryButton() const { return m_freeMemory; }

    // What "Free GPU memory" uses (not owned; the app's JobServices holds it).
    // Without one, or with no ComfyUI server in it, the button never shows.
    void setMemoryFreer(jobs::GpuMemoryFreer *freer);

    // Selects the job's row if it is loaded; false otherwise.
    bool selectJob(qint64 id);
    qint64 selectedJobId() const; // 0: none
    // What the details pane shows (for tests and accessibility).
    QString detailsState() const;
    QString detailsError() const;
    QStringList detailsOutputs() const;
    bool hasPreview() const;
    QString message() const; // the last action's result or error
    bool isEmptyStateShown() const;

private:
    void applyFilter();
    void updateDetails();
    void updateButtons();
    void updateSummary();
    void showMessage(const QString &text, bool error);
    void cancelSelected();
    void retrySelected(bool rerun);
    void revealSelected();
    void togglePause();
    void moveSelected(jobs::QueueMove where);
    void showMoved(qint64 id, int place);
    QCoro::Task<> freeMemory();
    void updateFreeMemoryButton();
    QString outputFolder() const;

    jobs::JobStore *m_store;
    jobs::JobQueue *m_queue;
    JobsModel *m_model;
    QList<QList<jobs::JobState>> m_stateChoices;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QComboBox *m_stateFilter;
    QComboBox *m_kindFilter;
    QLineEdit *m_textFilter;
    QTimer *m_textDebounce;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_rerun;
    QPushButton *m_reveal;
    QPushButton *m_pause;
    QAction *m_moveTop;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_moveBottom;
    QPushButton *m_freeMemory;
    QPointer<jobs::GpuMemoryFreer> m_freer;
    bool m_freeing = false;
    QLabel *m_message;
    QLabel *m_summary;

    QStackedWidget *m_detailsStack;
    QLabel *m_detailTitle;
    QLabel *m_detailState;
    QLabel *m_detailServer;
    QLabel *m_detailTimes;
    QLabel *m_detailParams;
    QLabel *m_detailError;
    QLabel *m_outputsLabel;
    QListWidget *m_outputs;
    QPushButton *m_revealDetails;
    QLabel *m_preview;
    QString m_previewKey;
    qint64 m_keptSelection = 0;
};

} // namespace c41::ui
