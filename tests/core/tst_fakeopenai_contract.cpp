// SPDX-License-Identifier: GPL-3.0-or-later
// FakeOpenAiServer against the real llama-server (b9187) captures in
// tests/fixtures/llamacpp: same status, content type, headers that matter and JSON
// shape (per SSE event for streams, with the same event sequence), and the API key,
// loading, mid-stream error, busy-slot and metrics behaviour the captures show. More
// knobs are in tst_fakeopenai_knobs.
#include "fakeopenaiserver.h"
#include "llmcontracthelpers.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace c41::fakes;
using namespace c41::testing;
using Json = nlohmann::json;

namespace {

QHash<QByteArray, QByteArray> metricTypes(const QByteArray &text)
{
    QHash<QByteArray, QByteArray> types;
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith("# TYPE ")) {
            const QList<QByteArray> parts = line.split(' ');
            types.insert(parts.value(2), parts.value(3));
        }
    }
    return types;
}

double metricValue(const QByteArray &text, const QByteArray &name)
{
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(QByteArray(name + ' ')))
            return line.mid(name.size() + 1).toDouble();
    }
    return -1;
}

FakeModel tinyModel() // the model of the captures
{
    return {QStringLiteral("tiny-llama.gguf"),
            8357120,
            QStringLiteral("llama"),
            QStringLiteral("4.18M"),
            QStringLiteral("F16"),
            512,
            2000,
            6000};
}

} // namespace

class TestFakeOpenAiContract : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<FakeOpenAiServer> m_fake;

    Exchange replay(const QString &fixture)
    {
        return replayCapture(m_nam, m_fake->url(), QStringLiteral("llamacpp/") + fixture);
    }
    Exchange get(const QByteArray &path)
    {
        return finishRequest(startRequest(m_nam, m_fake->url(), "GET", path, {}));
    }
    void compare(const QString &fixture, const Exchange &e)
    {
        const Transcript t = readTranscript(QStringLiteral("llamacpp/") + fixture);
        QCOMPARE(e.status, t.status);
        QCOMPARE(e.contentType, capturedHeader(t, "Content-Type"));
        QCOMPARE(e.reply->rawHeader("Server"), QByteArray("llama.cpp"));
        if (t.status >= 400)
            QCOMPARE(e.reply->rawHeader("Connection"), QByteArray("close"));
        else
            QCOMPARE(e.reply->rawHeader("Keep-Alive"), QByteArray("timeout=5, max=100"));
        if (e.contentType.startsWith("application/json")) {
            const QStringList diff = jsonDifferences(t.responseBody, e.body);
            QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
        }
    }

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<FakeOpenAiServer>();
        m_fake->setModel(tinyModel());
        m_fake->setParallel(2); // -c 512 -np 2: 256 per slot, as captured
        m_fake->setTimeScale(0.01);
        QVERIFY(m_fake->listen());
        QCOMPARE(m_fake->slotContext(), 256);
    }
    void cleanup() { m_fake.reset(); }

    void plainEndpoints_data()
    {
        QTest::addColumn<QString>("fixture");
        for (const char *f :
             {"health.txt", "health_v1.txt", "v1_models.txt", "models.txt", "props.txt",
              "slots_idle_initial.txt", "unknown_endpoint_404.txt", "chat_wrong_method_get.txt",
              "chat_bad_json.txt", "chat_missing_messages.txt",
              "chat_bad_field_messages_not_array.txt", "props_post_without_props_flag.txt",
              "chat_context_exceeded.txt", "chat_context_exceeded_stream.txt",
              "chat_completions_nonstream.txt", "chat_unknown_model.txt"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void plainEndpoints()
    {
        QFETCH(QString, fixture);
        compare(fixture, replay(fixture));
    }

    void errorTextsAreTheServers()
    {
        const Json bad = Json::parse(replay(QStringLiteral("chat_bad_json.txt")).body);
        const Json captured =
            Json::parse(readTranscript(QStringLiteral("llamacpp/chat_bad_json.txt")).responseBody);
        QCOMPARE(bad, captured); // nlohmann's own parse message, byte for byte
        const Json exceeded = Json::parse(replay(QStringLiteral("chat_context_exceeded.txt")).body);
        QCOMPARE(exceeded["error"]["type"], "exceed_context_size_error");
        QCOMPARE(exceeded["error"]["n_ctx"], 256);
        QVERIFY(exceeded["error"]["n_prompt_tokens"].get<int>() > 256);
    }

    void loadingAnswers503Everywhere()
    {
        m_fake->setLoading(true);
        compare(QStringLiteral("health_loading.txt"), replay(QStringLiteral("health_loading.txt")));
        for (const QString &f : {QStringLiteral("v1_models.txt"), QStringLiteral("slots.txt"),
                                 QStringLiteral("chat_completions_nonstream.txt")}) {
            const Exchange e = replay(f);
            QCOMPARE(e.status, 503);
            QVERIFY(jsonDifferences(
                        readTranscript(QStringLiteral("llamacpp/health_loading.txt")).responseBody,
                        e.body)
                        .isEmpty());
        }
        m_fake->setLoading(false);
        compare(QStringLiteral("health.txt"), replay(QStringLiteral("health.txt")));
    }

    void apiKey_data()
    {
        QTest::addColumn<QString>("fixture");
        for (const char *f :
             {"apikey_missing.txt", "apikey_wrong.txt", "apikey_missing_stream.txt",
              "apikey_missing_props.txt", "apikey_missing_metrics.txt", "apikey_missing_slots.txt",
              "apikey_ok_bearer.txt", "apikey_ok_x_api_key.txt", "apikey_public_health.txt",
              "apikey_public_v1_models.txt"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void apiKey()
    {
        QFETCH(QString, fixture);
        m_fake->setApiKey(QStringLiteral("secret123"));
        compare(fixture, replay(fixture));
    }

    void streamWithUsage()
    {
        const Transcript t = readTranscript(QStringLiteral("llamacpp/chat_completions_stream.txt"));
        const Exchange e = replay(QStringLiteral("chat_completions_stream.txt"));
        compare(QStringLiteral("chat_completions_stream.txt"), e);
        const QList<QByteArray> captured = sseData(t.responseBody);
        const QList<QByteArray> actual = sseData(e.body);
        QCOMPARE(chatEventKinds(actual),
                 chatEventKinds(captured));       // role content finish usage done
        QCOMPARE(actual.size(), captured.size()); // max_tokens 12
        for (qsizetype i = 0; i + 1 < actual.size(); ++i) {
            const QStringList diff = jsonDifferences(captured.at(i), actual.at(i));
            QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
        }
        const Json finish = Json::parse(actual.at(actual.size() - 3));
        QVERIFY(!finish.contains("timings")); // with include_usage they ride on the usage chunk
        const Json usage = Json::parse(actual.at(actual.size() - 2));
        QCOMPARE(usage["usage"]["completion_tokens"], 12);
        const Json &timings = usage["timings"];
        QCOMPARE(timings["predicted_n"], 12);
        QVERIFY(qAbs(timings["predicted_per_second"].get<double>() -
                     1000.0 / timings["predicted_per_token_ms"].get<double>()) < 1e-6);
        // The rate is the model's (2000 tok/s), give or take the per-token jitter.
        QVERIFY(qAbs(timings["predicted_per_second"].get<double>() - 2000) < 250);
    }

    void streamWithoutUsage()
    {
        const Transcript t =
            readTranscript(QStringLiteral("llamacpp/chat_completions_stream_no_usage.txt"));
        const Exchange e = replay(QStringLiteral("chat_completions_stream_no_usage.txt"));
        compare(QStringLiteral("chat_completions_stream_no_usage.txt"), e);
        const QList<QByteArray> captured = sseData(t.responseBody);
        const QList<QByteArray> actual = sseData(e.body);
        QCOMPARE(chatEventKinds(actual), chatEventKinds(captured)); // role content finish done
        QCOMPARE(actual.size(), captured.size());
        for (qsizetype i = 0; i + 1 < actual.size(); ++i)
            QVERIFY(jsonDifferences(captured.at(i), actual.at(i)).isEmpty());
        QVERIFY(Json::parse(actual.at(actual.size() - 2)).contains("timings"));
    }

    void midStreamErrorEndsWithoutDone()
    {
        m_fake->failMidStream(true);
        const Transcript t =
            readTranscript(QStringLiteral("llamacpp/chat_stream_midstream_error.txt"));
        const Exchange e = replay(QStringLiteral("chat_stream_midstream_error.txt"));
        QCOMPARE(e.status, 200);
        QCOMPARE(e.contentType, capturedHeader(t, "Content-Type"));
        const QList<QByteArray> captured = sseData(t.responseBody);
        const QList<QByteArray> actual = sseData(e.body);
        QCOMPARE(chatEventKinds(actual), chatEventKinds(captured)); // role content error
        QVERIFY(!actual.contains("[DONE]"));
        const QStringList diff = jsonDifferences(captured.last(), actual.last());
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
        QCOMPARE(Json::parse(actual.last())["error"]["type"], "server_error");
    }

    void slotsShowTheLastTaskAndBusyOnes()
    {
        // Two different conversations: llama-server gives the second the least
        // recently used slot, so both slots have had a task, as in the capture.
        compare(QStringLiteral("chat_completions_nonstream.txt"),
                replay(QStringLiteral("chat_completions_nonstream.txt")));
        compare(QStringLiteral("apikey_ok_bearer.txt"),
                replay(QStringLiteral("apikey_ok_bearer.txt")));
        const Exchange idle = get("/slots");
        compare(QStringLiteral("slots.txt"), idle);
        const Json idleSlots = Json::parse(idle.body);
        QCOMPARE(idleSlots[0]["id_task"].is_number(), true);
        QCOMPARE(idleSlots[0]["next_token"][0]["n_decoded"], 12);
        QCOMPARE(idleSlots[1]["next_token"][0]["n_decoded"], 3);
        QCOMPARE(idleSlots[0]["is_processing"], false);

        m_fake->setTimeScale(5.0); // 200 tokens at 2000 tok/s, 5x slower: ~0.5 s
        QNetworkReply *stream = startRequest(
            m_nam, m_fake->url(), "POST", "/v1/chat/completions",
            R"({"messages":[{"role":"user","content":"Write a long story."}],"max_tokens":200,"ignore_eos":true,"stream":true})");
        QTRY_VERIFY(stream->bytesAvailable() > 0);
        const Exchange busy = get("/slots");
        compare(QStringLiteral("slots_busy.txt"), busy);
        const Json busySlots = Json::parse(busy.body);
        QCOMPARE(busySlots[0]["is_processing"], true);
        QVERIFY(busySlots[0]["next_token"][0]["n_decoded"].get<int>() > 0);
        QCOMPARE(m_fake->busySlots(), 1);
        QTRY_VERIFY(stream->isFinished());
        QCOMPARE(m_fake->busySlots(), 0);
        QCOMPARE(Json::parse(get("/slots").body)[0]["next_token"][0]["n_decoded"], 200);
        stream->deleteLater();
    }

    void metricsHaveTheCapturedNamesAndGrow()
    {
        const Transcript t = readTranscript(QStringLiteral("llamacpp/metrics.txt"));
        const Exchange before = get("/metrics");
        QCOMPARE(before.status, 200);
        QCOMPARE(before.contentType, capturedHeader(t, "Content-Type"));
        QVERIFY(before.reply->hasRawHeader("Process-Start-Time-Unix"));
        QCOMPARE(metricTypes(before.body), metricTypes(t.responseBody));
        QCOMPARE(metricValue(before.body, "llamacpp:tokens_predicted_total"), 0.0);

        replay(QStringLiteral("chat_completions_stream.txt"));    // 12 tokens
        replay(QStringLiteral("chat_completions_nonstream.txt")); // 12 more
        const QByteArray after = get("/metrics").body;
        QCOMPARE(metricValue(after, "llamacpp:tokens_predicted_total"), 24.0);
        QVERIFY(metricValue(after, "llamacpp:prompt_tokens_total") > 0);
        QVERIFY(metricValue(after, "llamacpp:tokens_predicted_seconds_total") > 0);
        QVERIFY(metricValue(after, "llamacpp:predicted_tokens_seconds") > 1000); // ~2000 tok/s
        QVERIFY(metricValue(after, "llamacpp:n_decode_total") >= 24);
        QCOMPARE(metricValue(after, "llamacpp:requests_processing"), 0.0);
        // The throughput gauges cover the time since the last scrape.
        QCOMPARE(metricValue(get("/metrics").body, "llamacpp:predicted_tokens_seconds"), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestFakeOpenAiContract)
#include "tst_fakeopenai_contract.moc"
