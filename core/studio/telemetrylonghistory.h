// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/result.h"
#include "telemetryhistory.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>

#include <chrono>

#include <qcorotask.h>

namespace c41::net {
class HttpClient;
}

namespace c41::studio {

// History longer than the in-memory hour, from a Prometheus server that scrapes the box's
// exporters: one query_range per device metric (default 6 h at a 30 s step). The queries
// read nvidia_gpu_exporter or dcgm-exporter series for a device id (the normalised GPU
// UUID) and node_exporter for the host, restricted by the source's label matchers
// (prometheus+http://monitor:9090?instance=forge:9100).
class TelemetryLongHistory
{
public:
    using Matchers = QList<QPair<QString, QString>>;

    explicit TelemetryLongHistory(net::HttpClient *client, Matchers matchers = {});

    // The PromQL for `metric` of `device` (empty for the host metrics).
    static QString query(TelemetryHistory::Metric metric, const QString &device,
                         const Matchers &matchers = {});

    // Points oldest first, from end - window to end; the first series that answered
    // (a device is exported once). An empty list when Prometheus has no such series.
    QCoro::Task<net::Result<QList<TelemetryHistory::Point>>>
    fetch(TelemetryHistory::Metric metric, QString device, QDateTime end,
          std::chrono::seconds window = std::chrono::hours(6),
          std::chrono::seconds step = std::chrono::seconds(30));

private:
    QPointer<net::HttpClient> m_client;
    Matchers m_matchers;
};

} // namespace c41::studio
