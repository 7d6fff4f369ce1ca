// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertsform.h"

#include "studio/appsettings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace c41::ui {

AlertsForm::AlertsForm(studio::AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_temperature(new QSpinBox)
    , m_memory(new QSpinBox)
    , m_offline(new QCheckBox(tr("When a box goes &offline")))
    , m_throttling(new QCheckBox(tr("When a GPU &throttles (power cap, heat or hardware "
                                    "slowdown, a few readings in a row)")))
{
    setObjectName(QStringLiteral("alertsForm"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    auto *hint =
        new QLabel(tr("Alerts come as desktop notifications (in the status bar where there is no "
                      "tray). Each clears 5 °C or 5 points below where it is raised, so a "
                      "reading that wobbles around the level tells you once."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    auto *group = new QGroupBox(tr("Raise an alert"));
    auto *form = new QFormLayout(group);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(10);
    const studio::AlertThresholds t = settings->alertThresholds();

    m_temperature->setObjectName(QStringLiteral("gpuTemperature"));
    m_temperature->setAccessibleName(tr("GPU temperature alert level"));
    m_temperature->setRange(50, 110);
    m_temperature->setSuffix(tr(" °C"));
    m_temperature->setValue(qRound(t.gpuTemperatureC));
    m_temperature->setMinimumWidth(110);
    form->addRow(tr("GPU &temperature at or above:"), m_temperature);

    m_memory->setObjectName(QStringLiteral("memoryFull"));
    m_memory->setAccessibleName(tr("Memory full alert level"));
    m_memory->setRange(50, 100);
    m_memory->setSuffix(tr(" %"));
    m_memory->setValue(qRound(t.memoryFillPercent));
    m_memory->setMinimumWidth(110);
    form->addRow(tr("GPU or unified &memory filled to:"), m_memory);

    m_offline->setObjectName(QStringLiteral("alertOffline"));
    m_offline->setChecked(t.boxOffline);
    form->addRow(QString(), m_offline);
    m_throttling->setObjectName(QStringLiteral("alertThrottling"));
    m_throttling->setChecked(t.throttling);
    form->addRow(QString(), m_throttling);
    layout->addWidget(group);
    layout->addStretch(1);

    connect(m_temperature, &QSpinBox::valueChanged, this, &AlertsForm::save);
    connect(m_memory, &QSpinBox::valueChanged, this, &AlertsForm::save);
    connect(m_offline, &QCheckBox::toggled, this, &AlertsForm::save);
    connect(m_throttling, &QCheckBox::toggled, this, &AlertsForm::save);
}

void AlertsForm::save()
{
    studio::AlertThresholds t = m_settings->alertThresholds();
    t.gpuTemperatureC = m_temperature->value();
    t.gpuTemperatureClearC = t.gpuTemperatureC - 5;
    t.memoryFillPercent = m_memory->value();
    t.memoryFillClearPercent = t.memoryFillPercent - 5;
    t.boxOffline = m_offline->isChecked();
    t.throttling = m_throttling->isChecked();
    m_settings->setAlertThresholds(t);
}

} // namespace c41::ui
