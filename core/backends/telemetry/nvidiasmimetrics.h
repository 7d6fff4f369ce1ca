// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studio/telemetrymodel.h"

namespace c41::prometheus {
class PrometheusScrape;
}

namespace c41::telemetry {

// utkuozdemir/nvidia_gpu_exporter (:9835): one DeviceSample per GPU, joined on `uuid`.
// Units there: bytes, utilisation as a 0–1 ratio (→ %), W, °C. A GPU without any
// nvidia_smi_memory_* series whose name says GB10 (DGX Spark) is a unified-memory
// device whose memory figure comes from the host.
class NvidiaSmiMetrics
{
public:
    static bool recognises(const prometheus::PrometheusScrape &scrape);
    static QList<studio::DeviceSample> devices(const prometheus::PrometheusScrape &scrape);
};

} // namespace c41::telemetry
