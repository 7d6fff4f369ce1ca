// SPDX-License-Identifier: GPL-3.0-or-later
// FakeOpenAiServer's behaviour beyond single captures: CORS echo, the prompt cache,
// client cancel freeing the slot, and reasoning_content before the answer.
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

class TestFakeOpenAiKnobs : public QObject
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

    void corsOriginIsEchoed()
    {
        const Exchange e = finishRequest(startRequest(m_nam, m_fake->url(), "GET", "/health", {},
                                                      {{"Origin", "http://localhost:3000"}}));
        QCOMPARE(e.reply->rawHeader("Access-Control-Allow-Origin"),
                 QByteArray("http://localhost:3000"));
    }

    void promptCacheIsReused()
    {
        const Json first =
            Json::parse(replay(QStringLiteral("chat_completions_nonstream.txt")).body);
        QCOMPARE(first["timings"]["cache_n"], 0);
        const Json second =
            Json::parse(replay(QStringLiteral("chat_completions_nonstream.txt")).body);
        const int prompt = second["usage"]["prompt_tokens"].get<int>();
        QCOMPARE(second["timings"]["cache_n"], prompt - 1); // as captured: all but the last token
        QCOMPARE(second["timings"]["prompt_n"], 1);
        QCOMPARE(second["usage"]["prompt_tokens_details"]["cached_tokens"], prompt - 1);
    }

    void clientCancelFreesTheSlot()
    {
        m_fake->setTimeScale(1.0);
        FakeModel slower = tinyModel();
        slower.tokensPerSecond = 200; // 220 tokens: ~1.1 s
        m_fake->setModel(slower);
        QNetworkReply *reply = startRequest(
            m_nam, m_fake->url(), "POST", "/v1/chat/completions",
            R"({"messages":[{"role":"user","content":"Tell me a long story."}],"stream":true,"max_tokens":220,"ignore_eos":true})");
        QTRY_VERIFY(reply->bytesAvailable() > 0);
        QCOMPARE(m_fake->busySlots(), 1);
        reply->abort();
        QTRY_COMPARE(m_fake->http()->abortedStreams(), 1);
        QCOMPARE(m_fake->busySlots(), 0);
        const Json after = Json::parse(get("/slots").body);
        QVERIFY(after[0]["next_token"][0]["n_decoded"].get<int>() < 220);
        reply->deleteLater();
    }

    void reasoningComesBeforeTheAnswer()
    {
        m_fake->setReasoning(true);
        const Exchange e = finishRequest(startRequest(
            m_nam, m_fake->url(), "POST", "/v1/chat/completions",
            R"({"messages":[{"role":"user","content":"Plan the shoot."}],"stream":true})"));
        const QList<QByteArray> kinds = chatEventKinds(sseData(e.body));
        const QList<QByteArray> expected{"role", "reasoning", "content", "finish", "done"};
        QCOMPARE(kinds, expected);
        const Json single = Json::parse(
            finishRequest(
                startRequest(m_nam, m_fake->url(), "POST", "/v1/chat/completions",
                             R"({"messages":[{"role":"user","content":"Plan the shoot."}]})"))
                .body);
        QVERIFY(!single["choices"][0]["message"]["reasoning_content"].get<std::string>().empty());
        QCOMPARE(single["choices"][0]["finish_reason"], "stop");
    }
};

QTEST_GUILESS_MAIN(TestFakeOpenAiKnobs)
#include "tst_fakeopenai_knobs.moc"
