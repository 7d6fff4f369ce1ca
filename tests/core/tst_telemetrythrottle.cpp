// SPDX-License-Identifier: GPL-3.0-or-later
// Throttling: the reasons nvidia_gpu_exporter and dcgm-exporter give, on the captured
// scrapes (with a reason switched on by hand where no capture was throttling), the merge,
// and the alert's hysteresis.
#include "fixtures.h"

#include "backends/telemetry/exporterreader.h"
#include "backends/telemetry/throttlereasons.h"
#include "studio/telemetryalerts.h"
#include "studio/telemetrymerge.h"

#include <QTest>

using c41::studio::BoxTelemetry;
using c41::studio::DeviceSample;
using c41::studio::SourceState;
using c41::studio::TelemetryAlert;
using c41::studio::TelemetryAlerts;
using c41::studio::TelemetryMerge;
using c41::studio::TelemetryReading;
using c41::telemetry::ExporterReader;
using c41::telemetry::ThrottleReasons;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kAt = QDateTime::fromMSecsSinceEpoch(1800000000000LL, Qt::UTC);
const QByteArray kL40s = "telemetry/nvidia_gpu_exporter_l40s_595.80_load.txt";
const QByteArray kDcgm = "telemetry/dcgm_exporter_SYNTHETIC_rtx_pro_6000.txt";
const QByteArray kZeroUuid = "{uuid=\"00000000-0000-0000-0000-000000000000\"}";

QList<DeviceSample> read(const QByteArray &text)
{
    ExporterReader reader;
    auto reading = reader.read(text, u"forge-gpu"_s, kAt);
    if (!reading) {
        qWarning("%s", qPrintable(reading.error().toString()));
        return {};
    }
    return reading->devices;
}

QByteArray fixture(const QByteArray &path)
{
    return c41::testing::readFixture(QString::fromLatin1(path));
}

// The L40S capture with nvidia_smi_clocks_event_reasons_<flag> set to 1.
QByteArray l40sWith(const QList<QByteArray> &flags)
{
    QByteArray text = fixture(kL40s);
    for (const QByteArray &flag : flags) {
        const QByteArray line = "nvidia_smi_clocks_event_reasons_" + flag + kZeroUuid;
        const QByteArray off = line + " 0";
        const QByteArray on = line + " 1";
        text.replace(off, on);
    }
    return text;
}

// The DCGM capture with a clocks-event-reasons bitmask line added for its GPU.
QByteArray dcgmWith(const QByteArray &metric, quint64 mask)
{
    QByteArray text = fixture(kDcgm);
    text += "\n# TYPE " + metric + " gauge\n" + metric +
            "{gpu=\"0\",UUID=\"GPU-11111111-2222-3333-4444-555555555555\",pci_bus_id="
            "\"00000000:01:00.0\",device=\"nvidia0\",modelName=\"NVIDIA RTX PRO 6000 Blackwell "
            "Workstation Edition\",Hostname=\"studio-gpu1\"} " +
            QByteArray::number(mask) + "\n";
    return text;
}

BoxTelemetry forge(std::optional<bool> throttled)
{
    BoxTelemetry box;
    box.box = u"forge"_s;
    SourceState source;
    source.name = u"forge-gpu"_s;
    source.lastSuccess = kAt;
    box.sources << source;
    DeviceSample card;
    card.id = u"gpu0"_s;
    card.name = u"NVIDIA L40S"_s;
    card.source = u"forge-gpu"_s;
    card.throttled = throttled;
    if (throttled && *throttled)
        card.throttleReasons << u"power cap"_s;
    box.devices << card;
    box.staleDevices.insert(card.id, false);
    return box;
}

} // namespace

class TestTelemetryThrottle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void capturedScrapesAreNotThrottling()
    {
        // Every reason 0 in the L40S capture; the idle H100 has gpu_idle 1 and active 1,
        // which is not throttling.
        for (const QByteArray &file :
             {kL40s, QByteArray("telemetry/nvidia_gpu_exporter_h100-80gb-hbm3_590.48.01_idle.txt"),
              QByteArray("telemetry/nvidia_gpu_exporter_demo_2gpu_h200_mig.txt")}) {
            const auto devices = read(fixture(file));
            QVERIFY2(!devices.isEmpty(), file.constData());
            for (const DeviceSample &d : devices) {
                QVERIFY2(d.throttled.has_value(), file.constData());
                QVERIFY2(!*d.throttled, file.constData());
                QVERIFY(d.throttleReasons.isEmpty());
            }
        }
    }

    void nvidiaSmiReasonsNameTheCause()
    {
        const auto devices = read(l40sWith({"sw_power_cap", "hw_thermal_slowdown"}));
        QCOMPARE(devices.size(), 1);
        QVERIFY(devices[0].throttled && *devices[0].throttled);
        QCOMPARE(devices[0].throttleReasons, (QStringList{u"power cap"_s, u"thermal"_s}));
        // Idle and sync boost alone are not throttling.
        const auto idle = read(l40sWith({"gpu_idle", "sync_boost"}));
        QVERIFY(idle[0].throttled && !*idle[0].throttled);
    }

    void olderThrottleReasonsNamesToo()
    {
        QByteArray text = l40sWith({"hw_slowdown"});
        text.replace("nvidia_smi_clocks_event_reasons_", "nvidia_smi_clocks_throttle_reasons_");
        const auto devices = read(text);
        QCOMPARE(devices.size(), 1);
        QVERIFY(devices[0].throttled && *devices[0].throttled);
        QCOMPARE(devices[0].throttleReasons, QStringList{u"hardware slowdown"_s});
    }

    void dcgmBitmask()
    {
        // Without the field the exporter does not say: unknown, never "not throttled".
        const auto plain = read(fixture(kDcgm));
        QCOMPARE(plain.size(), 1);
        QVERIFY(!plain[0].throttled);
        // 0x44 = SwPowerCap (0x4) | HwThermalSlowdown (0x40).
        auto devices = read(dcgmWith("DCGM_FI_DEV_CLOCK_THROTTLE_REASONS", 0x44));
        QVERIFY(devices[0].throttled && *devices[0].throttled);
        QCOMPARE(devices[0].throttleReasons, (QStringList{u"power cap"_s, u"thermal"_s}));
        // 0x1 = GpuIdle only.
        devices = read(dcgmWith("DCGM_FI_DEV_CLOCKS_EVENT_REASONS", 0x1));
        QVERIFY(devices[0].throttled && !*devices[0].throttled);
        QCOMPARE(ThrottleReasons::fromNvmlMask(0x88),
                 (QStringList{u"hardware slowdown"_s, u"power brake"_s}));
    }

    void mergeKeepsTheThrottleState()
    {
        TelemetryReading gpu;
        gpu.source = u"forge-gpu"_s;
        gpu.devices = read(l40sWith({"sw_power_cap"}));
        for (DeviceSample &d : gpu.devices)
            d.source = u"forge-gpu"_s;
        TelemetryMerge::Input input;
        input.state.name = u"forge-gpu"_s;
        input.reading = gpu;
        const BoxTelemetry box = TelemetryMerge::merge(u"forge"_s, {input});
        QCOMPARE(box.devices.size(), 1);
        QVERIFY(box.devices[0].throttled && *box.devices[0].throttled);
        QCOMPARE(box.devices[0].fieldSources.value(u"throttle"_s), u"forge-gpu"_s);
    }

    void alertNeedsThreeSamplesInARow()
    {
        TelemetryAlerts alerts;
        // A flicker (throttled, clear, throttled, clear) never notifies.
        for (bool t : {true, true, false, true, false})
            QVERIFY(alerts.update(forge(t)).isEmpty());
        // Unknown does not count either way.
        QVERIFY(alerts.update(forge(true)).isEmpty());
        QVERIFY(alerts.update(forge(std::nullopt)).isEmpty());
        QVERIFY(alerts.update(forge(true)).isEmpty());
        const auto raised = alerts.update(forge(true));
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised[0].kind, TelemetryAlert::Kind::Throttling);
        QVERIFY(raised[0].raised);
        QCOMPARE(raised[0].device, u"gpu0"_s);
        QCOMPARE(raised[0].message, u"NVIDIA L40S on forge is throttling (power cap)"_s);
        QVERIFY(alerts.isActive(TelemetryAlert::Kind::Throttling, u"forge"_s, u"gpu0"_s));
        // Still throttled: no repeat. One clear sample: no clear yet.
        QVERIFY(alerts.update(forge(true)).isEmpty());
        QVERIFY(alerts.update(forge(false)).isEmpty());
        QVERIFY(alerts.update(forge(false)).isEmpty());
        const auto cleared = alerts.update(forge(false));
        QCOMPARE(cleared.size(), 1);
        QVERIFY(!cleared[0].raised);
        QCOMPARE(cleared[0].message, u"NVIDIA L40S on forge is no longer throttling"_s);
    }

    void staleDevicesAreNotJudged()
    {
        TelemetryAlerts alerts;
        for (int i = 0; i < 5; ++i) {
            BoxTelemetry box = forge(true);
            box.staleDevices.insert(u"gpu0"_s, true);
            QVERIFY(alerts.update(box).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestTelemetryThrottle)
#include "tst_telemetrythrottle.moc"
