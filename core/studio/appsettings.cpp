// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QSettings>

namespace c41::studio {

namespace {
constexpr double kHysteresis = 5;

QString alertKey(const char *name)
{
    return AppSettings::alertsGroup() + u'/' + QLatin1StringView(name);
}
} // namespace

QString AppSettings::appearanceKey()
{
    return QStringLiteral("ui/appearance");
}

QString AppSettings::languageKey()
{
    return QStringLiteral("ui/language");
}

QString AppSettings::closeToTrayKey()
{
    return QStringLiteral("tray/closeToTray");
}

QString AppSettings::notificationsKey()
{
    return QStringLiteral("tray/notifications");
}

QString AppSettings::outputFolderKey()
{
    return QStringLiteral("jobs/outputFolder");
}

QString AppSettings::alertsGroup()
{
    return QStringLiteral("alerts");
}

QStringList AppSettings::languages()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")};
}

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
}

AppSettings::AppSettings(const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

void AppSettings::store(const QString &key, const QVariant &value)
{
    // Compared as text: an INI file gives every value back as a string.
    if (m_settings->contains(key) && m_settings->value(key).toString() == value.toString())
        return;
    m_settings->setValue(key, value);
    Q_EMIT changed(key);
}

QString AppSettings::appearanceName(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        return QStringLiteral("light");
    case Appearance::Dark:
        return QStringLiteral("dark");
    case Appearance::System:
        break;
    }
    return QStringLiteral("system");
}

AppSettings::Appearance AppSettings::appearanceFromName(QStringView name)
{
    if (name == u"light")
        return Appearance::Light;
    if (name == u"dark")
        return Appearance::Dark;
    return Appearance::System;
}

AppSettings::Appearance AppSettings::appearance() const
{
    return appearanceFromName(m_settings->value(appearanceKey()).toString());
}

void AppSettings::setAppearance(Appearance appearance)
{
    store(appearanceKey(), appearanceName(appearance));
}

QString AppSettings::language() const
{
    const QString value = m_settings->value(languageKey()).toString();
    return languages().contains(value) ? value : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    store(languageKey(), languages().contains(language) ? language : QString());
}

bool AppSettings::closeToTray(bool fallback) const
{
    return m_settings->value(closeToTrayKey(), fallback).toBool();
}

void AppSettings::setCloseToTray(bool on)
{
    store(closeToTrayKey(), on);
}

bool AppSettings::showNotifications() const
{
    return m_settings->value(notificationsKey(), true).toBool();
}

void AppSettings::setShowNotifications(bool on)
{
    store(notificationsKey(), on);
}

QString AppSettings::outputFolder() const
{
    return m_settings->value(outputFolderKey()).toString();
}

void AppSettings::setOutputFolder(const QString &folder)
{
    store(outputFolderKey(), folder.trimmed());
}

AlertThresholds AppSettings::alertThresholds() const
{
    AlertThresholds t;
    const auto number = [this](const char *name, double fallback) {
        bool ok = false;
        const double v = m_settings->value(alertKey(name)).toDouble(&ok);
        return ok ? v : fallback;
    };
    t.gpuTemperatureC = number("gpuTemperatureC", t.gpuTemperatureC);
    t.gpuTemperatureClearC = number("gpuTemperatureClearC", t.gpuTemperatureC - kHysteresis);
    t.memoryFillPercent = number("memoryFillPercent", t.memoryFillPercent);
    t.memoryFillClearPercent = number("memoryFillClearPercent", t.memoryFillPercent - kHysteresis);
    t.boxOffline = m_settings->value(alertKey("boxOffline"), t.boxOffline).toBool();
    t.throttling = m_settings->value(alertKey("throttling"), t.throttling).toBool();
    const int samples =
        m_settings->value(alertKey("throttlingSamples"), t.throttlingSamples).toInt();
    t.throttlingSamples = samples > 0 ? samples : 3;
    if (t.gpuTemperatureClearC >= t.gpuTemperatureC)
        t.gpuTemperatureClearC = t.gpuTemperatureC - kHysteresis;
    if (t.memoryFillClearPercent >= t.memoryFillPercent)
        t.memoryFillClearPercent = t.memoryFillPercent - kHysteresis;
    return t;
}

void AppSettings::setAlertThresholds(const AlertThresholds &thresholds)
{
    AlertThresholds t = thresholds;
    if (t.gpuTemperatureClearC >= t.gpuTemperatureC)
        t.gpuTemperatureClearC = t.gpuTemperatureC - kHysteresis;
    if (t.memoryFillClearPercent >= t.memoryFillPercent)
        t.memoryFillClearPercent = t.memoryFillPercent - kHysteresis;
    if (t.throttlingSamples < 1)
        t.throttlingSamples = 1;
    const AlertThresholds before = alertThresholds();
    m_settings->setValue(alertKey("gpuTemperatureC"), t.gpuTemperatureC);
    m_settings->setValue(alertKey("gpuTemperatureClearC"), t.gpuTemperatureClearC);
    m_settings->setValue(alertKey("memoryFillPercent"), t.memoryFillPercent);
    m_settings->setValue(alertKey("memoryFillClearPercent"), t.memoryFillClearPercent);
    m_settings->setValue(alertKey("boxOffline"), t.boxOffline);
    m_settings->setValue(alertKey("throttling"), t.throttling);
    m_settings->setValue(alertKey("throttlingSamples"), t.throttlingSamples);
    const AlertThresholds after = alertThresholds();
    if (before.gpuTemperatureC != after.gpuTemperatureC ||
        before.gpuTemperatureClearC != after.gpuTemperatureClearC ||
        before.memoryFillPercent != after.memoryFillPercent ||
        before.memoryFillClearPercent != after.memoryFillClearPercent ||
        before.boxOffline != after.boxOffline || before.throttling != after.throttling ||
        before.throttlingSamples != after.throttlingSamples)
        Q_EMIT changed(alertsGroup());
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace c41::studio
