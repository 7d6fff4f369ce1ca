// SPDX-License-Identifier: GPL-3.0-or-later
// FakeOllama's behaviour beyond single captures: keep_alive forms, /api/ps order,
// mid-stream failure, client cancel, token pacing, readable text and thinking.
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

class TestFakeOllamaKnobs : public QObject
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

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<FakeOllama>();
        m_fake->setModels({tinyOllamaModel()});
        m_fake->setTimeScale(0.01);
        QVERIFY(m_fake->listen());
    }
    void cleanup() { m_fake.reset(); }

    void keepAliveForms_data()
    {
        QTest::addColumn<QByteArray>("keepAlive");
        QTest::addColumn<int>("seconds");
        QTest::newRow("seconds as a number") << QByteArray("3600") << 3600;
        QTest::newRow("90s") << QByteArray(R"("90s")") << 90;
        QTest::newRow("1h30m") << QByteArray(R"("1h30m")") << 5400;
    }

    void keepAliveForms()
    {
        QFETCH(QByteArray, keepAlive);
        QFETCH(int, seconds);
        const Exchange e =
            finishRequest(startRequest(m_nam, m_fake->url(), "POST", "/api/generate",
                                       R"({"model":"tiny","keep_alive":)" + keepAlive + '}'));
        QCOMPARE(Json::parse(e.body)["done_reason"], "load");
        const Json model = Json::parse(psBody())["models"][0];
        const qint64 left = secondsUntil(model);
        QVERIFY2(left > seconds - 10 && left <= seconds, qPrintable(QString::number(left)));
    }

    void badKeepAliveIsRejected()
    {
        const Exchange e = finishRequest(startRequest(m_nam, m_fake->url(), "POST", "/api/generate",
                                                      R"({"model":"tiny","keep_alive":"soon"})"));
        QCOMPARE(e.status, 400);
        QCOMPARE(Json::parse(e.body)["error"], "time: invalid duration \"soon\"");
        QVERIFY(m_fake->loadedModels().isEmpty());
    }

    void wronglyTypedFieldsAreErrorsNotCrashes_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("options") << QByteArray("/api/chat")
                                 << QByteArray(R"({"model":"tiny","options":5,"messages":[]})");
        QTest::newRow("stream") << QByteArray("/api/generate")
                                << QByteArray(R"({"model":"tiny","prompt":"hi","stream":"yes"})");
        QTest::newRow("v1 max_tokens")
            << QByteArray("/v1/chat/completions")
            << QByteArray(
                   R"({"model":"tiny","max_tokens":"many","messages":[{"role":"user","content":"hi"}]})");
    }
    void wronglyTypedFieldsAreErrorsNotCrashes()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        const Exchange e = finishRequest(startRequest(m_nam, m_fake->url(), "POST", path, body));
        QCOMPARE(e.status, 400);
        QVERIFY(Json::parse(e.body).contains("error"));
    }

    void psIsSortedByExpiryLatestFirst()
    {
        FakeModel other = tinyOllamaModel();
        other.name = QStringLiteral("other:7b");
        m_fake->setModels({tinyOllamaModel(), other});
        QVERIFY(m_fake->loadModel(QStringLiteral("tiny"), 60));
        QVERIFY(m_fake->loadModel(QStringLiteral("other:7b"), -1));
        const Json models = Json::parse(psBody())["models"];
        QCOMPARE(models.size(), 2u);
        QCOMPARE(models[0]["name"], "other:7b");
        QCOMPARE(models[1]["name"], "tiny:latest");
    }

    void vramBudgetSplitsModelsBetweenGpuAndCpu()
    {
        FakeModel first = tinyOllamaModel();
        first.name = QStringLiteral("first:1b");
        first.sizeBytes = 1'000'000'000;
        FakeModel second = first;
        second.name = QStringLiteral("second:1b");
        m_fake->setModels({first, second});
        QVERIFY(m_fake->loadModel(QStringLiteral("first:1b")));
        Json models = Json::parse(psBody())["models"];
        QCOMPARE(models[0]["size_vram"], models[0]["size"]); // no budget: 100% GPU
        const qint64 firstSize = models[0]["size"].get<qint64>();
        m_fake->setGpuMemoryBytes(firstSize + 100'000'000);
        QVERIFY(m_fake->loadModel(QStringLiteral("second:1b"), 600));
        models = Json::parse(psBody())["models"];
        QCOMPARE(models[0]["name"], "second:1b");      // expires later
        QCOMPARE(models[0]["size_vram"], 100'000'000); // the rest of it runs on the CPU
        QVERIFY(models[0]["size"].get<qint64>() > 100'000'000);
    }

    void failMidStreamEndsWithAnErrorLine()
    {
        m_fake->failMidStream(true);
        const Exchange e = replayFixture(QStringLiteral("chat_stream.txt"));
        QCOMPARE(e.status, 200);
        const QList<QByteArray> got = ndjsonLines(e.body);
        QCOMPARE(got.size(), 4); // three tokens, then the error
        QCOMPARE(got.last(),
                 QByteArray(R"({"error":"an error was encountered while running the model"})"));
        const Json shape =
            Json::parse(ndjsonLines(readFixture(QStringLiteral(
                                        "llm/ollama_api_generate_stream_midstream_error.ndjson")))
                            .last());
        QVERIFY(shapeDifferences(shape, Json::parse(got.last())).isEmpty());
    }

    void clientCancelStopsTheStream()
    {
        FakeModel slow = tinyOllamaModel();
        slow.tokensPerSecond = 100; // 400 tokens: ~4 s, time enough to hang up midway
        m_fake->setModels({slow});
        m_fake->setTimeScale(1.0);
        QNetworkReply *reply = startRequest(
            m_nam, m_fake->url(), "POST", "/api/chat",
            R"({"model":"tiny","messages":[{"role":"user","content":"Tell me a long story."}],"options":{"num_predict":400}})");
        QTRY_VERIFY(reply->bytesAvailable() > 0);
        reply->abort();
        QTRY_COMPARE(m_fake->http()->abortedStreams(), 1);
        QCOMPARE(m_fake->loadedModels(), QStringList{QStringLiteral("tiny:latest")});
        reply->deleteLater();
    }

    void tokensArriveAtTheModelRate()
    {
        FakeModel slow = tinyOllamaModel();
        slow.tokensPerSecond = 40; // ~25 ms per token
        m_fake->setModels({slow});
        m_fake->setTimeScale(1.0);
        QElapsedTimer clock;
        clock.start();
        const Exchange e = finishRequest(
            startRequest(m_nam, m_fake->url(), "POST", "/api/generate",
                         R"({"model":"tiny","prompt":"Hi","options":{"num_predict":10}})"));
        const qint64 ms = clock.elapsed();
        QCOMPARE(ndjsonLines(e.body).size(), 11);
        QVERIFY2(ms >= 200, qPrintable(QString::number(ms))); // 10 tokens at ~25 ms + the load
        const double evalSeconds =
            Json::parse(ndjsonLines(e.body).last())["eval_duration"].get<double>() / 1e9;
        QVERIFY(evalSeconds > 0.2 && evalSeconds < 0.3);
    }

    void answersAreReadableEnglish()
    {
        m_fake->setModels(FakeOllama::defaultModels());
        const Exchange e = finishRequest(startRequest(
            m_nam, m_fake->url(), "POST", "/api/chat",
            R"({"model":"llama3.2:3b","stream":false,"messages":[{"role":"user","content":"What should I render first?"}]})"));
        QCOMPARE(e.status, 200);
        const Json reply = Json::parse(e.body);
        QCOMPARE(reply["done_reason"], "stop");
        const QString text = QString::fromStdString(reply["message"]["content"].get<std::string>());
        QVERIFY2(text.endsWith(u'.') || text.endsWith(u'?'), qPrintable(text));
        QVERIFY(text.count(u' ') >= 10);
        static const QRegularExpression plain(QStringLiteral(R"(^[A-Za-z0-9 ,.'?!\-]+$)"));
        QVERIFY2(plain.match(text).hasMatch(), qPrintable(text));
    }

    void openAiReasoningUsesOllamasFieldName()
    {
        m_fake->setModels(FakeOllama::defaultModels());
        const Exchange e = finishRequest(startRequest(
            m_nam, m_fake->url(), "POST", "/v1/chat/completions",
            R"({"model":"gpt-oss:20b","stream":true,"messages":[{"role":"user","content":"Plan the shoot."}]})"));
        QList<Json> deltas;
        for (const QByteArray &frame : e.body.split('\n')) {
            if (frame.startsWith("data: {"))
                deltas << Json::parse(frame.mid(6))["choices"][0]["delta"];
        }
        QVERIFY(deltas.size() > 4);
        QVERIFY(!deltas.first()["reasoning"].get<std::string>().empty()); // not reasoning_content
        QCOMPARE(deltas.first()["content"], "");
        QVERIFY(!deltas.first().contains("reasoning_content"));
        QVERIFY(!deltas.at(deltas.size() - 2)["content"].get<std::string>().empty());
    }

    void thinkingModelsThinkFirst()
    {
        m_fake->setModels(FakeOllama::defaultModels());
        const Exchange e = finishRequest(startRequest(
            m_nam, m_fake->url(), "POST", "/api/chat",
            R"({"model":"qwen3:14b","think":true,"messages":[{"role":"user","content":"Plan the shoot."}]})"));
        const QList<QByteArray> got = ndjsonLines(e.body);
        QVERIFY(got.size() > 3);
        const Json first = Json::parse(got.first());
        QVERIFY(!first["message"]["thinking"].get<std::string>().empty());
        QCOMPARE(first["message"]["content"], "");
        QVERIFY(
            !Json::parse(got.at(got.size() - 2))["message"]["content"].get<std::string>().empty());
    }
};

QTEST_GUILESS_MAIN(TestFakeOllamaKnobs)
#include "tst_fakeollama_knobs.moc"
