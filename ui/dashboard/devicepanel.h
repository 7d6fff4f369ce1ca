// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studio/telemetrymodel.h"

#include <QWidget>

class QLabel;

namespace c41::ui {

class ElidedLabel;
class Gauge;

// One device of a box: its name, and four gauges (utilisation, VRAM or unified memory,
// temperature, power against its limit). Unknown figures show as "—", never 0.
class DevicePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit DevicePanel(QWidget *parent = nullptr);

    void setDevice(const studio::DeviceSample &device, bool stale);

    Gauge *utilisationGauge() const { return m_util; }
    Gauge *memoryGauge() const { return m_memory; }
    Gauge *temperatureGauge() const { return m_temperature; }
    Gauge *powerGauge() const { return m_power; }
    QString title() const;

    static QString gib(double bytes);

private:
    ElidedLabel *m_name;
    QLabel *m_note;
    Gauge *m_util;
    Gauge *m_memory;
    Gauge *m_temperature;
    Gauge *m_power;
};

} // namespace c41::ui
