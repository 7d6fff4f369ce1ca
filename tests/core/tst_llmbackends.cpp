// SPDX-License-Identifier: GPL-3.0-or-later
// OllamaBackend and OpenAiBackend against the fakes: model lists with details,
// loaded state (pinned, VRAM share, slots), load/unload/pin, streaming chat with
// every request parameter, cancel, long answers, errors naming the server.
#include "backends/llm/llmbackend.h"
#include "fakehttpserver.h"
#include "fakeollama.h"
#include "fakeopenaiserver.h"
#include "net/httpclient.h"

#include <QNetworkAccessManager>
#include <QtTest>

#include <qcorotask.h>

using namespace c41;
using namespace c41::backends;
using namespace c41::fakes;

class TestLlmBackends : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    static const LlmModel *findModel(const QList<LlmModel> &models, const QString &name)
    {
        for (const LlmModel &m : models) {
            if (m.name == name)
                return &m;
        }
        return nullptr;
    }
    static ChatRequest hello(const QString &model, int maxTokens)
    {
        ChatRequest r;
        r.model = model;
        r.system = QStringLiteral("Be brief.");
        r.messages = {{QStringLiteral("user"), QStringLiteral("Why is the sky blue?")},
                      {QStringLiteral("assistant"), QStringLiteral("Rayleigh scattering.")},
                      {QStringLiteral("user"), QStringLiteral("Say more.")}};
        r.temperature = 0.5;
        r.topP = 0.9;
        r.maxTokens = maxTokens;
        r.stop = {QStringLiteral("\n\n\n")};
        return r;
    }

private Q_SLOTS:
    void ollamaModelsWithShowDetails()
    {
        FakeOllama fake;
        QVERIFY(fake.listen());
        net::HttpClient client(&m_nam, QStringLiteral("brain-ollama"), fake.url());
        auto backend = LlmBackend::create(studio::ServerKind::Ollama, &client);
        const auto models = QCoro::waitFor(backend->listModels());
        QVERIFY(models.ok());
        QCOMPARE(models->size(), 4);
        const LlmModel *m = findModel(*models, QStringLiteral("qwen3:14b"));
        QVERIFY(m);
        QCOMPARE(m->family, QStringLiteral("qwen3"));
        QCOMPARE(m->parameterSize, QStringLiteral("14.8B"));
        QCOMPARE(m->quantization, QStringLiteral("Q4_K_M"));
        QCOMPARE(m->sizeBytes, 9276198565);
        QCOMPARE(m->contextLength, 40960); // from /api/show model_info
        QVERIFY(m->parameterCount > 14'000'000'000);
        // /api/show is cached: a second listing asks only /api/tags.
        const int before = fake.http()->requestCount();
        QVERIFY(QCoro::waitFor(backend->listModels()).ok());
        QCOMPARE(fake.http()->requestCount(), before + 1);
    }

    void ollamaLoadPinUnload()
    {
        FakeOllama fake;
        fake.setTimeScale(0);
        QVERIFY(fake.listen());
        net::HttpClient client(&m_nam, QStringLiteral("brain-ollama"), fake.url());
        auto backend = LlmBackend::create(studio::ServerKind::Ollama, &client);
        const QString model = QStringLiteral("gemma3:12b");
        QVERIFY(QCoro::waitFor(backend->load(model)).ok());
        auto state = QCoro::waitFor(backend->loadedModels());
        QVERIFY(state.ok());
        QCOMPARE(state->models.size(), 1);
        QCOMPARE(state->models[0].name, model);
        QVERIFY(!state->models[0].pinned);
        QVERIFY(state->models[0].expiresAt > QDateTime::currentDateTimeUtc());
        QVERIFY(state->models[0].vramShare() >= 0);

        QVERIFY(QCoro::waitFor(backend->pin(model)).ok());
        state = QCoro::waitFor(backend->loadedModels());
        QVERIFY(state->models[0].pinned);

        QVERIFY(QCoro::waitFor(backend->unload(model)).ok());
        QTRY_VERIFY(QCoro::waitFor(backend->loadedModels())->models.isEmpty());

        const auto unknown = QCoro::waitFor(backend->load(QStringLiteral("nope:1b")));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().httpStatus, 404);
        QVERIFY(unknown.error().toString().contains(QStringLiteral("brain-ollama")));
        QVERIFY(unknown.error().message.contains(QStringLiteral("not found")));
    }

    void ollamaVramShareWhenGpuIsSmall()
    {
        FakeOllama fake;
        fake.setGpuMemoryBytes(1'000'000'000);
        QVERIFY(fake.loadModel(QStringLiteral("qwen3:14b")));
        QVERIFY(fake.listen());
        net::HttpClient client(&m_nam, QStringLiteral("o"), fake.url());
        auto backend = LlmBackend::create(studio::ServerKind::Ollama, &client);
        const auto state = QCoro::waitFor(backend->loadedModels());
        QVERIFY(state.ok());
        QCOMPARE(state->models.size(), 1);
        QVERIFY(state->models[0].vramShare() > 0 && state->models[0].vramShare() < 0.5);
    }

    void ollamaChatStreams()
    {
        FakeOllama fake;
        fake.setTimeScale(0.01);
        QVERIFY(fake.listen());
        net::HttpClient client(&m_nam, QStringLiteral("brain-ollama"), fake.url());
        auto backend = LlmBackend::create(studio::ServerKind::Ollama, &client);
        int deltas = 0;
        const ChatReply reply = QCoro::waitFor(
            backend->chat(hello(QStringLiteral("llama3.2:3b"), 20), [&](const ChatEvent &e) {
                deltas += e.kind == ChatEvent::Kind::Content;
                return true;
            }));
        QVERIFY2(reply.ok(), qPrintable(reply.error ? reply.error->toString() : QString()));
        QVERIFY(deltas > 3);
        QVERIFY(!reply.content.isEmpty());
        QCOMPARE(reply.finishReason, QStringLiteral("length"));
        QCOMPARE(reply.stats.source, QStringLiteral("server"));
        QVERIFY(reply.stats.decodeTokensPerSecond > 0);
        // The request carried the system prompt, the history and the sampling options.
        const auto body =
            nlohmann::json::parse(fake.http()->recentRequests().last().body.toStdString());
        QCOMPARE(body["messages"].size(), size_t(4));
        QCOMPARE(body["messages"][0]["role"], "system");
        QCOMPARE(body["options"]["num_predict"], 20);
        QCOMPARE(body["options"]["top_p"], 0.9);
    }

    void ollamaMidStreamFailure()
    {
        FakeOllama fake;
        fake.setTimeScale(0.01);
        fake.failMidStream(true);
        QVERIFY(fake.listen());
        net::HttpClient client(&m_nam, QStringLiteral("brain-ollama"), fake.url());
        auto backend = LlmBackend::create(studio::ServerKind::Ollama, &client);
        const ChatReply reply =
            QCoro::waitFor(backend->chat(hello(QStringLiteral("llama3.2:3b"), 50), {}));
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error->server, QStringLiteral("brain-ollama"));
        QVERIFY(!reply.content.isEmpty());
    }

    void cancelClosesTheConnection_data()
    {
        QTest::addColumn<bool>("ollama");
        QTest::addColumn<bool>("viaToken");
        QTest::newRow("ollama, sink") << true << false;
        QTest::newRow("ollama, token") << true << true;
        QTest::newRow("llama.cpp, sink") << false << false;
        QTest::newRow("llama.cpp, token") << false << true;
    }
    void cancelClosesTheConnection()
    {
        QFETCH(bool, ollama);
        QFETCH(bool, viaToken);
        FakeOllama o;
        FakeOpenAiServer l;
        o.setTimeScale(0.05);
        l.setTimeScale(0.05);
        QVERIFY(o.listen() && l.listen());
        FakeHttpServer *http = ollama ? o.http() : l.http();
        net::HttpClient client(&m_nam, QStringLiteral("s"), ollama ? o.url() : l.url());
        auto backend = LlmBackend::create(
            ollama ? studio::ServerKind::Ollama : studio::ServerKind::OpenAi, &client);
        net::CancelToken cancel;
        int deltas = 0;
        const ChatReply reply = QCoro::waitFor(backend->chat(
            hello(ollama ? QStringLiteral("llama3.2:3b") : QString(), 2000),
            [&](const ChatEvent &e) {
                if (e.kind == ChatEvent::Kind::Content && ++deltas == 3) {
                    if (viaToken)
                        cancel.cancel();
                    else
                        return false;
                }
                return true;
            },
            cancel));
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error->kind, net::ApiError::Kind::Cancelled);
        QVERIFY(!reply.content.isEmpty());
        QTRY_COMPARE(http->abortedStreams(), 1);
    }

    void llamaCppModelsSlotsAndReasoning()
    {
        FakeOpenAiServer fake;
        fake.setTimeScale(0.01);
        fake.setParallel(2);
        fake.setContextSize(8192);
        fake.setReasoning(true);
        QVERIFY(fake.listen());
        net::HttpClient client(&m_nam, QStringLiteral("brain-llama"), fake.url());
        auto backend = LlmBackend::create(studio::ServerKind::OpenAi, &client);
        const auto models = QCoro::waitFor(backend->listModels());
        QVERIFY(models.ok());
        QCOMPARE(models->size(), 1);
        QCOMPARE(models->first().contextLength, 4096); // per slot
        QVERIFY(models->first().parameterCount > 0);
        auto state = QCoro::waitFor(backend->loadedModels());
        QVERIFY(state.ok());
        QCOMPARE(state->models.size(), 1);
        QCOMPARE(state->load.totalSlots, 2);
        QCOMPARE(state->load.busySlots, 0);
        QCOMPARE(state->load.contextSize, 4096);

        const ChatReply reply = QCoro::waitFor(backend->chat(hello({}, 30), {}));
        QVERIFY2(reply.ok(), qPrintable(reply.error ? reply.error->toString() : QString()));
        QVERIFY(!reply.reasoning.isEmpty());
        QVERIFY(!reply.content.isEmpty());
        QVERIFY(!reply.content.contains(reply.reasoning));
        QCOMPARE(reply.stats.source, QStringLiteral("server"));
        const auto body =
            nlohmann::json::parse(fake.http()->recentRequests().last().body.toStdString());
        QCOMPARE(body["max_tokens"], 30);
        QCOMPARE(body["stream_options"]["include_usage"], true);
    }

    void longAnswersToTheTokenLimit()
    {
        // The benchmark's knob: answers run to max_tokens, streamed whole.
        FakeOllama o;
        FakeOpenAiServer l;
        o.setTimeScale(0.0001);
        l.setTimeScale(0.0001);
        o.setFillToMax(true);
        l.setFillToMax(true);
        QVERIFY(o.listen() && l.listen());
        net::HttpClient oc(&m_nam, QStringLiteral("o"), o.url());
        net::HttpClient lc(&m_nam, QStringLiteral("l"), l.url());
        auto ob = LlmBackend::create(studio::ServerKind::Ollama, &oc);
        auto lb = LlmBackend::create(studio::ServerKind::OpenAi, &lc);
        const ChatReply a = QCoro::waitFor(ob->chat(hello(QStringLiteral("llama3.2:3b"), 600), {}));
        const ChatReply b = QCoro::waitFor(lb->chat(hello({}, 600), {}));
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a.completionTokens, 600);
        QCOMPARE(b.completionTokens, 600);
        QCOMPARE(a.finishReason, QStringLiteral("length"));
    }

    void openAiCannotLoadAndSaysSo()
    {
        FakeOpenAiServer fake;
        QVERIFY(fake.listen());
        net::HttpClient client(&m_nam, QStringLiteral("brain-llama"), fake.url());
        auto backend = LlmBackend::create(studio::ServerKind::OpenAi, &client);
        for (auto op : {&LlmBackend::load, &LlmBackend::unload, &LlmBackend::pin}) {
            const auto r = QCoro::waitFor((backend.get()->*op)(QStringLiteral("m")));
            QVERIFY(!r.ok());
            QVERIFY(r.error().toString().startsWith(QStringLiteral("brain-llama")));
            QVERIFY(r.error().message.contains(QStringLiteral("cannot")));
        }
    }

    void refusedNamesTheServer()
    {
        FakeHttpServer gone;
        QVERIFY(gone.listen());
        const QUrl url = gone.url();
        gone.close();
        net::HttpClient client(&m_nam, QStringLiteral("brain-ollama"), url);
        auto backend = LlmBackend::create(studio::ServerKind::Ollama, &client);
        const auto models = QCoro::waitFor(backend->listModels());
        QVERIFY(!models.ok());
        QCOMPARE(models.error().server, QStringLiteral("brain-ollama"));
    }
};

QTEST_GUILESS_MAIN(TestLlmBackends)
#include "tst_llmbackends.moc"
