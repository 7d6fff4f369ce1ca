// SPDX-License-Identifier: GPL-3.0-or-later
#include "amddevicemetrics.h"

#include "backends/prometheus/prometheusscrape.h"
#include "gpumetricjoin.h"

#include <QMap>

#include <algorithm>

namespace c41::telemetry {

using prometheus::PrometheusScrape;
using studio::DeviceSample;

namespace {

constexpr double kMiB = 1024.0 * 1024.0;

// Families that only this exporter names this way, each carrying per-GPU labels.
constexpr QByteArrayView kMarkers[] = {
    "gpu_gfx_activity",     "gpu_total_vram",           "gpu_used_vram",
    "gpu_edge_temperature", "gpu_junction_temperature", "gpu_average_package_power",
    "gpu_package_power"};

QByteArrayView keyLabel(const PrometheusScrape &scrape, const QByteArray &prefix)
{
    for (QByteArrayView marker : kMarkers) {
        const QByteArray name = prefix + QByteArray(marker.data(), marker.size());
        const auto samples = scrape.samples(name);
        if (!samples.isEmpty())
            return samples.first().label("gpu_id") ? QByteArrayView("gpu_id")
                                                   : QByteArrayView("gpu_index");
    }
    return "gpu_id";
}

} // namespace

std::optional<QByteArray> AmdDeviceMetrics::prefix(const PrometheusScrape &scrape)
{
    for (const auto &family : scrape.families()) {
        for (QByteArrayView marker : kMarkers) {
            if (!family.name.endsWith(marker))
                continue;
            const QByteArray prefix = family.name.left(family.name.size() - marker.size());
            const auto samples = scrape.samples(family.name);
            if (samples.isEmpty())
                continue;
            const auto &sample = samples.first();
            if (sample.label("gpu_id") || (sample.label("gpu_index") && sample.label("card_model")))
                return prefix;
        }
    }
    return std::nullopt;
}

bool AmdDeviceMetrics::recognises(const PrometheusScrape &scrape)
{
    return prefix(scrape).has_value();
}

QList<DeviceSample> AmdDeviceMetrics::devices(const PrometheusScrape &scrape)
{
    const QByteArray p = prefix(scrape).value_or(QByteArray());
    const auto name = [&](const char *metric) { return QByteArray(p + metric); };
    GpuMetricJoin join(scrape, keyLabel(scrape, p));
    QMap<QString, QString> serials;
    for (const auto &family : scrape.families()) {
        if (!family.name.startsWith(QByteArray(p + "gpu_")))
            continue;
        const auto samples = scrape.samples(family.name);
        join.forEach(family.name, [&](DeviceSample &device, double, qsizetype i) {
            if (device.name.isEmpty())
                device.name = samples.at(i).labelString("card_model");
            if (!serials.contains(device.id))
                serials.insert(device.id, samples.at(i).labelString("serial_number"));
        });
    }
    join.apply(name("gpu_gfx_activity"), &DeviceSample::utilisationPercent);
    join.apply(name("gpu_used_vram"), &DeviceSample::memoryUsedBytes, kMiB);
    join.apply(name("gpu_total_vram"), &DeviceSample::memoryTotalBytes, kMiB);
    join.apply(name("gpu_edge_temperature"), &DeviceSample::temperatureC);
    join.apply(name("gpu_junction_temperature"), &DeviceSample::temperatureC);
    join.apply(name("gpu_power_usage"), &DeviceSample::powerW);
    join.apply(name("gpu_package_power"), &DeviceSample::powerW);
    join.apply(name("gpu_average_package_power"), &DeviceSample::powerW);

    QList<DeviceSample> devices = join.devices();
    std::stable_sort(
        devices.begin(), devices.end(),
        [](const DeviceSample &a, const DeviceSample &b) { return a.id.toInt() < b.id.toInt(); });
    for (DeviceSample &device : devices) {
        const QString serial = serials.value(device.id);
        device.id = serial.isEmpty() ? QStringLiteral("amdgpu") + device.id : serial;
        if (device.name.isEmpty())
            device.name = QStringLiteral("AMD GPU");
    }
    return devices;
}

} // namespace c41::telemetry
