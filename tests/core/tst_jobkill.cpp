// SPDX-License-Identifier: GPL-3.0-or-later
// Acceptance for the persistent job queue: a dispatcher process is SIGKILLed at
// random moments and restarted, round after round, on the same database and
// the same ComfyUI. In the end no job is lost, no prompt was submitted twice,
// and every job's outputs are in its folder.
#include "fakecomfyui.h"
#include "fixtures.h"
#include "jobs/jobstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace c41::jobs;
using c41::fakes::FakeComfyUi;
using json = nlohmann::json;

class TestJobKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noJobIsLostOrSubmittedTwiceAcrossKills()
    {
        const int rounds = qEnvironmentVariableIsSet("C41_KILL_ROUNDS")
                               ? qEnvironmentVariableIntValue("C41_KILL_ROUNDS")
                               : 20;
        const int jobs = 2 * rounds;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString dbPath = dir.filePath(QStringLiteral("jobs.db"));
        const QString outDir = dir.filePath(QStringLiteral("out"));

        FakeComfyUi fake;
        fake.setTimeScale(0.02); // a blur chain: ~0.1-0.2 s per prompt
        QVERIFY(fake.listen());
        QHash<QString, int> accepted; // prompt_id → times queued
        connect(&fake, &FakeComfyUi::promptQueued, this,
                [&](const QString &id) { ++accepted[id]; });

        JobStore store(dbPath);
        QVERIFY(store.open().ok());
        const json workflow =
            json::parse(c41::testing::readFixture(
                            QStringLiteral("comfyui/workflow_j_blur_chain_reconnect.json"))
                            .toStdString());
        QList<qint64> ids;
        for (int i = 0; i < jobs; ++i) {
            Job j;
            j.kind = JobKind::Image;
            j.target = QStringLiteral("comfy");
            j.params = json{
                {"prompt", "kill test " + std::to_string(i)}, {"seed", i}, {"workflow", workflow}};
            auto id = store.enqueue(j);
            QVERIFY(id.ok());
            ids << *id;
        }

        const QStringList args{QStringLiteral("--db"),    dbPath,
                               QStringLiteral("--comfy"), fake.url().toString(),
                               QStringLiteral("--out"),   outDir};
        auto *rng = QRandomGenerator::global();
        int killedMidJob = 0;
        for (int round = 0; round < rounds; ++round) {
            QProcess worker;
            worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            worker.start(QStringLiteral(JOBWORKER_PATH), args);
            QVERIFY2(worker.waitForStarted(5000), qPrintable(worker.errorString()));
            QTest::qWait(int(rng->bounded(5, 450)));
            JobFilter active;
            active.states = {JobState::Dispatched, JobState::Running};
            if (store.count(active).value() > 0)
                ++killedMidJob;
            worker.kill();                         // SIGKILL
            QVERIFY(worker.waitForFinished(5000)); // reaped: its pid is gone
        }

        // A last worker finishes what is left.
        QProcess last;
        last.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        last.start(QStringLiteral(JOBWORKER_PATH),
                   args + QStringList{QStringLiteral("--exit-when-idle")});
        QVERIFY(last.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(last.state() == QProcess::NotRunning, 60000);
        QCOMPARE(last.exitCode(), 0);

        int lost = 0, failed = 0, duplicates = 0, incomplete = 0;
        for (qint64 id : std::as_const(ids)) {
            const Job job = store.job(id).value();
            if (job.state == JobState::Lost)
                ++lost;
            else if (job.state != JobState::Succeeded) {
                ++failed;
                qWarning() << "job" << id << stateName(job.state) << job.error;
            }
            if (accepted.value(job.remoteId) != 1) {
                ++duplicates;
                qWarning() << "job" << id << "prompt" << job.remoteId << "queued"
                           << accepted.value(job.remoteId) << "times";
            }
            bool complete =
                job.outputs.is_array() && job.outputs.size() == 1 &&
                QFileInfo::exists(QDir(job.outputDir).filePath(QStringLiteral("job.json")));
            for (const json &f : job.outputs) {
                QFile file(QString::fromStdString(f.get<std::string>()));
                complete = complete && file.open(QIODevice::ReadOnly) &&
                           file.readAll().startsWith("\x89PNG");
            }
            if (!complete)
                ++incomplete;
        }
        qInfo("kill test: %d rounds, %d jobs, %d kills while a job was active, %lld prompts "
              "queued by the server; lost %d, failed %d, duplicates %d, incomplete %d",
              rounds, jobs, killedMidJob, qlonglong(accepted.size()), lost, failed, duplicates,
              incomplete);
        QCOMPARE(lost, 0);
        QCOMPARE(failed, 0);
        QCOMPARE(duplicates, 0);
        QCOMPARE(incomplete, 0);
        QCOMPARE(accepted.size(), qsizetype(jobs)); // nothing else was submitted
        QVERIFY(killedMidJob > 0);
    }

    void twoDispatchersNeverShareAJobOrAServerSlot()
    {
        // c41 and c41ctl at once: two dispatcher processes on one database and
        // one ComfyUI whose limit is 1 job at a time.
        const int jobs = 30;
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("jobs.db"));
        FakeComfyUi fake;
        fake.setTimeScale(0.005);
        QVERIFY(fake.listen());
        QHash<QString, int> accepted;
        connect(&fake, &FakeComfyUi::promptQueued, this,
                [&](const QString &id) { ++accepted[id]; });
        JobStore store(dbPath);
        QVERIFY(store.open().ok());
        const json workflow =
            json::parse(c41::testing::readFixture(QStringLiteral("comfyui/workflow_a_invert.json"))
                            .toStdString());
        QList<qint64> ids;
        for (int i = 0; i < jobs; ++i) {
            Job j;
            j.kind = JobKind::Image;
            j.params = json{{"prompt", "shared " + std::to_string(i)}, {"workflow", workflow}};
            ids << store.enqueue(j).value();
        }
        const QStringList args{QStringLiteral("--db"),
                               dbPath,
                               QStringLiteral("--comfy"),
                               fake.url().toString(),
                               QStringLiteral("--out"),
                               dir.filePath(QStringLiteral("out")),
                               QStringLiteral("--exit-when-idle")};
        QProcess one, two;
        for (QProcess *p : {&one, &two}) {
            p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p->start(QStringLiteral(JOBWORKER_PATH), args);
            QVERIFY(p->waitForStarted(5000));
        }
        int maxActive = 0;
        QSet<QString> owners;
        QElapsedTimer timer;
        timer.start();
        while ((one.state() != QProcess::NotRunning || two.state() != QProcess::NotRunning) &&
               timer.elapsed() < 60000) {
            JobFilter active;
            active.states = {JobState::Dispatched, JobState::Running};
            const QList<Job> now = store.list(active).value();
            maxActive = std::max(maxActive, int(now.size()));
            for (const Job &j : now)
                owners << j.owner.section(u'/', 1, 1); // the pid
            QTest::qWait(5);
        }
        QCOMPARE(one.exitCode(), 0);
        QCOMPARE(two.exitCode(), 0);
        for (qint64 id : std::as_const(ids)) {
            const Job job = store.job(id).value();
            QCOMPARE(stateName(job.state), QStringLiteral("succeeded"));
            QCOMPARE(accepted.value(job.remoteId), 1);
        }
        QCOMPARE(accepted.size(), qsizetype(jobs));
        QCOMPARE(maxActive, 1); // the server's limit held across both processes
        // Which process wins each claim is up to timing (the one that just
        // finished a job usually claims the next at once); both raced for them.
        qInfo("two dispatchers: %lld of them held jobs", qlonglong(owners.size()));
    }
};

QTEST_GUILESS_MAIN(TestJobKill)
#include "tst_jobkill.moc"
