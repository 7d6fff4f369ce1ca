// SPDX-License-Identifier: GPL-3.0-or-later
// What each OpenAI-compatible server adds, through OpenAiBackend: vLLM /metrics
// (either KV-cache name), llama-swap /running and unload, LM Studio's v0 list,
// mlx_lm (listed is not loaded), and llama.cpp's captured /slots and /metrics.
#include "backends/llm/llmbackend.h"
#include "backends/openai/metricslines.h"
#include "fakehttpserver.h"
#include "fixtures.h"
#include "net/httpclient.h"

#include <QNetworkAccessManager>
#include <QtTest>

#include <qcorotask.h>

using namespace c41;
using namespace c41::backends;
using namespace c41::fakes;
using namespace c41::testing;

class TestOpenAiServers : public QObject
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

private Q_SLOTS:
    void errorShapesOfEachServer_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("vLLM") << 400
                              << QByteArray(
                                     "{\"error\":{\"message\":\"max_tokens is too large\","
                                     "\"type\":\"BadRequestError\",\"param\":null,\"code\":400}}")
                              << QStringLiteral("max_tokens is too large");
        QTest::newRow("older vLLM, flat")
            << 400
            << QByteArray("{\"object\":\"error\",\"message\":\"The model `x` does not exist.\","
                          "\"type\":\"NotFoundError\",\"param\":null,\"code\":404}")
            << QStringLiteral("The model `x` does not exist.");
        QTest::newRow("mlx_lm, a plain string, 404 for a failed generation")
            << 404 << QByteArray("{\"error\": \"Model loading failed\"}")
            << QStringLiteral("Model loading failed");
        QTest::newRow("Ollama /v1")
            << 404
            << QByteArray("{\"error\":{\"message\":\"model \\\"x\\\" not found, try pulling it "
                          "first\",\"type\":\"not_found_error\",\"param\":null,\"code\":null}}")
            << QStringLiteral("model \"x\" not found, try pulling it first");
    }
    void errorShapesOfEachServer()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.route("POST", QStringLiteral("/v1/chat/completions"),
                     [=](const FakeRequest &) { return FakeResponse::json(body, status); });
        net::HttpClient client(&m_nam, QStringLiteral("brain-mlx"), server.url());
        auto backend = LlmBackend::create(studio::ServerKind::OpenAi, &client);
        const ChatReply reply = QCoro::waitFor(backend->chat({}, {}));
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error->httpStatus, status);
        QCOMPARE(reply.error->message, message);
        QVERIFY(reply.error->toString().startsWith(QStringLiteral("brain-mlx: ")));
    }

    void vllmMetricsEitherCacheName_data()
    {
        QTest::addColumn<QByteArray>("cacheMetric");
        QTest::newRow("new name") << QByteArray("vllm:kv_cache_usage_perc");
        QTest::newRow("old name") << QByteArray("vllm:gpu_cache_usage_perc");
    }
    void vllmMetricsEitherCacheName()
    {
        QFETCH(QByteArray, cacheMetric);
        FakeHttpServer vllm;
        QVERIFY(vllm.listen());
        vllm.route("GET", QStringLiteral("/v1/models"), [](const FakeRequest &) {
            return FakeResponse::json("{\"object\":\"list\",\"data\":[{\"id\":\"Qwen/"
                                      "Qwen3-32B\",\"object\":\"model\"}]}");
        });
        const QByteArray metrics =
            "# HELP vllm:num_requests_running Number of requests in model execution batches.\n"
            "# TYPE vllm:num_requests_running gauge\n"
            "vllm:num_requests_running{engine=\"0\",model_name=\"Qwen/Qwen3-32B\"} 3.0\n"
            "vllm:num_requests_waiting{engine=\"0\",model_name=\"Qwen/Qwen3-32B\"} 1.0\n" +
            cacheMetric + "{engine=\"0\",model_name=\"Qwen/Qwen3-32B\"} 0.42\n";
        vllm.route("GET", QStringLiteral("/metrics"),
                   [=](const FakeRequest &) { return FakeResponse::text(metrics); });
        net::HttpClient client(&m_nam, QStringLiteral("vllm"), vllm.url());
        auto backend = LlmBackend::create(studio::ServerKind::OpenAi, &client);
        const auto state = QCoro::waitFor(backend->loadedModels());
        QVERIFY(state.ok());
        QCOMPARE(state->models.size(), 1); // vLLM serves what it lists
        QCOMPARE(state->load.running, 3.0);
        QCOMPARE(state->load.waiting, 1.0);
        QCOMPARE(state->load.kvCacheUsage, 0.42);
    }

    void llamaSwapRunningAndUnload()
    {
        FakeHttpServer swap;
        QVERIFY(swap.listen());
        swap.route("GET", QStringLiteral("/v1/models"), [](const FakeRequest &) {
            return FakeResponse::json(
                "{\"object\":\"list\",\"data\":[{\"id\":\"qwen-32b\"},{\"id\":"
                "\"gpt-oss\"}]}");
        });
        swap.route("GET", QStringLiteral("/running"), [](const FakeRequest &) {
            return FakeResponse::json("{\"running\":[{\"model\":\"qwen-32b\",\"state\":\"ready\","
                                      "\"ttl\":300}]}");
        });
        QString unloaded;
        swap.routePrefix("POST", QStringLiteral("/api/models/unload/"), [&](const FakeRequest &r) {
            unloaded = r.path.mid(QStringLiteral("/api/models/unload/").size());
            return FakeResponse::text("OK");
        });
        net::HttpClient client(&m_nam, QStringLiteral("swap"), swap.url());
        auto backend = LlmBackend::create(studio::ServerKind::OpenAi, &client);
        const auto state = QCoro::waitFor(backend->loadedModels());
        QVERIFY(state.ok());
        QCOMPARE(state->models.size(), 1);
        QCOMPARE(state->models[0].name, QStringLiteral("qwen-32b"));
        QCOMPARE(state->models[0].state, QStringLiteral("ready"));
        QVERIFY(!state->models[0].pinned);
        QVERIFY(QCoro::waitFor(backend->unload(QStringLiteral("qwen-32b"))).ok());
        QCOMPARE(unloaded, QStringLiteral("qwen-32b"));
    }

    void lmStudioV0StateAndDetails()
    {
        FakeHttpServer lms;
        QVERIFY(lms.listen());
        lms.route("GET", QStringLiteral("/v1/models"), [](const FakeRequest &) {
            return FakeResponse::json(
                "{\"object\":\"list\",\"data\":[{\"id\":\"qwen2-vl-7b-instruct\"},"
                "{\"id\":\"gemma-3-12b\"}]}");
        });
        // protocols/openai-compat.md section 4, legacy v0 REST.
        lms.route("GET", QStringLiteral("/api/v0/models"), [](const FakeRequest &) {
            return FakeResponse::json(
                "{\"object\":\"list\",\"data\":[{\"id\":\"qwen2-vl-7b-instruct\",\"object\":"
                "\"model\",\"type\":\"vlm\",\"publisher\":\"mlx-community\",\"arch\":\"qwen2_vl\","
                "\"compatibility_type\":\"mlx\",\"quantization\":\"4bit\",\"state\":\"not-loaded\","
                "\"max_context_length\":32768},{\"id\":\"gemma-3-12b\",\"arch\":\"gemma3\","
                "\"quantization\":\"Q4_K_M\",\"state\":\"loaded\",\"max_context_length\":131072}]"
                "}");
        });
        net::HttpClient client(&m_nam, QStringLiteral("lmstudio"), lms.url());
        auto backend = LlmBackend::create(studio::ServerKind::OpenAi, &client);
        const auto models = QCoro::waitFor(backend->listModels());
        QVERIFY(models.ok());
        const LlmModel *vl = findModel(*models, QStringLiteral("qwen2-vl-7b-instruct"));
        QVERIFY(vl);
        QCOMPARE(vl->family, QStringLiteral("qwen2_vl"));
        QCOMPARE(vl->quantization, QStringLiteral("4bit"));
        QCOMPARE(vl->contextLength, 32768);
        const auto state = QCoro::waitFor(backend->loadedModels());
        QVERIFY(state.ok());
        QCOMPARE(state->models.size(), 1);
        QCOMPARE(state->models[0].name, QStringLiteral("gemma-3-12b"));
        QVERIFY(!state->models[0].pinned);
    }

    void mlxListedIsNotLoaded()
    {
        FakeHttpServer mlx;
        QVERIFY(mlx.listen());
        mlx.route("GET", QStringLiteral("/v1/models"), [](const FakeRequest &) {
            return FakeResponse::json(
                "{\"object\":\"list\",\"data\":[{\"id\":"
                "\"mlx-community/Qwen3-30B-A3B-4bit\",\"object\":\"model\"}]}");
        });
        net::HttpClient client(&m_nam, QStringLiteral("mlx"), mlx.url());
        auto backend = LlmBackend::create(studio::ServerKind::OpenAi, &client);
        QCOMPARE(QCoro::waitFor(backend->listModels())->size(), 1);
        const auto state = QCoro::waitFor(backend->loadedModels());
        QVERIFY(state.ok());
        QVERIFY(state->models.isEmpty()); // mlx_lm lists its cache, not what is in memory
    }

    void capturedLlamaCppSlotsAndMetrics()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        const auto serve = [&](const QString &path, const QString &fixture) {
            const Transcript t = readTranscript(fixture);
            server.route("GET", path, [t](const FakeRequest &) {
                FakeResponse r = FakeResponse::json(t.responseBody, t.status);
                return r;
            });
        };
        serve(QStringLiteral("/v1/models"), QStringLiteral("llamacpp/v1_models.txt"));
        serve(QStringLiteral("/props"), QStringLiteral("llamacpp/props.txt"));
        serve(QStringLiteral("/slots"), QStringLiteral("llamacpp/slots_busy.txt"));
        serve(QStringLiteral("/metrics"), QStringLiteral("llamacpp/metrics_busy_deferred.txt"));
        net::HttpClient client(&m_nam, QStringLiteral("llama"), server.url());
        auto backend = LlmBackend::create(studio::ServerKind::OpenAi, &client);
        const auto state = QCoro::waitFor(backend->loadedModels());
        QVERIFY(state.ok());
        QCOMPARE(state->models.size(), 1);
        QCOMPARE(state->models[0].name, QStringLiteral("tiny-llama.gguf"));
        QCOMPARE(state->models[0].contextLength, 256);
        QCOMPARE(state->load.totalSlots, 2);
        QCOMPARE(state->load.busySlots, 1);
        QCOMPARE(state->load.contextUsed, 3); // the busy slot 0; idle slot 1 does not count
        QCOMPARE(state->load.running, 2.0);
        QCOMPARE(state->load.waiting, 1.0);
    }

    void metricsLinesSumsLabelSetsAndSkipsLookalikes()
    {
        const QByteArray text = "# TYPE a gauge\na{x=\"1\"} 2\na{x=\"2\"} 3.5 1700000000\nab 100\n";
        QCOMPARE(MetricsLines::sum(text, "a").value_or(-1), 5.5);
        QVERIFY(!MetricsLines::sum(text, "b").has_value());
    }
};

QTEST_GUILESS_MAIN(TestOpenAiServers)
#include "tst_openaiservers.moc"
