// SPDX-License-Identifier: GPL-3.0-or-later
#include "trayicon.h"

#include "jobs/job.h"
#include "jobs/jobdispatcher.h" // jobqueue.h needs it complete (setDispatcher is inline)
#include "jobs/jobqueue.h"
#include "jobs/jobstore.h"
#include "mainwindow.h"
#include "studio/telemetryalerts.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QFontMetrics>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace c41::ui {

namespace {

constexpr qint64 kMinRefreshGapMs = 500; // at most two refreshes a second

template <typename T>
T valueOr(net::Result<T> result, T fallback)
{
    return result.ok() ? std::move(*result) : std::move(fallback);
}

QString jobLine(const jobs::Job &job)
{
    QString state = jobs::stateText(job.state);
    if (job.state == jobs::JobState::Running && job.progress > 0)
        state = TrayIcon::tr("%1 %2%").arg(state).arg(qRound(job.progress));
    const QString title =
        QFontMetrics(QApplication::font()).elidedText(job.title(), Qt::ElideRight, 260);
    // "&" would make a mnemonic in a menu.
    QString text = TrayIcon::tr("#%1 %2 — %3").arg(job.id).arg(title, state);
    text.replace(u'&', QStringLiteral("&&"));
    return text;
}

} // namespace

TrayIcon::TrayIcon(jobs::JobStore *store, jobs::JobQueue *queue, MainWindow *window,
                   QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_queue(queue)
    , m_window(window)
{
    m_baseIcon = QApplication::windowIcon();
    if (m_baseIcon.isNull() && window)
        m_baseIcon = window->windowIcon();
    m_menu = new QMenu();
    m_menu->setAccessibleName(tr("C41 tray menu"));
    buildMenu();

    m_coalesce.setSingleShot(true);
    connect(&m_coalesce, &QTimer::timeout, this, &TrayIcon::refresh);
    if (m_queue)
        connect(m_queue, &jobs::JobQueue::changed, this, &TrayIcon::scheduleRefresh);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger ||
                        reason == QSystemTrayIcon::DoubleClick)
                        showWindow();
                });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_messageJob > 0)
                openJob(m_messageJob);
            else
                showWindow();
        });
        // The window may be hidden in the tray: closing a dialog must not quit.
        QApplication::setQuitOnLastWindowClosed(false);
    }
    m_closeToTrayAction->setChecked(closeToTray());
    m_closeToTrayAction->setEnabled(m_tray != nullptr);
    if (m_window)
        m_window->installEventFilter(this);
    refresh();
    if (m_tray)
        m_tray->show();
}

TrayIcon::~TrayIcon()
{
    if (m_tray)
        m_tray->setContextMenu(nullptr);
    delete m_menu;
}

bool TrayIcon::isAvailable() const
{
    return m_tray != nullptr;
}

QString TrayIcon::closeToTrayKey()
{
    return QStringLiteral("tray/closeToTray");
}

bool TrayIcon::closeToTray() const
{
    return QSettings().value(closeToTrayKey(), isAvailable()).toBool();
}

void TrayIcon::setCloseToTray(bool on)
{
    QSettings().setValue(closeToTrayKey(), on);
    if (m_closeToTrayAction->isChecked() != on)
        m_closeToTrayAction->setChecked(on);
}

bool TrayIcon::hideOnClose(bool closeToTray, bool trayAvailable, bool quitting)
{
    return closeToTray && trayAvailable && !quitting;
}

void TrayIcon::buildMenu()
{
    m_noJobs = m_menu->addAction(tr("No jobs yet"));
    m_noJobs->setEnabled(false);
    m_jobsSeparator = m_menu->addSeparator();
    m_open = m_menu->addAction(tr("Open C41 Control Center"));
    connect(m_open, &QAction::triggered, this, &TrayIcon::showWindow);
    m_pause = m_menu->addAction(tr("Pause queue"));
    connect(m_pause, &QAction::triggered, this, &TrayIcon::togglePause);
    m_closeToTrayAction = m_menu->addAction(tr("Close to tray"));
    m_closeToTrayAction->setCheckable(true);
    connect(m_closeToTrayAction, &QAction::toggled, this, [this](bool on) {
        if (QSettings().value(closeToTrayKey(), isAvailable()).toBool() != on)
            QSettings().setValue(closeToTrayKey(), on);
    });
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("Quit"));
    connect(m_quit, &QAction::triggered, this, &TrayIcon::quit);
}

void TrayIcon::scheduleRefresh()
{
    if (m_coalesce.isActive())
        return;
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - m_lastRefresh;
    m_coalesce.start(int(qBound<qint64>(0, kMinRefreshGapMs - since, kMinRefreshGapMs)));
}

void TrayIcon::refresh()
{
    m_coalesce.stop();
    m_lastRefresh = QDateTime::currentMSecsSinceEpoch();
    QList<jobs::Job> recent;
    QSet<qint64> unfinished;
    m_running = 0;
    m_queued = 0;
    if (m_store && m_store->isOpen()) {
        jobs::JobFilter running;
        running.states = {jobs::JobState::Dispatched, jobs::JobState::Running};
        jobs::JobFilter queued;
        queued.states = {jobs::JobState::Queued};
        m_running = valueOr(m_store->count(running), 0);
        m_queued = valueOr(m_store->count(queued), 0);
        jobs::JobFilter last;
        last.limit = kRecentJobs;
        recent = valueOr(m_store->list(last), QList<jobs::Job>());
        for (const jobs::Job &job : valueOr(m_store->active(), QList<jobs::Job>()))
            unfinished.insert(job.id);
        for (const jobs::Job &job : std::as_const(recent)) {
            if (!job.isFinished())
                unfinished.insert(job.id);
        }
        // Jobs that were under way at the last look and are not any more: tell.
        // Over a copy: notifyJobFinished() removes the job from m_active.
        const QSet<qint64> before = m_active;
        for (const qint64 id : before) {
            if (!unfinished.contains(id))
                notifyJobFinished(id);
        }
    }
    m_active = unfinished;
    m_paused = m_queue ? m_queue->isPaused() : false;

    for (QAction *action : std::as_const(m_jobActions)) {
        m_menu->removeAction(action);
        action->deleteLater();
    }
    m_jobActions.clear();
    for (const jobs::Job &job : std::as_const(recent)) {
        auto *action = new QAction(jobLine(job), m_menu);
        const qint64 id = job.id;
        connect(action, &QAction::triggered, this, [this, id] { openJob(id); });
        m_menu->insertAction(m_jobsSeparator, action);
        m_jobActions.append(action);
    }
    m_noJobs->setVisible(recent.isEmpty());

    m_pause->setText(m_paused ? tr("Resume queue") : tr("Pause queue"));
    m_pause->setEnabled(m_queue != nullptr);

    m_toolTip = tr("%1 running · %2 queued").arg(m_running).arg(m_queued);
    if (m_paused)
        m_toolTip += tr(" (paused)");
    updateIcon();
    if (m_tray) {
        m_tray->setToolTip(tr("C41 Control Center") + u'\n' + m_toolTip);
        m_tray->setIcon(m_icon);
    }
}

void TrayIcon::updateIcon()
{
    if (!isBusy() && !m_paused) {
        m_icon = m_baseIcon;
        return;
    }
    // A dot on the corner of the app icon: green while jobs run, amber when the
    // queue is paused.
    QIcon icon;
    for (const int side : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = m_baseIcon.pixmap(side, side);
        if (pixmap.isNull()) {
            pixmap = QPixmap(side, side);
            pixmap.fill(Qt::transparent);
        }
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal d = side * 0.5;
        const QRectF dot(side - d, side - d, d, d);
        p.setPen(QPen(Qt::white, qMax(1.0, side / 16.0)));
        p.setBrush(m_paused ? QColor(0xf5, 0xa6, 0x23) : QColor(0x2e, 0xcc, 0x71));
        p.drawEllipse(dot.adjusted(0.5, 0.5, -0.5, -0.5));
        p.end();
        icon.addPixmap(pixmap);
    }
    m_icon = icon;
}

void TrayIcon::togglePause()
{
    if (!m_queue)
        return;
    const net::Status status = m_queue->isPaused() ? m_queue->resume() : m_queue->pause();
    if (!status.ok())
        notify(tr("Job queue"), status.error().toString());
    refresh();
}

void TrayIcon::quit()
{
    m_quitting = true;
    QCoreApplication::quit();
}

void TrayIcon::showWindow()
{
    if (!m_window)
        return;
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void TrayIcon::openJob(qint64 id)
{
    showWindow();
    if (m_window && m_window->page(QStringLiteral("jobs")))
        m_window->setCurrentPage(QStringLiteral("jobs"));
    if (m_opener)
        m_opener(id);
}

void TrayIcon::notify(const QString &title, const QString &message, qint64 jobId)
{
    // Settings › Preferences can turn desktop notifications off; the status bar still says it.
    const bool desktop = QSettings().value(QStringLiteral("tray/notifications"), true).toBool();
    if (m_tray && desktop) {
        m_messageJob = jobId;
        m_tray->showMessage(title, message, m_icon);
    } else if (m_window) {
        m_window->statusBar()->showMessage(title + QStringLiteral(": ") + message, 15000);
    }
    Q_EMIT notified(title, message, jobId);
}

void TrayIcon::notifyJobFinished(qint64 id)
{
    if (!m_store || m_notified.contains(id))
        return;
    const net::Result<jobs::Job> job = m_store->job(id);
    if (!job.ok() || !job->isFinished())
        return;
    m_notified.insert(id);
    m_active.remove(id);
    QString title;
    QString message = job->title();
    switch (job->state) {
    case jobs::JobState::Succeeded:
        title = tr("Job %1 finished").arg(id);
        if (!job->server.isEmpty())
            message = tr("%1 (on %2)").arg(message, job->server);
        break;
    case jobs::JobState::Failed:
        title = tr("Job %1 failed").arg(id);
        if (!job->error.isEmpty())
            message = tr("%1: %2").arg(message, job->error);
        break;
    case jobs::JobState::Lost:
        title = tr("Job %1 was lost").arg(id);
        message =
            tr("%1: the server no longer knows it; retry it from the Jobs page.").arg(message);
        break;
    default:
        return; // cancelled: the user did it
    }
    notify(title, message, id);
}

void TrayIcon::notifyAlert(const studio::TelemetryAlert &alert)
{
    if (!alert.raised)
        return;
    notify(tr("Alert on %1").arg(alert.box), alert.message);
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close) {
        // Only the user's close (the title bar, the window manager) goes to the tray;
        // QCoreApplication::quit() and the session ending close the window for real.
        if (event->spontaneous() && hideOnClose(closeToTray(), isAvailable(), m_quitting)) {
            m_window->saveWindowState();
            m_window->hide();
            event->ignore();
            return true;
        }
        // With a tray, the last window closing no longer quits by itself.
        if (m_tray && !m_quitting)
            QTimer::singleShot(0, qApp, [] { QCoreApplication::quit(); });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace c41::ui
