// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/comfyui/comfyuiclient.h"
#include "fakecomfyui.h"
#include "faketts.h"
#include "fixtures.h"
#include "jobs/comfyuijobexecutor.h"
#include "jobs/gpumemoryfreer.h"
#include "jobs/jobdispatcher.h"
#include "jobs/jobqueue.h"
#include "jobs/jobstore.h"
#include "jobs/livejobservers.h"
#include "jobs/ttsjobexecutor.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace c41::jobs;
using c41::fakes::FakeComfyUi;
using json = nlohmann::json;
using namespace std::chrono_literals;

namespace {
template <typename T>
T val(c41::net::Result<T> r)
{
    if (!r.ok())
        qFatal("%s", qPrintable(r.error().toString()));
    return std::move(r).value();
}

json workflow(const QString &name = QStringLiteral("workflow_a_invert.json"))
{
    return json::parse(c41::testing::readFixture(QStringLiteral("comfyui/") + name).toStdString());
}

Job imageJob(const QString &prompt)
{
    Job j;
    j.kind = JobKind::Image;
    j.params = json{{"prompt", prompt.toStdString()}, {"seed", 7}, {"workflow", workflow()}};
    return j;
}

// A chain of blurs: seconds per prompt at a time scale of 0.5.
Job slowJob(const QString &prompt)
{
    Job j = imageJob(prompt);
    j.params["workflow"] = workflow(QStringLiteral("workflow_j_blur_chain_reconnect.json"));
    return j;
}
} // namespace

// The queue, the dispatcher and the ComfyUI executor against FakeComfyUi.
class TestJobQueue : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeComfyUi> m_fake;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<StaticJobServers> m_servers;
    std::unique_ptr<ComfyUiJobExecutor> m_executor;
    std::unique_ptr<JobDispatcher> m_dispatcher;
    std::unique_ptr<JobQueue> m_queue;
    QHash<QString, int> m_accepted; // prompt_id → times the fake queued it

    JobState stateOf(qint64 id) { return val(m_store->job(id)).state; }

    void startFake(quint16 port = 0)
    {
        m_fake = std::make_unique<FakeComfyUi>();
        m_fake->setTimeScale(0.001);
        QVERIFY(m_fake->listen(port));
        connect(m_fake.get(), &FakeComfyUi::promptQueued, this,
                [this](const QString &id) { ++m_accepted[id]; });
    }

    void startDispatcher()
    {
        m_dispatcher = std::make_unique<JobDispatcher>(m_store.get(), m_servers.get());
        m_dispatcher->addExecutor(m_executor.get());
        m_dispatcher->setTickInterval(20ms);
        m_queue->setDispatcher(m_dispatcher.get());
        m_dispatcher->start();
    }

private Q_SLOTS:
    void init()
    {
        m_accepted.clear();
        m_dir = std::make_unique<QTemporaryDir>();
        startFake();
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_store = std::make_unique<JobStore>(m_dir->filePath(QStringLiteral("jobs.db")));
        QVERIFY(m_store->open().ok());
        m_servers = std::make_unique<StaticJobServers>();
        m_servers->add({QStringLiteral("forge-comfy"),
                        QStringLiteral("forge"),
                        {JobKind::Image, JobKind::Video},
                        1});
        m_executor = std::make_unique<ComfyUiJobExecutor>(m_nam.get(),
                                                          m_dir->filePath(QStringLiteral("out")));
        m_executor->addServer(QStringLiteral("forge-comfy"), m_fake->url());
        m_executor->setPollInterval(20ms);
        m_executor->setServerGrace(3s);
        m_queue = std::make_unique<JobQueue>(m_store.get());
    }

    void cleanup()
    {
        m_dispatcher.reset();
        m_queue.reset();
        m_executor.reset();
        m_servers.reset();
        m_store.reset();
        m_nam.reset();
        m_fake.reset();
        m_dir.reset();
    }

    void anIdleDispatcherLooksLessOftenYetTakesOtherProcessesJobsAtOnce()
    {
        m_dispatcher = std::make_unique<JobDispatcher>(m_store.get(), m_servers.get());
        m_dispatcher->addExecutor(m_executor.get());
        m_dispatcher->setTickInterval(250ms); // the app's interval
        m_queue->setDispatcher(m_dispatcher.get());
        m_dispatcher->start();
        m_queue->watch(50ms);
        // Nothing queued nor running: it polls the database every 2 s, not 4 times a second.
        QCOMPARE(m_dispatcher->currentTickInterval(), 2000ms);

        // c41ctl in another process adds a job: the queue's watch sees the write and wakes
        // the dispatcher, well before its next idle look.
        JobStore other(m_dir->filePath(QStringLiteral("jobs.db")));
        QVERIFY(other.open().ok());
        QElapsedTimer clock;
        clock.start();
        const qint64 id = val(other.enqueue(imageJob(QStringLiteral("from c41ctl"))));
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(id) != JobState::Queued, 1500);
        QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), JobState::Succeeded, 10000);
        // Idle again once the queue is empty.
        QTRY_COMPARE_WITH_TIMEOUT(m_dispatcher->currentTickInterval(), 2000ms, 5000);
    }

    void aJobRunsToSucceededWithItsOutputsAndMetadata()
    {
        startDispatcher();
        const qint64 id = val(m_queue->submit(imageJob(QStringLiteral("an inverted square"))));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), JobState::Succeeded, 10000);
        const Job job = val(m_store->job(id));
        QVERIFY2(job.error.isEmpty(), qPrintable(job.error));
        QCOMPARE(job.server, QStringLiteral("forge-comfy"));
        QCOMPARE(m_accepted.value(job.remoteId), 1); // our prompt_id, submitted once
        QVERIFY(job.remoteAccepted);
        // One folder per job: <out>/<yyyy-mm-dd>/<id>-image/
        const QString expected =
            m_dir->filePath(QStringLiteral("out/") +
                            job.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) +
                            QStringLiteral("/%1-image").arg(id));
        QCOMPARE(job.outputDir, expected);
        QCOMPARE(job.outputs.size(), size_t(1));
        const QString file = QString::fromStdString(job.outputs.at(0).get<std::string>());
        QVERIFY(file.startsWith(expected));
        QFile png(file);
        QVERIFY(png.open(QIODevice::ReadOnly));
        QVERIFY(png.readAll().startsWith("\x89PNG"));
        // job.json: enough to run it again.
        QFile metaFile(expected + QStringLiteral("/job.json"));
        QVERIFY(metaFile.open(QIODevice::ReadOnly));
        const json meta = json::parse(metaFile.readAll().toStdString());
        QCOMPARE(meta.at("kind"), "image");
        QCOMPARE(meta.at("prompt"), "an inverted square");
        QCOMPARE(meta.at("seed"), 7);
        QCOMPARE(meta.at("workflow"), workflow());
        QCOMPARE(meta.at("server"), "forge-comfy");
        QCOMPARE(meta.at("state"), "succeeded");
        QCOMPARE(meta.at("prompt_id").get<std::string>(), job.remoteId.toStdString());
        QVERIFY(meta.at("duration_s").get<double>() >= 0);
        QCOMPARE(meta.at("outputs").size(), size_t(1));
    }

    void aRunningJobShowsItsSamplerStepsAndPreviews()
    {
        m_fake->setTimeScale(0.2);
        Job flux = imageJob(QStringLiteral("a flux poster"));
        flux.params["workflow"] = json::parse(
            c41::testing::readFixture(QStringLiteral("comfyui-templates/flux1-schnell.json"))
                .toStdString());
        QSignalSpy previews(m_executor.get(), &ComfyUiJobExecutor::previewReceived);
        startDispatcher();
        const qint64 id = val(m_queue->submit(flux));
        QStringList steps;
        bool sawEta = false;
        QElapsedTimer timer;
        timer.start();
        while (stateOf(id) != JobState::Succeeded && timer.elapsed() < 20000) {
            const Job j = val(m_store->job(id));
            if (!j.step.isEmpty() && !steps.contains(j.step))
                steps << j.step;
            sawEta = sawEta || j.etaSeconds >= 0;
            QTest::qWait(10);
        }
        QCOMPARE(stateOf(id), JobState::Succeeded);
        QVERIFY2(steps.contains(QStringLiteral("SamplerCustomAdvanced 2/4")) ||
                     steps.contains(QStringLiteral("SamplerCustomAdvanced 3/4")),
                 qPrintable(steps.join(QStringLiteral(" | "))));
        QVERIFY(sawEta);
        QVERIFY(previews.count() >= 1);
        QCOMPARE(previews.first().at(0).toString(), val(m_store->job(id)).remoteId);
    }

    void runsOneJobAtATimePerComfyUiInQueueOrder()
    {
        m_fake->setTimeScale(0.01);
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i)
            ids << val(m_queue->submit(imageJob(QStringLiteral("job %1").arg(i))));
        QVERIFY(m_queue->reorder({ids[3], ids[0], ids[1], ids[2]}).ok());
        QList<qint64> startOrder;
        int maxActive = 0;
        startDispatcher();
        connect(m_dispatcher.get(), &JobDispatcher::jobChanged, this, [&](qint64 id) {
            maxActive =
                std::max(maxActive, val(m_store->activeCount(QStringLiteral("forge-comfy"))));
            if (!startOrder.contains(id))
                startOrder << id;
        });
        for (qint64 id : std::as_const(ids))
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), JobState::Succeeded, 15000);
        QCOMPARE(maxActive, 1);
        QCOMPARE(startOrder, (QList<qint64>{ids[3], ids[0], ids[1], ids[2]}));
    }

    void balancesAnyTargetAcrossServers()
    {
        FakeComfyUi second;
        second.setTimeScale(0.01);
        QVERIFY(second.listen());
        m_fake->setTimeScale(0.01);
        m_servers->add(
            {QStringLiteral("forge2-comfy"), QStringLiteral("forge2"), {JobKind::Image}, 1});
        m_servers->setLoad(QStringLiteral("forge-comfy"), {0, 1000});
        m_servers->setLoad(QStringLiteral("forge2-comfy"), {0, 5000}); // more free VRAM
        m_executor->addServer(QStringLiteral("forge2-comfy"), second.url());
        const qint64 first = val(m_queue->submit(imageJob(QStringLiteral("one"))));
        const qint64 other = val(m_queue->submit(imageJob(QStringLiteral("two"))));
        startDispatcher();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(first), JobState::Succeeded, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(other), JobState::Succeeded, 10000);
        // The first goes where more VRAM is free; the second, to the idle server.
        QCOMPARE(val(m_store->job(first)).server, QStringLiteral("forge2-comfy"));
        QCOMPARE(val(m_store->job(other)).server, QStringLiteral("forge-comfy"));
        m_dispatcher.reset();
    }

    void liveLoadsSteerAnyTargetToTheIdleServer()
    {
        FakeComfyUi idle;
        QVERIFY(idle.listen());
        m_fake->setTimeScale(1.0); // busy: two prompts of someone else's
        c41::backends::ComfyUiClient busyClient(m_nam.get(), QStringLiteral("forge-comfy"),
                                                m_fake->url());
        for (int i = 0; i < 2; ++i) {
            json body{{"prompt", workflow(QStringLiteral("workflow_j_blur_chain_reconnect.json"))}};
            QVERIFY(
                QCoro::waitFor(busyClient.http()->postJson(QStringLiteral("/prompt"),
                                                           QByteArray::fromStdString(body.dump())))
                    .ok());
        }
        m_executor->addServer(QStringLiteral("forge2-comfy"), idle.url());
        LiveJobServers live(
            {{QStringLiteral("forge-comfy"), QStringLiteral("forge"), {JobKind::Image}, 1},
             {QStringLiteral("forge2-comfy"), QStringLiteral("forge2"), {JobKind::Image}, 1}});
        live.setComfyUiClient(QStringLiteral("forge-comfy"),
                              m_executor->client(QStringLiteral("forge-comfy")));
        live.setComfyUiClient(QStringLiteral("forge2-comfy"),
                              m_executor->client(QStringLiteral("forge2-comfy")));
        QCoro::waitFor(live.refresh());
        QCOMPARE(live.load(QStringLiteral("forge-comfy")).queueLength, 2);
        QCOMPARE(live.load(QStringLiteral("forge2-comfy")).queueLength, 0);
        QVERIFY(live.load(QStringLiteral("forge2-comfy")).freeVram > 0);

        m_dispatcher = std::make_unique<JobDispatcher>(m_store.get(), &live);
        m_dispatcher->addExecutor(m_executor.get());
        m_dispatcher->setTickInterval(20ms);
        const qint64 id = val(m_queue->submit(imageJob(QStringLiteral("anywhere"))));
        m_dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), JobState::Succeeded, 10000);
        QCOMPARE(val(m_store->job(id)).server, QStringLiteral("forge2-comfy"));
        m_dispatcher.reset();
    }

    void pauseHoldsQueuedJobsAndResumeRunsThem()
    {
        QVERIFY(m_queue->pause().ok());
        startDispatcher();
        const qint64 id = val(m_queue->submit(imageJob(QStringLiteral("held"))));
        QTest::qWait(300);
        QCOMPARE(stateOf(id), JobState::Queued);
        QVERIFY(m_accepted.isEmpty());
        // While paused, the servers can give their VRAM back.
        QCOMPARE(QCoro::waitFor(m_executor->freeMemory()), 1);
        QVERIFY(m_queue->resume().ok());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), JobState::Succeeded, 10000);
    }

    void movesQueuedJobsAndRunsThemInTheNewOrder()
    {
        m_fake->setTimeScale(0.01);
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i)
            ids << val(m_queue->submit(imageJob(QStringLiteral("job %1").arg(i))));
        QSignalSpy changed(m_queue.get(), &JobQueue::changed);
        QCOMPARE(val(m_queue->move(ids[2], QueueMove::Top)), 0);
        QCOMPARE(val(m_queue->move(ids[0], QueueMove::Bottom)), 3);
        QCOMPARE(val(m_queue->move(ids[3], QueueMove::Up)), 1);
        QCOMPARE(val(m_queue->moveBefore(ids[1], ids[2])), 0);
        QCOMPARE(changed.count(), 4); // the page and the tray follow every move
        QVERIFY(!m_queue->move(12345, QueueMove::Down).ok());
        QCOMPARE(changed.count(), 4);
        QList<qint64> startOrder;
        startDispatcher();
        connect(m_dispatcher.get(), &JobDispatcher::jobChanged, this, [&](qint64 id) {
            if (!startOrder.contains(id))
                startOrder << id;
        });
        for (qint64 id : std::as_const(ids))
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), JobState::Succeeded, 15000);
        QCOMPARE(startOrder, (QList<qint64>{ids[1], ids[2], ids[3], ids[0]}));
        // A finished job's step says nothing is going on any more.
        for (qint64 id : std::as_const(ids))
            QCOMPARE(val(m_store->job(id)).step, QString());
    }

    void freesGpuMemoryOnServersThatRunNothing()
    {
        m_fake->setTimeScale(0.5); // the queue's job runs for a few seconds
        FakeComfyUi idle;
        idle.setTimeScale(0.5);
        QVERIFY(idle.listen());
        QHash<QString, int> frees; // server → POST /free it got
        const auto countFrees = [&frees](FakeComfyUi *fake, const QString &name) {
            connect(fake->http(), &c41::fakes::FakeHttpServer::requestServed, fake,
                    [&frees, name](const c41::fakes::FakeRequest &r) {
                        if (r.method == "POST" && r.path == QStringLiteral("/free"))
                            ++frees[name];
                    });
        };
        countFrees(m_fake.get(), QStringLiteral("forge-comfy"));
        countFrees(&idle, QStringLiteral("spare-comfy"));
        c41::backends::ComfyUiClient spare(m_nam.get(), QStringLiteral("spare-comfy"), idle.url());
        QUrl nowhere = idle.url();
        nowhere.setPort(1); // nothing listens there
        c41::backends::ComfyUiClient gone(m_nam.get(), QStringLiteral("gone-comfy"), nowhere);

        const qint64 running = val(m_queue->submit(slowJob(QStringLiteral("long"))));
        QSignalSpy started(m_fake.get(), &FakeComfyUi::promptStarted);
        startDispatcher();
        QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1, 5000);
        QVERIFY(m_queue->pause().ok());

        GpuMemoryFreer freer(m_store.get());
        freer.addServer(m_executor->client(QStringLiteral("forge-comfy")));
        freer.addServer(&spare);
        freer.addServer(&gone);
        QCOMPARE(freer.servers(),
                 (QStringList{QStringLiteral("forge-comfy"), QStringLiteral("spare-comfy"),
                              QStringLiteral("gone-comfy")}));
        QList<FreeMemoryResult> results = QCoro::waitFor(freer.freeIdle());
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0].outcome, FreeMemoryResult::Outcome::Busy);
        QCOMPARE(results[0].jobId, running);
        QCOMPARE(results[0].text(),
                 QStringLiteral("forge-comfy: left alone, job %1 runs there.").arg(running));
        QCOMPARE(results[1].outcome, FreeMemoryResult::Outcome::Freed);
        QCOMPARE(results[1].text(),
                 QStringLiteral("spare-comfy: models unloaded and GPU memory freed."));
        QCOMPARE(results[2].outcome, FreeMemoryResult::Outcome::Failed);
        QCOMPARE(results[2].outcomeName(), QStringLiteral("failed"));
        QVERIFY2(results[2].text().startsWith(QStringLiteral("gone-comfy: could not free")),
                 qPrintable(results[2].text()));
        QCOMPARE(frees.value(QStringLiteral("forge-comfy")), 0); // its job goes on
        QCOMPARE(frees.value(QStringLiteral("spare-comfy")), 1);
        QCOMPARE(GpuMemoryFreer::summary(results).count(u'\n'), 2); // a line per server

        // Another client's prompt on the spare server: it is left alone too.
        QVERIFY(QCoro::waitFor(
                    spare.submit(workflow(QStringLiteral("workflow_j_blur_chain_reconnect.json")),
                                 QStringLiteral("someone-else")))
                    .queued.ok());
        QTRY_VERIFY_WITH_TIMEOUT(!QCoro::waitFor(spare.queue()).value().running.isEmpty(), 5000);
        results = QCoro::waitFor(freer.freeIdle());
        QCOMPARE(results[1].outcome, FreeMemoryResult::Outcome::Busy);
        QCOMPARE(results[1].jobId, 0);
        QCOMPARE(frees.value(QStringLiteral("spare-comfy")), 1);

        // Once the queue's job is done (cancelled here), its server is freed as well.
        QCOMPARE(val(m_queue->cancel(running)), false);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(running), JobState::Cancelled, 5000);
        c41::backends::ComfyUiClient *forge = m_executor->client(QStringLiteral("forge-comfy"));
        QTRY_VERIFY_WITH_TIMEOUT(QCoro::waitFor(forge->queue()).value().running.isEmpty(), 5000);
        results = QCoro::waitFor(freer.freeIdle());
        QCOMPARE(results[0].outcome, FreeMemoryResult::Outcome::Freed);
        QCOMPARE(frees.value(QStringLiteral("forge-comfy")), 1);
    }

    void cancelRemovesPendingAndInterruptsRunning()
    {
        m_fake->setTimeScale(0.5); // a few seconds per prompt
        const qint64 running = val(m_queue->submit(slowJob(QStringLiteral("long"))));
        const qint64 pending = val(m_queue->submit(imageJob(QStringLiteral("next"))));
        QSignalSpy started(m_fake.get(), &FakeComfyUi::promptStarted);
        startDispatcher();
        QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1, 5000);
        QCOMPARE(val(m_queue->cancel(pending)), true);
        QCOMPARE(stateOf(pending), JobState::Cancelled);
        QSignalSpy finished(m_fake.get(), &FakeComfyUi::promptFinished);
        QCOMPARE(val(m_queue->cancel(running)), false); // interrupted on the server
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(running), JobState::Cancelled, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QVERIFY(finished.at(0).at(1).toString() != QStringLiteral("success"));
        QCOMPARE(m_fake->queueRemaining(), 0);
        // And a retry runs it again, to the end.
        const qint64 again = val(m_queue->retry(running));
        m_fake->setTimeScale(0.001);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(again), JobState::Succeeded, 10000);
        QCOMPARE(stateOf(pending), JobState::Cancelled);
    }

    void speechAndImagesRunSideBySide()
    {
        c41::fakes::FakeTts tts;
        QVERIFY(tts.listen());
        TtsJobExecutor speech(m_nam.get(), m_dir->filePath(QStringLiteral("out")));
        speech.addServer(QStringLiteral("forge-tts"), tts.url());
        m_servers->add({QStringLiteral("forge-tts"), QStringLiteral("forge"), {JobKind::Tts}, 1});
        m_fake->setTimeScale(0.05);
        Job say;
        say.kind = JobKind::Tts;
        say.params = json{{"text", "Your render is ready."}, {"voice", "alloy"}, {"format", "wav"}};
        const qint64 image = val(m_queue->submit(imageJob(QStringLiteral("a poster"))));
        const qint64 spoken = val(m_queue->submit(say));
        startDispatcher();
        m_dispatcher->addExecutor(&speech);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(spoken), JobState::Succeeded, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(image), JobState::Succeeded, 10000);
        const Job job = val(m_store->job(spoken));
        QCOMPARE(job.server, QStringLiteral("forge-tts"));
        QVERIFY(job.outputDir.endsWith(QStringLiteral("-tts")));
        QFile wav(QString::fromStdString(job.outputs.at(0).get<std::string>()));
        QVERIFY(wav.open(QIODevice::ReadOnly));
        QVERIFY(wav.readAll().startsWith("RIFF"));
        QFile metaFile(job.outputDir + QStringLiteral("/job.json"));
        QVERIFY(metaFile.open(QIODevice::ReadOnly));
        QCOMPARE(json::parse(metaFile.readAll().toStdString()).at("state"), "succeeded");
        m_dispatcher.reset();
    }

    void aFailingNodeFailsTheJobInWords()
    {
        m_fake->failNextPrompt(QStringLiteral("CUDA out of memory"));
        startDispatcher();
        const qint64 bad = val(m_queue->submit(imageJob(QStringLiteral("too big"))));
        const qint64 good = val(m_queue->submit(imageJob(QStringLiteral("fine"))));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(bad), JobState::Failed, 10000);
        const QString error = val(m_store->job(bad)).error;
        QVERIFY2(error.contains(QStringLiteral("CUDA out of memory")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("forge-comfy")), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(good), JobState::Succeeded, 10000);
    }

    void aServerRestartedMidJobLosesItAndTheQueueMovesOn()
    {
        m_fake->setTimeScale(0.5);
        const quint16 port = quint16(m_fake->url().port());
        const qint64 first = val(m_queue->submit(slowJob(QStringLiteral("interrupted"))));
        const qint64 second = val(m_queue->submit(imageJob(QStringLiteral("after"))));
        QSignalSpy started(m_fake.get(), &FakeComfyUi::promptStarted);
        startDispatcher();
        QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1, 5000);
        m_fake.reset(); // the server goes away…
        QTest::qWait(200);
        QCOMPARE(stateOf(first), JobState::Running);
        startFake(port); // …and comes back empty
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(first), JobState::Lost, 10000);
        const QString error = val(m_store->job(first)).error;
        QVERIFY2(error.contains(QStringLiteral("no longer knows")), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(second), JobState::Succeeded, 10000);
    }

    void aServerThatStaysDownFailsTheJobClearly()
    {
        m_executor->setServerGrace(300ms);
        m_fake.reset();
        startDispatcher();
        const qint64 id = val(m_queue->submit(imageJob(QStringLiteral("nobody home"))));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), JobState::Failed, 10000);
        const QString error = val(m_store->job(id)).error;
        QVERIFY2(error.contains(QStringLiteral("stopped answering")), qPrintable(error));
    }

    void reconcilesJobsLeftByADeadDispatcher()
    {
        // A dispatcher in a process that no longer exists left three jobs:
        // (a) claimed, never submitted; (b) submitted, the 200 never recorded;
        // (c) acknowledged, then the server forgot it.
        const QString dead = QSysInfo::machineHostName() + QStringLiteral("/2147483646/gone");
        const qint64 a = val(m_store->enqueue(imageJob(QStringLiteral("a"))));
        const qint64 b = val(m_store->enqueue(imageJob(QStringLiteral("b"))));
        const qint64 c = val(m_store->enqueue(imageJob(QStringLiteral("c"))));
        const QString idA = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString idB = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString idC = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(val(m_store->claim(a, dead, QStringLiteral("forge-comfy"), idA)));
        QVERIFY(val(m_store->claim(b, dead, QStringLiteral("forge-comfy"), idB)));
        QVERIFY(val(m_store->claim(c, dead, QStringLiteral("forge-comfy"), idC)));
        QVERIFY(val(m_store->markAccepted(c, dead)));
        {
            c41::backends::ComfyUiClient direct(m_nam.get(), QStringLiteral("x"), m_fake->url());
            json body{{"prompt", workflow()}, {"prompt_id", idB.toStdString()}};
            auto r = QCoro::waitFor(direct.http()->postJson(
                QStringLiteral("/prompt"), QByteArray::fromStdString(body.dump())));
            QVERIFY(r.ok());
        }
        QCOMPARE(m_accepted.value(idB), 1);
        // The limit (1) counts the orphans too: they are reconciled, not blocked.
        startDispatcher();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(a), JobState::Succeeded, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(b), JobState::Succeeded, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(c), JobState::Lost, 10000);
        QCOMPARE(m_accepted.value(idA), 1); // resubmitted with the same id, once
        QCOMPARE(m_accepted.value(idB), 1); // found on the server: not submitted again
        QCOMPARE(m_accepted.value(idC), 0);
        QCOMPARE(val(m_store->job(b)).outputs.size(), size_t(1));
        QVERIFY(QFileInfo::exists(
            QString::fromStdString(val(m_store->job(b)).outputs.at(0).get<std::string>())));
    }
};

QTEST_GUILESS_MAIN(TestJobQueue)
#include "tst_jobqueue.moc"
