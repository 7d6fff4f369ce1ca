// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studio/telemetrymodel.h"

namespace c41::prometheus {
class PrometheusScrape;
}

namespace c41::telemetry {

// NVIDIA dcgm-exporter (:9400): one DeviceSample per GPU, joined on `UUID` (or `uuid`
// with --use-old-namespace). Units there: framebuffer in MiB (total = used + free +
// reserved), utilisation in %, W, °C. Values ≥ 9.2e18 are DCGM "blank" sentinels (n/a).
// MIG instance series (GPU_I_ID) are not whole GPUs and are skipped.
class DcgmMetrics
{
public:
    static bool recognises(const prometheus::PrometheusScrape &scrape);
    static QList<studio::DeviceSample> devices(const prometheus::PrometheusScrape &scrape);
    // The exporter's host label (`Hostname` up to 4.5.3, `hostname` after), if any.
    static QString hostname(const prometheus::PrometheusScrape &scrape);
};

} // namespace c41::telemetry
