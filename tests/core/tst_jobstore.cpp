// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/jobdispatcher.h"
#include "jobs/jobstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace c41::jobs;
using json = nlohmann::json;

namespace {
// The value, or the test stops with the store's error in words.
template <typename T>
T val(c41::net::Result<T> r)
{
    if (!r.ok())
        qFatal("%s", qPrintable(r.error().toString()));
    return std::move(r).value();
}
} // namespace

class TestJobStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("jobs-%1.db").arg(++m_n)); }

    static Job imageJob(const QString &prompt, const QString &target = QStringLiteral("any"))
    {
        Job j;
        j.kind = JobKind::Image;
        j.target = target;
        j.params =
            json{{"prompt", prompt.toStdString()}, {"seed", 42}, {"workflow", json::object()}};
        return j;
    }

    static QList<qint64> queueOrder(JobStore &store)
    {
        QList<qint64> ids;
        const auto jobs = store.queued();
        if (jobs.ok())
            for (const Job &j : *jobs)
                ids << j.id;
        return ids;
    }

private Q_SLOTS:
    void opensInWalWithASchemaVersion()
    {
        JobStore store(freshPath());
        QVERIFY(store.open().ok());
        QCOMPARE(store.schemaVersion(), JobStore::kSchemaVersion);
        // Reopening an existing file keeps its data.
        const qint64 id = val(store.enqueue(imageJob(QStringLiteral("a fox"))));
        JobStore again(store.path());
        QVERIFY(again.open().ok());
        QCOMPARE(val(again.job(id)).title(), QStringLiteral("a fox"));
    }

    void refusesANewerSchema()
    {
        const QString path = freshPath();
        {
            JobStore store(path);
            QVERIFY(store.open().ok());
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        JobStore store(path);
        const auto s = store.open();
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("newer")),
                 qPrintable(s.error().message));
    }

    void roundTripsEveryField()
    {
        JobStore store(freshPath());
        QVERIFY(store.open().ok());
        Job j = imageJob(QStringLiteral("a red bicycle"), QStringLiteral("forge"));
        const qint64 id = val(store.enqueue(j));
        Job back = val(store.job(id));
        QCOMPARE(back.state, JobState::Queued);
        QCOMPARE(back.kind, JobKind::Image);
        QCOMPARE(back.target, QStringLiteral("forge"));
        QCOMPARE(back.params.at("seed").get<int>(), 42);
        QCOMPARE(back.attempts, 1);
        QVERIFY(back.created.isValid());

        QVERIFY(val(store.claim(id, QStringLiteral("me"), QStringLiteral("forge-comfy"),
                                QStringLiteral("pid-1"))));
        back = val(store.job(id));
        QCOMPARE(back.state, JobState::Dispatched);
        QCOMPARE(back.server, QStringLiteral("forge-comfy"));
        QCOMPARE(back.remoteId, QStringLiteral("pid-1"));
        QVERIFY(!back.remoteAccepted);
        QVERIFY(back.started.isValid());
        QVERIFY(back.lease.isValid());

        QVERIFY(val(store.markAccepted(id, QStringLiteral("me"))));
        QVERIFY(val(
            store.setProgress(id, QStringLiteral("me"), 40, QStringLiteral("KSampler 8/20"), 12)));
        QVERIFY(val(store.setOutputDir(id, QStringLiteral("me"), QStringLiteral("/out/1-image"))));
        back = val(store.job(id));
        QCOMPARE(back.state, JobState::Running);
        QVERIFY(back.remoteAccepted);
        QCOMPARE(back.progress, 40.0);
        QCOMPARE(back.step, QStringLiteral("KSampler 8/20"));
        QCOMPARE(back.etaSeconds, 12);
        QCOMPARE(back.outputDir, QStringLiteral("/out/1-image"));

        // Someone who does not hold it cannot finish it.
        QVERIFY(
            !val(store.finish(id, QStringLiteral("other"), JobState::Failed, {}, json::array())));
        QVERIFY(val(store.finish(id, QStringLiteral("me"), JobState::Succeeded, {},
                                 json::array({"/out/1-image/a.png"}))));
        back = val(store.job(id));
        QCOMPARE(back.state, JobState::Succeeded);
        QCOMPARE(back.progress, 100.0);
        QCOMPARE(back.outputs.size(), size_t(1));
        QVERIFY(back.finished.isValid());
        QVERIFY(back.owner.isEmpty());
        // A finished job cannot be claimed or finished again.
        QVERIFY(!val(store.claim(id, QStringLiteral("me"), {}, {})));
        QVERIFY(!val(store.finish(id, QStringLiteral("me"), JobState::Failed, {}, json::array())));
    }

    void aJobIsClaimedByOneConnectionOnly()
    {
        const QString path = freshPath();
        JobStore a(path), b(path);
        QVERIFY(a.open().ok());
        QVERIFY(b.open().ok());
        const qint64 id = val(a.enqueue(imageJob(QStringLiteral("x"))));
        QVERIFY(val(b.claim(id, QStringLiteral("b"), QStringLiteral("s"), QStringLiteral("r"))));
        QVERIFY(!val(a.claim(id, QStringLiteral("a"), QStringLiteral("s"), QStringLiteral("r2"))));
        QCOMPARE(val(a.job(id)).owner, QStringLiteral("b"));
        QCOMPARE(val(a.job(id)).remoteId, QStringLiteral("r"));
        QCOMPARE(val(a.activeCount(QStringLiteral("s"))), 1);
        // The server's limit is checked in the same statement as the claim.
        const qint64 second = val(a.enqueue(imageJob(QStringLiteral("y"))));
        QVERIFY(!val(a.claim(second, QStringLiteral("a"), QStringLiteral("s"), {}, 1)));
        QVERIFY(val(a.claim(second, QStringLiteral("a"), QStringLiteral("s"), {}, 2)));
        QCOMPARE(val(a.activeCount(QStringLiteral("s"))), 2);
        // Take-over is compare-and-set on the previous owner.
        QVERIFY(!val(a.takeOver(id, QStringLiteral("someone"), QStringLiteral("a"))));
        QVERIFY(val(a.takeOver(id, QStringLiteral("b"), QStringLiteral("a"))));
        QVERIFY(!val(b.takeOver(id, QStringLiteral("b"), QStringLiteral("b"))));
        QCOMPARE(val(b.release(QStringLiteral("a"))), 2);
        QVERIFY(val(b.job(id)).owner.isEmpty());
    }

    void queueOrderReorderAndFront()
    {
        JobStore store(freshPath());
        QVERIFY(store.open().ok());
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids << val(store.enqueue(imageJob(QStringLiteral("job %1").arg(i))));
        QCOMPARE(queueOrder(store), ids);
        // Drag the last two ahead of the second one.
        QVERIFY(store.reorder({ids[3], ids[4], ids[1], ids[2]}).ok());
        QCOMPARE(queueOrder(store), (QList<qint64>{ids[0], ids[3], ids[4], ids[1], ids[2]}));
        QVERIFY(store.moveToFront(ids[2]).ok());
        QCOMPARE(queueOrder(store).first(), ids[2]);
        // New jobs go to the back.
        const qint64 last = val(store.enqueue(imageJob(QStringLiteral("late"))));
        QCOMPARE(queueOrder(store).last(), last);
    }

    void movesAQueuedJobTopUpDownBottomAndBefore()
    {
        JobStore store(freshPath());
        QVERIFY(store.open().ok());
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids << val(store.enqueue(imageJob(QStringLiteral("job %1").arg(i))));
        QCOMPARE(val(store.queueOrder()), ids);
        const auto order = [&](std::initializer_list<int> at) {
            QList<qint64> expected;
            for (int i : at)
                expected << ids[i];
            return expected;
        };
        // The answer is the job's new place (0: next to run).
        QCOMPARE(val(store.move(ids[3], QueueMove::Up)), 2);
        QCOMPARE(queueOrder(store), order({0, 1, 3, 2, 4}));
        QCOMPARE(val(store.move(ids[0], QueueMove::Down)), 1);
        QCOMPARE(queueOrder(store), order({1, 0, 3, 2, 4}));
        QCOMPARE(val(store.move(ids[4], QueueMove::Top)), 0);
        QCOMPARE(queueOrder(store), order({4, 1, 0, 3, 2}));
        QCOMPARE(val(store.move(ids[1], QueueMove::Bottom)), 4);
        QCOMPARE(queueOrder(store), order({4, 0, 3, 2, 1}));
        // At the ends, up and down stay put.
        QCOMPARE(val(store.move(ids[4], QueueMove::Up)), 0);
        QCOMPARE(val(store.move(ids[1], QueueMove::Down)), 4);
        QCOMPARE(queueOrder(store), order({4, 0, 3, 2, 1}));
        // Before another job, from either side; before itself: nothing moves.
        QCOMPARE(val(store.moveBefore(ids[1], ids[0])), 1);
        QCOMPARE(queueOrder(store), order({4, 1, 0, 3, 2}));
        QCOMPARE(val(store.moveBefore(ids[4], ids[2])), 3);
        QCOMPARE(queueOrder(store), order({1, 0, 3, 4, 2}));
        QCOMPARE(val(store.moveBefore(ids[3], ids[3])), 2);
        QCOMPARE(val(store.moveBefore(ids[1], 0)), 4); // 0: to the back
        QCOMPARE(queueOrder(store), order({0, 3, 4, 2, 1}));
        // Many moves into the same gap never mix the order up.
        for (int i = 0; i < 60; ++i)
            QVERIFY(store.moveBefore(i % 2 ? ids[4] : ids[2], ids[3]).ok());
        QCOMPARE(queueOrder(store), order({0, 2, 4, 3, 1}));
        // A new job still goes to the back.
        const qint64 late = val(store.enqueue(imageJob(QStringLiteral("late"))));
        QCOMPARE(queueOrder(store).last(), late);
    }

    void movingAJobThatIsNotQueuedSaysWhy()
    {
        JobStore store(freshPath());
        QVERIFY(store.open().ok());
        const qint64 a = val(store.enqueue(imageJob(QStringLiteral("a"))));
        const qint64 b = val(store.enqueue(imageJob(QStringLiteral("b"))));
        QVERIFY(val(store.claim(a, QStringLiteral("me"), QStringLiteral("forge-comfy"),
                                QStringLiteral("p-1"))));
        auto r = store.move(a, QueueMove::Top);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("not waiting in the queue")),
                 qPrintable(r.error().toString()));
        r = store.moveBefore(b, a);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("job %1").arg(a)));
        r = store.move(999, QueueMove::Down);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("no job 999")));
        QCOMPARE(queueOrder(store), QList<qint64>{b}); // nothing changed
    }

    void aFinishedJobHasNoStepLeft()
    {
        JobStore store(freshPath());
        QVERIFY(store.open().ok());
        const qint64 id = val(store.enqueue(imageJob(QStringLiteral("a"))));
        const QString me = QStringLiteral("me");
        QVERIFY(val(store.claim(id, me, QStringLiteral("forge-comfy"), QStringLiteral("p-1"))));
        QVERIFY(val(store.setProgress(id, me, 97, QStringLiteral("running VAEDecode…"), 2)));
        QCOMPARE(val(store.job(id)).step, QStringLiteral("running VAEDecode…"));
        QVERIFY(val(store.finish(id, me, JobState::Succeeded, {}, json::array())));
        const Job done = val(store.job(id));
        QCOMPARE(done.step, QString());
        QCOMPARE(done.progress, 100.0);
        QCOMPARE(done.etaSeconds, -1);
    }

    void cancelAndRetry()
    {
        JobStore store(freshPath());
        QVERIFY(store.open().ok());
        const qint64 pending = val(store.enqueue(imageJob(QStringLiteral("p"))));
        const qint64 running = val(store.enqueue(imageJob(QStringLiteral("r"))));
        QVERIFY(val(store.claim(running, QStringLiteral("me"), QStringLiteral("s"), {})));

        QCOMPARE(val(store.cancel(pending)), true); // removed from the run at once
        QCOMPARE(val(store.job(pending)).state, JobState::Cancelled);
        QVERIFY(!queueOrder(store).contains(pending));
        QCOMPARE(val(store.cancel(running)), false); // its dispatcher interrupts it
        QVERIFY(val(store.job(running)).cancelRequested);
        QCOMPARE(val(store.job(running)).state, JobState::Dispatched);
        QVERIFY(!store.cancel(pending).ok()); // already finished

        QVERIFY(!store.retry(running).ok()); // still running
        const qint64 again = val(store.retry(pending));
        const Job j = val(store.job(again));
        QCOMPARE(j.state, JobState::Queued);
        QCOMPARE(j.retryOf, pending);
        QCOMPARE(j.attempts, 2);
        QCOMPARE(j.title(), QStringLiteral("p"));
        QCOMPARE(val(store.job(pending)).state, JobState::Cancelled); // history kept
        // Old history can be purged; queued and running jobs stay.
        QCOMPARE(val(store.purgeFinished(QDateTime::currentDateTimeUtc().addSecs(60))), 1);
        QVERIFY(!store.job(pending).ok());
        QVERIFY(store.job(running).ok());
        QVERIFY(store.job(again).ok());
    }

    void pauseIsSharedBetweenConnections()
    {
        const QString path = freshPath();
        JobStore a(path), b(path);
        QVERIFY(a.open().ok());
        QVERIFY(b.open().ok());
        QVERIFY(!b.isPaused());
        QVERIFY(a.setPaused(true).ok());
        QVERIFY(b.isPaused());
        QVERIFY(a.setPaused(false).ok());
        QVERIFY(!b.isPaused());
    }

    void filtersHistory()
    {
        JobStore store(freshPath());
        QVERIFY(store.open().ok());
        for (int i = 0; i < 30; ++i) {
            Job j = imageJob(i % 3 == 0 ? QStringLiteral("a cat %1").arg(i)
                                        : QStringLiteral("a dog %1").arg(i));
            j.kind = i % 2 ? JobKind::Video : JobKind::Image;
            const qint64 id = val(store.enqueue(j));
            if (i % 5 == 0) {
                store.claim(id, QStringLiteral("me"), QStringLiteral("s"), {});
                store.finish(id, QStringLiteral("me"), JobState::Failed, QStringLiteral("boom"),
                             json::array());
            }
        }
        JobFilter f;
        f.text = QStringLiteral("CAT");
        QCOMPARE(val(store.count(f)), 10);
        f.kind = JobKind::Image;
        QCOMPARE(val(store.count(f)), 5);
        JobFilter failed;
        failed.states = {JobState::Failed};
        const QList<Job> jobs = val(store.list(failed));
        QCOMPARE(jobs.size(), 6);
        QVERIFY(jobs.first().id > jobs.last().id); // newest first
        QCOMPARE(jobs.first().error, QStringLiteral("boom"));
        JobFilter page;
        page.limit = 7;
        page.offset = 28;
        QCOMPARE(val(store.list(page)).size(), 2);
        JobFilter two; // under three characters: a scan, same answer
        two.text = QStringLiteral("Do");
        QCOMPARE(val(store.count(two)), 20);
        JobFilter odd;
        odd.text = QStringLiteral("100%_\\");
        QCOMPARE(val(store.count(odd)), 0);
    }

    void balancesByQueueLengthThenFreeVram()
    {
        QList<JobServer> servers{
            {QStringLiteral("comfy-a"), QStringLiteral("forge"), {JobKind::Image}, 1},
            {QStringLiteral("comfy-b"), QStringLiteral("forge2"), {JobKind::Image}, 2},
            {QStringLiteral("tts"), QStringLiteral("forge"), {JobKind::Tts}, 1},
        };
        QHash<QString, int> active;
        QHash<QString, JobServerLoad> loads;
        auto activeOf = [&](const QString &s) { return active.value(s); };
        auto loadOf = [&](const QString &s) { return loads.value(s); };
        Job job;
        job.kind = JobKind::Image;
        loads[QStringLiteral("comfy-a")] = {0, 10};
        loads[QStringLiteral("comfy-b")] = {0, 20};
        QCOMPARE(JobDispatcher::chooseServer(job, servers, activeOf, loadOf).value(),
                 QStringLiteral("comfy-b")); // equal queues: more free VRAM
        loads[QStringLiteral("comfy-b")] = {3, 20};
        QCOMPARE(JobDispatcher::chooseServer(job, servers, activeOf, loadOf).value(),
                 QStringLiteral("comfy-a"));   // shorter queue first
        active[QStringLiteral("comfy-a")] = 1; // at its limit
        QCOMPARE(JobDispatcher::chooseServer(job, servers, activeOf, loadOf).value(),
                 QStringLiteral("comfy-b"));
        active[QStringLiteral("comfy-b")] = 2;
        QVERIFY(!JobDispatcher::chooseServer(job, servers, activeOf, loadOf));
        active.clear();
        job.target = QStringLiteral("forge"); // a box
        QCOMPARE(JobDispatcher::chooseServer(job, servers, activeOf, loadOf).value(),
                 QStringLiteral("comfy-a"));
        job.target = QStringLiteral("tts"); // a server that cannot run images
        QVERIFY(!JobDispatcher::chooseServer(job, servers, activeOf, loadOf));
    }

    void ownersOfDeadProcessesAreGone()
    {
        using namespace std::chrono_literals;
        const QDateTime fresh = QDateTime::currentDateTimeUtc();
        QVERIFY(JobDispatcher::ownerGone({}, fresh, 30s));
        QVERIFY(JobDispatcher::ownerGone(QStringLiteral("h/1/x"), fresh.addSecs(-60), 30s));
        const QString me = QSysInfo::machineHostName() + u'/' +
                           QString::number(QCoreApplication::applicationPid()) +
                           QStringLiteral("/x");
        QVERIFY(!JobDispatcher::ownerGone(me, fresh, 30s));
#ifdef Q_OS_UNIX
        // A pid that cannot exist on this host.
        const QString dead = QSysInfo::machineHostName() + QStringLiteral("/2147483646/x");
        QVERIFY(JobDispatcher::ownerGone(dead, fresh, 30s));
#endif
        // Another host's live lease is respected.
        QVERIFY(!JobDispatcher::ownerGone(QStringLiteral("elsewhere/2147483646/x"), fresh, 30s));
    }
};

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
