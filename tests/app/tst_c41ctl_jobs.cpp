// SPDX-License-Identifier: GPL-3.0-or-later
// c41ctl jobs: the real binary on a job database shared with this test.
#include "fakehttpserver.h"
#include "jobs/jobstore.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using nlohmann::json;
using namespace c41::jobs;

class TestC41ctlJobs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<JobStore> m_store;
    qint64 m_done = 0, m_failed = 0, m_queued = 0, m_running = 0;

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("C41_JOBS_DB"), m_db);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(C41CTL_PATH), QStringList{QStringLiteral("--demo")} + args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // For servers in this process: the event loop runs while c41ctl does.
    Run runServing(const QStringList &args, bool demo = true)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("C41_JOBS_DB"), m_db);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(C41CTL_PATH),
                (demo ? QStringList{QStringLiteral("--demo")} : QStringList{}) + args);
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    void cancelAllQueued()
    {
        const auto order = m_store->queueOrder();
        QVERIFY(order.ok());
        for (const qint64 id : *order)
            QVERIFY(m_store->cancel(id).value());
    }

    static Job job(const char *prompt, JobKind kind = JobKind::Image)
    {
        Job j;
        j.kind = kind;
        j.params = json{{"prompt", prompt}, {"seed", 3}};
        return j;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("jobs.sqlite"));
        m_store = std::make_unique<JobStore>(m_db);
        QVERIFY(m_store->open().ok());
        const QString me = QStringLiteral("test/1/x");
        m_done = m_store->enqueue(job("a lighthouse at dusk")).value();
        QVERIFY(m_store->claim(m_done, me, QStringLiteral("forge-comfy"), QStringLiteral("p-1"))
                    .value());
        QVERIFY(m_store
                    ->finish(m_done, me, JobState::Succeeded, {},
                             json::array({"/out/2026-11-22/1-image/lighthouse_00001_.png"}))
                    .value());
        m_failed = m_store->enqueue(job("a cat", JobKind::Video)).value();
        QVERIFY(m_store->claim(m_failed, me, QStringLiteral("forge-comfy"), QStringLiteral("p-2"))
                    .value());
        QVERIFY(m_store
                    ->finish(
                        m_failed, me, JobState::Failed,
                        QStringLiteral("forge-comfy: node 3 (KSampler) failed: CUDA out of memory"),
                        json::array())
                    .value());
        m_running = m_store->enqueue(job("a dog")).value();
        QVERIFY(m_store->claim(m_running, me, QStringLiteral("forge-comfy"), QStringLiteral("p-3"))
                    .value());
        QVERIFY(
            m_store->setProgress(m_running, me, 45, QStringLiteral("KSampler 9/20"), 11).value());
        m_queued = m_store->enqueue(job("a horse")).value();
    }

    void listsTheJobsAsJson()
    {
        const Run r = run({QStringLiteral("--json"), QStringLiteral("jobs")});
        QCOMPARE(r.code, 0);
        const json j = json::parse(r.out.toStdString());
        QCOMPARE(j.at("paused"), false);
        const json &list = j.at("jobs");
        QCOMPARE(list.size(), size_t(4));
        QCOMPARE(list.at(0).at("id"), m_queued); // newest first
        QCOMPARE(list.at(0).at("state"), "queued");
        QCOMPARE(list.at(1).at("state"), "dispatched");
        QCOMPARE(list.at(1).at("progress"), 45.0);
        QCOMPARE(list.at(1).at("step"), "KSampler 9/20");
        QCOMPARE(list.at(2).at("kind"), "video");
        QCOMPARE(list.at(2).at("error").get<std::string>().find("CUDA out of memory") !=
                     std::string::npos,
                 true);
        QCOMPARE(list.at(3).at("server"), "forge-comfy");
    }

    void listsTheJobsAsATable()
    {
        const Run r = run({QStringLiteral("jobs")});
        QCOMPARE(r.code, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("STATE")) &&
                     out.contains(QStringLiteral("PROGRESS")) &&
                     out.contains(QStringLiteral("AGE")),
                 qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("succeeded")));
        QVERIFY(out.contains(QStringLiteral("45% KSampler 9/20")));
        QVERIFY(out.contains(QStringLiteral("a lighthouse at dusk")));
    }

    void showsAJobWithItsOutputs()
    {
        Run r = run({QStringLiteral("jobs"), QStringLiteral("show"), QString::number(m_done)});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("/out/2026-11-22/1-image/lighthouse_00001_.png"),
                 r.out.constData());
        QVERIFY(r.out.contains("forge-comfy"));
        r = run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("show"),
                 QString::number(m_failed)});
        QCOMPARE(r.code, 0);
        const json j = json::parse(r.out.toStdString());
        QCOMPARE(j.at("remote_id"), "p-2");
        QCOMPARE(j.at("params").at("seed"), 3);
        r = run({QStringLiteral("jobs"), QStringLiteral("show"), QStringLiteral("9999")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("no job 9999"));
    }

    void watchRedrawsUntilStopped()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("C41_JOBS_DB"), m_db);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(C41CTL_PATH),
                {QStringLiteral("--demo"), QStringLiteral("jobs"), QStringLiteral("watch")});
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).count("\x1b[2J") >= 2, 15000);
        QVERIFY(out.contains("a horse"));
        p.kill();
        p.waitForFinished();
    }

    void cancelsAndRetries()
    {
        Run r = run({QStringLiteral("jobs"), QStringLiteral("cancel"), QString::number(m_queued)});
        QCOMPARE(r.code, 0);
        QCOMPARE(m_store->job(m_queued).value().state, JobState::Cancelled);
        r = run({QStringLiteral("jobs"), QStringLiteral("cancel"), QString::number(m_running)});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("interrupted"));
        QVERIFY(m_store->job(m_running).value().cancelRequested);
        r = run({QStringLiteral("jobs"), QStringLiteral("cancel"), QString::number(m_done)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("already finished"), r.err.constData());

        r = run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("retry"),
                 QString::number(m_failed)});
        QCOMPARE(r.code, 0);
        const qint64 again = json::parse(r.out.toStdString()).at("id").get<qint64>();
        const Job j = m_store->job(again).value();
        QCOMPARE(j.state, JobState::Queued);
        QCOMPARE(j.retryOf, m_failed);
        QCOMPARE(j.kind, JobKind::Video);
        QCOMPARE(j.title(), QStringLiteral("a cat"));
    }

    void addsAJobAndRunsItWithWait()
    {
        // Queued only: the app's dispatcher (or a later --wait) runs it.
        Run r = run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("add"),
                     QStringLiteral("image"),
                     QStringLiteral(C41_FIXTURES_DIR "/comfyui/workflow_a_invert.json")});
        QCOMPARE(r.code, 0);
        const qint64 queued = json::parse(r.out.toStdString()).at("id").get<qint64>();
        QCOMPARE(m_store->job(queued).value().state, JobState::Queued);
        QCOMPARE(m_store->cancel(queued).value(), true);

        // The made-up running job holds forge-comfy's only slot: end it first.
        QVERIFY(m_store
                    ->finish(m_running, QStringLiteral("test/1/x"), JobState::Cancelled, {},
                             json::array())
                    .value());
        // --wait: c41ctl dispatches it to the demo lab's ComfyUI, into --out.
        const QString out = m_dir.filePath(QStringLiteral("outputs"));
        r = run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("add"),
                 QStringLiteral("image"),
                 QStringLiteral(C41_FIXTURES_DIR "/comfyui/workflow_a_invert.json"),
                 QStringLiteral("--target"), QStringLiteral("forge"), QStringLiteral("--wait"),
                 QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, r.err.constData());
        const json j = json::parse(r.out.toStdString());
        QCOMPARE(j.at("state"), "succeeded");
        QCOMPARE(j.at("server"), "forge-comfy");
        const QString file = QString::fromStdString(j.at("outputs").at(0).get<std::string>());
        QVERIFY2(file.startsWith(out), qPrintable(file));
        QVERIFY(QFileInfo::exists(file));
        QVERIFY(QFileInfo::exists(QFileInfo(file).absolutePath() + QStringLiteral("/job.json")));
        const Job stored = m_store->job(j.at("id").get<qint64>()).value();
        QCOMPARE(stored.state, JobState::Succeeded); // in the shared database
        // Finished: no step left over from the run ("running VAEDecode…").
        QCOMPARE(j.at("step"), "");
        QCOMPARE(stored.step, QString());
        r = run({QStringLiteral("jobs"), QStringLiteral("show"), QString::number(stored.id)});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("  state:     succeeded\n"), r.out.constData());
        QVERIFY(!r.out.contains("running"));
        QCOMPARE(m_store->job(m_queued).value().state, JobState::Cancelled); // others untouched
    }

    void addsAShippedTemplateWithItsSettings()
    {
        // A template name works like in comfy run: its "_c41" notes are not sent, and
        // --set lands in the stored workflow, so the job re-runs the same.
        Run r = run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("add"),
                     QStringLiteral("image"), QStringLiteral("flux1-schnell"),
                     QStringLiteral("--set"), QStringLiteral("prompt=a red fox at dusk")});
        QVERIFY2(r.code == 0, r.err.constData());
        const qint64 id = json::parse(r.out.toStdString()).at("id").get<qint64>();
        const Job stored = m_store->job(id).value();
        const std::string workflow = stored.params.at("workflow").dump();
        QVERIFY(workflow.find("a red fox at dusk") != std::string::npos);
        QVERIFY(workflow.find("_c41") == std::string::npos);
        QCOMPARE(m_store->cancel(id).value(), true);

        r = run({QStringLiteral("jobs"), QStringLiteral("add"), QStringLiteral("image"),
                 QStringLiteral("no-such-template")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("no shipped template"));
    }

    void movesQueuedJobs()
    {
        cancelAllQueued();
        QList<qint64> ids;
        for (const char *p : {"first", "second", "third", "fourth"})
            ids << m_store->enqueue(job(p)).value();
        const auto order = [&](std::initializer_list<int> at) {
            QList<qint64> expected;
            for (int i : at)
                expected << ids[i];
            return expected;
        };
        Run r = run({QStringLiteral("jobs"), QStringLiteral("move"), QString::number(ids[3]),
                     QStringLiteral("top")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("number 1 of 4"), r.out.constData());
        QCOMPARE(m_store->queueOrder().value(), order({3, 0, 1, 2}));
        r = run({QStringLiteral("jobs"), QStringLiteral("move"), QString::number(ids[3]),
                 QStringLiteral("down")});
        QCOMPARE(r.code, 0);
        r = run({QStringLiteral("jobs"), QStringLiteral("move"), QString::number(ids[1]),
                 QStringLiteral("up")});
        QCOMPARE(r.code, 0);
        QCOMPARE(m_store->queueOrder().value(), order({0, 1, 3, 2}));
        r = run({QStringLiteral("jobs"), QStringLiteral("move"), QString::number(ids[1]),
                 QStringLiteral("bottom")});
        QCOMPARE(r.code, 0);
        QCOMPARE(m_store->queueOrder().value(), order({0, 3, 2, 1}));
        // --before, answered in JSON like the other subcommands.
        r = run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("move"),
                 QString::number(ids[2]), QStringLiteral("--before"), QString::number(ids[0])});
        QVERIFY2(r.code == 0, r.err.constData());
        const json j = json::parse(r.out.toStdString());
        QCOMPARE(j.at("ok"), true);
        QCOMPARE(j.at("id"), ids[2]);
        QCOMPARE(j.at("place"), 1);
        QCOMPARE(j.at("queued"), 4);
        const QList<qint64> expected = order({2, 0, 3, 1});
        QCOMPARE(j.at("queue"), json(std::vector<qint64>(expected.cbegin(), expected.cend())));
        QCOMPARE(m_store->queueOrder().value(), order({2, 0, 3, 1}));
        // The list shows each queued job's place.
        r = run({QStringLiteral("--json"), QStringLiteral("jobs")});
        QCOMPARE(r.code, 0);
        const json listing = json::parse(r.out.toStdString()); // outlives the loop
        for (const json &listed : listing.at("jobs"))
            if (listed.at("id") == ids[3])
                QCOMPARE(listed.at("place"), 3);
        r = run({QStringLiteral("jobs")});
        QVERIFY2(r.out.contains("#3 in queue"), r.out.constData());

        // A job that is not queued cannot move: exit 1, saying why.
        r = run({QStringLiteral("jobs"), QStringLiteral("move"), QString::number(m_done),
                 QStringLiteral("top")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("not waiting in the queue (it is succeeded)"), r.err.constData());
        r = run({QStringLiteral("jobs"), QStringLiteral("move"), QString::number(ids[0]),
                 QStringLiteral("--before"), QStringLiteral("9999")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("no job 9999"));
        // Bad usage: exit 2, nothing moved.
        for (const QStringList &bad :
             {QStringList{QStringLiteral("move")},
              QStringList{QStringLiteral("move"), QString::number(ids[0])},
              QStringList{QStringLiteral("move"), QString::number(ids[0]),
                          QStringLiteral("sideways")},
              QStringList{QStringLiteral("move"), QStringLiteral("x"), QStringLiteral("top")},
              QStringList{QStringLiteral("move"), QString::number(ids[0]), QStringLiteral("top"),
                          QStringLiteral("--before"), QString::number(ids[1])}}) {
            r = run(QStringList{QStringLiteral("jobs")} + bad);
            QVERIFY2(r.code == 2, qPrintable(bad.join(u' ')));
            QVERIFY(r.err.contains("usage: jobs move ID top|up|down|bottom"));
        }
        QCOMPARE(m_store->queueOrder().value(), order({2, 0, 3, 1}));
        cancelAllQueued();
    }

    void pauseFreesTheGpuMemoryOfIdleComfyUiServers()
    {
        // The demo's forge-comfy runs nothing: its models are unloaded.
        Run r = run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("pause"),
                     QStringLiteral("--free-vram")});
        QVERIFY2(r.code == 0, r.err.constData());
        json j = json::parse(r.out.toStdString());
        QCOMPARE(j.at("ok"), true);
        QCOMPARE(j.at("paused"), true);
        QCOMPARE(j.at("servers").size(), size_t(1));
        QCOMPARE(j.at("servers").at(0).at("server"), "forge-comfy");
        QCOMPARE(j.at("servers").at(0).at("result"), "freed");
        QVERIFY(m_store->isPaused());

        // While a job of the queue runs there, it is left alone, and the text says so.
        const QString me = QStringLiteral("test/1/x");
        const qint64 busy = m_store->enqueue(job("a busy one")).value();
        QVERIFY(
            m_store->claim(busy, me, QStringLiteral("forge-comfy"), QStringLiteral("p-9")).value());
        r = run({QStringLiteral("jobs"), QStringLiteral("pause"), QStringLiteral("--free-vram")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("The queue is paused."), r.out.constData());
        QVERIFY2(
            r.out.contains(
                QStringLiteral("forge-comfy: left alone, job %1 runs there.").arg(busy).toUtf8()),
            r.out.constData());
        QVERIFY(m_store->finish(busy, me, JobState::Cancelled, {}, json::array()).value());

        // Only pause takes --free-vram; a plain pause or resume frees nothing.
        r = run({QStringLiteral("jobs"), QStringLiteral("resume"), QStringLiteral("--free-vram")});
        QCOMPARE(r.code, 2);
        r = run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("resume")});
        QCOMPARE(r.code, 0);
        j = json::parse(r.out.toStdString());
        QCOMPARE(j.at("paused"), false);
        QVERIFY(!j.contains("servers"));
        QVERIFY(!m_store->isPaused());
    }

    void addsChatAndModelJobsAndRunsThemWithWait()
    {
        const QString out = m_dir.filePath(QStringLiteral("llm-outputs"));
        // A chat reply, from the demo's Ollama, into a folder of its own.
        Run r =
            run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("add"),
                 QStringLiteral("chat"), QStringLiteral("Name"), QStringLiteral("three colours"),
                 QStringLiteral("--model"), QStringLiteral("qwen3-coder-next:latest"),
                 QStringLiteral("--target"), QStringLiteral("brain-ollama"),
                 QStringLiteral("--wait"), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, r.err.constData());
        json j = json::parse(r.out.toStdString());
        QCOMPARE(j.at("kind"), "chat");
        QCOMPARE(j.at("state"), "succeeded");
        QCOMPARE(j.at("server"), "brain-ollama");
        QCOMPARE(j.at("title"), "Name three colours");
        QCOMPARE(j.at("params").at("model"), "qwen3-coder-next:latest");
        const QString reply = QString::fromStdString(j.at("outputs").at(0).get<std::string>());
        QVERIFY2(reply.startsWith(out) && reply.endsWith(QStringLiteral("/reply.md")),
                 qPrintable(reply));
        QFile file(reply);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray answer = file.readAll().trimmed();
        QVERIFY(!answer.isEmpty());
        // Without --json the reply is printed after its file.
        r = run({QStringLiteral("jobs"), QStringLiteral("add"), QStringLiteral("chat"),
                 QStringLiteral("Hello"), QStringLiteral("--model"),
                 QStringLiteral("qwen3-coder-next:latest"), QStringLiteral("--target"),
                 QStringLiteral("brain-ollama"), QStringLiteral("--wait"), QStringLiteral("--out"),
                 out});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("succeeded") && r.out.contains("reply.md"), r.out.constData());
        QVERIFY(r.out.trimmed().split('\n').size() >= 3);

        // Loading a model on a named server.
        r = run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("add"),
                 QStringLiteral("model_load"), QStringLiteral("gpt-oss:120b"),
                 QStringLiteral("--target"), QStringLiteral("brain-ollama"),
                 QStringLiteral("--wait"), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, r.err.constData());
        j = json::parse(r.out.toStdString());
        QCOMPARE(j.at("kind"), "model_load");
        QCOMPARE(j.at("state"), "succeeded");
        QCOMPARE(j.at("title"), "gpt-oss:120b");
        QCOMPARE(j.at("step"), ""); // finished: no step left

        // Without --wait, a pull is queued for the app's dispatcher.
        r = run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("add"),
                 QStringLiteral("model_pull"), QStringLiteral("llama3.2:1b"),
                 QStringLiteral("--target"), QStringLiteral("brain-ollama")});
        QVERIFY2(r.code == 0, r.err.constData());
        const qint64 pull = json::parse(r.out.toStdString()).at("id").get<qint64>();
        const Job queued = m_store->job(pull).value();
        QCOMPARE(queued.kind, JobKind::ModelPull);
        QCOMPARE(queued.target, QStringLiteral("brain-ollama"));
        QCOMPARE(queued.params.at("model"), "llama3.2:1b");
        QVERIFY(m_store->cancel(pull).value());

        // What cannot work is refused up front, as usage errors.
        for (const QStringList &bad :
             {QStringList{QStringLiteral("chat"), QStringLiteral("hi")},      // no --model
              QStringList{QStringLiteral("model_load"), QStringLiteral("m")}, // no --target
              QStringList{QStringLiteral("model_load"), QStringLiteral("m"),
                          QStringLiteral("--target"), QStringLiteral("forge-comfy")},
              QStringList{QStringLiteral("model_pull"), QStringLiteral("m"),
                          QStringLiteral("--target"), QStringLiteral("brain-llama")}}) {
            r = run(QStringList{QStringLiteral("jobs"), QStringLiteral("add")} + bad);
            QVERIFY2(r.code == 2, qPrintable(bad.join(u' ')));
        }
        QVERIFY(r.err.contains("only Ollama servers pull models; brain-llama is not one"));
    }

    void pullsAModelWithWaitOnAnOllamaServer()
    {
        // The demo's Ollama has no /api/pull: one in this process streams its progress.
        c41::fakes::FakeHttpServer ollama;
        QVERIFY(ollama.listen());
        QByteArray pulled;
        ollama.route("POST", QStringLiteral("/api/pull"), [&](const c41::fakes::FakeRequest &rq) {
            pulled = rq.body;
            return c41::fakes::FakeResponse::stream(
                "application/x-ndjson",
                {{0, "{\"status\":\"pulling manifest\"}\n"},
                 {20, "{\"status\":\"pulling 6a0746a1ec1a\",\"total\":100,\"completed\":40}\n"},
                 {20, "{\"status\":\"pulling 6a0746a1ec1a\",\"total\":100,\"completed\":100}\n"},
                 {20, "{\"status\":\"success\"}\n"}});
        });
        const QString config = m_dir.filePath(QStringLiteral("studio.json"));
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(R"({"boxes": [{"name": "brain", "servers": [{"name": "brain-ollama", )"
                           R"("url": "ollama+)") +
                ollama.url().toString().toUtf8() + "\"}]}]}\n");
        f.close();
        const Run r = runServing(
            {QStringLiteral("--config"), config, QStringLiteral("--json"), QStringLiteral("jobs"),
             QStringLiteral("add"), QStringLiteral("model_pull"), QStringLiteral("llama3.2:1b"),
             QStringLiteral("--target"), QStringLiteral("brain-ollama"), QStringLiteral("--wait"),
             QStringLiteral("--out"), m_dir.filePath(QStringLiteral("pulls"))},
            false);
        QVERIFY2(r.code == 0, r.err.constData());
        const json j = json::parse(r.out.toStdString());
        QCOMPARE(j.at("state"), "succeeded");
        QCOMPARE(j.at("progress"), 100.0);
        QCOMPARE(json::parse(pulled.toStdString()).at("model"), "llama3.2:1b");
    }

    void demoWithoutAJobDatabaseIsAUsageError()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("C41_JOBS_DB"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(C41CTL_PATH), {QStringLiteral("--demo"), QStringLiteral("jobs")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("set C41_JOBS_DB") && err.contains("without --demo"),
                 err.constData());
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }

    void badUsageExitsWithTwo()
    {
        QCOMPARE(run({QStringLiteral("jobs"), QStringLiteral("cancel")}).code, 2);
        QCOMPARE(run({QStringLiteral("jobs"), QStringLiteral("retry"), QStringLiteral("x")}).code,
                 2);
        QCOMPARE(run({QStringLiteral("jobs"), QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(
            run({QStringLiteral("jobs"), QStringLiteral("add"), QStringLiteral("painting")}).code,
            2);
    }
};

QTEST_GUILESS_MAIN(TestC41ctlJobs)
#include "tst_c41ctl_jobs.moc"
