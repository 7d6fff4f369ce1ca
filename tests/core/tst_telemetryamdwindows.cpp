// SPDX-License-Identifier: GPL-3.0-or-later
// AMD GPUs (node_exporter drm/hwmon, AMD Device Metrics Exporter), Strix Halo as one
// unified pool, and windows_exporter hosts. Every expected number was read by hand from
// the raw fixture line quoted next to it; unit conversions are spelled out.
#include "fakeexporter.h"
#include "fakehostmetrics.h"
#include "fixtures.h"

#include "backends/prometheus/prometheusvector.h"
#include "backends/telemetry/exporterreader.h"
#include "studio/sourcedetector.h"
#include "studio/telemetrymerge.h"

#include <QTest>

using c41::fakes::FakeExporter;
using c41::fakes::FakeHostMetrics;
using c41::studio::DeviceKind;
using c41::studio::DeviceSample;
using c41::studio::ServerKind;
using c41::studio::SourceDetector;
using c41::studio::TelemetryMerge;
using c41::studio::TelemetryReading;
using c41::telemetry::ExporterReader;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kAt = QDateTime::fromMSecsSinceEpoch(1800000000000LL, Qt::UTC);
constexpr double kMiB = 1024.0 * 1024.0;

TelemetryReading readText(const QByteArray &text, const QString &source = u"box-exporter"_s)
{
    ExporterReader reader;
    auto reading = reader.read(text, source, kAt);
    if (!reading) {
        qWarning("%s", qPrintable(reading.error().toString()));
        return {};
    }
    return *reading;
}

TelemetryReading readFixture(const QString &file)
{
    return readText(c41::testing::readFixture(u"telemetry/"_s + file));
}

const QString kThreadripper =
    u"node_exporter_drm_hwmon_CONSTRUCTED-sysfs_threadripper_2x_rdna4.txt"_s;

} // namespace

class TestTelemetryAmdWindows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nodeDrmTwoDiscreteCards()
    {
        const auto reading = readFixture(kThreadripper);
        // card0 (a BMC adapter: vram_size 0, gtt_size 0) is skipped.
        QCOMPARE(reading.devices.size(), 2);
        const DeviceSample &a = reading.devices[0];
        const DeviceSample &b = reading.devices[1];
        // node_drm_card_info{card="card1",…,unique_id="5a1c3e7f21b04d33"}
        QCOMPARE(a.id, u"5a1c3e7f21b04d33"_s);
        QCOMPARE(a.name, u"AMD GPU card1"_s);
        QCOMPARE(a.kind, DeviceKind::DiscreteGpu);
        QCOMPARE(*a.utilisationPercent, 97.0);           // gpu_busy_percent{card1} 97
        QCOMPARE(*a.memoryUsedBytes, 2.7917287424e+10);  // vram_used_bytes{card1}
        QCOMPARE(*a.memoryTotalBytes, 3.4208743424e+10); // vram_size_bytes{card1}
        // 1.5.0 has no chip label on card_info: card1 pairs with the lower PCI address
        // 0000:41:00.0 (chip 0000:40:01_1_0000:41:00_0): temp1 "edge" 71 (not junction 88),
        // power_watt 287, power_cap_watt 300.
        QCOMPARE(*a.temperatureC, 71.0);
        QCOMPARE(*a.powerW, 287.0);
        QCOMPARE(*a.powerLimitW, 300.0);
        QCOMPARE(b.id, u"7b20d4e5c9a1f018"_s);
        QCOMPARE(*b.utilisationPercent, 0.0);
        QCOMPARE(*b.memoryUsedBytes, 5.51620608e+08);
        QCOMPARE(*b.temperatureC, 38.0); // chip 0000:c0:01_1_0000:c1:00_0 temp1
        QCOMPARE(*b.powerW, 21.0);
        QCOMPARE(a.source, u"box-exporter"_s);
        QCOMPARE(a.sampledAt, kAt);
        QVERIFY(!reading.host); // no meminfo/cpu in this capture
    }

    void nodeDrmChipLabelWinsOverPciOrder()
    {
        // A newer node_exporter names the card's chip: pair card1 with the *second* chip.
        QByteArray text = c41::testing::readFixture(u"telemetry/"_s + kThreadripper);
        text.replace("node_drm_card_info{card=\"card1\",",
                     "node_drm_card_info{card=\"card1\",chip=\"0000:c0:01_1_0000:c1:00_0\",");
        text.replace("node_drm_card_info{card=\"card2\",",
                     "node_drm_card_info{card=\"card2\",chip=\"0000:40:01_1_0000:41:00_0\",");
        const auto reading = readText(text);
        QCOMPARE(reading.devices.size(), 2);
        QCOMPARE(*reading.devices[0].temperatureC, 38.0);
        QCOMPARE(*reading.devices[0].powerW, 21.0);
        QCOMPARE(*reading.devices[1].temperatureC, 71.0);
    }

    void nodeDrmUnpairableChipsLeaveTemperatureUnknown()
    {
        // Two cards but one amdgpu chip: no guessing.
        QByteArray text = c41::testing::readFixture(u"telemetry/"_s + kThreadripper);
        QList<QByteArray> kept;
        for (const QByteArray &line : text.split('\n')) {
            if (!line.contains("0000:c0:01_1_0000:c1:00_0"))
                kept << line;
        }
        const auto reading = readText(kept.join('\n'));
        QCOMPARE(reading.devices.size(), 2);
        QVERIFY(!reading.devices[0].temperatureC && !reading.devices[0].powerW);
        QCOMPARE(*reading.devices[0].utilisationPercent, 97.0); // drm figures still there
    }

    void strixHaloIsOneUnifiedPool()
    {
        // Chip label join; edge-only amdgpu chip without fan → APU.
        const auto reading =
            readFixture(u"node_exporter_drm_hwmon_meminfo_CONSTRUCTED_strix_halo_chiplabel.txt"_s);
        QCOMPARE(reading.devices.size(), 1);
        const DeviceSample &apu = reading.devices.first();
        QCOMPARE(apu.kind, DeviceKind::UnifiedMemory);
        QCOMPARE(apu.name, u"AMD APU card1"_s);
        QCOMPARE(*apu.utilisationPercent, 93.0); // gpu_busy_percent 93
        // total = MemTotal 1.32543205376e+11 + vram_size 4.294967296e+09 = 136838172672
        QCOMPARE(*apu.memoryTotalBytes, 136838172672.0);
        // used = (MemTotal − MemAvailable 6.2011314176e+10) + vram_used 1.043267584e+09
        //      = 70531891200 + 1043267584 = 71575158784 (GTT 6.76e10 is inside the 70.5e9)
        QCOMPARE(*apu.memoryUsedBytes, 71575158784.0);
        QCOMPARE(*apu.temperatureC, 71.0); // amdgpu temp1 "edge" (not k10temp's 77.25)
        QCOMPARE(*apu.powerW, 96.5);       // power_average_watt{power1} 96.5 (APU package)
        QVERIFY(!apu.powerLimitW);
        QVERIFY(reading.host);
        QCOMPARE(*reading.host->memoryTotalBytes, 1.32543205376e+11);
        QCOMPARE(*reading.host->memoryUsedBytes, 70531891200.0);
    }

    void strixHaloWithoutMeminfoTakesHostRam()
    {
        // The 1.5.0 capture has no meminfo: memory unknown (not a tiny 4 GiB GPU), then
        // filled from the box's host RAM when merged.
        const auto reading =
            readFixture(u"node_exporter_drm_hwmon_CONSTRUCTED-sysfs_strix_halo.txt"_s);
        QCOMPARE(reading.devices.size(), 1);
        const DeviceSample &apu = reading.devices.first();
        QCOMPARE(apu.kind, DeviceKind::UnifiedMemory);
        QVERIFY(!apu.memoryTotalBytes && !apu.memoryUsedBytes);
        QCOMPARE(*apu.utilisationPercent, 100.0); // busy 100
        QCOMPARE(*apu.temperatureC, 68.0);        // temp1 edge 68
        QCOMPARE(*apu.powerW, 118.0);             // power_watt 118 (PPT)
        QCOMPARE(apu.id, u"0"_s);                 // unique_id="0"

        c41::studio::HostSample host;
        host.memoryTotalBytes = 1.32543205376e+11;
        host.memoryUsedBytes = 7.0e10;
        host.source = u"strix-node"_s;
        TelemetryReading hostReading;
        hostReading.host = host;
        TelemetryMerge::Input gpuIn;
        gpuIn.state.name = u"box-exporter"_s;
        gpuIn.state.kind = u"exporter"_s;
        gpuIn.reading = reading;
        TelemetryMerge::Input hostIn;
        hostIn.state.name = u"strix-node"_s;
        hostIn.state.kind = u"exporter"_s;
        hostIn.reading = hostReading;
        const auto box = TelemetryMerge::merge(u"strix"_s, {gpuIn, hostIn});
        QCOMPARE(box.devices.size(), 1);
        QCOMPARE(*box.devices[0].memoryTotalBytes, 1.32543205376e+11);
        QCOMPARE(box.devices[0].fieldSources.value(u"memoryTotal"_s), u"strix-node"_s);
    }

    void amdDeviceMetricsExporterTwoR9700()
    {
        const auto reading = readFixture(u"amd_device_metrics_exporter_CONSTRUCTED_r9700_x2.txt"_s);
        QCOMPARE(reading.devices.size(), 2);
        const DeviceSample &a = reading.devices[0];
        const DeviceSample &b = reading.devices[1];
        QCOMPARE(a.id, u"SN-0000000000A1"_s); // serial_number of gpu_id="0"
        QCOMPARE(a.name, u"AMD Radeon AI PRO R9700"_s);
        QCOMPARE(a.kind, DeviceKind::DiscreteGpu);
        QCOMPARE(*a.utilisationPercent, 97.0);       // gpu_gfx_activity 97
        QCOMPARE(*a.memoryUsedBytes, 26624 * kMiB);  // gpu_used_vram 26624 (MB)
        QCOMPARE(*a.memoryTotalBytes, 32624 * kMiB); // gpu_total_vram 32624 (MB)
        QCOMPARE(*a.temperatureC, 71.0);             // edge 71 (junction 88)
        QCOMPARE(*a.powerW, 287.0);                  // gpu_average_package_power 287
        QVERIFY(!a.powerLimitW);
        QCOMPARE(b.id, u"SN-0000000000B2"_s);
        QCOMPARE(*b.utilisationPercent, 0.0);
        QCOMPARE(*b.memoryUsedBytes, 526 * kMiB);
        QCOMPARE(*b.temperatureC, 38.0);
        QCOMPARE(*b.powerW, 21.0);
        QVERIFY(!reading.host);
    }

    void mergeKeepsSameNamedGpusOfOneSource()
    {
        // Two R9700s of one exporter are two devices on the box, not one merged card.
        TelemetryMerge::Input in;
        in.state.name = u"box-exporter"_s;
        in.state.kind = u"exporter"_s;
        in.reading = readFixture(u"amd_device_metrics_exporter_CONSTRUCTED_r9700_x2.txt"_s);
        const auto box = TelemetryMerge::merge(u"threadripper"_s, {in});
        QCOMPARE(box.devices.size(), 2);
        QCOMPARE(*box.devices[0].utilisationPercent, 97.0);
        QCOMPARE(*box.devices[1].utilisationPercent, 0.0);
    }

    void amdDeviceMetricsExporterPrefixedMi300()
    {
        const auto reading =
            readFixture(u"amd_device_metrics_exporter_CONSTRUCTED_amd_prefix_mi300x.txt"_s);
        QCOMPARE(reading.devices.size(), 1);
        const DeviceSample &gpu = reading.devices.first();
        QCOMPARE(gpu.name, u"AMD Instinct MI300X"_s);
        QCOMPARE(gpu.id, u"SN-MI300X-0007"_s);
        QCOMPARE(*gpu.utilisationPercent, 64.0);        // amd_gpu_gfx_activity 64
        QCOMPARE(*gpu.memoryTotalBytes, 196592 * kMiB); // amd_gpu_total_vram 196592
        QCOMPARE(*gpu.memoryUsedBytes, 150208 * kMiB);  // amd_gpu_used_vram 150208
        QCOMPARE(*gpu.temperatureC, 74.0);              // junction only
        QCOMPARE(*gpu.powerW, 615.0); // gpu_power_usage 615 before gpu_package_power 612
    }

    void amdDocSampleIsNotAGpuList()
    {
        // metricslist.md's example has only gpu_clock: nothing to show, and no error.
        const auto reading =
            readFixture(u"amd_device_metrics_exporter_metricslist_doc_gpu_clock.txt"_s);
        QVERIFY(reading.devices.isEmpty());
    }

    void windowsExporterCurrentNames()
    {
        // windows_memory_physical_total_bytes 6.8617177088e+10, available 4.1932574720e+10
        // → used 26684602368; CPU unknown on the first scrape.
        ExporterReader reader;
        QByteArray text = c41::testing::readFixture(
            u"telemetry/windows_exporter_CONSTRUCTED_host_and_gpu_v0.31.3plus.txt"_s);
        const auto first = reader.read(text, u"win"_s, kAt);
        QVERIFY(first.ok());
        QVERIFY(first->host);
        QCOMPARE(*first->host->memoryTotalBytes, 6.8617177088e+10);
        QCOMPARE(*first->host->memoryUsedBytes, 26684602368.0);
        QVERIFY(!first->host->cpuPercent);
        QCOMPARE(first->host->source, u"win"_s);
        // core 0,0 idle 81234.359375 → 81235.359375, user 3321.671875 → 3322.671875:
        // Δidle 1 of Δall 2 → 50 %.
        text.replace("{core=\"0,0\",mode=\"idle\"} 81234.359375",
                     "{core=\"0,0\",mode=\"idle\"} 81235.359375");
        text.replace("{core=\"0,0\",mode=\"user\"} 3321.671875",
                     "{core=\"0,0\",mode=\"user\"} 3322.671875");
        const auto second = reader.read(text, u"win"_s, kAt.addSecs(1));
        QVERIFY(qAbs(*second->host->cpuPercent - 50.0) < 1e-9);
        const auto third = reader.read(text, u"win"_s, kAt.addSecs(2)); // unchanged: holds
        QVERIFY(qAbs(*third->host->cpuPercent - 50.0) < 1e-9);
    }

    void windowsExporterOldNames()
    {
        // windows_cs_physical_memory_bytes 3.4359738368e+10 (32 GiB),
        // windows_os_physical_memory_free_bytes 2.147483648e+10 (20 GiB) → used 12 GiB.
        ExporterReader reader;
        QByteArray text = c41::testing::readFixture(
            u"telemetry/windows_exporter_CONSTRUCTED_pre0.31_cs_os_names.txt"_s);
        const auto first = reader.read(text, u"win"_s, kAt);
        QVERIFY(first.ok());
        QCOMPARE(*first->host->memoryTotalBytes, 3.4359738368e+10);
        QCOMPARE(*first->host->memoryUsedBytes, 12884901888.0);
        // core 0,1: idle 8200 → 8203, user 500 → 501: Δidle 3 of Δall 4 → 25 %.
        text.replace("{core=\"0,1\",mode=\"idle\"} 8200", "{core=\"0,1\",mode=\"idle\"} 8203");
        text.replace("{core=\"0,1\",mode=\"user\"} 500", "{core=\"0,1\",mode=\"user\"} 501");
        const auto second = reader.read(text, u"win"_s, kAt.addSecs(1));
        QVERIFY(qAbs(*second->host->cpuPercent - 25.0) < 1e-9);
    }

    void fakesSpeakEachFlavour()
    {
        // The fakes' scrapes go through the same reader: figures where the fake puts them.
        FakeExporter dme(FakeExporter::Flavour::AmdDeviceMetricsExporter);
        dme.setLoad(1.0);
        dme.advance(60);
        const auto amd = readText(dme.metricsText());
        QCOMPARE(amd.devices.size(), 2);
        QCOMPARE(amd.devices[0].name, u"AMD Radeon AI PRO R9700"_s);
        QCOMPARE(*amd.devices[0].memoryTotalBytes, 32624 * kMiB);
        QVERIFY(*amd.devices[0].utilisationPercent > 80);
        QCOMPARE(*amd.devices[1].utilisationPercent, 0.0);

        FakeExporter strix(FakeExporter::Flavour::NodeExporterStrixHalo);
        ExporterReader strixReader;
        const auto s1 = strixReader.read(strix.metricsText(), u"strix"_s, kAt);
        strix.setLoad(0.9);
        strix.advance(30);
        const auto s2 = strixReader.read(strix.metricsText(), u"strix"_s, kAt.addSecs(30));
        QVERIFY(s1.ok() && s2.ok());
        QCOMPARE(s2->devices.size(), 1);
        const DeviceSample &apu = s2->devices.first();
        QCOMPARE(apu.kind, DeviceKind::UnifiedMemory);
        QCOMPARE(*apu.memoryTotalBytes,
                 FakeHostMetrics::kStrixMemTotal + FakeHostMetrics::kStrixVram);
        QVERIFY(*apu.memoryUsedBytes > *s1->devices.first().memoryUsedBytes); // models loaded
        QVERIFY(s2->host->cpuPercent.has_value());

        FakeExporter win(FakeExporter::Flavour::WindowsExporter);
        ExporterReader winReader;
        const auto w1 = winReader.read(win.metricsText(), u"win"_s, kAt);
        win.advance(5);
        const auto w2 = winReader.read(win.metricsText(), u"win"_s, kAt.addSecs(5));
        QVERIFY(w1.ok() && w2.ok());
        QVERIFY(w2->devices.isEmpty());
        QCOMPARE(*w2->host->memoryTotalBytes, FakeHostMetrics::kWindowsMemTotal);
        QVERIFY(*w2->host->cpuPercent > 0 && *w2->host->cpuPercent < 100);
    }

    void detectionAndPrometheusSelectorKnowTheNewSources()
    {
        bool amd = false;
        bool windows = false;
        for (const auto &candidate : SourceDetector::standardPorts()) {
            amd = amd || (candidate.port == 5000 && candidate.kind == ServerKind::Exporter &&
                          candidate.path == u"/metrics"_s);
            windows = windows || (candidate.port == 9182 && candidate.kind == ServerKind::Exporter);
        }
        QVERIFY(amd && windows);
        const QString selector = c41::prometheus::PrometheusVector::telemetrySelector({});
        for (const QString &name :
             {u"node_drm_"_s, u"node_hwmon_temp_celsius"_s, u"(amd_)?gpu_"_s, u"windows_memory_"_s,
              u"windows_cpu_time_total"_s, u"windows_cs_physical"_s})
            QVERIFY2(selector.contains(name), qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestTelemetryAmdWindows)
#include "tst_telemetryamdwindows.moc"
