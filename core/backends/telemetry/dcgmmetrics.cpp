// SPDX-License-Identifier: GPL-3.0-or-later
#include "dcgmmetrics.h"

#include "backends/prometheus/prometheusscrape.h"
#include "gpumetricjoin.h"
#include "throttlereasons.h"

#include <algorithm>

namespace c41::telemetry {

using prometheus::PrometheusScrape;
using studio::DeviceSample;

namespace {

constexpr double kMiB = 1024.0 * 1024.0;

QByteArrayView uuidLabel(const PrometheusScrape &scrape)
{
    for (qsizetype i = 0; i < scrape.size(); ++i) {
        if (scrape.sample(i).label("UUID"))
            return "UUID";
    }
    return "uuid";
}

} // namespace

bool DcgmMetrics::recognises(const PrometheusScrape &scrape)
{
    for (const auto &family : scrape.families()) {
        if (family.name.startsWith("DCGM_FI_"))
            return true;
    }
    return false;
}

QString DcgmMetrics::hostname(const PrometheusScrape &scrape)
{
    for (qsizetype i = 0; i < scrape.size(); ++i) {
        const auto sample = scrape.sample(i);
        if (auto host = sample.label("Hostname"))
            return QString::fromUtf8(*host);
        if (auto host = sample.label("hostname"))
            return QString::fromUtf8(*host);
    }
    return {};
}

QList<DeviceSample> DcgmMetrics::devices(const PrometheusScrape &scrape)
{
    GpuMetricJoin join(scrape, uuidLabel(scrape));
    join.setSkipLabel("GPU_I_ID");
    QMap<QString, int> order; // the `gpu` index label
    // Any per-GPU series names the model; walk them all so every GPU appears.
    for (const auto &family : scrape.families()) {
        if (!family.name.startsWith("DCGM_FI_"))
            continue;
        const auto samples = scrape.samples(family.name);
        join.forEach(family.name, [&](DeviceSample &device, double, qsizetype i) {
            if (device.name.isEmpty()) {
                device.name = samples.at(i).labelString("modelName");
                order[device.id] = samples.at(i).labelString("gpu").toInt();
            }
        });
    }
    join.apply("DCGM_FI_DEV_GPU_UTIL", &DeviceSample::utilisationPercent);
    join.apply("DCGM_FI_DEV_FB_USED", &DeviceSample::memoryUsedBytes, kMiB);
    join.apply("DCGM_FI_DEV_GPU_TEMP", &DeviceSample::temperatureC);
    join.apply("DCGM_FI_DEV_POWER_USAGE", &DeviceSample::powerW);
    join.apply("DCGM_FI_DEV_POWER_MGMT_LIMIT", &DeviceSample::powerLimitW);
    join.apply("DCGM_FI_DEV_ENFORCED_POWER_LIMIT", &DeviceSample::powerLimitW);
    ThrottleReasons::applyDcgm(join);

    // total = used + free + reserved (all MiB); only when used and free are both known.
    QMap<QString, double> totals;
    QMap<QString, int> parts;
    for (const char *metric :
         {"DCGM_FI_DEV_FB_USED", "DCGM_FI_DEV_FB_FREE", "DCGM_FI_DEV_FB_RESERVED"}) {
        join.forEach(metric, [&](DeviceSample &device, double value, qsizetype) {
            if (value >= 9.2e18)
                return;
            totals[device.id] += value * kMiB;
            if (QByteArrayView(metric) != "DCGM_FI_DEV_FB_RESERVED")
                ++parts[device.id];
        });
    }
    QList<DeviceSample> devices = join.devices();
    for (DeviceSample &device : devices) {
        if (parts.value(device.id) == 2)
            device.memoryTotalBytes = totals.value(device.id);
    }
    std::stable_sort(devices.begin(), devices.end(),
                     [&](const DeviceSample &a, const DeviceSample &b) {
                         return order.value(a.id) < order.value(b.id);
                     });
    return devices;
}

} // namespace c41::telemetry
