// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetryhistory.h"

#include <algorithm>

namespace c41::studio {

TelemetryHistory::TelemetryHistory(std::chrono::milliseconds interval,
                                   std::chrono::milliseconds span)
    : m_capacity(std::max<qsizetype>(1, span.count() / std::max<qint64>(1, interval.count())))
{
}

QString TelemetryHistory::key(const QString &box, const QString &device, Metric metric)
{
    return box + u'\x1f' + device + u'\x1f' + QString::number(int(metric));
}

void TelemetryHistory::add(const QString &key, const QDateTime &at, std::optional<double> value)
{
    if (!value || !at.isValid())
        return;
    auto it = m_series.find(key);
    if (it == m_series.end())
        it = m_series.insert(key, RingBuffer<Point>(m_capacity));
    const qint64 ms = at.toMSecsSinceEpoch();
    if (!it->isEmpty() && it->last().msecsSinceEpoch >= ms)
        return; // the same sample again (no new scrape since the last tick)
    it->push({ms, *value});
}

void TelemetryHistory::record(const BoxTelemetry &box)
{
    for (const DeviceSample &device : box.devices) {
        add(key(box.box, device.id, Metric::Utilisation), device.sampledAt,
            device.utilisationPercent);
        add(key(box.box, device.id, Metric::MemoryUsed), device.sampledAt, device.memoryUsedBytes);
        add(key(box.box, device.id, Metric::Temperature), device.sampledAt, device.temperatureC);
        add(key(box.box, device.id, Metric::Power), device.sampledAt, device.powerW);
    }
    if (box.host) {
        add(key(box.box, {}, Metric::HostCpu), box.host->sampledAt, box.host->cpuPercent);
        add(key(box.box, {}, Metric::HostMemoryUsed), box.host->sampledAt,
            box.host->memoryUsedBytes);
    }
}

QList<TelemetryHistory::Point> TelemetryHistory::series(const QString &box, const QString &device,
                                                        Metric metric) const
{
    const auto it = m_series.constFind(key(box, device, metric));
    return it == m_series.constEnd() ? QList<Point>() : it->toList();
}

} // namespace c41::studio
