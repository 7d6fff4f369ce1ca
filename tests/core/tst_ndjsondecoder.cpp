// SPDX-License-Identifier: GPL-3.0-or-later
#include "decodertesthelpers.h"
#include "fixtures.h"

#include "net/ndjsondecoder.h"

#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QTest>

using c41::net::ApiError;
using c41::net::DecoderLimits;
using c41::net::NdjsonDecoder;
using namespace Qt::StringLiterals;

namespace {

using Lines = QList<QByteArray>;

std::optional<Lines> decode(const QByteArray &bytes, const QList<qsizetype> &cuts = {})
{
    return c41::testing::decodeWithCuts<NdjsonDecoder, QByteArray>(bytes, cuts);
}

} // namespace

class TestNdjsonDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void capturedStreams_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("lines");
        QTest::addColumn<QString>("text");    // what a user would read: message/response joined
        QTest::addColumn<QString>("lastKey"); // the last line carries it
        const auto row = [](const char *fixture, int lines, const char *text, const char *key) {
            QTest::newRow(fixture) << QString::fromUtf8(fixture) << lines << QString::fromUtf8(text)
                                   << QString::fromUtf8(key);
        };
        row("ollama/chat_stream.ndjson", 13, " gazPORToveryзя", "done_reason");
        row("ollama/generate_stream.ndjson", 13, " organizedथKar", "done_reason");
        row("llm/ollama_api_generate_stream_midstream_error.ndjson", 5, " Yes.I", "error");
        row("llm/ollama_api_pull_stream.ndjson", 6, "", "status");
        row("ollama/chat_stream_wire.wire.bin", 7, " gazPORToveryзя", "done_reason");
    }

    void capturedStreams()
    {
        QFETCH(QString, fixture);
        QFETCH(int, lines);
        QFETCH(QString, text);
        QFETCH(QString, lastKey);

        const QByteArray raw = c41::testing::readFixture(fixture);
        const QByteArray body = fixture.endsWith(u".wire.bin"_s)
                                    ? c41::testing::dechunkHttpBody(raw).value_or("")
                                    : raw;
        QVERIFY(!body.isEmpty());
        const std::optional<Lines> whole = decode(body);
        QVERIFY(whole);
        QCOMPARE(whole->size(), lines);
        std::string joined;
        for (const QByteArray &line : *whole) {
            nlohmann::json json;
            try {
                json = nlohmann::json::parse(line.toStdString());
            } catch (const nlohmann::json::exception &e) {
                QFAIL(e.what());
            }
            QVERIFY(json.is_object());
            if (json.contains("message"))
                joined += json["message"].value("content", "");
            joined += json.value("response", "");
        }
        QVERIFY2(QString::fromStdString(joined).startsWith(text), joined.c_str());
        QVERIFY(nlohmann::json::parse(whole->last().toStdString()).contains(lastKey.toStdString()));

        for (const QByteArray &lineEnd : {QByteArray("\n"), QByteArray("\r\n")}) {
            const QByteArray bytes = c41::testing::withLineEnds(body, lineEnd);
            for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
                if (decode(bytes, {cut}) != whole)
                    QFAIL(qPrintable(u"differs when split at %1"_s.arg(cut)));
            }
            QVERIFY2(decode(bytes, c41::testing::everyByte(bytes.size())) == whole,
                     "differs when fed one byte at a time");
        }
    }

    void crlfBlankLinesAndWhitespaceSkipped()
    {
        const auto lines = decode("{\"a\":1}\r\n\r\n   \n\t\r\n{\"b\":2}\n\n"_ba);
        QVERIFY(lines);
        QCOMPARE(*lines, (Lines{"{\"a\":1}", "{\"b\":2}"}));
    }

    void lastLineWithoutNewline()
    {
        NdjsonDecoder decoder;
        auto fed = decoder.feed("{\"n\":1}\n{\"n\":2}");
        QVERIFY(fed);
        QCOMPARE(*fed, Lines{"{\"n\":1}"});
        auto last = decoder.finish();
        QVERIFY(last);
        QCOMPARE(*last, Lines{"{\"n\":2}"});
        // finish() resets: the decoder reads a new stream from scratch.
        fed = decoder.feed("{\"n\":3}\r\n");
        QVERIFY(fed);
        QCOMPARE(*fed, Lines{"{\"n\":3}"});
        last = decoder.finish();
        QVERIFY(last && last->isEmpty());
    }

    void crSplitFromItsNewline()
    {
        NdjsonDecoder decoder;
        auto a = decoder.feed("{\"x\":\"юникод\"}\r");
        auto b = decoder.feed("\n");
        QVERIFY(a && b);
        QVERIFY(a->isEmpty());
        QCOMPARE(QString::fromUtf8(b->value(0)), u"{\"x\":\"юникод\"}"_s);
    }

    void longLineFedByteByByteStaysLinear()
    {
        const QByteArray line = "{\"s\":\"" + QByteArray(512 * 1024, 'x') + "\"}\r\n";
        NdjsonDecoder decoder;
        QElapsedTimer timer;
        timer.start();
        Lines lines;
        for (const char c : line) {
            auto part = decoder.feed(QByteArrayView(&c, 1));
            QVERIFY(part);
            lines.append(*part);
        }
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first(), line.chopped(2));
    }

    void lineCapIsTooLarge()
    {
        NdjsonDecoder decoder(DecoderLimits{8, 8});
        auto ok = decoder.feed("12345678\n");
        QVERIFY(ok);
        QCOMPARE(ok->size(), 1);
        auto result = decoder.feed("123456789"); // no newline yet, already too long
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::TooLarge);
        QCOMPARE(result.error().message, u"an NDJSON line exceeded 8 bytes"_s);
        // Sticky until reset().
        QVERIFY(!decoder.feed("{}\n"));
        QVERIFY(!decoder.finish());
        decoder.reset();
        auto fresh = decoder.feed("{}\n");
        QVERIFY(fresh);
        QCOMPARE(fresh->size(), 1);

        NdjsonDecoder defaults;
        const QByteArray big = "{\"s\":\"" + QByteArray(1 << 20, 'x') + "\"}\n";
        result = defaults.feed(big);
        QVERIFY(!result);
        QCOMPARE(result.error().message, u"an NDJSON line exceeded 1 MiB"_s);
    }
};

QTEST_GUILESS_MAIN(TestNdjsonDecoder)
#include "tst_ndjsondecoder.moc"
