// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakehttpserver.h"
#include "fakeollama.h"
#include "fakeopenaiserver.h"
#include "jobs/llmjobexecutor.h"

#include <QCoroTask>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace c41;
using namespace c41::jobs;
using namespace Qt::StringLiterals;
using json = nlohmann::json;

class TestLlmJobExecutor : public QObject
{
    Q_OBJECT

private:
    struct Progress
    {
        double percent;
        QString step;
    };

    static Job makeJob(JobKind kind, const QString &server, json params)
    {
        static qint64 nextId = 1;
        Job job;
        job.id = nextId++;
        job.kind = kind;
        job.target = server;
        job.server = server;
        job.params = std::move(params);
        job.created = QDateTime::currentDateTime();
        job.state = JobState::Running;
        return job;
    }

    JobOutcome runJob(Job job, QList<Progress> *progress = nullptr, bool *accepted = nullptr)
    {
        ProgressSink sink;
        sink.onProgress = [progress](double percent, const QString &step, int) {
            if (progress)
                progress->append({percent, step});
        };
        sink.onAccepted = [accepted] {
            if (accepted)
                *accepted = true;
        };
        return QCoro::waitFor(m_executor->run(std::move(job), sink, {}));
    }

    static QString readText(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<fakes::FakeOllama> m_ollama;
    std::unique_ptr<fakes::FakeOpenAiServer> m_openai;
    std::unique_ptr<LlmJobExecutor> m_executor;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_ollama = std::make_unique<fakes::FakeOllama>();
        m_ollama->setTimeScale(0);
        QVERIFY(m_ollama->listen());
        m_openai = std::make_unique<fakes::FakeOpenAiServer>();
        m_openai->setTimeScale(0);
        QVERIFY(m_openai->listen());
        m_executor = std::make_unique<LlmJobExecutor>(m_nam.get(), m_dir->path());
        m_executor->addServer(u"brain-ollama"_s, studio::ServerKind::Ollama, m_ollama->url());
        m_executor->addServer(u"brain-llama"_s, studio::ServerKind::OpenAi, m_openai->url());
    }

    void cleanup()
    {
        m_executor.reset();
        m_openai.reset();
        m_ollama.reset();
        m_nam.reset();
        m_dir.reset();
    }

    void runsOnlyLlmKinds()
    {
        QVERIFY(m_executor->canRun(JobKind::Chat));
        QVERIFY(m_executor->canRun(JobKind::ModelLoad));
        QVERIFY(m_executor->canRun(JobKind::ModelPull));
        QVERIFY(!m_executor->canRun(JobKind::Image));
        QVERIFY(!m_executor->canRun(JobKind::Tts));
    }

    void chatWritesTheStreamedReply()
    {
        QList<Progress> progress;
        bool accepted = false;
        const JobOutcome outcome = runJob(makeJob(JobKind::Chat, u"brain-ollama"_s,
                                                  json{{"model", "llama3.2:3b"},
                                                       {"prompt", "Write a haiku about the sea."},
                                                       {"temperature", 0.2}}),
                                          &progress, &accepted);
        QCOMPARE(outcome.state, JobState::Succeeded);
        QVERIFY(outcome.error.isEmpty());
        QVERIFY(accepted);
        QVERIFY(outcome.outputs.is_array());
        QVERIFY(!outcome.outputs.empty());
        const QString replyPath = QString::fromStdString(outcome.outputs[0].get<std::string>());
        QCOMPARE(QFileInfo(replyPath).fileName(), u"reply.md"_s);
        QVERIFY(replyPath.startsWith(m_dir->path()));
        const QString reply = readText(replyPath);
        QVERIFY2(reply.trimmed().size() > 5, qPrintable(reply));
        // The folder holds job.json next to the reply, to re-run the job.
        QVERIFY(QFileInfo::exists(QFileInfo(replyPath).dir().filePath(u"job.json"_s)));
        // The last progress step counts the tokens.
        QVERIFY(!progress.isEmpty());
        QVERIFY2(progress.last().step.contains(u"tokens"_s), qPrintable(progress.last().step));
    }

    void chatSavesExactlyWhatWasStreamed()
    {
        // A scripted Ollama stream with thinking: reply.md and reasoning.md hold it all.
        const auto line = [](const json &j) { return QByteArray::fromStdString(j.dump() + "\n"); };
        const auto delta = [](const char *field, const char *text) {
            json message{{"role", "assistant"}, {"content", ""}};
            message[field] = text;
            return json{{"model", "qwen3:14b"},
                        {"created_at", "2026-11-22T06:00:00Z"},
                        {"message", message},
                        {"done", false}};
        };
        QList<fakes::FakeResponse::Chunk> chunks{
            {0, line(delta("thinking", "The user wants "))},
            {2, line(delta("thinking", "a greeting."))},
            {2, line(delta("content", "Hello"))},
            {2, line(delta("content", ", studio"))},
            {2, line(delta("content", "!"))},
            {2, line(json{{"model", "qwen3:14b"},
                          {"created_at", "2026-11-22T06:00:01Z"},
                          {"message", json{{"role", "assistant"}, {"content", ""}}},
                          {"done", true},
                          {"done_reason", "stop"},
                          {"eval_count", 5},
                          {"eval_duration", 50000000},
                          {"prompt_eval_count", 12},
                          {"prompt_eval_duration", 10000000}})},
        };
        fakes::FakeHttpServer scripted;
        scripted.route("POST", u"/api/chat"_s, [chunks](const fakes::FakeRequest &) {
            return fakes::FakeResponse::stream("application/x-ndjson", chunks);
        });
        QVERIFY(scripted.listen());
        m_executor->addServer(u"scripted"_s, studio::ServerKind::Ollama, scripted.url());
        QList<Progress> progress;
        const JobOutcome outcome = runJob(
            makeJob(JobKind::Chat, u"scripted"_s, json{{"model", "qwen3:14b"}, {"prompt", "Hi"}}),
            &progress);
        QVERIFY2(outcome.state == JobState::Succeeded, qPrintable(outcome.error));
        QCOMPARE(outcome.outputs.size(), std::size_t(2));
        const QString replyPath = QString::fromStdString(outcome.outputs[0].get<std::string>());
        const QString reasoningPath = QString::fromStdString(outcome.outputs[1].get<std::string>());
        QCOMPARE(QFileInfo(reasoningPath).fileName(), u"reasoning.md"_s);
        QCOMPARE(readText(replyPath), u"Hello, studio!"_s);
        QCOMPARE(readText(reasoningPath), u"The user wants a greeting."_s);
        QVERIFY2(progress.last().step.startsWith(u"5 tokens"_s), qPrintable(progress.last().step));
    }

    void chatWithMessagesOnAnOpenAiServer()
    {
        const JobOutcome outcome = runJob(makeJob(
            JobKind::Chat, u"brain-llama"_s,
            json{{"model", m_openai->model().name.toStdString()},
                 {"system", "Be brief."},
                 {"messages", json::array({json{{"role", "user"}, {"content", "Say hello."}}})},
                 {"max_tokens", 64}}));
        QVERIFY2(outcome.state == JobState::Succeeded, qPrintable(outcome.error));
        const QString reply =
            readText(QString::fromStdString(outcome.outputs[0].get<std::string>()));
        QVERIFY(!reply.trimmed().isEmpty());
    }

    void unknownModelFailsWithTheServersMessage()
    {
        const JobOutcome outcome = runJob(makeJob(
            JobKind::Chat, u"brain-ollama"_s, json{{"model", "nosuch:1b"}, {"prompt", "Hello"}}));
        QCOMPARE(outcome.state, JobState::Failed);
        QVERIFY2(outcome.error.contains(u"nosuch:1b"_s) && outcome.error.contains(u"not found"_s),
                 qPrintable(outcome.error));

        const JobOutcome load =
            runJob(makeJob(JobKind::ModelLoad, u"brain-ollama"_s, json{{"model", "nosuch:1b"}}));
        QCOMPARE(load.state, JobState::Failed);
        QVERIFY2(load.error.contains(u"not found"_s), qPrintable(load.error));
    }

    void modelLoadLoadsTheModel()
    {
        QVERIFY(!m_ollama->loadedModels().contains(u"qwen3:14b"_s));
        bool accepted = false;
        const JobOutcome outcome =
            runJob(makeJob(JobKind::ModelLoad, u"brain-ollama"_s, json{{"model", "qwen3:14b"}}),
                   nullptr, &accepted);
        QVERIFY2(outcome.state == JobState::Succeeded, qPrintable(outcome.error));
        QVERIFY(accepted);
        QVERIFY(m_ollama->loadedModels().contains(u"qwen3:14b"_s));
    }

    void modelPullReportsProgress()
    {
        // FakeOllama has no /api/pull: serve Ollama's pull stream from the test.
        const auto line = [](const json &j) { return QByteArray::fromStdString(j.dump() + "\n"); };
        QList<fakes::FakeResponse::Chunk> chunks{
            {0, line(json{{"status", "pulling manifest"}})},
            {5, line(json{{"status", "pulling 6a0746a1ec1a"},
                          {"digest", "sha256:6a0746a1ec1a"},
                          {"total", 2000},
                          {"completed", 500}})},
            {5, line(json{{"status", "pulling 6a0746a1ec1a"},
                          {"digest", "sha256:6a0746a1ec1a"},
                          {"total", 2000},
                          {"completed", 2000}})},
            {5, line(json{{"status", "verifying sha256 digest"}})},
            {5, line(json{{"status", "success"}})},
        };
        QByteArray pulledBody;
        m_ollama->http()->route(
            "POST", u"/api/pull"_s, [chunks, &pulledBody](const fakes::FakeRequest &request) {
                pulledBody = request.body;
                return fakes::FakeResponse::stream("application/x-ndjson", chunks);
            });
        QList<Progress> progress;
        const JobOutcome outcome = runJob(
            makeJob(JobKind::ModelPull, u"brain-ollama"_s, json{{"model", "phi4:14b"}}), &progress);
        QVERIFY2(outcome.state == JobState::Succeeded, qPrintable(outcome.error));
        const json sent = json::parse(pulledBody.toStdString());
        QCOMPARE(sent.value("model", ""), std::string("phi4:14b"));
        QCOMPARE(sent.value("stream", false), true);
        bool sawQuarter = false;
        for (const Progress &p : progress)
            sawQuarter = sawQuarter || (qFuzzyCompare(p.percent, 25.0) &&
                                        p.step.contains(u"pulling 6a0746a1ec1a"_s));
        QVERIFY(sawQuarter);
        QCOMPARE(progress.last().percent, 100.0);
    }

    void modelPullErrorsAreReadable()
    {
        // FakeOllama itself has no /api/pull: its 404 comes back in words.
        const JobOutcome missing =
            runJob(makeJob(JobKind::ModelPull, u"brain-ollama"_s, json{{"model", "phi4:14b"}}));
        QCOMPARE(missing.state, JobState::Failed);
        QVERIFY2(missing.error.contains(u"404"_s) && missing.error.contains(u"brain-ollama"_s),
                 qPrintable(missing.error));

        // The server says why in-band.
        m_ollama->http()->route("POST", u"/api/pull"_s, [](const fakes::FakeRequest &) {
            return fakes::FakeResponse::stream(
                "application/x-ndjson",
                {{0, QByteArrayLiteral("{\"status\":\"pulling manifest\"}\n")},
                 {0, QByteArrayLiteral("{\"error\":\"pull model manifest: file does not "
                                       "exist\"}\n")}});
        });
        const JobOutcome inBand =
            runJob(makeJob(JobKind::ModelPull, u"brain-ollama"_s, json{{"model", "nosuch:1b"}}));
        QCOMPARE(inBand.state, JobState::Failed);
        QVERIFY2(inBand.error.contains(u"file does not exist"_s), qPrintable(inBand.error));

        // Only Ollama pulls.
        const JobOutcome openai =
            runJob(makeJob(JobKind::ModelPull, u"brain-llama"_s, json{{"model", "x"}}));
        QCOMPARE(openai.state, JobState::Failed);
        QVERIFY2(openai.error.contains(u"only Ollama can pull models"_s), qPrintable(openai.error));
    }

    void unknownServerFails()
    {
        const JobOutcome outcome =
            runJob(makeJob(JobKind::Chat, u"nowhere"_s, json{{"model", "m"}, {"prompt", "hi"}}));
        QCOMPARE(outcome.state, JobState::Failed);
        QVERIFY(outcome.error.contains(u"nowhere"_s));
    }

    void reconcileLosesAnAcceptedChat()
    {
        Job job = makeJob(JobKind::Chat, u"brain-ollama"_s,
                          json{{"model", "llama3.2:3b"}, {"prompt", "Hello"}});
        job.remoteAccepted = true;
        const JobOutcome lost = QCoro::waitFor(m_executor->reconcile(job, {}, {}));
        QCOMPARE(lost.state, JobState::Lost);
        QVERIFY(lost.error.contains(u"retry"_s));

        job.remoteAccepted = false;
        const JobOutcome rerun = QCoro::waitFor(m_executor->reconcile(job, {}, {}));
        QVERIFY2(rerun.state == JobState::Succeeded, qPrintable(rerun.error));
    }
};

QTEST_GUILESS_MAIN(TestLlmJobExecutor)
#include "tst_llmjobexecutor.moc"
