// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetryalerts.h"

#include <QCoreApplication>

namespace c41::studio {

namespace {

QString key(TelemetryAlert::Kind kind, const QString &box, const QString &device)
{
    return QString::number(int(kind)) + u'\x1f' + box + u'\x1f' + device;
}

// lupdate sees Text::tr() calls under the context TelemetryAlerts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TelemetryAlerts)
};

QString describe(const TelemetryAlert &alert, const QString &deviceName)
{
    switch (alert.kind) {
    case TelemetryAlert::Kind::GpuTemperature:
        return (alert.raised ? Text::tr("%1 on %2 is hot: %3 °C")
                             : Text::tr("%1 on %2 cooled to %3 °C"))
            .arg(deviceName, alert.box, QString::number(alert.value, 'f', 0));
    case TelemetryAlert::Kind::MemoryFull:
        return (alert.raised ? Text::tr("%1 on %2: memory %3% full")
                             : Text::tr("%1 on %2: memory back to %3%"))
            .arg(deviceName, alert.box, QString::number(alert.value, 'f', 0));
    case TelemetryAlert::Kind::Throttling:
        return alert.raised
                   ? Text::tr("%1 on %2 is throttling (%3)").arg(deviceName, alert.box)
                   : Text::tr("%1 on %2 is no longer throttling").arg(deviceName, alert.box);
    case TelemetryAlert::Kind::BoxOffline:
        return (alert.raised ? Text::tr("%1 is offline") : Text::tr("%1 is back online"))
            .arg(alert.box);
    }
    return {};
}

} // namespace

void TelemetryAlerts::judgeThrottling(QList<TelemetryAlert> &out, const QString &box,
                                      const DeviceSample &device)
{
    if (!m_thresholds.throttling || !device.throttled)
        return;
    const QString k = key(TelemetryAlert::Kind::Throttling, box, device.id);
    const bool active = m_active.contains(k);
    if (*device.throttled == active) {
        m_streak.remove(k);
        return;
    }
    const int streak = m_streak.value(k) + 1;
    if (streak < std::max(1, m_thresholds.throttlingSamples)) {
        m_streak.insert(k, streak);
        return;
    }
    m_streak.remove(k);
    if (active)
        m_active.remove(k);
    else
        m_active.insert(k);
    TelemetryAlert alert{
        TelemetryAlert::Kind::Throttling, box, device.id, !active, active ? 0.0 : 1.0, {}};
    alert.message = describe(alert, device.name);
    if (alert.raised) {
        const QString reasons = device.throttleReasons.join(QStringLiteral(", "));
        alert.message = alert.message.arg(reasons.isEmpty() ? QStringLiteral("?") : reasons);
    }
    out.append(alert);
}

TelemetryAlerts::TelemetryAlerts(AlertThresholds thresholds)
    : m_thresholds(thresholds)
{
}

bool TelemetryAlerts::isActive(TelemetryAlert::Kind kind, const QString &box,
                               const QString &device) const
{
    return m_active.contains(key(kind, box, device));
}

void TelemetryAlerts::judge(QList<TelemetryAlert> &out, TelemetryAlert::Kind kind,
                            const QString &box, const DeviceSample *device,
                            std::optional<double> value, double raiseAt, double clearBelow)
{
    if (!value)
        return;
    const QString deviceId = device ? device->id : QString();
    const QString k = key(kind, box, deviceId);
    const bool active = m_active.contains(k);
    bool transition = false;
    if (!active && *value >= raiseAt) {
        m_active.insert(k);
        transition = true;
    } else if (active && *value < clearBelow) {
        m_active.remove(k);
        transition = true;
    }
    if (!transition)
        return;
    TelemetryAlert alert{kind, box, deviceId, !active, *value, {}};
    alert.message = describe(alert, device ? device->name : QString());
    out.append(alert);
}

QList<TelemetryAlert> TelemetryAlerts::update(const BoxTelemetry &box)
{
    QList<TelemetryAlert> out;
    if (m_thresholds.boxOffline && !box.sources.isEmpty()) {
        // 1 = offline, 0 = online: raise at 1, clear below 1.
        judge(out, TelemetryAlert::Kind::BoxOffline, box.box, nullptr, box.offline() ? 1.0 : 0.0,
              1.0, 1.0);
        if (box.offline())
            return out;
    }
    for (const DeviceSample &device : box.devices) {
        if (box.staleDevices.value(device.id, true))
            continue;
        judge(out, TelemetryAlert::Kind::GpuTemperature, box.box, &device, device.temperatureC,
              m_thresholds.gpuTemperatureC, m_thresholds.gpuTemperatureClearC);
        std::optional<double> fill;
        if (device.memoryUsedBytes && device.memoryTotalBytes && *device.memoryTotalBytes > 0)
            fill = *device.memoryUsedBytes / *device.memoryTotalBytes * 100.0;
        judge(out, TelemetryAlert::Kind::MemoryFull, box.box, &device, fill,
              m_thresholds.memoryFillPercent, m_thresholds.memoryFillClearPercent);
        judgeThrottling(out, box.box, device);
    }
    return out;
}

} // namespace c41::studio
