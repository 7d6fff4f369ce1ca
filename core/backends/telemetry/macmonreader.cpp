// SPDX-License-Identifier: GPL-3.0-or-later
#include "macmonreader.h"

#include "backends/prometheus/prometheusscrape.h"
#include "net/jsonbody.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace c41::telemetry {

using nlohmann::json;
using studio::DeviceKind;
using studio::DeviceSample;
using studio::HostSample;
using studio::TelemetryReading;

namespace {

std::optional<double> number(const json &object, const char *key)
{
    if (!object.is_object())
        return std::nullopt;
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number())
        return std::nullopt;
    const double value = it->get<double>();
    // A figure that is not finite is no reading (the views round them to integers).
    return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

std::optional<double> percent(std::optional<double> ratio)
{
    if (!ratio || !std::isfinite(*ratio * 100.0)) // 1e307 * 100 is infinite
        return std::nullopt;
    return *ratio * 100.0;
}

TelemetryReading assemble(DeviceSample device, HostSample host, const QString &source,
                          const QDateTime &at)
{
    device.kind = DeviceKind::UnifiedMemory;
    device.id = device.name.isEmpty() ? QStringLiteral("apple-gpu") : device.name;
    if (device.name.isEmpty())
        device.name = QStringLiteral("Apple GPU");
    device.source = host.source = source;
    device.sampledAt = host.sampledAt = at;
    // One pool: the host's RAM is the device's memory.
    device.memoryUsedBytes = host.memoryUsedBytes;
    device.memoryTotalBytes = host.memoryTotalBytes;
    TelemetryReading reading;
    reading.source = source;
    reading.sampledAt = at;
    reading.devices = {device};
    reading.host = host;
    return reading;
}

} // namespace

net::Result<TelemetryReading> MacmonReader::fromJson(const QByteArray &body, const QString &source,
                                                     const QDateTime &at)
{
    auto parsed = net::parseJson(body, source, QStringLiteral("macmon /json"));
    if (!parsed)
        return parsed.error();
    const json &root = *parsed;
    if (!root.is_object())
        return net::ApiError::make(net::ApiError::Kind::Malformed, source,
                                   QStringLiteral("macmon /json: expected a JSON object"));
    DeviceSample device;
    HostSample host;
    if (const auto soc = root.find("soc"); soc != root.end() && soc->is_object() &&
                                           soc->contains("chip_name") &&
                                           (*soc)["chip_name"].is_string())
        device.name = QString::fromStdString((*soc)["chip_name"].get<std::string>());
    device.utilisationPercent = percent(number(root, "gpu_active_ratio"));
    if (!device.utilisationPercent) {
        const auto usage = root.find("gpu_usage"); // [freq_mhz, ratio] (v0.4–v0.7)
        if (usage != root.end() && usage->is_array() && usage->size() == 2 &&
            (*usage)[1].is_number())
            device.utilisationPercent = percent((*usage)[1].get<double>());
    }
    device.powerW = number(root, "gpu_power");
    if (const auto temp = root.find("temp"); temp != root.end())
        device.temperatureC = number(*temp, "gpu_temp_avg");
    if (const auto memory = root.find("memory"); memory != root.end()) {
        host.memoryTotalBytes = number(*memory, "ram_total");
        host.memoryUsedBytes = number(*memory, "ram_usage");
    }
    host.cpuPercent = percent(number(root, "cpu_active_ratio"));
    if (!host.cpuPercent)
        host.cpuPercent = percent(number(root, "cpu_usage_pct"));
    return assemble(device, host, source, at);
}

bool MacmonReader::recognises(const prometheus::PrometheusScrape &scrape)
{
    return scrape.familyIndex("macmon_gpu_active_ratio") >= 0 ||
           scrape.familyIndex("macmon_memory_ram_total_bytes") >= 0 ||
           scrape.familyIndex("macmon_cpu_power_watts") >= 0;
}

TelemetryReading MacmonReader::fromMetrics(const prometheus::PrometheusScrape &scrape,
                                           const QString &source, const QDateTime &at)
{
    DeviceSample device;
    HostSample host;
    auto value = [&](QByteArrayView name) -> std::optional<double> {
        const auto samples = scrape.samples(name);
        if (samples.isEmpty() || !std::isfinite(samples.first().value()))
            return std::nullopt;
        if (device.name.isEmpty())
            device.name = samples.first().labelString("chip");
        return samples.first().value();
    };
    device.utilisationPercent = percent(value("macmon_gpu_active_ratio"));
    if (!device.utilisationPercent)
        device.utilisationPercent = percent(value("macmon_gpu_usage_ratio"));
    device.temperatureC = value("macmon_gpu_temp_celsius");
    device.powerW = value("macmon_gpu_power_watts");
    host.memoryTotalBytes = value("macmon_memory_ram_total_bytes");
    host.memoryUsedBytes = value("macmon_memory_ram_used_bytes");
    host.cpuPercent = percent(value("macmon_cpu_active_ratio"));
    if (!host.cpuPercent)
        host.cpuPercent = percent(value("macmon_cpu_usage_ratio"));
    return assemble(device, host, source, at);
}

} // namespace c41::telemetry
