// SPDX-License-Identifier: GPL-3.0-or-later
// Merging a box's sources: the more direct source wins each field, and says so.
#include "fixtures.h"

#include "backends/telemetry/comfyuistatsreader.h"
#include "backends/telemetry/exporterreader.h"
#include "studio/telemetrymerge.h"

#include <QTest>

using c41::studio::DeviceKind;
using c41::studio::SourceState;
using c41::studio::TelemetryMerge;
using c41::studio::TelemetryReading;
using c41::telemetry::ComfyUiStatsReader;
using c41::telemetry::ExporterReader;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kAt = QDateTime::fromMSecsSinceEpoch(1800000000000LL, Qt::UTC);

TelemetryMerge::Input input(const QString &name, const QString &kind,
                            std::optional<TelemetryReading> reading, bool stale = false)
{
    TelemetryMerge::Input in;
    in.state.name = name;
    in.state.kind = kind;
    in.state.lastSuccess = kAt;
    in.state.stale = stale;
    in.rank = TelemetryMerge::rankOf(kind);
    in.reading = std::move(reading);
    return in;
}

TelemetryReading exporter(const QString &file, const QString &source)
{
    ExporterReader reader;
    return *reader.read(c41::testing::readFixture(u"telemetry/"_s + file), source, kAt);
}

} // namespace

class TestTelemetryMerge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gb10TakesTheHostPool()
    {
        // nvidia_gpu_exporter on a DGX Spark has no memory series; node_exporter's
        // MemTotal 2.5276502016e+10 / MemAvailable 2.4601624576e+10 (the Linux fixture)
        // stand in as the unified pool.
        const auto box = TelemetryMerge::merge(
            u"spark"_s,
            {input(u"spark-node"_s, u"exporter"_s,
                   exporter(u"node_exporter_linux.txt"_s, u"spark-node"_s)),
             input(u"spark-gpu"_s, u"exporter"_s,
                   exporter(u"nvidia_gpu_exporter_CONSTRUCTED_gb10.txt"_s, u"spark-gpu"_s))});
        QCOMPARE(box.devices.size(), 1);
        const auto &gpu = box.devices.first();
        QCOMPARE(gpu.kind, DeviceKind::UnifiedMemory);
        QCOMPARE(*gpu.memoryTotalBytes, 2.5276502016e+10);
        QCOMPARE(*gpu.memoryUsedBytes, 674877440.0);
        QCOMPARE(gpu.fieldSources.value(u"memoryTotal"_s), u"spark-node"_s);
        QCOMPARE(gpu.fieldSources.value(u"temperature"_s), u"spark-gpu"_s);
    }

    void exporterBeatsComfyUiWhateverTheOrder()
    {
        // ComfyUI: vram_total 102641958912, vram_free 31138512896 → used 71503446016.
        // dcgm (SYNTHETIC): FB_USED 61234 MiB, total 97887 MiB, GPU_TEMP 71, util 98.
        const auto comfy = *ComfyUiStatsReader::fromJson(
            c41::testing::readFixture(u"comfyui/system_stats_cuda_CONSTRUCTED.json"_s),
            u"forge-comfy"_s, kAt);
        const auto dcgm = exporter(u"dcgm_exporter_SYNTHETIC_rtx_pro_6000.txt"_s, u"forge-dcgm"_s);
        const auto box =
            TelemetryMerge::merge(u"forge"_s, {input(u"forge-comfy"_s, u"comfyui"_s, comfy),
                                               input(u"forge-dcgm"_s, u"exporter"_s, dcgm)});
        QCOMPARE(box.devices.size(), 1);
        const auto &gpu = box.devices.first();
        QCOMPARE(*gpu.memoryUsedBytes, 61234 * 1048576.0);
        QCOMPARE(gpu.fieldSources.value(u"memoryUsed"_s), u"forge-dcgm"_s);
        QCOMPARE(gpu.fieldSources.value(u"utilisation"_s), u"forge-dcgm"_s);
        QCOMPARE(gpu.source, u"forge-dcgm"_s);
        // Host: only ComfyUI knows it here (ram_total 270100000768).
        QCOMPARE(*box.host->memoryTotalBytes, 270100000768.0);
        QCOMPARE(box.host->source, u"forge-comfy"_s);

        // Alone, ComfyUI gives memory but no utilisation: unknown, not 0.
        const auto alone =
            TelemetryMerge::merge(u"forge"_s, {input(u"forge-comfy"_s, u"comfyui"_s, comfy)});
        QCOMPARE(*alone.devices.first().memoryUsedBytes, 71503446016.0);
        QVERIFY(!alone.devices.first().utilisationPercent);
        QCOMPARE(alone.devices.first().fieldSources.value(u"memoryUsed"_s), u"forge-comfy"_s);
    }

    void staleSourceMarksItsDevicesStale()
    {
        const auto box = TelemetryMerge::merge(
            u"forge"_s,
            {input(u"forge-gpu"_s, u"exporter"_s,
                   exporter(u"nvidia_gpu_exporter_l40s_595.80_load.txt"_s, u"forge-gpu"_s), true),
             input(u"forge-node"_s, u"exporter"_s,
                   exporter(u"node_exporter_linux.txt"_s, u"forge-node"_s))});
        QCOMPARE(box.devices.size(), 1);
        QVERIFY(box.staleDevices.value(box.devices.first().id));
        QVERIFY(!box.hostStale);
        QVERIFY(!box.offline());
        const auto none = TelemetryMerge::merge(u"forge"_s, {});
        QVERIFY(none.offline());
    }
};

QTEST_GUILESS_MAIN(TestTelemetryMerge)
#include "tst_telemetrymerge.moc"
