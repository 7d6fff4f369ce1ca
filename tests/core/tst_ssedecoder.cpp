// SPDX-License-Identifier: GPL-3.0-or-later
#include "decodertesthelpers.h"
#include "fixtures.h"

#include "net/ssedecoder.h"

#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QTest>

using c41::net::ApiError;
using c41::net::DecoderLimits;
using c41::net::SseDecoder;
using c41::net::SseEvent;
using namespace Qt::StringLiterals;

namespace {

using Events = QList<SseEvent>;

std::optional<Events> decode(const QByteArray &bytes, const QList<qsizetype> &cuts = {})
{
    return c41::testing::decodeWithCuts<SseDecoder, SseEvent>(bytes, cuts);
}

// The streamed text a chat client would show: every delta.content joined.
QString joinedContent(const Events &events)
{
    std::string text;
    for (const SseEvent &event : events) {
        if (SseDecoder::isDone(event))
            continue;
        const auto json = nlohmann::json::parse(event.data.toStdString());
        if (!json.contains("choices") || json["choices"].empty())
            continue;
        const auto &delta = json["choices"][0].value("delta", nlohmann::json::object());
        if (delta.contains("content") && delta["content"].is_string())
            text += delta["content"].get<std::string>();
    }
    return QString::fromStdString(text);
}

QByteArray sseBody(const QString &fixture)
{
    if (fixture.endsWith(QStringLiteral(".wire.bin")))
        return c41::testing::dechunkHttpBody(c41::testing::readFixture(fixture)).value_or("");
    if (fixture.endsWith(QStringLiteral(".txt")))
        return c41::testing::readTranscript(fixture).responseBody;
    return c41::testing::readFixture(fixture);
}

} // namespace

class TestSseDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void capturedStreams_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("events");
        QTest::addColumn<bool>("done");
        QTest::addColumn<QString>("text");     // a piece of the streamed reply
        QTest::addColumn<bool>("endsInError"); // last event is {"error": ...}
        const auto row = [](const char *fixture, int events, bool done, const char *text,
                            bool error = false) {
            QTest::newRow(fixture)
                << QString::fromUtf8(fixture) << events << done << QString::fromUtf8(text) << error;
        };
        row("llamacpp/chat_completions_stream.txt", 16, true, " соста meilleЋ");
        row("llamacpp/chat_completions_stream_no_usage.txt", 9, true, " соста");
        row("llamacpp/chat_stream_midstream_error.txt", 33, false, " Annapipe", true);
        row("ollama/v1_chat_completions_stream.sse", 15, true, " BR ellosво");
        row("llm/openai_chat_stream_mlx_lm_CONSTRUCTED.sse", 4, true, "Hello!");
        row("llm/openai_chat_stream_ollama_v1_CONSTRUCTED.sse", 6, true, "The sky is blue.");
        row("llm/openai_chat_stream_llamacpp_error_CONSTRUCTED.sse", 3, false, "Sure", true);
        row("llamacpp/chat_completions_stream_wire.wire.bin", 8, true, " соста meilleЋ");
    }

    void capturedStreams()
    {
        QFETCH(QString, fixture);
        QFETCH(int, events);
        QFETCH(bool, done);
        QFETCH(QString, text);
        QFETCH(bool, endsInError);

        const QByteArray body = sseBody(fixture);
        QVERIFY(!body.isEmpty());
        const std::optional<Events> whole = decode(body);
        QVERIFY(whole);
        QCOMPARE(whole->size(), events);
        QCOMPARE(SseDecoder::isDone(whole->last()), done);
        QVERIFY2(joinedContent(*whole).contains(text), qPrintable(joinedContent(*whole)));
        for (const SseEvent &event : *whole) {
            QVERIFY(event.event.isEmpty());
            if (!SseDecoder::isDone(event))
                QVERIFY2(nlohmann::json::accept(event.data.toStdString()), event.data.constData());
        }
        if (endsInError)
            QVERIFY(nlohmann::json::parse(whole->last().data.toStdString()).contains("error"));

        for (const QByteArray &lineEnd : {QByteArray("\n"), QByteArray("\r\n"), QByteArray("\r")}) {
            const QByteArray bytes = c41::testing::withLineEnds(body, lineEnd);
            for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
                if (decode(bytes, {cut}) != whole)
                    QFAIL(qPrintable(QStringLiteral("differs when split at %1 with line end %2")
                                         .arg(cut)
                                         .arg(QString::fromLatin1(lineEnd.toHex()))));
            }
            QVERIFY2(decode(bytes, c41::testing::everyByte(bytes.size())) == whole,
                     "differs when fed one byte at a time");
        }
    }

    void commentsAndKeepAlivesIgnored()
    {
        const auto events = decode(": hello\n\n:keepalive\n\ndata: x\n: inside\ndata: y\n\n:\n\n");
        QVERIFY(events);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().data, QByteArray("x\ny"));
    }

    void multiLineDataAndOptionalSpace()
    {
        const auto events = decode("data:a\ndata:  b\ndata\ndata: \n\ndata:{}\n\n");
        QVERIFY(events);
        QCOMPARE(events->size(), 2);
        QCOMPARE(events->at(0).data, QByteArray("a\n b\n\n")); // one space only is stripped
        QCOMPARE(events->at(1).data, QByteArray("{}"));
    }

    void eventIdAndRetryFields()
    {
        const auto events =
            decode("event: progress\nid: 7\nretry: 1500\nfoo: bar\ndata: 1\n\n"
                   "data: 2\nretry: soon\n\nid: a\0b\ndata: 3\n\nid\ndata: 4\n\n"_ba);
        QVERIFY(events);
        QCOMPARE(events->size(), 4);
        QCOMPARE(events->at(0).event, QByteArray("progress"));
        QCOMPARE(events->at(0).id, QByteArray("7"));
        QCOMPARE(events->at(0).retryMs, 1500);
        QCOMPARE(events->at(1).event, QByteArray()); // the event type does not carry over
        QCOMPARE(events->at(1).id, QByteArray("7")); // the last event ID does
        QCOMPARE(events->at(1).retryMs, 1500);       // "soon" is not digits: ignored
        QCOMPARE(events->at(2).id, QByteArray("7")); // an id containing NUL is ignored
        QCOMPARE(events->at(3).id, QByteArray());    // a bare "id" clears it
    }

    void eventWithoutDataNotDispatched()
    {
        const auto events = decode("event: ping\nid: 1\n\nretry: 10\n\n\n\n");
        QVERIFY(events);
        QVERIFY(events->isEmpty());
    }

    void finalEventWithoutBlankLine()
    {
        SseDecoder decoder;
        auto fed = decoder.feed("data: first\n\ndata: {\"error\":1}\n");
        QVERIFY(fed);
        QCOMPARE(fed->size(), 1);
        auto last = decoder.finish();
        QVERIFY(last);
        QCOMPARE(last->size(), 1);
        QCOMPARE(last->first().data, QByteArray("{\"error\":1}"));

        // No newline at all after the last line.
        QVERIFY(decoder.feed("data: tail"));
        last = decoder.finish();
        QVERIFY(last);
        QCOMPARE(last->size(), 1);
        QCOMPARE(last->first().data, QByteArray("tail"));
    }

    void crOnlyAndMixedLineEnds()
    {
        const auto events = decode("data: a\r\rdata: b\r\n\r\ndata: c\n\ndata: d\r\ndata: e\r\r\n");
        QVERIFY(events);
        QCOMPARE(events->size(), 4);
        QCOMPARE(events->at(0).data, QByteArray("a"));
        QCOMPARE(events->at(1).data, QByteArray("b"));
        QCOMPARE(events->at(2).data, QByteArray("c"));
        QCOMPARE(events->at(3).data, QByteArray("d\ne"));
    }

    void crlfSplitBetweenFeeds()
    {
        SseDecoder decoder;
        auto a = decoder.feed("data: x\r");
        auto b = decoder.feed("\ndata: y\r");
        auto c = decoder.feed("\n\r");
        auto d = decoder.feed("\n");
        QVERIFY(a && b && c && d);
        QVERIFY(a->isEmpty() && b->isEmpty()); // "\r" "\n" was one line end, not a blank line
        QCOMPARE(c->size(), 1);
        QCOMPARE(c->first().data, QByteArray("x\ny"));
        QVERIFY(d->isEmpty());
    }

    void utf8SplitAndBomSkipped()
    {
        const QByteArray stream = "\xEF\xBB\xBF"
                                  "data: соста\n\n";
        const auto events = decode(stream, c41::testing::everyByte(stream.size()));
        QVERIFY(events);
        QCOMPARE(events->size(), 1);
        QCOMPARE(QString::fromUtf8(events->first().data), QStringLiteral("соста"));
    }

    void longLineFedByteByByteStaysLinear()
    {
        // A quadratic rescan of the pending line would take minutes here.
        const QByteArray line = "data: " + QByteArray(512 * 1024, 'x') + "\r\n\r\n";
        SseDecoder decoder;
        QElapsedTimer timer;
        timer.start();
        Events events;
        for (const char c : line) {
            auto part = decoder.feed(QByteArrayView(&c, 1));
            QVERIFY(part);
            events.append(*part);
        }
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().data.size(), 512 * 1024);
    }

    void lineCapIsTooLarge()
    {
        SseDecoder decoder(DecoderLimits{16, 1024});
        QVERIFY(decoder.feed("data: 0123456789\n\n"));   // 16 bytes: at the cap
        auto result = decoder.feed("data: 01234567890"); // 17, no line end yet
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::TooLarge);
        QVERIFY2(result.error().message.contains(QStringLiteral("SSE line exceeded 16 bytes")),
                 qPrintable(result.error().message));

        SseDecoder defaults;
        result = defaults.feed(QByteArray((1 << 20) + 1, 'x'));
        QVERIFY(!result);
        QCOMPARE(result.error().message, QStringLiteral("an SSE line exceeded 1 MiB"));
    }

    void eventCapIsTooLarge()
    {
        SseDecoder decoder(DecoderLimits{64, 10});
        QVERIFY(decoder.feed("data: 12345\ndata: 1234\n\n")); // 5 + 1 + 4 = 10: at the cap
        auto result = decoder.feed("data: 12345\ndata: 12345\n");
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::TooLarge);
        QVERIFY(result.error().message.contains(QStringLiteral("SSE event exceeded 10 bytes")));
    }

    void failedStateIsSticky()
    {
        SseDecoder decoder(DecoderLimits{8, 8});
        QVERIFY(!decoder.feed("data: far too long\n"));
        QVERIFY(decoder.hasFailed());
        auto again = decoder.feed("data: ok\n\n");
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ApiError::Kind::TooLarge);
        QVERIFY(!decoder.finish());
        decoder.reset();
        auto fresh = decoder.feed("data: ok\n\n");
        QVERIFY(fresh);
        QCOMPARE(fresh->size(), 1);
    }

    void isDoneRecognisesOnlyTheMarker()
    {
        QVERIFY(SseDecoder::isDone(SseEvent{{}, "[DONE]", {}, -1}));
        QVERIFY(!SseDecoder::isDone(SseEvent{{}, "{\"done\":true}", {}, -1}));
        QVERIFY(!SseDecoder::isDone(SseEvent{{}, "[DONE] and more", {}, -1}));
    }
};

QTEST_GUILESS_MAIN(TestSseDecoder)
#include "tst_ssedecoder.moc"
