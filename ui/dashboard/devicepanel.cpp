// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicepanel.h"

#include "dashboard/labeltext.h"
#include "widgets/elidedlabel.h"
#include "widgets/gauge.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace c41::ui {

DevicePanel::DevicePanel(QWidget *parent)
    : QWidget(parent)
    , m_name(new ElidedLabel)
    , m_note(new QLabel)
    , m_util(new Gauge(tr("GPU")))
    , m_memory(new Gauge(tr("Memory")))
    , m_temperature(new Gauge(tr("Temperature")))
    , m_power(new Gauge(tr("Power")))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *header = new QHBoxLayout;
    m_name->setObjectName(QStringLiteral("deviceName"));
    QFont f = m_name->font();
    f.setBold(true);
    m_name->setFont(f);
    m_note->setObjectName(QStringLiteral("deviceNote"));
    m_note->setForegroundRole(QPalette::PlaceholderText);
    header->addWidget(m_name, 1);
    header->addWidget(m_note);
    layout->addLayout(header);

    m_util->setObjectName(QStringLiteral("utilisationGauge"));
    m_util->setAccessibleName(tr("GPU utilisation"));
    m_memory->setObjectName(QStringLiteral("memoryGauge"));
    m_temperature->setObjectName(QStringLiteral("temperatureGauge"));
    m_temperature->setAccessibleName(tr("Temperature"));
    m_temperature->setThresholds(80.0 / 100, 90.0 / 100);
    m_power->setObjectName(QStringLiteral("powerGauge"));
    m_power->setThresholds(0.9, 0.98);
    m_util->setThresholds(2.0, 2.0); // busy is good, never a warning colour

    auto *gauges = new QHBoxLayout;
    gauges->setSpacing(8);
    for (Gauge *g : {m_util, m_memory, m_temperature, m_power})
        gauges->addWidget(g, 1);
    layout->addLayout(gauges);
}

QString DevicePanel::title() const
{
    return m_name->text();
}

QString DevicePanel::gib(double bytes)
{
    const double v = bytes / (1024.0 * 1024 * 1024);
    return QString::number(v, 'f', v >= 100 ? 0 : 1);
}

void DevicePanel::setDevice(const studio::DeviceSample &d, bool stale)
{
    m_name->setText(d.name.isEmpty() ? d.id : d.name);
    setToolTipIfChanged(m_name, tr("%1 (%2, from %3)").arg(m_name->text(), d.id, d.source));
    QStringList notes;
    if (stale)
        notes << tr("stale since %1")
                     .arg(QLocale().toString(d.sampledAt.toLocalTime().time(),
                                             QLocale::ShortFormat));
    if (d.throttled.value_or(false)) {
        notes << (d.throttleReasons.isEmpty()
                      ? tr("throttled")
                      : tr("throttled: %1").arg(d.throttleReasons.join(QStringLiteral(", "))));
    }
    setLabelText(m_note, notes.join(QStringLiteral(" · ")));

    if (d.utilisationPercent) {
        m_util->setValue(*d.utilisationPercent / 100,
                         tr("%1%").arg(shownInt(*d.utilisationPercent)), QString());
    } else {
        m_util->setValue(std::nullopt, {}, tr("not reported"));
    }

    const bool unified = d.kind == studio::DeviceKind::UnifiedMemory;
    setAccessibleNameIfChanged(m_memory, unified ? tr("Unified memory") : tr("VRAM"));
    if (d.memoryUsedBytes && d.memoryTotalBytes && *d.memoryTotalBytes > 0) {
        const double fraction = *d.memoryUsedBytes / *d.memoryTotalBytes;
        m_memory->setValue(
            fraction, tr("%1%").arg(shownInt(fraction * 100)),
            tr("%1 / %2 GiB").arg(gib(*d.memoryUsedBytes), gib(*d.memoryTotalBytes)));
    } else if (d.memoryUsedBytes) {
        m_memory->setValue(std::nullopt, tr("%1 GiB").arg(gib(*d.memoryUsedBytes)),
                           tr("total unknown"));
    } else {
        m_memory->setValue(std::nullopt, {}, tr("not reported"));
    }
    // The caption says which memory it is.
    m_memory->setCaption(unified ? tr("Unified") : tr("VRAM"));

    if (d.temperatureC) {
        m_temperature->setValue(*d.temperatureC / 100, tr("%1 °C").arg(shownInt(*d.temperatureC)),
                                *d.temperatureC >= 85 ? tr("hot") : QString());
    } else {
        m_temperature->setValue(std::nullopt, {}, tr("not reported"));
    }

    if (d.powerW && d.powerLimitW && *d.powerLimitW > 0) {
        m_power->setValue(*d.powerW / *d.powerLimitW, tr("%1 W").arg(shownInt(*d.powerW)),
                          tr("of %1 W").arg(shownInt(*d.powerLimitW)));
    } else if (d.powerW) {
        m_power->setValue(std::nullopt, tr("%1 W").arg(shownInt(*d.powerW)), tr("no limit known"));
    } else {
        m_power->setValue(std::nullopt, {}, tr("not reported"));
    }
}

} // namespace c41::ui
