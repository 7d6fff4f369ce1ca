// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace c41::fakes {

class FakeTelemetrySim;

// One reading of the simulated NVIDIA RTX PRO 6000 Blackwell Workstation
// Edition (96 GB, 600 W), in nvidia-smi's units.
struct FakeGpuSample
{
    double utilPct = 0;    // utilization.gpu, integer %
    double memUtilPct = 0; // utilization.memory, integer %
    double totalMiB = 97887;
    double reservedMiB = 585;
    double usedMiB = 0;
    double freeMiB = 0;
    double tempC = 0;
    double powerW = 0;
    double powerInstantW = 0;
    double energyJ = 0; // since boot
    double smClockMHz = 0;
    double memClockMHz = 0;
    double videoClockMHz = 0;
    double fanPct = 0;
    int pstate = 8;
    double appUsedMiB = 0; // ComfyUI's python3 process

    static FakeGpuSample from(const FakeTelemetrySim &sim);
};

// /metrics bodies of the two NVIDIA exporters for that GPU, with the metric
// names, HELP/TYPE lines, label sets and units of the captured files:
// utkuozdemir/nvidia_gpu_exporter (nvidia_gpu_exporter_l40s_595.80_load.txt:
// bytes, ratios, Hz) and dcgm-exporter 4.5.3 (dcgm_exporter_SYNTHETIC_rtx_pro_6000.txt:
// MiB, %, MHz, "Hostname" label).
class FakeGpuMetrics
{
public:
    static QByteArray nvidiaGpuExporter(const FakeGpuSample &gpu, int failedScrapes = 0);
    static QByteArray dcgmExporter(const FakeGpuSample &gpu, const QString &hostname);
    // ROCm's AMD Device Metrics Exporter (:5000) on a box with two AMD Radeon AI PRO R9700
    // (32 GB): names, HELP texts and labels of
    // amd_device_metrics_exporter_CONSTRUCTED_r9700_x2.txt (from the exporter's
    // gpuagent_gpu_metrics.go): activity %, VRAM/GTT in MB, °C, W. GPU 0 follows the
    // simulated load, GPU 1 idles.
    static QByteArray amdDeviceMetricsExporter(const FakeTelemetrySim &sim);
};

} // namespace c41::fakes
