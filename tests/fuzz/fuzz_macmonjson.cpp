// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: macmon's GET /json (MacmonReader::fromJson) must turn any body
// into one unified-memory reading or a Malformed error, and never crash, hang,
// read out of bounds or hand on a figure that is not a finite number (the views
// round them to integers, and rounding infinity is undefined behaviour).
//
// Input: the body.
#include "backends/telemetry/macmonreader.h"

#include <QDateTime>

#include <cmath>
#include <cstdint>
#include <cstdlib>

using c41::net::ApiError;
using c41::telemetry::MacmonReader;

namespace {
void requireFinite(const std::optional<double> &value)
{
    if (value && !std::isfinite(*value))
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDateTime at = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto reading = MacmonReader::fromJson(body, QStringLiteral("fuzz"), at);
    if (!reading) {
        if (reading.error().kind != ApiError::Kind::Malformed || reading.error().server.isEmpty())
            std::abort();
        return 0;
    }
    // One Mac: one device and the host, both from this source at this time.
    if (reading->devices.size() != 1 || !reading->host || reading->source != u"fuzz" ||
        reading->sampledAt != at)
        std::abort();
    const auto &device = reading->devices.first();
    if (device.name.isEmpty() || device.id.isEmpty() || device.source != u"fuzz")
        std::abort();
    requireFinite(device.utilisationPercent);
    requireFinite(device.powerW);
    requireFinite(device.temperatureC);
    requireFinite(reading->host->cpuPercent);
    requireFinite(reading->host->memoryUsedBytes);
    requireFinite(reading->host->memoryTotalBytes);
    // The unified pool: the device's memory is the host's.
    if (device.memoryUsedBytes != reading->host->memoryUsedBytes ||
        device.memoryTotalBytes != reading->host->memoryTotalBytes)
        std::abort();
    return 0;
}
