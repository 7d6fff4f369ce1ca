// SPDX-License-Identifier: GPL-3.0-or-later
// FakeOllama against the real Ollama 0.24 captures in tests/fixtures/ollama: the
// same request gets the same status, content type and JSON shape (per NDJSON line
// and SSE event for streams), and load / pin / unload show in /api/ps as they did.
// The knobs (failures, cancel, pacing, thinking) are in tst_fakeollama_knobs.
#include "fakeollama.h"
#include "llmcontracthelpers.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace c41::fakes;
using namespace c41::testing;
using Json = nlohmann::json;

class TestFakeOllamaContract : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<FakeOllama> m_fake;

    Exchange replayFixture(const QString &name)
    {
        return replayCapture(m_nam, m_fake->url(), QStringLiteral("ollama/") + name);
    }
    QByteArray psBody()
    {
        return finishRequest(startRequest(m_nam, m_fake->url(), "GET", "/api/ps", {})).body;
    }
    void compareSingle(const QString &name, const Exchange &e)
    {
        const Transcript t = readTranscript(QStringLiteral("ollama/") + name);
        QCOMPARE(e.status, t.status);
        QCOMPARE(e.contentType, capturedHeader(t, "Content-Type"));
        const QStringList diff = jsonDifferences(t.responseBody, e.body);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
    }

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<FakeOllama>();
        m_fake->setModels({tinyOllamaModel()});
        m_fake->setTimeScale(0.01);
        QVERIFY(m_fake->listen());
    }
    void cleanup() { m_fake.reset(); }

    void plainEndpoints_data()
    {
        QTest::addColumn<QString>("fixture");
        for (const char *f :
             {"root_get.txt", "version.txt", "tags.txt", "ps_before_load.txt", "show.txt",
              "show_unknown_model.txt", "chat_unknown_model.txt", "generate_unknown_model.txt",
              "chat_missing_model.txt", "chat_malformed_json.txt", "generate_malformed_json.txt",
              "chat_bad_option_type.txt", "chat_think_unsupported.txt", "chat_wrong_method_get.txt",
              "unknown_path.txt", "v1_models.txt", "v1_chat_completions_unknown_model.txt",
              "v1_chat_completions_malformed_json.txt"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void plainEndpoints()
    {
        QFETCH(QString, fixture);
        const Transcript t = readTranscript(QStringLiteral("ollama/") + fixture);
        const Exchange e = replayFixture(fixture);
        QCOMPARE(e.status, t.status);
        QCOMPARE(e.contentType, capturedHeader(t, "Content-Type"));
        if (t.responseBody.startsWith('{')) {
            const QStringList diff = jsonDifferences(t.responseBody, e.body);
            QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
            const Json captured = Json::parse(t.responseBody);
            if (captured.contains("error") && captured["error"].is_string()) // same words
                QCOMPARE(Json::parse(e.body)["error"], captured["error"]);
        } else {
            QCOMPARE(e.body, t.responseBody);
        }
    }

    void headAnswersLikeGetWithoutBody()
    {
        const Transcript t = readTranscript(QStringLiteral("ollama/root_head.txt"));
        const Exchange e = replayFixture(QStringLiteral("root_head.txt"));
        QCOMPARE(e.status, 200);
        QCOMPARE(e.contentType, capturedHeader(t, "Content-Type"));
        QCOMPARE(e.reply->rawHeader("Content-Length"), capturedHeader(t, "Content-Length"));
        QVERIFY(e.body.isEmpty());
    }

    void loadThenPsShowsTheModelForFiveMinutes()
    {
        compareSingle(QStringLiteral("generate_load_empty_prompt.txt"),
                      replayFixture(QStringLiteral("generate_load_empty_prompt.txt")));
        const QByteArray ps = psBody();
        const Transcript t = readTranscript(QStringLiteral("ollama/ps_after_load.txt"));
        const QStringList diff = jsonDifferences(t.responseBody, ps);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
        const Json model = Json::parse(ps)["models"].at(0);
        QCOMPARE(model["name"], "tiny:latest");
        QCOMPARE(model["context_length"], 512);
        const qint64 left = secondsUntil(model);
        QVERIFY2(left > 290 && left <= 300, qPrintable(QString::number(left)));
    }

    void chatWithEmptyMessagesLoads()
    {
        compareSingle(QStringLiteral("chat_load_empty_messages.txt"),
                      replayFixture(QStringLiteral("chat_load_empty_messages.txt")));
        QCOMPARE(m_fake->loadedModels(), QStringList{QStringLiteral("tiny:latest")});
    }

    void keepAliveMinusOnePinsForCenturies()
    {
        compareSingle(QStringLiteral("generate_pin_keep_alive_neg1.txt"),
                      replayFixture(QStringLiteral("generate_pin_keep_alive_neg1.txt")));
        const QByteArray ps = psBody();
        const Transcript t = readTranscript(QStringLiteral("ollama/ps_pinned_keep_alive_neg1.txt"));
        QVERIFY(jsonDifferences(t.responseBody, ps).isEmpty());
        const QByteArray expires = QByteArray::fromStdString(
            Json::parse(ps)["models"][0]["expires_at"].get<std::string>());
        // now + max int64 ns (~292 years), like 2319-03-04T00:52:38.986133461Z in the capture
        const QDateTime when = parseGoTime(expires);
        QVERIFY2(when.isValid(), expires.constData());
        const QDateTime expected = QDateTime::currentDateTimeUtc().addSecs(9223372036);
        QVERIFY2(qAbs(when.secsTo(expected)) < 60, expires.constData());
    }

    void keepAliveZeroUnloads()
    {
        replayFixture(QStringLiteral("generate_load_empty_prompt.txt"));
        QCOMPARE(m_fake->loadedModels().size(), 1);
        compareSingle(QStringLiteral("generate_unload_keep_alive_0.txt"),
                      replayFixture(QStringLiteral("generate_unload_keep_alive_0.txt")));
        QCOMPARE(Json::parse(psBody())["models"].size(), 0u);
        compareSingle(QStringLiteral("chat_unload_keep_alive_0.txt"),
                      replayFixture(QStringLiteral("chat_unload_keep_alive_0.txt")));
    }

    void keepAliveDurationString()
    {
        compareSingle(QStringLiteral("chat_nonstream_keep_alive_10m.txt"),
                      replayFixture(QStringLiteral("chat_nonstream_keep_alive_10m.txt")));
        const Json model = Json::parse(psBody())["models"][0];
        const qint64 left = secondsUntil(model);
        QVERIFY2(left > 590 && left <= 600, qPrintable(QString::number(left)));
    }

    void chatStreamMatchesLineByLine()
    {
        const Transcript t = readTranscript(QStringLiteral("ollama/chat_stream.txt"));
        const Exchange e = replayFixture(QStringLiteral("chat_stream.txt"));
        QCOMPARE(e.status, 200);
        QCOMPARE(e.contentType, capturedHeader(t, "Content-Type"));
        QCOMPARE(e.reply->rawHeader("Transfer-Encoding"), QByteArray("chunked"));
        const QList<QByteArray> captured = ndjsonLines(t.responseBody);
        const QList<QByteArray> actual = ndjsonLines(e.body);
        QCOMPARE(actual.size(), captured.size()); // num_predict 12: 12 tokens + the final line
        for (qsizetype i = 0; i + 1 < actual.size(); ++i) {
            const QStringList diff = jsonDifferences(captured.first(), actual.at(i));
            QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
            QCOMPARE(Json::parse(actual.at(i))["done"], false);
        }
        const QStringList diff = jsonDifferences(captured.last(), actual.last());
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
        const Json last = Json::parse(actual.last());
        QCOMPARE(last["done_reason"], "length");
        QCOMPARE(last["eval_count"], 12);
        // eval_duration says what the model's rate (1000 tok/s) implies: ~12 ms
        const double evalMs = last["eval_duration"].get<double>() / 1e6;
        QVERIFY2(evalMs > 10 && evalMs < 14, qPrintable(QString::number(evalMs)));
        QVERIFY(last["total_duration"].get<qint64>() >=
                last["eval_duration"].get<qint64>() + last["prompt_eval_duration"].get<qint64>());
    }

    void generateStreamMatchesLineByLine()
    {
        const Transcript t = readTranscript(QStringLiteral("ollama/generate_stream.txt"));
        const Exchange e = replayFixture(QStringLiteral("generate_stream.txt"));
        QCOMPARE(e.contentType, capturedHeader(t, "Content-Type"));
        const QList<QByteArray> captured = ndjsonLines(t.responseBody);
        const QList<QByteArray> actual = ndjsonLines(e.body);
        QCOMPARE(actual.size(), captured.size());
        for (qsizetype i = 0; i + 1 < actual.size(); ++i)
            QVERIFY(jsonDifferences(captured.first(), actual.at(i)).isEmpty());
        const QStringList diff = jsonDifferences(captured.last(), actual.last());
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
        QVERIFY(Json::parse(actual.last())["context"].size() > 12);
    }

    void nonStreamingReplies_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("chat") << QStringLiteral("chat_nonstream.txt");
        QTest::newRow("generate") << QStringLiteral("generate_nonstream.txt");
        QTest::newRow("v1") << QStringLiteral("v1_chat_completions_nonstream.txt");
    }
    void nonStreamingReplies()
    {
        QFETCH(QString, fixture);
        compareSingle(fixture, replayFixture(fixture));
    }

    void openAiStreamHasTheCapturedSequence_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<bool>("usage");
        QTest::newRow("include_usage") << QStringLiteral("v1_chat_completions_stream.txt") << true;
        QTest::newRow("no usage") << QStringLiteral("v1_chat_completions_stream_no_usage.txt")
                                  << false;
    }
    void openAiStreamHasTheCapturedSequence()
    {
        QFETCH(QString, fixture);
        QFETCH(bool, usage);
        const Transcript t = readTranscript(QStringLiteral("ollama/") + fixture);
        const Exchange e = replayFixture(fixture);
        QCOMPARE(e.contentType, capturedHeader(t, "Content-Type"));
        const auto events = [](const QByteArray &body) {
            QList<QByteArray> out;
            for (const QByteArray &frame : body.split('\n')) {
                if (frame.startsWith("data: "))
                    out << frame.mid(6);
            }
            return out;
        };
        const QList<QByteArray> captured = events(t.responseBody);
        const QList<QByteArray> actual = events(e.body);
        QCOMPARE(actual.size(), captured.size());
        QCOMPARE(actual.last(), QByteArray("[DONE]"));
        const qsizetype finishAt = actual.size() - (usage ? 3 : 2);
        for (qsizetype i = 0; i < finishAt; ++i) {
            QVERIFY(jsonDifferences(captured.first(), actual.at(i)).isEmpty());
            QVERIFY(Json::parse(actual.at(i))["choices"][0]["finish_reason"].is_null());
        }
        QVERIFY(jsonDifferences(captured.at(finishAt), actual.at(finishAt)).isEmpty());
        QCOMPARE(Json::parse(actual.at(finishAt))["choices"][0]["finish_reason"], "length");
        if (usage) {
            const Json u = Json::parse(actual.at(finishAt + 1));
            QVERIFY(jsonDifferences(captured.at(finishAt + 1), actual.at(finishAt + 1)).isEmpty());
            QVERIFY(u["choices"].empty());
            QCOMPARE(u["usage"]["completion_tokens"], finishAt);
        }
    }
};

QTEST_GUILESS_MAIN(TestFakeOllamaContract)
#include "tst_fakeollama_contract.moc"
