// SPDX-License-Identifier: GPL-3.0-or-later
#include "throttlereasons.h"

#include "gpumetricjoin.h"

#include <cmath>

namespace c41::telemetry {

using studio::DeviceSample;

namespace {

struct Flag
{
    const char *name; // nvidia-smi's flag, as in the metric name
    quint64 bit;      // NVML clocks event reason bit
    const char *text; // empty: not throttling
};

constexpr Flag kFlags[] = {
    {"gpu_idle", 0x1, ""},
    {"applications_clocks_setting", 0x2, ""},
    {"sw_power_cap", 0x4, "power cap"},
    {"hw_slowdown", 0x8, "hardware slowdown"},
    {"sync_boost", 0x10, ""},
    {"sw_thermal_slowdown", 0x20, "thermal"},
    {"hw_thermal_slowdown", 0x40, "thermal"},
    {"hw_power_brake_slowdown", 0x80, "power brake"},
};

void note(DeviceSample &device, const QString &reason, bool active)
{
    if (!device.throttled)
        device.throttled = false;
    if (!active || reason.isEmpty())
        return;
    device.throttled = true;
    if (!device.throttleReasons.contains(reason))
        device.throttleReasons << reason;
}

} // namespace

QString ThrottleReasons::describeFlag(QByteArrayView flag)
{
    for (const Flag &f : kFlags) {
        if (flag == QByteArrayView(f.name))
            return QString::fromLatin1(f.text);
    }
    return {};
}

QStringList ThrottleReasons::fromNvmlMask(quint64 mask)
{
    QStringList out;
    for (const Flag &f : kFlags) {
        const QString text = QString::fromLatin1(f.text);
        if ((mask & f.bit) && !text.isEmpty() && !out.contains(text))
            out << text;
    }
    return out;
}

void ThrottleReasons::applyNvidiaSmi(GpuMetricJoin &join)
{
    for (const char *prefix :
         {"nvidia_smi_clocks_event_reasons_", "nvidia_smi_clocks_throttle_reasons_"}) {
        for (const Flag &f : kFlags) {
            const QByteArray metric = QByteArray(prefix) + f.name;
            const QString reason = QString::fromLatin1(f.text);
            join.forEach(metric, [&](DeviceSample &device, double value, qsizetype) {
                if (std::isfinite(value))
                    note(device, reason, value >= 1);
            });
        }
    }
}

void ThrottleReasons::applyDcgm(GpuMetricJoin &join)
{
    for (const char *metric :
         {"DCGM_FI_DEV_CLOCKS_EVENT_REASONS", "DCGM_FI_DEV_CLOCK_THROTTLE_REASONS"}) {
        join.forEach(metric, [&](DeviceSample &device, double value, qsizetype) {
            if (!std::isfinite(value) || value < 0 || value >= 9.2e18)
                return; // dcgm's blank sentinels
            const QStringList reasons = fromNvmlMask(quint64(value));
            if (reasons.isEmpty())
                note(device, QString(), false);
            for (const QString &reason : reasons)
                note(device, reason, true);
        });
    }
}

} // namespace c41::telemetry
