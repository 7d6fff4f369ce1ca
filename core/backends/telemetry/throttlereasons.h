// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace c41::telemetry {

class GpuMetricJoin;

// Why a GPU's clocks are held down, from the exporters that say so:
// nvidia_gpu_exporter's nvidia_smi_clocks_event_reasons_<reason> (and the older
// nvidia_smi_clocks_throttle_reasons_<reason>), 0/1 per reason; dcgm-exporter's
// DCGM_FI_DEV_CLOCKS_EVENT_REASONS / DCGM_FI_DEV_CLOCK_THROTTLE_REASONS, NVML's bitmask.
// Idle, application clocks and sync boost are not throttling.
class ThrottleReasons
{
public:
    // "power cap", "thermal", "hardware slowdown", "power brake"; empty for a flag
    // that is not throttling or not known.
    static QString describeFlag(QByteArrayView flag);
    static QStringList fromNvmlMask(quint64 mask);
    // Sets DeviceSample::throttled (+ reasons) on every device of the join that has the
    // series.
    static void applyNvidiaSmi(GpuMetricJoin &join);
    static void applyDcgm(GpuMetricJoin &join);
};

} // namespace c41::telemetry
