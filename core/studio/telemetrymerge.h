// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetrymodel.h"

#include <optional>

namespace c41::studio {

// Merges what each source of a box said into one BoxTelemetry.
//
// Sources are taken most direct first (rank 0: exporters and macmon, which read the
// driver/SMC; 1: a Prometheus server, one hop further; 2: ComfyUI, which only sees its
// own torch device). A field keeps the value of the most direct source that has it,
// and fieldSources records which source that was, so the choice is visible.
// A device from a later source joins an earlier one with the same id, else one of the
// same kind whose name contains it (or the only one of that kind). A unified-memory
// device with no memory figure (DGX Spark / GB10) takes the host's RAM.
class TelemetryMerge
{
public:
    struct Input
    {
        SourceState state;
        int rank = 0;
        std::optional<TelemetryReading> reading; // the last good one, possibly stale
    };

    static int rankOf(const QString &kind); // "exporter", "macmon", "prometheus", "comfyui"
    static BoxTelemetry merge(const QString &box, QList<Input> inputs);

private:
    static void mergeDevice(QList<DeviceSample> &devices, const DeviceSample &incoming);
    static void fillHost(std::optional<HostSample> &host, const HostSample &incoming);
};

} // namespace c41::studio
