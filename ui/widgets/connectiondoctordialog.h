// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics/serverdiagnosis.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace c41::diagnostics {
class ConnectionDoctor;
}

namespace c41::ui {

class PhaseBar;

// "Test connection": runs the connection doctor on one server and shows, per
// endpoint, the phases of the request as a bar (DNS, connect, TLS, first byte),
// the HTTP status and the diagnosis in words. Never blocks: the check runs in the
// doctor while a busy bar moves. "Run again" checks again, "Copy report" puts the
// plain-text report on the clipboard. Closing it cancels a check still running.
class ConnectionDoctorDialog final : public QDialog
{
    Q_OBJECT
public:
    // server: a configured name or a KIND+URL. The check starts when the dialog
    // is first shown (or on run()).
    ConnectionDoctorDialog(diagnostics::ConnectionDoctor *doctor, QString server,
                           QWidget *parent = nullptr);
    ~ConnectionDoctorDialog() override;

    QString server() const { return m_server; }
    bool isRunning() const { return m_running; }
    const std::optional<diagnostics::ServerDiagnosis> &diagnosis() const { return m_diagnosis; }
    // What "Copy report" copies (empty before the first result).
    QString reportText() const;

    QPushButton *runAgainButton() const { return m_runAgain; }
    QPushButton *copyButton() const { return m_copy; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void checkDone();

protected:
    void showEvent(QShowEvent *event) override;
    void done(int result) override;

private:
    void onFinished(const diagnostics::ServerDiagnosis &diagnosis);
    void onFailed(const QString &server, const QString &message);
    void setRunning(bool running);
    void clearEndpoints();
    void showDiagnosis(const diagnostics::ServerDiagnosis &diagnosis);

    QPointer<diagnostics::ConnectionDoctor> m_doctor;
    QString m_server;
    std::optional<diagnostics::ServerDiagnosis> m_diagnosis;
    QString m_failure;
    bool m_running = false;
    bool m_started = false;

    QLabel *m_title = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_summaryDot = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_busy = nullptr;
    QVBoxLayout *m_endpoints = nullptr;
    QPushButton *m_runAgain = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace c41::ui
