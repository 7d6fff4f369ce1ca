// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studio/telemetrymodel.h"

#include <optional>

namespace c41::prometheus {
class PrometheusScrape;
}

namespace c41::telemetry {

// node_exporter (:9100) host figures. Linux names: used = MemTotal − MemAvailable;
// macOS (darwin) names: total_bytes, used ≈ internal − purgeable + wired + compressed.
// CPU % comes from node_cpu_seconds_total, a counter: it needs two scrapes, so this
// class keeps the previous totals (busy % = 1 − Δidle/Δall, over all CPUs). A counter
// that went down (a reboot) restarts the comparison; unchanged counters (a Prometheus
// server read faster than it scrapes) keep the last figure.
class NodeMetrics
{
public:
    static bool recognises(const prometheus::PrometheusScrape &scrape);
    std::optional<studio::HostSample> read(const prometheus::PrometheusScrape &scrape);
    void reset()
    {
        m_previous.reset();
        m_lastCpuPercent.reset();
    }

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
