// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetrymodel.h"

#include <QHash>
#include <QSet>

namespace c41::studio {

// Alert levels. Each alert has a raise level and a lower clear level (hysteresis):
// a value wobbling around the raise level notifies once, not on every sample.
struct AlertThresholds
{
    double gpuTemperatureC = 85;      // raise at or above
    double gpuTemperatureClearC = 80; // clear below
    double memoryFillPercent = 95;    // VRAM / unified pool fill
    double memoryFillClearPercent = 90;
    bool boxOffline = true;
    // Throttling (power cap, thermal, hardware slowdown) is a yes/no reading that flickers:
    // raised after this many throttled samples in a row, cleared after as many clear ones.
    bool throttling = true;
    int throttlingSamples = 3;
};

struct TelemetryAlert
{
    enum class Kind { GpuTemperature, MemoryFull, BoxOffline, Throttling };
    Kind kind = Kind::GpuTemperature;
    QString box;
    QString device;     // device id; empty for BoxOffline
    bool raised = true; // false: the condition cleared
    double value = 0;   // °C or % (0 for BoxOffline, 1/0 for Throttling)
    QString message;
};

// Turns successive BoxTelemetry snapshots into alert transitions: one TelemetryAlert
// when a condition starts and one when it clears. Stale figures are not judged (they
// neither raise nor clear); a missing figure is never read as 0.
class TelemetryAlerts
{
public:
    explicit TelemetryAlerts(AlertThresholds thresholds = {});

    void setThresholds(const AlertThresholds &thresholds) { m_thresholds = thresholds; }
    QList<TelemetryAlert> update(const BoxTelemetry &box);
    bool isActive(TelemetryAlert::Kind kind, const QString &box, const QString &device = {}) const;

private:
    void judge(QList<TelemetryAlert> &out, TelemetryAlert::Kind kind, const QString &box,
               const DeviceSample *device, std::optional<double> value, double raiseAt,
               double clearBelow);

    void judgeThrottling(QList<TelemetryAlert> &out, const QString &box,
                         const DeviceSample &device);

    AlertThresholds m_thresholds;
    QSet<QString> m_active;
    QHash<QString, int> m_streak; // throttling: samples in a row against the active state
};

} // namespace c41::studio
