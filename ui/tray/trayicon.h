// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

#include <functional>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace c41::jobs {
class JobQueue;
class JobStore;
} // namespace c41::jobs

namespace c41::studio {
struct TelemetryAlert;
}

namespace c41::ui {

class MainWindow;

// The studio in the system tray, where one exists: the app icon with a dot while
// jobs run, "N running · M queued" as the tooltip, and a menu with the last jobs,
// open window, pause/resume queue, close to tray, and quit. Jobs that finish or
// fail and raised telemetry alerts become desktop notifications (through
// QSystemTrayIcon: freedesktop, Notification Center, toasts); clicking one opens
// the window on the job. Without a tray the same notices go to the window's
// status bar, and closing the window quits as usual.
//
// The menu and tooltip are kept up to date even without a tray (tests read them).
// Counts and jobs are read from the local JobStore; refreshes are coalesced to at
// most two a second.
class TrayIcon final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kRecentJobs = 5;

    // `store` and `queue` may be null (no job database): the menu then has no jobs.
    TrayIcon(jobs::JobStore *store, jobs::JobQueue *queue, MainWindow *window,
             QObject *parent = nullptr);
    ~TrayIcon() override;

    // Whether a system tray exists and the icon is shown in it.
    bool isAvailable() const;
    QSystemTrayIcon *systemTrayIcon() const { return m_tray; }
    QMenu *menu() const { return m_menu; }
    QString toolTip() const { return m_toolTip; }
    QIcon icon() const { return m_icon; }
    int runningCount() const { return m_running; }
    int queuedCount() const { return m_queued; }
    bool isBusy() const { return m_running > 0; }
    QAction *pauseAction() const { return m_pause; }
    QAction *openAction() const { return m_open; }
    QAction *closeToTrayAction() const { return m_closeToTrayAction; }
    QAction *quitAction() const { return m_quit; }
    QList<QAction *> jobActions() const { return m_jobActions; }

    // "Close to tray": QSettings key, on by default when a tray exists.
    static QString closeToTrayKey();
    bool closeToTray() const;
    void setCloseToTray(bool on);
    // What closing the window does: hide it (true) or let it close and quit.
    static bool hideOnClose(bool closeToTray, bool trayAvailable, bool quitting);

    // Called when a job is opened (menu or notification) after the window is shown
    // on its Jobs page (if it has one), e.g. to select the job there.
    void setJobOpener(std::function<void(qint64)> opener) { m_opener = std::move(opener); }
    void showWindow();
    void openJob(qint64 id);

    // A notice: a desktop notification with a tray, else the status bar.
    // `jobId` (0: none) is opened when the notification is clicked.
    void notify(const QString &title, const QString &message, qint64 jobId = 0);
    // A finished job: "succeeded" / "failed" (with the reason) / "lost"; nothing
    // for a cancelled one, and never twice for one job.
    void notifyJobFinished(qint64 id);
    // A raised alert (cleared ones say nothing).
    void notifyAlert(const studio::TelemetryAlert &alert);

public Q_SLOTS:
    // Refresh soon: at most two refreshes a second.
    void scheduleRefresh();
    // Reads the counts and the last jobs now.
    void refresh();

Q_SIGNALS:
    // After every notice (either way it was shown).
    void notified(const QString &title, const QString &message, qint64 jobId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenu();
    void updateIcon();
    void togglePause();
    void quit();

    jobs::JobStore *m_store;
    QPointer<jobs::JobQueue> m_queue;
    QPointer<MainWindow> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_jobsSeparator = nullptr;
    QAction *m_noJobs = nullptr;
    QList<QAction *> m_jobActions;
    QAction *m_open = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_closeToTrayAction = nullptr;
    QAction *m_quit = nullptr;
    QIcon m_baseIcon;
    QIcon m_icon;
    QString m_toolTip;
    QTimer m_coalesce;
    qint64 m_lastRefresh = 0;
    int m_running = 0;
    int m_queued = 0;
    bool m_paused = false;
    bool m_quitting = false;
    QSet<qint64> m_active;   // unfinished jobs seen at the last refresh
    QSet<qint64> m_notified; // finished jobs already announced
    qint64 m_messageJob = 0; // the job of the last notification
    std::function<void(qint64)> m_opener;
};

} // namespace c41::ui
