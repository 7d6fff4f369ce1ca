// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studio/telemetrymodel.h"

namespace c41::prometheus {
class PrometheusScrape;
}

namespace c41::telemetry {

// AMD GPUs through node_exporter (:9100): the `drm` collector (--collector.drm, off by
// default) gives per-card busy %, VRAM and GTT in bytes (node_drm_*{card="cardN"}); the
// `hwmon` collector gives temperature and power of each amdgpu chip
// (node_hwmon_*{chip="<bridge>_<device>"}). A card is joined to its chip through the
// `chip` label newer node_exporters put on node_drm_card_info; older ones (1.5.0) have
// none, and then cards in card order pair with amdgpu chips in PCI-address order when
// both lists have the same length (else temperature and power stay unknown). Rows of
// non-amdgpu cards (all sizes 0, node_exporter 1.5.0) are skipped.
//
// An APU (Strix Halo) is recognised by its hwmon chip: the kernel gives dGPUs (SOC15)
// a junction and a mem temperature, an APU only an edge one and no fan. It becomes ONE
// unified-memory device: when the scrape carries meminfo, total = MemTotal + VRAM
// carve-out (the carve-out is outside MemTotal) and used = (MemTotal − MemAvailable) +
// VRAM used (GTT pages are already inside "used" RAM); without meminfo the memory is
// left unknown and the box's host RAM fills it in when sources are merged. Its power is
// the whole APU package (CPU + GPU).
class AmdDrmMetrics
{
public:
    static bool recognises(const prometheus::PrometheusScrape &scrape);
    static QList<studio::DeviceSample> devices(const prometheus::PrometheusScrape &scrape);
};

} // namespace c41::telemetry
