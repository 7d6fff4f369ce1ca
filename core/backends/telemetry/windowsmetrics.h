// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studio/telemetrymodel.h"

#include <optional>

namespace c41::prometheus {
class PrometheusScrape;
}

namespace c41::telemetry {

// windows_exporter (:9182) host figures (names from prometheus-community/windows_exporter
// internal/collector/memory/memory.go and cpu/cpu.go). Memory: total =
// windows_memory_physical_total_bytes (before v0.31: windows_cs_physical_memory_bytes),
// available = windows_memory_available_bytes (standby + free + zero lists), else
// windows_memory_physical_free_bytes, else the old windows_os_physical_memory_free_bytes;
// used = total − available. CPU % from the counter windows_cpu_time_total{core,mode}
// over two scrapes: busy = 1 − Δidle/Δall, over every core; like NodeMetrics, unchanged
// counters keep the last figure and counters that went down restart the comparison.
class WindowsMetrics
{
public:
    static bool recognises(const prometheus::PrometheusScrape &scrape);
    std::optional<studio::HostSample> read(const prometheus::PrometheusScrape &scrape);

private:
    struct CpuTotals
    {
        double idle = 0;
        double all = 0;
    };
    std::optional<CpuTotals> m_previous;
    std::optional<double> m_lastCpuPercent;
};

} // namespace c41::telemetry
