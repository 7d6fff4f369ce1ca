// SPDX-License-Identifier: GPL-3.0-or-later
// The tray icon's model of the queue, offscreen (no system tray there): the tooltip
// counts, the last jobs with their states in the menu, pause/resume through the
// queue, notices for finished jobs and alerts (in the status bar without a tray),
// "close to tray" decided right, and the window not hidden on close without a tray.
#include "jobs/jobdispatcher.h"
#include "jobs/jobqueue.h"
#include "jobs/jobstore.h"
#include "mainwindow.h"
#include "studio/telemetryalerts.h"
#include "tray/trayicon.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace c41;
using c41::jobs::Job;
using c41::jobs::JobKind;
using c41::jobs::JobState;
using c41::ui::MainWindow;
using c41::ui::TrayIcon;

namespace {

template <typename T>
T val(net::Result<T> r)
{
    if (!r.ok())
        qFatal("%s", qPrintable(r.error().toString()));
    return std::move(*r);
}

Job job(JobKind kind, const char *prompt)
{
    Job j;
    j.kind = kind;
    j.params = nlohmann::json{{"prompt", prompt}};
    return j;
}

const QString kOwner = QStringLiteral("test/1/1");

} // namespace

class TestTrayIcon : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<jobs::JobStore> m_store;
    std::unique_ptr<jobs::JobQueue> m_queue;
    int m_db = 0;

    // Runs a queued job on a server, as a dispatcher would.
    void startJob(qint64 id, const QString &server, double progress)
    {
        QVERIFY(val(m_store->claim(id, kOwner, server, QStringLiteral("r%1").arg(id))));
        QVERIFY(val(m_store->markAccepted(id, kOwner)));
        QVERIFY(val(m_store->setProgress(id, kOwner, progress, QStringLiteral("sampling"), 10)));
    }

    static QStringList jobTexts(const TrayIcon &tray)
    {
        QStringList texts;
        for (QAction *a : tray.jobActions())
            texts << a->text();
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("c41-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_trayicon"));
        // Offscreen has no tray: this test covers the no-tray path of the real thing.
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
    }

    void init()
    {
        QSettings().clear();
        m_store = std::make_unique<jobs::JobStore>(
            m_dir.filePath(QStringLiteral("jobs%1.sqlite").arg(++m_db)));
        QVERIFY(m_store->open().ok());
        m_queue = std::make_unique<jobs::JobQueue>(m_store.get());
    }

    void cleanup()
    {
        m_queue.reset();
        m_store.reset();
    }

    void emptyQueue()
    {
        MainWindow window(nullptr, QStringLiteral("Demo lab"));
        TrayIcon tray(m_store.get(), m_queue.get(), &window);
        QVERIFY(!tray.isAvailable());
        QCOMPARE(tray.toolTip(), QStringLiteral("0 running · 0 queued"));
        QVERIFY(tray.jobActions().isEmpty());
        QVERIFY(!tray.isBusy());
        QCOMPARE(tray.pauseAction()->text(), QStringLiteral("Pause queue"));
        const QList<QAction *> actions = tray.menu()->actions();
        QStringList texts;
        for (QAction *a : actions) {
            if (a->isVisible() && !a->isSeparator())
                texts << a->text();
        }
        QCOMPARE(texts, (QStringList{QStringLiteral("No jobs yet"),
                                     QStringLiteral("Open C41 Control Center"),
                                     QStringLiteral("Pause queue"), QStringLiteral("Close to tray"),
                                     QStringLiteral("Quit")}));
    }

    void countsAndLastJobs()
    {
        // 7 jobs: the menu shows the 5 newest, with their states.
        QList<qint64> ids;
        for (int i = 0; i < 7; ++i)
            ids << val(m_store->enqueue(
                job(JobKind::Image, QStringLiteral("fox %1").arg(i).toUtf8().constData())));
        startJob(ids[6], QStringLiteral("forge-comfy"), 42);
        startJob(ids[5], QStringLiteral("forge-comfy-2"), 0);
        startJob(ids[4], QStringLiteral("forge-comfy-3"), 0);
        QVERIFY(val(m_store->finish(ids[4], kOwner, JobState::Failed,
                                    QStringLiteral("out of memory"), nlohmann::json::array())));
        QVERIFY(val(m_store->cancel(ids[3])));

        MainWindow window(nullptr, QStringLiteral("Demo lab"));
        TrayIcon tray(m_store.get(), m_queue.get(), &window);
        QCOMPARE(tray.runningCount(), 2);
        QCOMPARE(tray.queuedCount(), 3);
        QVERIFY(tray.isBusy());
        QCOMPARE(tray.toolTip(), QStringLiteral("2 running · 3 queued"));
        QCOMPARE(jobTexts(tray), (QStringList{QStringLiteral("#7 fox 6 — running 42%"),
                                              QStringLiteral("#6 fox 5 — running"),
                                              QStringLiteral("#5 fox 4 — failed"),
                                              QStringLiteral("#4 fox 3 — cancelled"),
                                              QStringLiteral("#3 fox 2 — queued")}));
        // The busy icon differs from the plain app icon (a dot is painted on it).
        QVERIFY(!tray.icon().isNull());

        // A new job shows up after JobQueue::changed, coalesced.
        QSignalSpy spy(m_queue.get(), &jobs::JobQueue::changed);
        val(m_queue->submit(job(JobKind::Tts, "hello & goodbye")));
        QCOMPARE(spy.count(), 1);
        QTRY_COMPARE(tray.queuedCount(), 4);
        QCOMPARE(tray.toolTip(), QStringLiteral("2 running · 4 queued"));
        // "&" is doubled so it is not read as a mnemonic.
        QCOMPARE(tray.jobActions().first()->text(), QStringLiteral("#8 hello && goodbye — queued"));
    }

    void refreshesAreCoalesced()
    {
        MainWindow window(nullptr, QStringLiteral("Demo lab"));
        TrayIcon tray(m_store.get(), m_queue.get(), &window);
        // Ten submits in a burst: the tray reads the store at most twice a second.
        for (int i = 0; i < 10; ++i)
            val(m_queue->submit(job(JobKind::Image, "burst")));
        QCOMPARE(tray.queuedCount(), 0); // not yet: the refresh waits
        QTRY_COMPARE(tray.queuedCount(), 10);
    }

    void pauseActionTogglesTheQueue()
    {
        MainWindow window(nullptr, QStringLiteral("Demo lab"));
        TrayIcon tray(m_store.get(), m_queue.get(), &window);
        QVERIFY(!m_queue->isPaused());
        tray.pauseAction()->trigger();
        QVERIFY(m_queue->isPaused());
        QVERIFY(m_store->isPaused()); // shared with every process
        QCOMPARE(tray.pauseAction()->text(), QStringLiteral("Resume queue"));
        QCOMPARE(tray.toolTip(), QStringLiteral("0 running · 0 queued (paused)"));
        tray.pauseAction()->trigger();
        QVERIFY(!m_queue->isPaused());
        QCOMPARE(tray.pauseAction()->text(), QStringLiteral("Pause queue"));
    }

    void finishedJobsAreAnnouncedOnce()
    {
        const qint64 ok = val(m_store->enqueue(job(JobKind::Image, "a lighthouse")));
        const qint64 bad = val(m_store->enqueue(job(JobKind::Tts, "a poem")));
        const qint64 cancelled = val(m_store->enqueue(job(JobKind::Image, "never mind")));
        startJob(ok, QStringLiteral("forge-comfy"), 10);
        startJob(bad, QStringLiteral("forge-tts"), 10);
        startJob(cancelled, QStringLiteral("forge-comfy-2"), 10);

        MainWindow window(nullptr, QStringLiteral("Demo lab"));
        TrayIcon tray(m_store.get(), m_queue.get(), &window);
        QSignalSpy spy(&tray, &TrayIcon::notified);
        QVERIFY(val(m_store->finish(ok, kOwner, JobState::Succeeded, {},
                                    nlohmann::json::array({"/tmp/a.png"}))));
        QVERIFY(
            val(m_store->finish(bad, kOwner, JobState::Failed,
                                QStringLiteral("the voice is unknown"), nlohmann::json::array())));
        QVERIFY(val(
            m_store->finish(cancelled, kOwner, JobState::Cancelled, {}, nlohmann::json::array())));
        // Another process wrote these (the dispatcher's writes tell the tray the same way).
        tray.scheduleRefresh();
        QTRY_COMPARE(spy.count(), 2);
        QSet<qint64> announced;
        for (const QList<QVariant> &args : std::as_const(spy))
            announced.insert(args.at(2).toLongLong());
        QCOMPARE(announced, (QSet<qint64>{ok, bad}));
        // No tray: the notice is in the status bar, with the reason of the failure.
        const QString shown = window.statusBar()->currentMessage();
        QVERIFY2(shown.contains(QStringLiteral("failed")) ||
                     shown.contains(QStringLiteral("finished")),
                 qPrintable(shown));
        bool sawReason = false;
        for (const QList<QVariant> &args : std::as_const(spy)) {
            if (args.at(2).toLongLong() == bad) {
                QCOMPARE(args.at(0).toString(), QStringLiteral("Job %1 failed").arg(bad));
                QCOMPARE(args.at(1).toString(), QStringLiteral("a poem: the voice is unknown"));
                sawReason = true;
            }
        }
        QVERIFY(sawReason);
        // The dispatcher's jobFinished for the same job says nothing new.
        tray.notifyJobFinished(ok);
        tray.refresh();
        QCOMPARE(spy.count(), 2);
    }

    void alertsAreAnnouncedWhenRaised()
    {
        MainWindow window(nullptr, QStringLiteral("Demo lab"));
        TrayIcon tray(m_store.get(), m_queue.get(), &window);
        QSignalSpy spy(&tray, &TrayIcon::notified);
        studio::TelemetryAlert alert;
        alert.box = QStringLiteral("forge");
        alert.device = QStringLiteral("0");
        alert.value = 91;
        alert.message = QStringLiteral("GPU 0 is at 91 °C");
        tray.notifyAlert(alert);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Alert on forge: GPU 0 is at 91 °C"));
        alert.raised = false;
        alert.message = QStringLiteral("GPU 0 is back to 70 °C");
        tray.notifyAlert(alert);
        QCOMPARE(spy.count(), 1);
    }

    void closeToTrayDecision()
    {
        QVERIFY(TrayIcon::hideOnClose(true, true, false));
        QVERIFY(!TrayIcon::hideOnClose(false, true, false)); // option off: quit
        QVERIFY(!TrayIcon::hideOnClose(true, false, false)); // no tray: quit as usual
        QVERIFY(!TrayIcon::hideOnClose(true, true, true));   // "Quit" from the menu

        MainWindow window(nullptr, QStringLiteral("Demo lab"));
        TrayIcon tray(m_store.get(), m_queue.get(), &window);
        // Without a tray the option is off by default and can't be turned on here.
        QVERIFY(!tray.closeToTray());
        QVERIFY(!tray.closeToTrayAction()->isEnabled());
        tray.setCloseToTray(true);
        QVERIFY(tray.closeToTray());
        QCOMPARE(QSettings().value(TrayIcon::closeToTrayKey()).toBool(), true);
        QVERIFY(tray.closeToTrayAction()->isChecked());
        // Even so, with no tray closing the window really closes it.
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.close());
        QVERIFY(!window.isVisible());
    }

    void openJobShowsTheWindowOnTheJobsPage()
    {
        const qint64 id = val(m_store->enqueue(job(JobKind::Image, "a harbour")));
        MainWindow window(nullptr, QStringLiteral("Demo lab"));
        window.addPage(QStringLiteral("dashboard"), QStringLiteral("Dashboard"), new QWidget);
        window.addPage(QStringLiteral("jobs"), QStringLiteral("Jobs"), new QWidget);
        window.setCurrentPage(QStringLiteral("dashboard"));
        TrayIcon tray(m_store.get(), m_queue.get(), &window);
        qint64 opened = 0;
        tray.setJobOpener([&opened](qint64 job) { opened = job; });
        QVERIFY(!window.isVisible());
        QCOMPARE(tray.jobActions().size(), 1);
        tray.jobActions().first()->trigger();
        QVERIFY(window.isVisible());
        QCOMPARE(window.currentPageId(), QStringLiteral("jobs"));
        QCOMPARE(opened, id);
    }

    void noStoreNoCrash()
    {
        MainWindow window(nullptr, QStringLiteral("Demo lab"));
        TrayIcon tray(nullptr, nullptr, &window);
        QCOMPARE(tray.toolTip(), QStringLiteral("0 running · 0 queued"));
        QVERIFY(!tray.pauseAction()->isEnabled());
        tray.notifyJobFinished(1);
        tray.notify(QStringLiteral("Job queue"), QStringLiteral("off"));
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Job queue: off"));
    }
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
