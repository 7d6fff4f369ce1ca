// SPDX-License-Identifier: GPL-3.0-or-later
// Normalisers on the captured scrapes. Every expected number was read by hand from the
// raw fixture line quoted next to it; unit conversions are spelled out.
#include "fixtures.h"

#include "backends/prometheus/prometheustextparser.h"
#include "backends/telemetry/comfyuistatsreader.h"
#include "backends/telemetry/dcgmmetrics.h"
#include "backends/telemetry/exporterreader.h"
#include "backends/telemetry/macmonreader.h"

#include <QTest>

using c41::studio::DeviceKind;
using c41::studio::DeviceSample;
using c41::studio::TelemetryReading;
using c41::telemetry::ComfyUiStatsReader;
using c41::telemetry::DcgmMetrics;
using c41::telemetry::ExporterReader;
using c41::telemetry::MacmonReader;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kAt = QDateTime::fromMSecsSinceEpoch(1800000000000LL, Qt::UTC);
constexpr double kMiB = 1024.0 * 1024.0;

TelemetryReading readExporter(const QString &file)
{
    ExporterReader reader;
    auto reading =
        reader.read(c41::testing::readFixture(u"telemetry/"_s + file), u"forge-gpu"_s, kAt);
    if (!reading) {
        qWarning("%s", qPrintable(reading.error().toString()));
        return {};
    }
    return *reading;
}

} // namespace

class TestTelemetryNormalisers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nvidiaGpuExporter_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("util");
        QTest::addColumn<double>("used");
        QTest::addColumn<double>("total");
        QTest::addColumn<double>("temp");
        QTest::addColumn<double>("power");
        QTest::addColumn<double>("limit");
        // nvidia_smi_utilization_gpu_ratio 0.09 → 9 %; memory_used_bytes 1.29499136e+09;
        // memory_total_bytes 4.8305799168e+10; temperature_gpu 54; power_draw_watts 110.23;
        // power_limit_watts 350
        QTest::newRow("l40s") << u"nvidia_gpu_exporter_l40s_595.80_load.txt"_s << u"NVIDIA L40S"_s
                              << 9.0 << 1.29499136e+09 << 4.8305799168e+10 << 54.0 << 110.23
                              << 350.0;
        // ratio 0 → 0 %; used 0; total 8.5520809984e+10; temp 41; power 69.85; limit 700
        QTest::newRow("h100") << u"nvidia_gpu_exporter_h100-80gb-hbm3_590.48.01_idle.txt"_s
                              << u"NVIDIA H100 80GB HBM3"_s << 0.0 << 0.0 << 8.5520809984e+10
                              << 41.0 << 69.85 << 700.0;
    }
    void nvidiaGpuExporter()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(double, util);
        QFETCH(double, used);
        QFETCH(double, total);
        QFETCH(double, temp);
        QFETCH(double, power);
        QFETCH(double, limit);
        const TelemetryReading reading = readExporter(file);
        QCOMPARE(reading.devices.size(), 1);
        const DeviceSample &gpu = reading.devices.first();
        QCOMPARE(gpu.name, name);
        QCOMPARE(gpu.kind, DeviceKind::DiscreteGpu);
        QCOMPARE(gpu.id, u"00000000-0000-0000-0000-000000000000"_s);
        QCOMPARE(*gpu.utilisationPercent, util);
        QCOMPARE(*gpu.memoryUsedBytes, used);
        QCOMPARE(*gpu.memoryTotalBytes, total);
        QCOMPARE(*gpu.temperatureC, temp);
        QCOMPARE(*gpu.powerW, power);
        QCOMPARE(*gpu.powerLimitW, limit);
        QCOMPARE(gpu.source, u"forge-gpu"_s);
        QCOMPARE(gpu.sampledAt, kAt);
        QVERIFY(!reading.host);
    }

    void nvidiaOtherCards()
    {
        // 4080 SUPER: utilization_gpu_ratio 0.07, power_draw_watts 84.24, temperature_gpu 46,
        // memory_total_bytes 1.7171480576e+10
        const auto rtx =
            readExporter(u"nvidia_gpu_exporter_geforce-rtx-4080-super_595.71.05_load.txt"_s);
        QCOMPARE(rtx.devices.size(), 1);
        QCOMPARE(*rtx.devices[0].utilisationPercent, 7.0);
        QCOMPARE(*rtx.devices[0].powerW, 84.24);
        QCOMPARE(*rtx.devices[0].temperatureC, 46.0);
        QCOMPARE(*rtx.devices[0].memoryTotalBytes, 1.7171480576e+10);
        // Windows 2080 SUPER: power_draw_watts 97.99, temperature_gpu 44,
        // memory_total_bytes 8.589934592e+09
        const auto win =
            readExporter(u"nvidia_gpu_exporter_windows_geforce-rtx-2080-super_610.62_load.txt"_s);
        QCOMPARE(*win.devices[0].powerW, 97.99);
        QCOMPARE(*win.devices[0].temperatureC, 44.0);
        QCOMPARE(*win.devices[0].memoryTotalBytes, 8.589934592e+09);
    }

    void nvidiaMultiGpu()
    {
        // Two H200s: gpu_info index="0"/"1", memory_total_bytes 1.50754820096e+11 each,
        // utilization_gpu_ratio 1 → 100 %, temperature_gpu 52.
        const auto reading = readExporter(u"nvidia_gpu_exporter_demo_2gpu_h200_mig.txt"_s);
        QCOMPARE(reading.devices.size(), 2);
        QStringList ids;
        for (const DeviceSample &gpu : reading.devices) {
            ids << gpu.id;
            QCOMPARE(gpu.name, u"NVIDIA H200"_s);
            QCOMPARE(*gpu.memoryTotalBytes, 1.50754820096e+11);
            QCOMPARE(*gpu.utilisationPercent, 100.0);
            QCOMPARE(*gpu.temperatureC, 52.0);
        }
        ids.sort();
        QCOMPARE(ids, (QStringList{u"1c67088e-9ecb-4564-bb97-6151ecc2ef64"_s,
                                   u"ef427e4f-1970-42f2-ab0c-ecf0e56a33b9"_s}));
    }

    void gb10IsUnifiedWithoutMemory()
    {
        // name="NVIDIA GB10", no nvidia_smi_memory_* series; temperature_gpu 35,
        // power_draw_watts 11.17, utilization_gpu_ratio 0
        const auto reading = readExporter(u"nvidia_gpu_exporter_CONSTRUCTED_gb10.txt"_s);
        QCOMPARE(reading.devices.size(), 1);
        const DeviceSample &gpu = reading.devices.first();
        QCOMPARE(gpu.name, u"NVIDIA GB10"_s);
        QCOMPARE(gpu.kind, DeviceKind::UnifiedMemory);
        QVERIFY(!gpu.memoryTotalBytes && !gpu.memoryUsedBytes); // missing, not 0
        QCOMPARE(*gpu.temperatureC, 35.0);
        QCOMPARE(*gpu.powerW, 11.17);
        QCOMPARE(*gpu.utilisationPercent, 0.0);
    }

    void dcgmSynthetic()
    {
        // DCGM_FI_DEV_GPU_UTIL 98; FB_USED 61234, FB_FREE 36068, FB_RESERVED 585 (MiB):
        // total = 97887 MiB; GPU_TEMP 71; POWER_USAGE 512.347000; Hostname="studio-gpu1"
        const auto reading = readExporter(u"dcgm_exporter_SYNTHETIC_rtx_pro_6000.txt"_s);
        QCOMPARE(reading.devices.size(), 1);
        const DeviceSample &gpu = reading.devices.first();
        QCOMPARE(gpu.name, u"NVIDIA RTX PRO 6000 Blackwell Workstation Edition"_s);
        QCOMPARE(gpu.id, u"11111111-2222-3333-4444-555555555555"_s); // "GPU-" dropped
        QCOMPARE(*gpu.utilisationPercent, 98.0);
        QCOMPARE(*gpu.memoryUsedBytes, 61234 * kMiB);
        QCOMPARE(*gpu.memoryTotalBytes, 97887 * kMiB);
        QCOMPARE(*gpu.temperatureC, 71.0);
        QCOMPARE(*gpu.powerW, 512.347);
        QVERIFY(!gpu.powerLimitW);
        const auto scrape = c41::prometheus::PrometheusTextParser::parse(
            c41::testing::readFixture(u"telemetry/dcgm_exporter_SYNTHETIC_rtx_pro_6000.txt"_s));
        QCOMPARE(DcgmMetrics::hostname(*scrape), u"studio-gpu1"_s);
    }

    void dcgmFourGpusAndSentinels()
    {
        // DCGM_FI_DEV_POWER_MGMT_LIMIT{gpu="2"|"3"} 300.000000 (gpu 0 and 1 have none in the
        // excerpt); DCGM_FI_DEV_GPU_UTIL{gpu="0"} 0 only. Ordered by the gpu label.
        const auto v100 = readExporter(u"dcgm_exporter_4gpu_v100_issue250_excerpt.txt"_s);
        QCOMPARE(v100.devices.size(), 4);
        for (const DeviceSample &gpu : v100.devices)
            QCOMPARE(gpu.name, u"Tesla V100-SXM2-32GB"_s);
        QCOMPARE(v100.devices[0].id, u"a6158b59-2c1e-1e63-0068-9178c4298abd"_s);
        QVERIFY(!v100.devices[0].powerLimitW && !v100.devices[1].powerLimitW);
        QCOMPARE(*v100.devices[2].powerLimitW, 300.0);
        QCOMPARE(*v100.devices[3].powerLimitW, 300.0);
        QCOMPARE(*v100.devices[0].utilisationPercent, 0.0);
        QVERIFY(!v100.devices[1].utilisationPercent);
        // README: DCGM_FI_DEV_MEMORY_TEMP 9223372036854775794 is the n/a sentinel; only
        // clocks otherwise: a device with no figure we show.
        const auto readme = readExporter(u"dcgm_exporter_readme_sample.txt"_s);
        QCOMPARE(readme.devices.size(), 1);
        QVERIFY(!readme.devices[0].temperatureC);
        // Hostname (4.5.3) and hostname (after the rename) both found
        for (const QString &file : {u"dcgm_exporter_server_test_expected.txt"_s,
                                    u"dcgm_exporter_server_test_expected_4.5.3.txt"_s}) {
            const auto scrape = c41::prometheus::PrometheusTextParser::parse(
                c41::testing::readFixture(u"telemetry/"_s + file));
            QCOMPARE(DcgmMetrics::hostname(*scrape), u"testhost"_s);
        }
        // MIG instance rows (GPU_I_ID="3" on the A30) are not whole GPUs: only gpu="1", the
        // RTX 2000 Ada, remains; it has FB_FREE 11275 but no FB_USED, so no total.
        const auto mig = readExporter(u"dcgm_exporter_mixed_gpus_mig_pod_pr736_excerpt.txt"_s);
        QCOMPARE(mig.devices.size(), 1);
        QCOMPARE(mig.devices[0].name, u"NVIDIA RTX 2000 Ada Generation"_s);
        QVERIFY(!mig.devices[0].memoryTotalBytes);
    }

    void nodeExporterLinux()
    {
        // node_memory_MemTotal_bytes 2.5276502016e+10, MemAvailable_bytes 2.4601624576e+10
        // → used 674877440; node_load1 2.06; CPU unknown on the first scrape.
        ExporterReader reader;
        QByteArray text = c41::testing::readFixture(u"telemetry/node_exporter_linux.txt"_s);
        const auto first = reader.read(text, u"forge-node"_s, kAt);
        QVERIFY(first.ok());
        QVERIFY(first->devices.isEmpty());
        QVERIFY(first->host);
        QCOMPARE(*first->host->memoryTotalBytes, 2.5276502016e+10);
        QCOMPARE(*first->host->memoryUsedBytes, 674877440.0);
        QCOMPARE(*first->host->load1, 2.06);
        QVERIFY(!first->host->cpuPercent);
        // Second scrape: cpu0 idle 191.33 → 192.33 and user 36.42 → 37.42: Δidle 1 of Δall 2.
        text.replace("node_cpu_seconds_total{cpu=\"0\",mode=\"idle\"} 191.33",
                     "node_cpu_seconds_total{cpu=\"0\",mode=\"idle\"} 192.33");
        text.replace("node_cpu_seconds_total{cpu=\"0\",mode=\"user\"} 36.42",
                     "node_cpu_seconds_total{cpu=\"0\",mode=\"user\"} 37.42");
        const auto second = reader.read(text, u"forge-node"_s, kAt.addSecs(1));
        QVERIFY(qAbs(*second->host->cpuPercent - 50.0) < 1e-6);
        // The same counters again: the last figure holds, it does not become unknown.
        const auto third = reader.read(text, u"forge-node"_s, kAt.addSecs(2));
        QVERIFY(qAbs(*third->host->cpuPercent - 50.0) < 1e-6);
        // Counters went down (reboot): unknown until the next pair.
        const auto rebooted =
            reader.read(c41::testing::readFixture(u"telemetry/node_exporter_linux.txt"_s),
                        u"forge-node"_s, kAt.addSecs(3));
        QVERIFY(!rebooted->host->cpuPercent);
    }

    void macmonJson_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("gpuPercent");
        QTest::addColumn<double>("cpuPercent"); // -1: unknown
        // gpu_active_ratio 0.09; cpu_active_ratio 0.092; soc.chip_name "Apple M3 Ultra"
        QTest::newRow("0.8.2+soc") << u"macmon_pipe_v0.8.2_constructed_with_aliases_and_soc.jsonl"_s
                                   << u"Apple M3 Ultra"_s << 9.0 << 9.2;
        QTest::newRow("0.8.2") << u"macmon_pipe_v0.8.2_readme.jsonl"_s << u"Apple GPU"_s << 9.0
                               << 9.2;
        // gpu_usage [461, 0.021497859]; cpu_usage_pct 0.036854
        QTest::newRow("0.7.2") << u"macmon_pipe_v0.7.2_readme.jsonl"_s << u"Apple GPU"_s
                               << 2.1497859 << 3.6854;
        // gpu_usage [461, 0.021497859]; no CPU total in the old schema
        QTest::newRow("0.6.1") << u"macmon_pipe_v0.6.1_readme.jsonl"_s << u"Apple GPU"_s
                               << 2.1497859 << -1.0;
    }
    void macmonJson()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(double, gpuPercent);
        QFETCH(double, cpuPercent);
        const auto reading = MacmonReader::fromJson(
            c41::testing::readFixture(u"telemetry/"_s + file).trimmed(), u"brain-macmon"_s, kAt);
        QVERIFY(reading.ok());
        QCOMPARE(reading->devices.size(), 1);
        const DeviceSample &gpu = reading->devices.first();
        QCOMPARE(gpu.kind, DeviceKind::UnifiedMemory);
        QCOMPARE(gpu.name, name);
        QVERIFY(qAbs(*gpu.utilisationPercent - gpuPercent) < 1e-9);
        // temp.gpu_temp_avg 36.95167; gpu_power 0.017451683; memory.ram_usage 20985479168
        // of ram_total 25769803776 — the one pool, on the device and the host alike
        QCOMPARE(*gpu.temperatureC, 36.95167);
        QCOMPARE(*gpu.powerW, 0.017451683);
        QCOMPARE(*gpu.memoryUsedBytes, 20985479168.0);
        QCOMPARE(*gpu.memoryTotalBytes, 25769803776.0);
        QCOMPARE(*reading->host->memoryTotalBytes, 25769803776.0);
        if (cpuPercent < 0)
            QVERIFY(!reading->host->cpuPercent);
        else
            QVERIFY(qAbs(*reading->host->cpuPercent - cpuPercent) < 1e-9);
    }

    void macmonJsonErrors()
    {
        const auto garbage = MacmonReader::fromJson("{\"gpu", u"brain-macmon"_s, kAt);
        QVERIFY(!garbage.ok());
        QCOMPARE(garbage.error().server, u"brain-macmon"_s);
        const auto empty = MacmonReader::fromJson("{}", u"brain-macmon"_s, kAt);
        QVERIFY(empty.ok()); // every key optional
        QVERIFY(!empty->devices[0].utilisationPercent);
    }

    void macmonMetrics()
    {
        // macmon_cpu_active_ratio{chip="Apple M3 Pro"} 0.092 → 9.2 %; the readme excerpt has
        // no GPU families, so the GPU figures are unknown, not 0.
        const auto reading = readExporter(u"macmon_serve_metrics_v0.8.2_readme.txt"_s);
        QCOMPARE(reading.devices.size(), 1);
        QCOMPARE(reading.devices[0].name, u"Apple M3 Pro"_s);
        QCOMPARE(reading.devices[0].kind, DeviceKind::UnifiedMemory);
        QVERIFY(!reading.devices[0].utilisationPercent);
        QVERIFY(qAbs(*reading.host->cpuPercent - 9.2) < 1e-9);
    }

    void comfyUiSystemStats()
    {
        // cuda: vram_total 102641958912, vram_free 31138512896 → used 71503446016;
        // system.ram_total 270100000768, ram_free 201326592000 → used 68773408768
        const auto cuda = ComfyUiStatsReader::fromJson(
            c41::testing::readFixture(u"comfyui/system_stats_cuda_CONSTRUCTED.json"_s),
            u"forge-comfy"_s, kAt);
        QVERIFY(cuda.ok());
        QCOMPARE(cuda->devices.size(), 1);
        QCOMPARE(cuda->devices[0].name, u"NVIDIA RTX PRO 6000 Blackwell Workstation Edition"_s);
        QCOMPARE(cuda->devices[0].id, u"cuda:0"_s);
        QCOMPARE(cuda->devices[0].kind, DeviceKind::DiscreteGpu);
        QCOMPARE(*cuda->devices[0].memoryTotalBytes, 102641958912.0);
        QCOMPARE(*cuda->devices[0].memoryUsedBytes, 71503446016.0);
        QVERIFY(!cuda->devices[0].utilisationPercent);
        QCOMPARE(*cuda->host->memoryUsedBytes, 68773408768.0);
        // mps: vram_total 549755813888, vram_free 412316860416 → used 137438953472
        const auto mps = ComfyUiStatsReader::fromJson(
            c41::testing::readFixture(u"comfyui/system_stats_mps_CONSTRUCTED.json"_s),
            u"brain-comfy"_s, kAt);
        QCOMPARE(mps->devices[0].kind, DeviceKind::UnifiedMemory);
        QCOMPARE(*mps->devices[0].memoryUsedBytes, 137438953472.0);
        // The real CPU-only capture: no device at all.
        const auto cpu = ComfyUiStatsReader::fromJson(
            c41::testing::readTranscript(u"comfyui/http_system_stats.txt"_s).responseBody,
            u"cpu-comfy"_s, kAt);
        QVERIFY(cpu.ok());
        QVERIFY(cpu->devices.isEmpty());
        QVERIFY(cpu->host->memoryTotalBytes);
    }

    void malformedScrapeNamesServerAndLine()
    {
        ExporterReader reader;
        const auto result = reader.read("ok 1\nbroken{\n", u"forge-gpu"_s, kAt);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().server, u"forge-gpu"_s);
        QVERIFY2(result.error().message.contains(u"line 2"_s), qPrintable(result.error().message));
    }
};

QTEST_GUILESS_MAIN(TestTelemetryNormalisers)
#include "tst_telemetrynormalisers.moc"
