// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace c41::fakes {

class FakeTelemetrySim;

// node_exporter's /metrics for the simulated Linux GPU box: 32 CPUs, 256 GB
// RAM, two NVMe file systems, k10temp sensors. Names, HELP/TYPE lines, labels
// and units follow node_exporter_linux.txt (real scrape of 1.5.0) and, for the
// hwmon families, node_exporter_drm_hwmon_CONSTRUCTED-sysfs_threadripper_2x_rdna4.txt.
// CPU, network and disk counters are integrals of the simulated load.
class FakeHostMetrics
{
public:
    static constexpr int kCpus = 32;
    static constexpr double kMemTotal = 270100000768; // bytes, as /proc/meminfo gives 256 GB

    static QByteArray nodeExporter(const FakeTelemetrySim &sim, int scrapes);

    // node_exporter 1.5.0 with --collector.drm on an AMD Strix Halo box (Ryzen AI Max+ 395,
    // 128 GB, 4 GiB VRAM carve-out, 96 GiB GTT limit): drm/hwmon families as in
    // node_exporter_drm_hwmon_CONSTRUCTED-sysfs_strix_halo.txt plus meminfo and 32 CPUs.
    static constexpr double kStrixMemTotal = 132543205376; // 128 GiB − carve-out − reserved
    static constexpr double kStrixVram = 4294967296;
    static QByteArray nodeExporterStrixHalo(const FakeTelemetrySim &sim, int scrapes);

    // windows_exporter (>= 0.31, :9182) default cpu + memory collectors on a 64 GB,
    // 16-thread Windows box: names and HELP texts of
    // windows_exporter_CONSTRUCTED_host_and_gpu_v0.31.3plus.txt.
    static constexpr double kWindowsMemTotal = 68617177088;
    static QByteArray windowsExporter(const FakeTelemetrySim &sim, int scrapes);
};

} // namespace c41::fakes
