// SPDX-License-Identifier: GPL-3.0-or-later
// TelemetryService against the exporter, macmon and ComfyUI fakes on loopback.
#include "fakecomfyui.h"
#include "fakeexporter.h"
#include "fakehttpserver.h"
#include "fakemacmon.h"

#include "studio/telemetrymerge.h"
#include "studio/telemetryservice.h"
#include "studio/telemetrysource.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <qcorotask.h>

using c41::fakes::FakeComfyUi;
using c41::fakes::FakeExporter;
using c41::fakes::FakeMacmon;
using c41::fakes::FakeResponse;
using c41::studio::DeviceKind;
using c41::studio::ServerAddress;
using c41::studio::ServerConfig;
using c41::studio::TelemetryHistory;
using c41::studio::TelemetryService;
using c41::studio::TelemetrySource;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

ServerConfig server(const QString &name, const QString &kind, const QUrl &url)
{
    ServerConfig config;
    config.name = name;
    config.address = *ServerAddress::parse(kind + u'+' + url.toString());
    return config;
}

// A clock the test moves by hand.
struct ManualClock
{
    QDateTime now = QDateTime::fromMSecsSinceEpoch(1800000000000LL, Qt::UTC);
};

} // namespace

class TestTelemetryService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void forgeMergesExporterNodeAndComfyUi()
    {
        FakeExporter gpu(FakeExporter::Flavour::NvidiaGpuExporter);
        FakeExporter node(FakeExporter::Flavour::NodeExporter);
        node.setSimulation(gpu.simulation());
        FakeComfyUi comfy;
        QVERIFY(gpu.listen() && node.listen() && comfy.listen());
        gpu.setLoad(0.8);
        gpu.advance(30);

        QNetworkAccessManager nam;
        TelemetryService service(&nam);
        service.addSource(u"forge"_s, server(u"forge-comfy"_s, u"comfyui"_s, comfy.url()));
        service.addSource(u"forge"_s, server(u"forge-gpu"_s, u"exporter"_s, gpu.metricsUrl()));
        service.addSource(u"forge"_s, server(u"forge-node"_s, u"exporter"_s, node.metricsUrl()));
        QCoro::waitFor(service.pollAll());

        auto box = service.box(u"forge"_s);
        QCOMPARE(box.sources.size(), 3);
        QVERIFY(!box.offline());
        // ComfyUI's device joined the exporter's: one GPU, not two.
        QCOMPARE(box.devices.size(), 1);
        const auto &card = box.devices.first();
        QCOMPARE(card.name, u"NVIDIA RTX PRO 6000 Blackwell Workstation Edition"_s);
        QCOMPARE(card.kind, DeviceKind::DiscreteGpu);
        // The exporter is more direct than ComfyUI: it gives util, memory, temperature.
        QCOMPARE(card.fieldSources.value(u"utilisation"_s), u"forge-gpu"_s);
        QCOMPARE(card.fieldSources.value(u"memoryTotal"_s), u"forge-gpu"_s);
        QCOMPARE(card.fieldSources.value(u"temperature"_s), u"forge-gpu"_s);
        QCOMPARE(*card.memoryTotalBytes, 97887 * 1048576.0); // fake: totalMiB 97887
        QVERIFY(*card.utilisationPercent > 10 && *card.utilisationPercent <= 100);
        QVERIFY(!box.staleDevices.value(card.id));
        // Host from node_exporter (MemTotal 270100000768); CPU needs a second scrape.
        QVERIFY(box.host);
        QCOMPARE(*box.host->memoryTotalBytes, 270100000768.0);
        QVERIFY(!box.host->cpuPercent);
        gpu.advance(1);
        QCoro::waitFor(service.pollAll());
        box = service.box(u"forge"_s);
        QVERIFY(box.host->cpuPercent);
        QVERIFY(*box.host->cpuPercent >= 0 && *box.host->cpuPercent <= 100);
    }

    void macmonIsOneUnifiedPool()
    {
        FakeMacmon macmon;
        QVERIFY(macmon.listen());
        QNetworkAccessManager nam;
        TelemetryService service(&nam);
        service.addSource(u"brain"_s, server(u"brain-macmon"_s, u"macmon"_s, macmon.url()));
        QCoro::waitFor(service.pollAll());
        const auto box = service.box(u"brain"_s);
        QCOMPARE(box.devices.size(), 1);
        QCOMPARE(box.devices[0].kind, DeviceKind::UnifiedMemory);
        QCOMPARE(box.devices[0].name, u"Apple M3 Ultra"_s);
        QCOMPARE(*box.devices[0].memoryTotalBytes, 549755813888.0); // 512 GiB
        QCOMPARE(*box.host->memoryTotalBytes, 549755813888.0);
    }

    void neverTwoPollsInFlight()
    {
        FakeExporter gpu;
        QVERIFY(gpu.listen());
        QNetworkAccessManager nam;
        TelemetrySource source(&nam, server(u"g"_s, u"exporter"_s, gpu.metricsUrl()), 1s);
        auto first = source.poll();
        QVERIFY(source.inFlight());
        auto second = source.poll(); // returns at once: one is in flight
        QCoro::waitFor(std::move(second));
        QVERIFY(source.inFlight());
        QCoro::waitFor(std::move(first));
        QVERIFY(!source.inFlight());
        QCOMPARE(source.polls(), 1);
        QCOMPARE(gpu.scrapes(), 1);
    }

    void downSourceBacksOffAndBoxGoesOffline()
    {
        FakeExporter gpu;
        QVERIFY(gpu.listen());
        gpu.http()->setGlobalFault(FakeResponse::Fault::CloseBeforeHeaders);
        QNetworkAccessManager nam;
        TelemetryService service(&nam);
        auto *source = service.addSource(
            u"forge"_s, server(u"forge-gpu"_s, u"exporter"_s, gpu.metricsUrl()), 100ms);
        QList<qint64> delays;
        for (int i = 0; i < 5; ++i) {
            QCoro::waitFor(service.pollAll());
            delays << source->nextDelay().count();
        }
        QCOMPARE(delays.first(), 100);
        QVERIFY2(delays.last() > delays.first(), qPrintable(QString::number(delays.last())));
        QVERIFY(std::is_sorted(delays.begin(), delays.end()));
        const auto box = service.box(u"forge"_s);
        QVERIFY(box.offline());
        QVERIFY(!box.sources[0].error.isEmpty());
        QVERIFY2(box.sources[0].error.contains(u"forge-gpu"_s), qPrintable(box.sources[0].error));
        // Back up: the delay returns to the interval.
        gpu.http()->setGlobalFault(FakeResponse::Fault::None);
        QCoro::waitFor(service.pollAll());
        QCOMPARE(source->nextDelay().count(), 100);
        QVERIFY(!service.box(u"forge"_s).offline());
    }

    void valuesOlderThanThreeIntervalsAreStale()
    {
        FakeExporter gpu;
        QVERIFY(gpu.listen());
        QNetworkAccessManager nam;
        TelemetryService service(&nam);
        auto clock = std::make_shared<ManualClock>();
        service.setClock([clock] { return clock->now; });
        service.addSource(u"forge"_s, server(u"forge-gpu"_s, u"exporter"_s, gpu.metricsUrl()), 1s);
        QCoro::waitFor(service.pollAll());
        auto box = service.box(u"forge"_s);
        const QString id = box.devices.first().id;
        QVERIFY(!box.staleDevices.value(id));
        clock->now = clock->now.addMSecs(3000); // exactly 3 intervals: still live
        QVERIFY(!service.box(u"forge"_s).staleDevices.value(id));
        clock->now = clock->now.addMSecs(1);
        box = service.box(u"forge"_s);
        QVERIFY(box.staleDevices.value(id));
        QVERIFY(box.sources.first().stale);
        QCOMPARE(box.devices.size(), 1); // still shown, marked stale, never as live
    }

    void oneBatchedUpdatePerTickAndBoundedHistory()
    {
        FakeExporter gpu;
        FakeMacmon macmon;
        QVERIFY(gpu.listen() && macmon.listen());
        QNetworkAccessManager nam;
        TelemetryService service(&nam);
        service.setTickInterval(250ms);
        service.addSource(u"forge"_s, server(u"forge-gpu"_s, u"exporter"_s, gpu.metricsUrl()),
                          20ms);
        service.addSource(u"brain"_s, server(u"brain-macmon"_s, u"macmon"_s, macmon.url()), 20ms);
        QSignalSpy spy(&service, &TelemetryService::updated);
        service.start();
        QTest::qWait(1100);
        service.stop();
        // Many polls (every 20 ms), but at most one update per box per 250 ms tick.
        QVERIFY2(gpu.scrapes() >= 6, qPrintable(QString::number(gpu.scrapes())));
        int forge = 0;
        for (const auto &args : std::as_const(spy))
            forge += args.at(0).toString() == u"forge"_s;
        QVERIFY2(forge >= 1 && forge <= 5, qPrintable(QString::number(forge)));
        const auto id = service.box(u"forge"_s).devices.first().id;
        const auto series =
            service.history().series(u"forge"_s, id, TelemetryHistory::Metric::Utilisation);
        QCOMPARE(series.size(), forge);
        QCOMPARE(service.history().capacityPerSeries(), 3600);

        TelemetryHistory small(1s, 5s); // 5 points per series, whatever is recorded
        for (int i = 0; i < 20; ++i) {
            auto box = service.box(u"forge"_s);
            box.devices.first().sampledAt = QDateTime::fromMSecsSinceEpoch(1000LL * (i + 1));
            small.record(box);
        }
        const auto kept = small.series(u"forge"_s, id, TelemetryHistory::Metric::Utilisation);
        QCOMPARE(kept.size(), 5);
        QCOMPARE(kept.first().msecsSinceEpoch, 16000); // the newest 5 of 20
    }

    void alertsOncePerCrossing()
    {
        FakeExporter gpu;
        QVERIFY(gpu.listen());
        QNetworkAccessManager nam;
        TelemetryService service(&nam);
        c41::studio::AlertThresholds thresholds;
        thresholds.gpuTemperatureC = 1; // any live GPU is "hot"
        thresholds.gpuTemperatureClearC = 0;
        service.setAlertThresholds(thresholds);
        service.setTickInterval(100ms);
        service.addSource(u"forge"_s, server(u"forge-gpu"_s, u"exporter"_s, gpu.metricsUrl()),
                          20ms);
        QList<c41::studio::TelemetryAlert> alerts;
        connect(&service, &TelemetryService::alert, this,
                [&](const c41::studio::TelemetryAlert &a) { alerts << a; });
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(alerts.size(), 1, 3000);
        QTest::qWait(400);          // several more ticks with the GPU still "hot"
        QCOMPARE(alerts.size(), 1); // raised once, not every tick
        QCOMPARE(alerts[0].kind, c41::studio::TelemetryAlert::Kind::GpuTemperature);
        QVERIFY(alerts[0].raised);
        gpu.http()->setGlobalFault(FakeResponse::Fault::CloseBeforeHeaders);
        QTRY_COMPARE_WITH_TIMEOUT(alerts.size(), 2, 3000);
        QCOMPARE(alerts[1].kind, c41::studio::TelemetryAlert::Kind::BoxOffline);
        QCOMPARE(alerts[1].message, u"forge is offline"_s);
        QTest::qWait(300);
        QCOMPARE(alerts.size(), 2);
        service.stop();
    }
};

QTEST_GUILESS_MAIN(TestTelemetryService)
#include "tst_telemetryservice.moc"
