// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settingsservices.h"
#include "studio/studioconfig.h"

#include <QWidget>

#include <qcorotask.h>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QStandardItemModel;
class QTreeView;

namespace c41::ui {

class HostDetectPanel;
class ServerForm;

// Boxes and servers: the studio as a tree (box, its servers as KIND+URL, roles, auth),
// a form for the selected box or server, "Add servers on a host" with auto-detection,
// and Test connection. Every edit is checked like the file is read (StudioEditor) and
// saved at once through ConfigFile (atomic; never over a file that does not parse),
// then read back. Without a config file (the demo) it is read-only and says so.
class ServersEditor final : public QWidget
{
    Q_OBJECT
public:
    ServersEditor(const studio::StudioConfig &config, const QString &configPath,
                  const QString &sourceLabel, SettingsServices services, QWidget *parent = nullptr);

    const studio::StudioConfig &config() const { return m_config; }
    bool isEditable() const { return !m_configPath.isEmpty(); }

    // Selects a box or server by name (false: no such one).
    bool select(const QString &name);
    // Starts a new server (on the selected box), as "Add server" does.
    void startNewServer();

    // The tree of boxes (top level) and their servers (children); columns: name,
    // KIND+URL, roles, auth. Each row's first cell carries Qt::UserRole + 1 = its name.
    QTreeView *tree() const { return m_tree; }
    QStandardItemModel *treeModel() const { return m_model; }
    ServerForm *serverForm() const { return m_serverForm; }
    HostDetectPanel *detectPanel() const { return m_detect; }
    QLineEdit *boxNameEdit() const { return m_boxName; }
    QLineEdit *boxTitleEdit() const { return m_boxTitle; }
    QPushButton *saveBoxButton() const { return m_saveBox; }
    QPushButton *removeBoxButton() const { return m_removeBox; }
    QPushButton *addBoxButton() const { return m_addBox; }
    QPushButton *addServerButton() const { return m_addServer; }
    QLabel *status() const { return m_status; }

Q_SIGNALS:
    // After an edit was saved and read back.
    void studioChanged(const studio::StudioConfig &config);
    // "Test connection": the server's name when it is saved as shown, else its KIND+URL.
    void testConnectionRequested(const QString &server);

private:
    void rebuildTree(const QString &select = {});
    void showSelection();
    void showBox(const studio::BoxConfig *box);
    void saveBox();
    void removeBox();
    void saveServer();
    void removeServer();
    void requestTest();
    bool commit(const net::Result<studio::StudioConfig> &edited, const QString &select,
                const QString &done);
    void setStatus(const QString &text, bool error);
    void addDetected(const QString &box, const QList<studio::SourceDetector::Found> &found);
    QCoro::Task<> runDetect(QString host, QList<quint16> ports);
    QCoro::Task<> runTest(studio::ServerConfig server);

    studio::StudioConfig m_config;
    QString m_configPath;
    QString m_sourceLabel;
    SettingsServices m_services;
    QString m_editingBox; // the box in the box form ("" = a new box)
    QStandardItemModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QStackedWidget *m_details = nullptr;
    QLabel *m_boxHeading = nullptr;
    QLineEdit *m_boxName = nullptr;
    QLineEdit *m_boxTitle = nullptr;
    QLabel *m_boxError = nullptr;
    QPushButton *m_saveBox = nullptr;
    QPushButton *m_removeBox = nullptr;
    QTimer *m_removeArmed = nullptr;
    ServerForm *m_serverForm = nullptr;
    HostDetectPanel *m_detect = nullptr;
    QPushButton *m_addBox = nullptr;
    QPushButton *m_addServer = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace c41::ui
