// SPDX-License-Identifier: GPL-3.0-or-later
// Streaming chat against byte-exact replays of captured streams: every
// documented error shape and quirk of Ollama and the OpenAI-compatible servers.
#include "backends/llm/llmbackend.h"
#include "backends/llm/thinksplitter.h"
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

namespace {
// The captured body, sent as HTTP chunks of `piece` bytes (cutting lines, UTF-8
// sequences and JSON anywhere), with the captured status.
FakeResponse replay(const QByteArray &body, int status, QByteArray contentType, int piece)
{
    if (status >= 400)
        return FakeResponse::json(body, status);
    QList<FakeResponse::Chunk> chunks;
    for (qsizetype at = 0; at < body.size(); at += piece)
        chunks.append({0, body.mid(at, piece)});
    return FakeResponse::stream(std::move(contentType), chunks, status);
}

QByteArray bodyOf(const QString &fixture, int *status)
{
    if (fixture.endsWith(QStringLiteral(".txt"))) {
        const Transcript t = readTranscript(fixture);
        *status = t.status;
        return t.responseBody;
    }
    *status = 200;
    return readFixture(fixture);
}

struct Events
{
    QString content;
    QString reasoning;
    QStringList kinds;
};
} // namespace

class TestLlmStream : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<net::HttpClient> m_client;

    ChatReply run(studio::ServerKind kind, const QString &fixture, int piece,
                  Events *events = nullptr)
    {
        int status = 0;
        const QByteArray body = bodyOf(fixture, &status);
        const bool ollama = kind == studio::ServerKind::Ollama;
        const QByteArray type = ollama ? QByteArrayLiteral("application/x-ndjson")
                                       : QByteArrayLiteral("text/event-stream");
        m_server->route(
            "POST", ollama ? QStringLiteral("/api/chat") : QStringLiteral("/v1/chat/completions"),
            [=](const FakeRequest &) { return replay(body, status, type, piece); });
        auto backend = LlmBackend::create(kind, m_client.get());
        ChatRequest request;
        request.model = QStringLiteral("tiny");
        request.messages = {{QStringLiteral("user"), QStringLiteral("hi")}};
        Events local;
        Events *out = events ? events : &local;
        return QCoro::waitFor(backend->chat(request, [out](const ChatEvent &e) {
            if (e.kind == ChatEvent::Kind::Content)
                out->content += e.text;
            else if (e.kind == ChatEvent::Kind::Reasoning)
                out->reasoning += e.text;
            const char *names[] = {"role", "content", "reasoning", "usage", "finish", "error"};
            const QString name = QString::fromLatin1(names[int(e.kind)]);
            if (out->kinds.isEmpty() || out->kinds.last() != name)
                out->kinds << name;
            return true;
        }));
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<net::HttpClient>(&m_nam, QStringLiteral("brain-llama"),
                                                     m_server->url());
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void llamaCppStreamWithUsage_data()
    {
        QTest::addColumn<int>("piece");
        QTest::newRow("whole") << (1 << 20);
        QTest::newRow("7-byte pieces") << 7;
        QTest::newRow("1-byte pieces") << 1;
    }
    void llamaCppStreamWithUsage()
    {
        QFETCH(int, piece);
        Events events;
        const ChatReply reply =
            run(studio::ServerKind::OpenAi, QStringLiteral("llamacpp/chat_completions_stream.txt"),
                piece, &events);
        QVERIFY2(reply.ok(), qPrintable(reply.error ? reply.error->toString() : QString()));
        QCOMPARE(reply.finishReason, QStringLiteral("length"));
        QVERIFY(reply.content.endsWith(QStringLiteral(".« Orts")));
        QCOMPARE(events.content, reply.content);
        QCOMPARE(reply.promptTokens, 54);
        QCOMPARE(reply.completionTokens, 12);
        // Throughput from the server's own timings, labelled so.
        QCOMPARE(reply.stats.source, QStringLiteral("server"));
        QVERIFY(qAbs(reply.stats.decodeTokensPerSecond - 2181.42) < 0.01);
        QVERIFY(qAbs(reply.stats.prefillTokensPerSecond - 6265.23) < 0.01);
        QVERIFY(reply.stats.timeToFirstTokenMs >= 0);
        QCOMPARE(events.kinds.first(), QStringLiteral("role"));
        QCOMPARE(events.kinds.mid(events.kinds.size() - 2),
                 (QStringList{QStringLiteral("finish"), QStringLiteral("usage")}));
    }

    void llamaCppTimingsOnFinishChunkWithoutUsage()
    {
        const ChatReply reply =
            run(studio::ServerKind::OpenAi,
                QStringLiteral("llamacpp/chat_completions_stream_no_usage.txt"), 64);
        QVERIFY(reply.ok());
        QCOMPARE(reply.stats.source, QStringLiteral("server"));
        QVERIFY(reply.stats.decodeTokensPerSecond > 0);
        QVERIFY(reply.stats.completionTokens > 0);
        QVERIFY(!reply.content.isEmpty());
    }

    void llamaCppMidStreamErrorKeepsPartialAnswer()
    {
        Events events;
        const ChatReply reply =
            run(studio::ServerKind::OpenAi,
                QStringLiteral("llamacpp/chat_stream_midstream_error.txt"), 500, &events);
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error->server, QStringLiteral("brain-llama"));
        QVERIFY(reply.error->message.startsWith(QStringLiteral("Failed to parse input")));
        QVERIFY(reply.content.size() > 20); // what arrived before the error is kept
        QCOMPARE(events.kinds.last(), QStringLiteral("error"));
    }

    void constructedLlamaCppErrorEvent()
    {
        const ChatReply reply =
            run(studio::ServerKind::OpenAi,
                QStringLiteral("llm/openai_chat_stream_llamacpp_error_CONSTRUCTED.sse"), 13);
        QVERIFY(!reply.ok());
        QVERIFY(!reply.error->message.isEmpty());
    }

    void contextExceededIsReadable_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("stream:false") << QStringLiteral("llamacpp/chat_context_exceeded.txt");
        QTest::newRow("stream:true") << QStringLiteral("llamacpp/chat_context_exceeded_stream.txt");
    }
    void contextExceededIsReadable()
    {
        QFETCH(QString, fixture);
        const ChatReply reply = run(studio::ServerKind::OpenAi, fixture, 100);
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error->httpStatus, 400);
        QCOMPARE(reply.error->message,
                 QStringLiteral("the prompt (428 tokens) does not fit the model's context (256)"));
        QVERIFY(reply.error->toString().startsWith(QStringLiteral("brain-llama")));
    }

    void httpErrorsBeforeTheStream_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("status");
        QTest::newRow("api key missing")
            << QStringLiteral("llamacpp/apikey_missing_stream.txt") << 401;
        QTest::newRow("messages not array")
            << QStringLiteral("llamacpp/chat_bad_field_messages_not_array.txt") << 400;
        QTest::newRow("bad json 500") << QStringLiteral("llamacpp/chat_bad_json.txt") << 500;
        QTest::newRow("loading 503") << QStringLiteral("llamacpp/health_loading.txt") << 503;
    }
    void httpErrorsBeforeTheStream()
    {
        QFETCH(QString, fixture);
        QFETCH(int, status);
        const ChatReply reply = run(studio::ServerKind::OpenAi, fixture, 100);
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error->kind, net::ApiError::Kind::Http);
        QCOMPARE(reply.error->httpStatus, status);
        QVERIFY(!reply.error->message.isEmpty());
        QVERIFY(reply.content.isEmpty());
    }

    void ollamaErrorsBeforeTheStream_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown model") << QStringLiteral("ollama/chat_unknown_model.txt") << 404
                                       << QStringLiteral("not found");
        QTest::newRow("option of the wrong type")
            << QStringLiteral("ollama/chat_bad_option_type.txt") << 500 << QStringLiteral("option");
        QTest::newRow("missing model")
            << QStringLiteral("ollama/chat_missing_model.txt") << 400 << QStringLiteral("model");
    }
    void ollamaErrorsBeforeTheStream()
    {
        QFETCH(QString, fixture);
        QFETCH(int, status);
        QFETCH(QString, message);
        const ChatReply reply = run(studio::ServerKind::Ollama, fixture, 100);
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error->httpStatus, status);
        QVERIFY2(reply.error->message.contains(message), qPrintable(reply.error->message));
        QCOMPARE(reply.error->server, QStringLiteral("brain-llama"));
    }

    void clientTimingWithoutServerNumbers()
    {
        // Five tokens 40 ms apart after a 100 ms think, no usage, no timings.
        QList<FakeResponse::Chunk> chunks;
        chunks.append({100, "data: {\"choices\":[{\"delta\":{\"role\":\"assistant\"}}]}\n\n"});
        for (int i = 0; i < 5; ++i)
            chunks.append(
                {i == 0 ? 0 : 40, "data: {\"choices\":[{\"delta\":{\"content\":\"w \"}}]}\n\n"});
        chunks.append({0,
                       "data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: "
                       "[DONE]\n\n"});
        m_server->route("POST", QStringLiteral("/v1/chat/completions"), [=](const FakeRequest &) {
            return FakeResponse::stream("text/event-stream", chunks);
        });
        auto backend = LlmBackend::create(studio::ServerKind::OpenAi, m_client.get());
        const ChatReply reply = QCoro::waitFor(backend->chat({}, {}));
        QVERIFY(reply.ok());
        QCOMPARE(reply.stats.source, QStringLiteral("client"));
        QCOMPARE(reply.stats.completionTokens, 5); // counted deltas
        QVERIFY2(reply.stats.timeToFirstTokenMs >= 90,
                 qPrintable(QString::number(reply.stats.timeToFirstTokenMs)));
        // 4 intervals of ~40 ms: ~25 tok/s (timer slack allowed).
        QVERIFY2(reply.stats.decodeTokensPerSecond > 12 && reply.stats.decodeTokensPerSecond < 30,
                 qPrintable(QString::number(reply.stats.decodeTokensPerSecond)));
        QCOMPARE(reply.stats.prefillTokensPerSecond, -1.0); // prompt size unknown
    }

    void mlxKeepAliveCommentsAndUsageFrame()
    {
        Events events;
        const ChatReply reply =
            run(studio::ServerKind::OpenAi,
                QStringLiteral("llm/openai_chat_stream_mlx_lm_CONSTRUCTED.sse"), 9, &events);
        QVERIFY(reply.ok());
        QCOMPARE(reply.content, QStringLiteral("Hello!"));
        QCOMPARE(reply.finishReason, QStringLiteral("stop"));
        QCOMPARE(reply.promptTokens, 8192);
        QCOMPARE(reply.completionTokens, 2);
        QCOMPARE(reply.stats.source, QStringLiteral("client")); // no server timings
    }

    void ollamaV1StreamReasoningField()
    {
        const ChatReply reply =
            run(studio::ServerKind::OpenAi,
                QStringLiteral("llm/openai_chat_stream_ollama_v1_CONSTRUCTED.sse"), 11);
        QVERIFY(reply.ok());
        QVERIFY(!reply.content.isEmpty());
    }

    void openAiCutWithoutDone()
    {
        // The captured stream, cut before the finish chunk: a transport failure.
        int status = 0;
        QByteArray body = bodyOf(QStringLiteral("llamacpp/chat_completions_stream.txt"), &status);
        body.truncate(body.indexOf("\"finish_reason\":\"length\"") - 40);
        body.truncate(body.lastIndexOf("\n\n") + 2);
        m_server->route("POST", QStringLiteral("/v1/chat/completions"), [=](const FakeRequest &) {
            return replay(body, 200, "text/event-stream", 50);
        });
        auto backend = LlmBackend::create(studio::ServerKind::OpenAi, m_client.get());
        const ChatReply reply = QCoro::waitFor(backend->chat({}, {}));
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error->kind, net::ApiError::Kind::Network);
        QVERIFY(!reply.content.isEmpty());
    }

    void ollamaStreamServerStats()
    {
        Events events;
        const ChatReply reply = run(studio::ServerKind::Ollama,
                                    QStringLiteral("ollama/chat_stream.ndjson"), 33, &events);
        QVERIFY(reply.ok());
        QCOMPARE(reply.finishReason, QStringLiteral("length"));
        QVERIFY(reply.content.endsWith(QStringLiteral(" disag")));
        QCOMPARE(reply.stats.source, QStringLiteral("server"));
        QCOMPARE(reply.completionTokens, 12);
        QCOMPARE(reply.promptTokens, 34);
        // eval_count 12 / eval_duration 11126592 ns; prompt 34 / 2500622 ns
        QVERIFY(qAbs(reply.stats.decodeTokensPerSecond - 12 / 0.011126592) < 0.01);
        QVERIFY(qAbs(reply.stats.prefillTokensPerSecond - 34 / 0.002500622) < 0.01);
        QVERIFY(qAbs(reply.stats.totalMs - 45.858536) < 0.001);
    }

    void ollamaDocsStream()
    {
        const ChatReply reply =
            run(studio::ServerKind::Ollama, QStringLiteral("llm/ollama_api_chat_stream.ndjson"), 5);
        QVERIFY(reply.ok());
        QVERIFY(qAbs(reply.stats.decodeTokensPerSecond - 282 / 4.535599) < 0.01);
    }

    void ollamaErrorLineUnderHttp200()
    {
        // /api/generate's documented mid-stream error, served on the chat route:
        // "response" tokens then {"error":…}.
        const ChatReply reply =
            run(studio::ServerKind::Ollama,
                QStringLiteral("llm/ollama_api_generate_stream_midstream_error.ndjson"), 17);
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error->message,
                 QStringLiteral("an error was encountered while running the model"));
        QCOMPARE(reply.content, QStringLiteral(" Yes.Ican")); // the partial answer is kept
    }

    void ollamaCutWithoutDone()
    {
        QByteArray body = readFixture(QStringLiteral("ollama/chat_stream.ndjson"));
        body.truncate(body.lastIndexOf("\n", body.size() - 2) + 1); // drop the done line
        m_server->route("POST", QStringLiteral("/api/chat"), [=](const FakeRequest &) {
            return replay(body, 200, "application/x-ndjson", 64);
        });
        auto backend = LlmBackend::create(studio::ServerKind::Ollama, m_client.get());
        const ChatReply reply = QCoro::waitFor(backend->chat({}, {}));
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error->kind, net::ApiError::Kind::Network);
        QVERIFY(!reply.content.isEmpty());
    }

    void ollamaThinkingField()
    {
        const QByteArray body =
            "{\"message\":{\"role\":\"assistant\",\"content\":\"\",\"thinking\":\"Let me "
            "\"},\"done\":false}\n"
            "{\"message\":{\"role\":\"assistant\",\"content\":\"\",\"thinking\":\"see.\"},\"done\":"
            "false}\n"
            "{\"message\":{\"role\":\"assistant\",\"content\":\"Blue.\"},\"done\":false}\n"
            "{\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,\"done_reason\":"
            "\"stop\"}\n";
        m_server->route("POST", QStringLiteral("/api/chat"), [=](const FakeRequest &) {
            return replay(body, 200, "application/x-ndjson", 10);
        });
        auto backend = LlmBackend::create(studio::ServerKind::Ollama, m_client.get());
        const ChatReply reply = QCoro::waitFor(backend->chat({}, {}));
        QVERIFY(reply.ok());
        QCOMPARE(reply.reasoning, QStringLiteral("Let me see."));
        QCOMPARE(reply.content, QStringLiteral("Blue."));
        QCOMPARE(reply.stats.source, QStringLiteral("client"));
    }

    void reasoningContentAndThinkTagsSplitAcrossChunks()
    {
        QByteArray body;
        const auto delta = [&](const char *field, const char *text) {
            body += QByteArray("data: {\"choices\":[{\"index\":0,\"delta\":{\"") + field + "\":\"" +
                    text + "\"},\"finish_reason\":null}]}\n\n";
        };
        delta("reasoning_content", "plan ");
        delta("reasoning", "more ");
        delta("content", "<th");
        delta("content", "ink>inner</thi");
        delta("content", "nk>Answer <b>");
        body += "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
                "data: [DONE]\n\n";
        m_server->route("POST", QStringLiteral("/v1/chat/completions"), [=](const FakeRequest &) {
            return replay(body, 200, "text/event-stream", 3);
        });
        auto backend = LlmBackend::create(studio::ServerKind::OpenAi, m_client.get());
        const ChatReply reply = QCoro::waitFor(backend->chat({}, {}));
        QVERIFY(reply.ok());
        QCOMPARE(reply.reasoning, QStringLiteral("plan more inner"));
        QCOMPARE(reply.content, QStringLiteral("Answer <b>"));
    }

    void thinkSplitterHoldsBackOnlyPartialTags()
    {
        ThinkSplitter s;
        QString text;
        QString thought;
        const auto take = [&](const QList<ThinkSplitter::Piece> &pieces) {
            for (const auto &p : pieces)
                (p.reasoning ? thought : text) += p.text;
        };
        for (const QString &c :
             {QStringLiteral("a <"), QStringLiteral("t"), QStringLiteral("hink"),
              QStringLiteral(">x<"), QStringLiteral("/think>"), QStringLiteral(" 1 < 2 <")})
            take(s.feed(c));
        QCOMPARE(text, QStringLiteral("a  1 < 2 "));
        take(s.finish());
        QCOMPARE(text, QStringLiteral("a  1 < 2 <"));
        QCOMPARE(thought, QStringLiteral("x"));
    }
};

QTEST_GUILESS_MAIN(TestLlmStream)
#include "tst_llmstream.moc"
