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
};

} // namespace c41::fakes
