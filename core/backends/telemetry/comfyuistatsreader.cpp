// SPDX-License-Identifier: GPL-3.0-or-later
#include "comfyuistatsreader.h"

#include "net/jsonbody.h"

#include <nlohmann/json.hpp>

namespace c41::telemetry {

using nlohmann::json;
using studio::DeviceSample;

namespace {

std::optional<double> number(const json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number())
        return std::nullopt;
    return it->get<double>();
}

QString deviceName(const std::string &raw)
{
    QString name = QString::fromStdString(raw);
    if (const qsizetype colon = name.lastIndexOf(QStringLiteral(" : ")); colon > 0)
        name.truncate(colon);
    if (name.startsWith(QStringLiteral("cuda:")) || name.startsWith(QStringLiteral("xpu:"))) {
        if (const qsizetype space = name.indexOf(u' '); space > 0)
            name.remove(0, space + 1);
    }
    return name;
}

} // namespace

net::Result<studio::TelemetryReading>
ComfyUiStatsReader::fromJson(const QByteArray &body, const QString &source, const QDateTime &at)
{
    auto parsed = net::parseJson(body, source, QStringLiteral("system stats"));
    if (!parsed)
        return parsed.error();
    const json &root = *parsed;
    if (!root.is_object())
        return net::ApiError::make(net::ApiError::Kind::Malformed, source,
                                   QStringLiteral("system stats: expected a JSON object"));
    studio::TelemetryReading reading;
    reading.source = source;
    reading.sampledAt = at;
    if (const auto system = root.find("system"); system != root.end() && system->is_object()) {
        studio::HostSample host;
        host.source = source;
        host.sampledAt = at;
        host.memoryTotalBytes = number(*system, "ram_total");
        if (const auto free = number(*system, "ram_free"); free && host.memoryTotalBytes)
            host.memoryUsedBytes = *host.memoryTotalBytes - *free;
        reading.host = host;
    }
    const auto devices = root.find("devices");
    if (devices == root.end() || !devices->is_array())
        return reading;
    for (const json &entry : *devices) {
        if (!entry.is_object())
            continue;
        const std::string type = net::stringField(entry, "type");
        if (type == "cpu" || type.empty())
            continue;
        DeviceSample device;
        device.kind =
            type == "mps" ? studio::DeviceKind::UnifiedMemory : studio::DeviceKind::DiscreteGpu;
        const std::string rawName = entry.contains("name") && entry["name"].is_string()
                                        ? entry["name"].get<std::string>()
                                        : type;
        device.name = type == "mps" ? QStringLiteral("Apple GPU (MPS)") : deviceName(rawName);
        device.id = entry.contains("index") && entry["index"].is_number_integer()
                        ? QStringLiteral("%1:%2")
                              .arg(QString::fromStdString(type))
                              .arg(entry["index"].get<int>())
                        : QString::fromStdString(type);
        device.memoryTotalBytes = number(entry, "vram_total");
        if (const auto free = number(entry, "vram_free"); free && device.memoryTotalBytes)
            device.memoryUsedBytes = *device.memoryTotalBytes - *free;
        device.source = source;
        device.sampledAt = at;
        reading.devices.append(device);
    }
    return reading;
}

} // namespace c41::telemetry
