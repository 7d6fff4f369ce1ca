// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporterreader.h"

#include "amddevicemetrics.h"
#include "amddrmmetrics.h"
#include "backends/prometheus/prometheustextparser.h"
#include "dcgmmetrics.h"
#include "macmonreader.h"
#include "nvidiasmimetrics.h"

namespace c41::telemetry {

net::Result<studio::TelemetryReading>
ExporterReader::read(const QByteArray &body, const QString &source, const QDateTime &at)
{
    auto parsed = prometheus::PrometheusTextParser::parse(body);
    if (!parsed) {
        net::ApiError error = parsed.error();
        error.server = source;
        error.message = QStringLiteral("/metrics: ") + error.message;
        return error;
    }
    const prometheus::PrometheusScrape &scrape = *parsed;
    if (MacmonReader::recognises(scrape))
        return MacmonReader::fromMetrics(scrape, source, at);

    studio::TelemetryReading reading;
    reading.source = source;
    reading.sampledAt = at;
    if (NvidiaSmiMetrics::recognises(scrape))
        reading.devices += NvidiaSmiMetrics::devices(scrape);
    else if (DcgmMetrics::recognises(scrape))
        reading.devices += DcgmMetrics::devices(scrape);
    if (AmdDeviceMetrics::recognises(scrape))
        reading.devices += AmdDeviceMetrics::devices(scrape);
    if (AmdDrmMetrics::recognises(scrape))
        reading.devices += AmdDrmMetrics::devices(scrape);
    if (NodeMetrics::recognises(scrape))
        reading.host = m_node.read(scrape);
    else if (WindowsMetrics::recognises(scrape))
        reading.host = m_windows.read(scrape);
    for (studio::DeviceSample &device : reading.devices) {
        device.source = source;
        device.sampledAt = at;
    }
    if (reading.host) {
        reading.host->source = source;
        reading.host->sampledAt = at;
    }
    return reading;
}

} // namespace c41::telemetry
