// SPDX-License-Identifier: GPL-3.0-or-later
#include "nvidiasmimetrics.h"

#include "backends/prometheus/prometheusscrape.h"
#include "gpumetricjoin.h"
#include "throttlereasons.h"

#include <algorithm>

namespace c41::telemetry {

using studio::DeviceSample;

bool NvidiaSmiMetrics::recognises(const prometheus::PrometheusScrape &scrape)
{
    return scrape.familyIndex("nvidia_smi_gpu_info") >= 0 ||
           scrape.familyIndex("nvidia_smi_utilization_gpu_ratio") >= 0;
}

QList<DeviceSample> NvidiaSmiMetrics::devices(const prometheus::PrometheusScrape &scrape)
{
    GpuMetricJoin join(scrape, "uuid");
    QMap<QString, int> order;
    const auto infos = scrape.samples("nvidia_smi_gpu_info");
    join.forEach("nvidia_smi_gpu_info", [&](DeviceSample &device, double, qsizetype i) {
        device.name = infos.at(i).labelString("name");
        order[device.id] = infos.at(i).labelString("index").toInt();
    });
    join.apply("nvidia_smi_utilization_gpu_ratio", &DeviceSample::utilisationPercent, 100.0);
    join.apply("nvidia_smi_memory_used_bytes", &DeviceSample::memoryUsedBytes);
    join.apply("nvidia_smi_memory_total_bytes", &DeviceSample::memoryTotalBytes);
    join.apply("nvidia_smi_temperature_gpu", &DeviceSample::temperatureC);
    join.apply("nvidia_smi_power_draw_watts", &DeviceSample::powerW);
    join.apply("nvidia_smi_power_draw_instant_watts", &DeviceSample::powerW);
    join.apply("nvidia_smi_power_draw_average_watts", &DeviceSample::powerW);
    join.apply("nvidia_smi_power_limit_watts", &DeviceSample::powerLimitW);
    join.apply("nvidia_smi_enforced_power_limit_watts", &DeviceSample::powerLimitW);
    ThrottleReasons::applyNvidiaSmi(join);

    QList<DeviceSample> devices = join.devices();
    for (DeviceSample &device : devices) {
        if (!device.memoryTotalBytes && device.name.contains(QStringLiteral("GB10")))
            device.kind = studio::DeviceKind::UnifiedMemory;
    }
    std::stable_sort(devices.begin(), devices.end(),
                     [&](const DeviceSample &a, const DeviceSample &b) {
                         return order.value(a.id) < order.value(b.id);
                     });
    return devices;
}

} // namespace c41::telemetry
