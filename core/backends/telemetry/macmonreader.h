// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/result.h"
#include "studio/telemetrymodel.h"

#include <QByteArray>

namespace c41::prometheus {
class PrometheusScrape;
}

namespace c41::telemetry {

// macmon (Apple Silicon, no sudo): `macmon serve` GET /json and GET /metrics. The Mac
// is one unified-memory device (GPU busy %, GPU temperature and power, the RAM pool)
// plus the host (CPU %, same RAM pool). /json schemas v0.6–v0.8.2: GPU utilisation
// from gpu_active_ratio, else gpu_usage[1]; CPU from cpu_active_ratio, else
// cpu_usage_pct (v0.7, a 0–1 ratio despite its name); every key optional.
class MacmonReader
{
public:
    // `source` names the server in errors; the reading's devices and host carry it too.
    static net::Result<studio::TelemetryReading>
    fromJson(const QByteArray &body, const QString &source, const QDateTime &at);
    static bool recognises(const prometheus::PrometheusScrape &scrape);
    static studio::TelemetryReading fromMetrics(const prometheus::PrometheusScrape &scrape,
                                                const QString &source, const QDateTime &at);
};

} // namespace c41::telemetry
