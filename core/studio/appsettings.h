// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetryalerts.h"

#include <QObject>
#include <QString>

#include <memory>

class QSettings;

namespace c41::studio {

// The app's own preferences (not the studio: that is the config file): appearance,
// language, tray behaviour, alert thresholds and the output folder. One set of keys for
// c41, c41ctl and the tests, kept in QSettings (the QCoreApplication's organisation and
// application names), or in an INI file given by path. No secrets here.
class AppSettings final : public QObject
{
    Q_OBJECT
public:
    enum class Appearance { System, Light, Dark };
    Q_ENUM(Appearance)

    // The QSettings keys, public so that other code (the tray, the translator
    // loader) reads the same ones.
    static QString appearanceKey();    // "ui/appearance": "system" | "light" | "dark"
    static QString languageKey();      // "ui/language": "" (system) | "en" | "de" | "es"
    static QString closeToTrayKey();   // "tray/closeToTray" (TrayIcon reads it too)
    static QString notificationsKey(); // "tray/notifications"
    static QString outputFolderKey();  // "jobs/outputFolder": "" = the default folder
    static QString alertsGroup();      // "alerts/…": the thresholds

    // The languages offered, as stored: "" (follow the system), "en", "de", "es".
    static QStringList languages();

    explicit AppSettings(QObject *parent = nullptr);
    // An INI file of its own (tests, portable installs).
    explicit AppSettings(const QString &iniPath, QObject *parent = nullptr);
    ~AppSettings() override;

    Appearance appearance() const;
    void setAppearance(Appearance appearance);
    static QString appearanceName(Appearance appearance);   // "system", "light", "dark"
    static Appearance appearanceFromName(QStringView name); // System when unknown

    QString language() const; // one of languages(); unknown stored values read as ""
    void setLanguage(const QString &language);

    // Closing the window hides it in the tray. Unset: `fallback` (the tray's
    // default: on when a tray exists).
    bool closeToTray(bool fallback = true) const;
    void setCloseToTray(bool on);

    // Desktop notifications for finished jobs and raised alerts (on by default).
    bool showNotifications() const;
    void setShowNotifications(bool on);

    // Where job outputs go; empty: the default (JobPaths::outputRoot()).
    QString outputFolder() const;
    void setOutputFolder(const QString &folder);

    // Unset values are AlertThresholds' defaults. Clear levels never reach the raise
    // levels: a setter given clear >= raise keeps 5 °C / 5 points of hysteresis.
    AlertThresholds alertThresholds() const;
    void setAlertThresholds(const AlertThresholds &thresholds);

    void sync();

Q_SIGNALS:
    // After a setter changed a stored value; `key` is one of the keys above (the
    // thresholds report alertsGroup()).
    void changed(const QString &key);

private:
    void store(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace c41::studio
