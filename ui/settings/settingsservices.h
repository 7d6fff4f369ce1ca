// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studio/serverprobe.h"
#include "studio/sourcedetector.h"

#include <QList>
#include <QString>

#include <functional>

namespace c41::studio {
class AppSettings;
class SecretStore;
} // namespace c41::studio

namespace c41::ui {

// What the Settings page works through; it never touches the network itself.
// Every member may be missing: the part that needs it is then disabled or hidden.
struct SettingsServices
{
    // Appearance, language, tray, alert thresholds, output folder.
    studio::AppSettings *preferences = nullptr;
    // API keys (the OS keychain in the app, MemorySecretStore in the demo and tests).
    studio::SecretStore *secrets = nullptr;
    // Auto-detection on a host: `ports` empty = the standard ports. In the app:
    // SourceDetector::detect(nam, host, ports.isEmpty() ? standardPorts() : anyKindOn(ports)).
    std::function<QCoro::Task<QList<studio::SourceDetector::Found>>(QString host,
                                                                    QList<quint16> ports)>
        detect;
    // "Test connection" run in place (ConnectionCheck::check in the app). Without it the
    // page only emits SettingsPage::testConnectionRequested().
    std::function<QCoro::Task<studio::ProbeResult>(studio::ServerConfig server)> testConnection;
    // Whether a system tray exists (tray options are disabled without one).
    bool trayAvailable = false;
    // The output folder used when none is chosen (JobPaths::outputRoot()).
    QString defaultOutputFolder;
};

} // namespace c41::ui
