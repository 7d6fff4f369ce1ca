// SPDX-License-Identifier: GPL-3.0-or-later
// TelemetryService: the loaded models of a box's LLM servers (FakeOllama, FakeOpenAiServer).
#include "fakeexporter.h"
#include "fakehttpserver.h"
#include "fakemacmon.h"
#include "fakeollama.h"
#include "fakeopenaiserver.h"

#include "studio/studioconfig.h"
#include "studio/telemetryllmpoller.h"
#include "studio/telemetryservice.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <qcorotask.h>

using c41::fakes::FakeMacmon;
using c41::fakes::FakeOllama;
using c41::fakes::FakeOpenAiServer;
using c41::fakes::FakeResponse;
using c41::studio::LlmModelSample;
using c41::studio::LlmServerSample;
using c41::studio::ServerAddress;
using c41::studio::ServerConfig;
using c41::studio::StudioConfig;
using c41::studio::TelemetryLlmPoller;
using c41::studio::TelemetryService;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

ServerConfig server(const QString &name, const QString &kind, const QUrl &url,
                    const QString &box = {})
{
    ServerConfig config;
    config.name = name;
    config.box = box;
    config.address = *ServerAddress::parse(kind + u'+' + url.toString());
    return config;
}

const LlmModelSample *findModel(const LlmServerSample &server, const QString &name)
{
    for (const LlmModelSample &m : server.models) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

} // namespace

class TestTelemetryLlm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ollamaLoadedAndPinnedModelsShowUnderTheBox()
    {
        FakeMacmon macmon;
        FakeOllama ollama;
        QVERIFY(macmon.listen() && ollama.listen());
        QVERIFY(ollama.loadModel(u"qwen3:14b"_s, -1)); // pinned
        QVERIFY(ollama.loadModel(u"llama3.2:3b"_s, 600));

        QNetworkAccessManager nam;
        TelemetryService service(&nam);
        service.addSource(u"brain"_s, server(u"brain-macmon"_s, u"macmon"_s, macmon.url()));
        service.addLlmServer(u"brain"_s, server(u"brain-ollama"_s, u"ollama"_s, ollama.url()));
        QCoro::waitFor(service.pollAll());

        const auto box = service.box(u"brain"_s);
        QCOMPARE(box.llmServers.size(), 1);
        const LlmServerSample &s = box.llmServers.first();
        QCOMPARE(s.server, u"brain-ollama"_s);
        QCOMPARE(s.kind, u"ollama"_s);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.models.size(), 2);
        const LlmModelSample *qwen = findModel(s, u"qwen3:14b"_s);
        QVERIFY(qwen);
        QVERIFY(qwen->pinned);
        QVERIFY(qwen->sizeBytes > 1e9);
        QVERIFY(qwen->vramShare);
        QCOMPARE(*qwen->vramShare, 1.0); // all of it fits by default
        const LlmModelSample *llama = findModel(s, u"llama3.2:3b"_s);
        QVERIFY(llama);
        QVERIFY(!llama->pinned);
        QVERIFY(llama->expiresAt.isValid());
        QVERIFY(llama->expiresAt > QDateTime::currentDateTimeUtc().addSecs(500));

        // Unloaded on the server: gone at the next poll.
        QVERIFY(ollama.loadModel(u"llama3.2:3b"_s, 0));
        QCoro::waitFor(service.pollAll());
        QCOMPARE(service.box(u"brain"_s).llmServers.first().models.size(), 1);
    }

    void partialOffloadShowsTheVramShare()
    {
        FakeOllama ollama;
        QVERIFY(ollama.listen());
        ollama.setGpuMemoryBytes(4LL * 1000 * 1000 * 1000);
        QVERIFY(ollama.loadModel(u"qwen3:14b"_s));
        QNetworkAccessManager nam;
        TelemetryLlmPoller poller(&nam, server(u"o"_s, u"ollama"_s, ollama.url()), 5s);
        QCoro::waitFor(poller.poll());
        const auto sample = poller.sample();
        QCOMPARE(sample.models.size(), 1);
        QVERIFY(sample.models[0].vramShare);
        QVERIFY2(*sample.models[0].vramShare > 0 && *sample.models[0].vramShare < 1,
                 qPrintable(QString::number(*sample.models[0].vramShare)));
    }

    void llamaCppGivesSlots()
    {
        FakeOpenAiServer llama;
        QVERIFY(llama.listen());
        llama.setParallel(4);
        QNetworkAccessManager nam;
        TelemetryLlmPoller poller(&nam, server(u"brain-llama"_s, u"openai"_s, llama.url()), 5s);
        QCoro::waitFor(poller.poll());
        const auto sample = poller.sample();
        QVERIFY2(sample.error.isEmpty(), qPrintable(sample.error));
        QCOMPARE(sample.models.size(), 1);
        QCOMPARE(sample.models[0].name, FakeOpenAiServer::defaultModel().name);
        QVERIFY(sample.totalSlots);
        QCOMPARE(*sample.totalSlots, 4);
        QVERIFY(sample.busySlots);
        QCOMPARE(*sample.busySlots, 0);
    }

    void downServerKeepsTheBoxOnlineWithAnError()
    {
        FakeMacmon macmon;
        FakeOllama ollama;
        QVERIFY(macmon.listen() && ollama.listen());
        ollama.http()->setGlobalFault(FakeResponse::Fault::CloseBeforeHeaders);
        QNetworkAccessManager nam;
        TelemetryService service(&nam);
        service.addSource(u"brain"_s, server(u"brain-macmon"_s, u"macmon"_s, macmon.url()));
        service.addLlmServer(u"brain"_s, server(u"brain-ollama"_s, u"ollama"_s, ollama.url()));
        QCoro::waitFor(service.pollAll());
        const auto box = service.box(u"brain"_s);
        QVERIFY(!box.offline()); // the box answers; only its LLM server does not
        QCOMPARE(box.llmServers.size(), 1);
        QVERIFY2(box.llmServers[0].error.contains(u"brain-ollama"_s),
                 qPrintable(box.llmServers[0].error));
    }

    void setConfigAddsLlmServersOfTelemetryBoxesOnly()
    {
        FakeMacmon macmon;
        FakeOllama ollama;
        QVERIFY(macmon.listen() && ollama.listen());
        StudioConfig config;
        config.servers << server(u"brain-macmon"_s, u"macmon"_s, macmon.url(), u"brain"_s)
                       << server(u"brain-ollama"_s, u"ollama"_s, ollama.url(), u"brain"_s)
                       << server(u"lone-ollama"_s, u"ollama"_s, ollama.url(), u"lone"_s);
        QNetworkAccessManager nam;
        TelemetryService service(&nam);
        service.setConfig(config);
        QCOMPARE(service.boxes(), QStringList{u"brain"_s});
        QCOMPARE(service.llmPollers(u"brain"_s).size(), 1);
        QCOMPARE(service.llmPollers(u"lone"_s).size(), 0);
    }

    void llmPollsAtTheirOwnSlowerPace()
    {
        FakeMacmon macmon;
        FakeOllama ollama;
        QVERIFY(macmon.listen() && ollama.listen());
        QVERIFY(ollama.loadModel(u"gemma3:12b"_s, -1));
        QNetworkAccessManager nam;
        TelemetryService service(&nam);
        service.setTickInterval(20ms);
        service.addSource(u"brain"_s, server(u"brain-macmon"_s, u"macmon"_s, macmon.url()), 20ms);
        auto *poller = service.addLlmServer(
            u"brain"_s, server(u"brain-ollama"_s, u"ollama"_s, ollama.url()), 5s);
        QSignalSpy polled(poller, &TelemetryLlmPoller::polled);
        service.start();
        QTRY_VERIFY_WITH_TIMEOUT(!service.box(u"brain"_s).llmServers.first().models.isEmpty(),
                                 3000);
        QTest::qWait(400); // many macmon polls, no second LLM poll (5 s)
        service.stop();
        QCOMPARE(polled.size(), 1);
        QVERIFY(service.box(u"brain"_s).llmServers.first().models.first().pinned);
    }
};

QTEST_GUILESS_MAIN(TestTelemetryLlm)
#include "tst_telemetryllm.moc"
