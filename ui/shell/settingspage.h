// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/settingsservices.h"
#include "studio/studioconfig.h"

#include <QPointer>
#include <QWidget>

class QListWidget;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace c41::ui {

class AboutDialog;
class AlertsForm;
class ApiKeysForm;
class PreferencesForm;
class ServersEditor;

// Settings, in sections chosen from a sidebar:
//   Boxes and servers: the studio, edited in place and saved to the config file (read-only
//     for the demo lab), auto-detection by host name, Test connection;
//   API keys: in the SecretStore (the OS keychain), never in the file;
//   Alerts: the telemetry alert levels;
//   Preferences: appearance, language, output folder, tray and start at login.
// An About button opens the About dialog. Everything is built on first show: the
// constructor only stores its arguments.
class SettingsPage final : public QWidget
{
    Q_OBJECT
public:
    enum class Section { Servers, ApiKeys, Alerts, Preferences };
    Q_ENUM(Section)

    // configPath empty: the studio does not come from a file (the demo lab); sourceLabel
    // says where it comes from instead, and the studio cannot be edited.
    SettingsPage(const studio::StudioConfig &config, const QString &configPath,
                 const QString &sourceLabel, SettingsServices services = {},
                 QWidget *parent = nullptr);

    // These build the page when it has not been shown yet.
    QTreeView *serverTree();
    ServersEditor *serversEditor();
    ApiKeysForm *apiKeysForm();
    AlertsForm *alertsForm();           // null without AppSettings
    PreferencesForm *preferencesForm(); // null without AppSettings
    QListWidget *sectionList();
    QPushButton *aboutButton();

    void showSection(Section section);
    Section currentSection() const;
    // Opens (or raises) the About dialog; returns it.
    AboutDialog *showAbout();

Q_SIGNALS:
    // "Test connection" on a server: its configured name, or its KIND+URL when the form
    // holds changes not saved yet. The connection doctor answers it.
    void testConnectionRequested(const QString &server);
    // The studio file was edited and read back (used from the next start).
    void studioChanged(const studio::StudioConfig &config);
    // An API key was stored or removed.
    void apiKeyChanged(const QString &server);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build();
    void addSection(Section section, const QString &title, const QString &lead, QWidget *body,
                    bool scroll);

    studio::StudioConfig m_config;
    QString m_configPath;
    QString m_sourceLabel;
    SettingsServices m_services;
    bool m_built = false;
    QListWidget *m_sections = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_about = nullptr;
    ServersEditor *m_servers = nullptr;
    ApiKeysForm *m_keys = nullptr;
    AlertsForm *m_alerts = nullptr;
    PreferencesForm *m_preferences = nullptr;
    bool m_keysRead = false;
    QPointer<AboutDialog> m_aboutDialog;
};

} // namespace c41::ui
