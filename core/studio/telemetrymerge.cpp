// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetrymerge.h"

#include <algorithm>

namespace c41::studio {

namespace {

using Field = std::optional<double> DeviceSample::*;

struct NamedField
{
    const char *name;
    Field field;
};

constexpr NamedField kDeviceFields[] = {
    {"utilisation", &DeviceSample::utilisationPercent},
    {"memoryUsed", &DeviceSample::memoryUsedBytes},
    {"memoryTotal", &DeviceSample::memoryTotalBytes},
    {"temperature", &DeviceSample::temperatureC},
    {"power", &DeviceSample::powerW},
    {"powerLimit", &DeviceSample::powerLimitW},
};

void recordSources(DeviceSample &device)
{
    for (const NamedField &f : kDeviceFields) {
        if ((device.*f.field).has_value())
            device.fieldSources.insert(QString::fromLatin1(f.name), device.source);
    }
    if (device.throttled)
        device.fieldSources.insert(QStringLiteral("throttle"), device.source);
}

bool sameDevice(const DeviceSample &a, const DeviceSample &b, const QList<DeviceSample> &all)
{
    if (a.id == b.id)
        return true;
    // Two devices of one source with different ids are two devices (2x R9700, 4x 4090),
    // even when their names are the same.
    if (a.kind != b.kind || a.source == b.source)
        return false;
    if (!a.name.isEmpty() && !b.name.isEmpty() &&
        (a.name.contains(b.name, Qt::CaseInsensitive) ||
         b.name.contains(a.name, Qt::CaseInsensitive)))
        return true;
    return std::count_if(all.begin(), all.end(),
                         [&](const DeviceSample &d) { return d.kind == a.kind; }) == 1;
}

} // namespace

int TelemetryMerge::rankOf(const QString &kind)
{
    if (kind == QStringLiteral("exporter") || kind == QStringLiteral("macmon"))
        return 0;
    if (kind == QStringLiteral("prometheus"))
        return 1;
    return 2;
}

void TelemetryMerge::mergeDevice(QList<DeviceSample> &devices, const DeviceSample &incoming)
{
    for (DeviceSample &device : devices) {
        if (!sameDevice(device, incoming, devices))
            continue;
        for (const NamedField &f : kDeviceFields) {
            if (!(device.*f.field).has_value() && (incoming.*f.field).has_value()) {
                device.*f.field = incoming.*f.field;
                device.fieldSources.insert(QString::fromLatin1(f.name), incoming.source);
            }
        }
        if (!device.throttled && incoming.throttled) {
            device.throttled = incoming.throttled;
            device.throttleReasons = incoming.throttleReasons;
            device.fieldSources.insert(QStringLiteral("throttle"), incoming.source);
        }
        if (device.name.isEmpty())
            device.name = incoming.name;
        return;
    }
    DeviceSample added = incoming;
    recordSources(added);
    devices.append(added);
}

void TelemetryMerge::fillHost(std::optional<HostSample> &host, const HostSample &incoming)
{
    if (!host) {
        host = incoming;
        return;
    }
    for (auto field : {&HostSample::cpuPercent, &HostSample::memoryUsedBytes,
                       &HostSample::memoryTotalBytes, &HostSample::load1}) {
        if (!((*host).*field).has_value())
            (*host).*field = incoming.*field;
    }
}

BoxTelemetry TelemetryMerge::merge(const QString &box, QList<Input> inputs)
{
    std::stable_sort(inputs.begin(), inputs.end(),
                     [](const Input &a, const Input &b) { return a.rank < b.rank; });
    BoxTelemetry out;
    out.box = box;
    QMap<QString, bool> sourceStale;
    for (const Input &input : std::as_const(inputs)) {
        out.sources.append(input.state);
        sourceStale.insert(input.state.name, input.state.stale || !input.reading);
        if (!input.reading)
            continue;
        for (const DeviceSample &device : input.reading->devices)
            mergeDevice(out.devices, device);
        if (input.reading->host)
            fillHost(out.host, *input.reading->host);
    }
    for (DeviceSample &device : out.devices) {
        if (device.kind == DeviceKind::UnifiedMemory && !device.memoryTotalBytes && out.host &&
            out.host->memoryTotalBytes) {
            device.memoryTotalBytes = out.host->memoryTotalBytes;
            device.memoryUsedBytes = out.host->memoryUsedBytes;
            device.fieldSources.insert(QStringLiteral("memoryTotal"), out.host->source);
            device.fieldSources.insert(QStringLiteral("memoryUsed"), out.host->source);
        }
        out.staleDevices.insert(device.id, sourceStale.value(device.source, true));
    }
    if (out.host)
        out.hostStale = sourceStale.value(out.host->source, true);
    return out;
}

} // namespace c41::studio
