// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QSpinBox;

namespace c41::studio {
class AppSettings;
}

namespace c41::ui {

// When the studio raises an alert: GPU temperature, memory (VRAM or unified) full,
// a box going offline, throttling. Saved as they change; each alert clears 5 °C or
// 5 points below where it is raised, so a wobbling reading notifies once.
class AlertsForm final : public QWidget
{
    Q_OBJECT
public:
    explicit AlertsForm(studio::AppSettings *settings, QWidget *parent = nullptr);

    QSpinBox *temperatureSpin() const { return m_temperature; }
    QSpinBox *memorySpin() const { return m_memory; }
    QCheckBox *offlineBox() const { return m_offline; }
    QCheckBox *throttlingBox() const { return m_throttling; }

private:
    void save();

    studio::AppSettings *m_settings;
    QSpinBox *m_temperature;
    QSpinBox *m_memory;
    QCheckBox *m_offline;
    QCheckBox *m_throttling;
};

} // namespace c41::ui
