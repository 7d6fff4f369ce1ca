// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodemetrics.h"

#include "backends/prometheus/prometheusscrape.h"

#include <algorithm>
#include <cmath>

namespace c41::telemetry {

using prometheus::PrometheusScrape;

namespace {

std::optional<double> single(const PrometheusScrape &scrape, QByteArrayView name)
{
    const auto samples = scrape.samples(name);
    if (samples.isEmpty() || !std::isfinite(samples.first().value()))
        return std::nullopt;
    return samples.first().value();
}

} // namespace

bool NodeMetrics::recognises(const PrometheusScrape &scrape)
{
    return scrape.familyIndex("node_cpu_seconds_total") >= 0 ||
           scrape.familyIndex("node_memory_MemTotal_bytes") >= 0 ||
           scrape.familyIndex("node_memory_total_bytes") >= 0;
}

std::optional<studio::HostSample> NodeMetrics::read(const PrometheusScrape &scrape)
{
    studio::HostSample host;
    if (const auto total = single(scrape, "node_memory_MemTotal_bytes")) { // Linux
        host.memoryTotalBytes = total;
        if (const auto available = single(scrape, "node_memory_MemAvailable_bytes"))
            host.memoryUsedBytes = *total - *available;
    } else if (const auto total = single(scrape, "node_memory_total_bytes")) { // darwin
        host.memoryTotalBytes = total;
        const auto internal = single(scrape, "node_memory_internal_bytes");
        const auto purgeable = single(scrape, "node_memory_purgeable_bytes");
        const auto wired = single(scrape, "node_memory_wired_bytes");
        const auto compressed = single(scrape, "node_memory_compressed_bytes");
        if (internal && purgeable && wired && compressed)
            host.memoryUsedBytes = *internal - *purgeable + *wired + *compressed;
    }
    host.load1 = single(scrape, "node_load1");

    const auto cpu = scrape.samples("node_cpu_seconds_total");
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
            // The same counters again (a Prometheus server that has not scraped since):
            // the last figure still holds.
        } else {
            m_lastCpuPercent.reset(); // first scrape, or the counters were reset
            m_previous = now;
        }
        host.cpuPercent = m_lastCpuPercent;
    }
    if (!host.memoryTotalBytes && !host.cpuPercent && !host.load1 && cpu.isEmpty())
        return std::nullopt;
    return host;
}

} // namespace c41::telemetry
