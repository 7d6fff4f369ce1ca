// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowsmetrics.h"

#include "backends/prometheus/prometheusscrape.h"

#include <algorithm>
#include <cmath>

namespace c41::telemetry {

using prometheus::PrometheusScrape;

namespace {

std::optional<double> first(const PrometheusScrape &scrape,
                            std::initializer_list<QByteArrayView> names)
{
    for (QByteArrayView name : names) {
        const auto samples = scrape.samples(name);
        if (!samples.isEmpty() && std::isfinite(samples.first().value()))
            return samples.first().value();
    }
    return std::nullopt;
}

} // namespace

bool WindowsMetrics::recognises(const PrometheusScrape &scrape)
{
    return scrape.familyIndex("windows_cpu_time_total") >= 0 ||
           scrape.familyIndex("windows_memory_physical_total_bytes") >= 0 ||
           scrape.familyIndex("windows_cs_physical_memory_bytes") >= 0;
}

std::optional<studio::HostSample> WindowsMetrics::read(const PrometheusScrape &scrape)
{
    studio::HostSample host;
    host.memoryTotalBytes =
        first(scrape, {"windows_memory_physical_total_bytes", "windows_cs_physical_memory_bytes"});
    const auto available =
        first(scrape, {"windows_memory_available_bytes", "windows_memory_physical_free_bytes",
                       "windows_os_physical_memory_free_bytes"});
    if (host.memoryTotalBytes && available)
        host.memoryUsedBytes = std::max(0.0, *host.memoryTotalBytes - *available);

    const auto cpu = scrape.samples("windows_cpu_time_total");
    if (!cpu.isEmpty()) {
        CpuTotals now;
        for (const auto &sample : cpu) {
            now.all += sample.value();
            if (sample.label("mode") == std::optional<QByteArrayView>("idle"))
                now.idle += sample.value();
        }
        if (m_previous && now.all > m_previous->all && now.idle >= m_previous->idle) {
            const double busy = 1.0 - (now.idle - m_previous->idle) / (now.all - m_previous->all);
            m_lastCpuPercent = std::clamp(busy * 100.0, 0.0, 100.0);
            m_previous = now;
        } else if (m_previous && now.all == m_previous->all) {
            // The same counters again: the last figure still holds.
        } else {
            m_lastCpuPercent.reset();
            m_previous = now;
        }
        host.cpuPercent = m_lastCpuPercent;
    }
    if (!host.memoryTotalBytes && cpu.isEmpty())
        return std::nullopt;
    return host;
}

} // namespace c41::telemetry
