// SPDX-License-Identifier: GPL-3.0-or-later
#include "studio/telemetryalerts.h"

#include <QTest>

using c41::studio::AlertThresholds;
using c41::studio::BoxTelemetry;
using c41::studio::DeviceSample;
using c41::studio::SourceState;
using c41::studio::TelemetryAlert;
using c41::studio::TelemetryAlerts;
using namespace Qt::StringLiterals;

namespace {

constexpr double kGiB = 1024.0 * 1024 * 1024;

BoxTelemetry forge(std::optional<double> tempC, double usedGiB = 10, bool up = true,
                   bool stale = false)
{
    BoxTelemetry box;
    box.box = u"forge"_s;
    SourceState source;
    source.name = u"forge-gpu"_s;
    source.lastSuccess = QDateTime::currentDateTimeUtc();
    if (!up)
        source.error = u"forge-gpu: connection refused"_s;
    box.sources = {source};
    DeviceSample gpu;
    gpu.id = u"gpu0"_s;
    gpu.name = u"RTX PRO 6000"_s;
    gpu.temperatureC = tempC;
    gpu.memoryUsedBytes = usedGiB * kGiB;
    gpu.memoryTotalBytes = 96 * kGiB;
    box.devices = {gpu};
    box.staleDevices.insert(gpu.id, stale);
    return box;
}

} // namespace

class TestTelemetryAlerts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void temperatureWobbleNotifiesOncePerCrossing()
    {
        TelemetryAlerts alerts; // raise at 85 °C, clear below 80 °C
        QList<TelemetryAlert> all;
        // Climbs, wobbles around the threshold, cools a little (not enough), then really.
        for (double t : {70.0, 84.0, 85.0, 86.0, 84.5, 85.5, 81.0, 86.0, 79.0, 84.0, 86.0})
            all += alerts.update(forge(t));
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].kind, TelemetryAlert::Kind::GpuTemperature);
        QVERIFY(all[0].raised);
        QCOMPARE(all[0].value, 85.0);
        QCOMPARE(all[0].message, u"RTX PRO 6000 on forge is hot: 85 °C"_s);
        QVERIFY(!all[1].raised); // 79 °C
        QCOMPARE(all[1].value, 79.0);
        QVERIFY(all[2].raised); // 86 °C again
        QVERIFY(alerts.isActive(TelemetryAlert::Kind::GpuTemperature, u"forge"_s, u"gpu0"_s));
    }

    void memoryFillWithItsOwnHysteresis()
    {
        AlertThresholds t;
        t.memoryFillPercent = 90;
        t.memoryFillClearPercent = 80;
        TelemetryAlerts alerts(t);
        QList<TelemetryAlert> all;
        for (double used : {50.0, 87.0, 88.0, 87.0, 88.0, 70.0}) // of 96 GiB: 90.6 %, 91.7 %…
            all += alerts.update(forge(40, used));
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].kind, TelemetryAlert::Kind::MemoryFull);
        QVERIFY(all[0].raised);
        QVERIFY(qAbs(all[0].value - 87.0 / 96 * 100) < 1e-9);
        QVERIFY(!all[1].raised);
    }

    void offlineOnceAndBack()
    {
        TelemetryAlerts alerts;
        QList<TelemetryAlert> all;
        for (bool up : {true, false, false, false, true, true})
            all += alerts.update(forge(50, 10, up));
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].kind, TelemetryAlert::Kind::BoxOffline);
        QCOMPARE(all[0].message, u"forge is offline"_s);
        QCOMPARE(all[1].message, u"forge is back online"_s);
    }

    void staleAndMissingFiguresAreNotJudged()
    {
        TelemetryAlerts alerts;
        QVERIFY(alerts.update(forge(90, 10, true, true)).isEmpty()); // stale: not live
        QVERIFY(alerts.update(forge(std::nullopt)).isEmpty());       // unknown ≠ 0
        QCOMPARE(alerts.update(forge(90)).size(), 1);
        // A stale reading does not clear it either.
        QVERIFY(alerts.update(forge(20, 10, true, true)).isEmpty());
        QVERIFY(alerts.isActive(TelemetryAlert::Kind::GpuTemperature, u"forge"_s, u"gpu0"_s));
    }
};

QTEST_GUILESS_MAIN(TestTelemetryAlerts)
#include "tst_telemetryalerts.moc"
