// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studio/telemetrymodel.h"

namespace c41::prometheus {
class PrometheusScrape;
}

namespace c41::telemetry {

// ROCm's AMD Device Metrics Exporter (:5000, /metrics; names and HELP texts from
// ROCm/device-metrics-exporter pkg/amdgpu/gpuagent/gpuagent_gpu_metrics.go): one
// DeviceSample per `gpu_id` (`gpu_index` in old builds), named by `card_model`, keyed by
// `serial_number` when there is one. Units there: activity in %, VRAM in MB (MiB:
// amd-smi divides bytes by 1024²), °C, W. Metric names may carry a configured prefix
// (the shipped example config uses "amd_": amd_gpu_gfx_activity); it is found and
// stripped. Unsupported fields are simply absent, so every figure is optional.
// Temperature: edge, else junction (MI3xx report only junction). Power:
// gpu_power_usage, else gpu_package_power, else gpu_average_package_power (Radeon).
class AmdDeviceMetrics
{
public:
    static bool recognises(const prometheus::PrometheusScrape &scrape);
    static QList<studio::DeviceSample> devices(const prometheus::PrometheusScrape &scrape);
    // The metric-name prefix in use ("" or e.g. "amd_"), or nullopt if not this exporter.
    static std::optional<QByteArray> prefix(const prometheus::PrometheusScrape &scrape);
};

} // namespace c41::telemetry
