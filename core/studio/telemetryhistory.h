// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ringbuffer.h"
#include "telemetrymodel.h"

#include <QHash>
#include <QString>

#include <chrono>

namespace c41::studio {

// In-memory history at full resolution: one ring buffer per box, device and metric,
// each holding `span / interval` points (1 hour at 1 s = 3600 points of 16 bytes), so
// memory is bounded however long the app runs. Longer ranges come from a Prometheus
// server's query_range, not from here.
class TelemetryHistory
{
public:
    struct Point
    {
        qint64 msecsSinceEpoch = 0;
        double value = 0;
    };
    enum class Metric { Utilisation, MemoryUsed, Temperature, Power, HostCpu, HostMemoryUsed };

    explicit TelemetryHistory(std::chrono::milliseconds interval = std::chrono::seconds(1),
                              std::chrono::milliseconds span = std::chrono::hours(1));

    void record(const BoxTelemetry &box);
    // Oldest first. `device` is a DeviceSample::id; empty for the host metrics.
    QList<Point> series(const QString &box, const QString &device, Metric metric) const;
    qsizetype capacityPerSeries() const { return m_capacity; }
    qsizetype seriesCount() const { return m_series.size(); }

private:
    void add(const QString &key, const QDateTime &at, std::optional<double> value);
    static QString key(const QString &box, const QString &device, Metric metric);

    qsizetype m_capacity;
    QHash<QString, RingBuffer<Point>> m_series;
};

} // namespace c41::studio
