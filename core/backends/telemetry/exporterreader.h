// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/result.h"
#include "nodemetrics.h"
#include "studio/telemetrymodel.h"
#include "windowsmetrics.h"

#include <QByteArray>

namespace c41::telemetry {

// One Prometheus /metrics source of any known flavour: nvidia_gpu_exporter,
// dcgm-exporter, node_exporter (with its drm/hwmon AMD GPU families), AMD Device Metrics
// Exporter, windows_exporter, macmon /metrics (recognised by their metric names; a
// scrape may hold several, e.g. through a proxy). Keeps the state counters need
// between scrapes (node and Windows CPU %), so use one reader per source.
class ExporterReader
{
public:
    net::Result<studio::TelemetryReading> read(const QByteArray &body, const QString &source,
                                               const QDateTime &at);

private:
    NodeMetrics m_node;
    WindowsMetrics m_windows;
};

} // namespace c41::telemetry
