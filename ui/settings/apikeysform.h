// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studio/studioconfig.h"

#include <QWidget>

#include <qcorotask.h>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace c41::studio {
class SecretStore;
}

namespace c41::ui {

// API keys, kept in the SecretStore (the OS keychain), never in the config file: a row
// per server with how it sends its key and whether one is stored; a password field to
// set or replace the selected server's key, and Remove. Keys are never shown back.
class ApiKeysForm final : public QWidget
{
    Q_OBJECT
public:
    explicit ApiKeysForm(studio::SecretStore *secrets, QWidget *parent = nullptr);

    void setConfig(const studio::StudioConfig &config);
    // Reads which servers have a key (once the section is first shown).
    void refresh();
    bool selectServer(const QString &name);

    QTableWidget *table() const { return m_table; }
    QLineEdit *keyEdit() const { return m_key; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *status() const { return m_status; }

Q_SIGNALS:
    // After a key was stored or removed (the monitor may want to pick it up).
    void keyChanged(const QString &server);

private:
    QString currentServer() const;
    void updateSelection();
    void setStatus(const QString &text, bool error);
    void setKeyState(const QString &server, const QString &text);
    QCoro::Task<> readStates();
    QCoro::Task<> store(QString server, QString key);
    QCoro::Task<> erase(QString server);

    studio::SecretStore *m_secrets;
    studio::StudioConfig m_config;
    bool m_busy = false;
    QTableWidget *m_table;
    QLabel *m_for;
    QLineEdit *m_key;
    QPushButton *m_save;
    QPushButton *m_remove;
    QLabel *m_status;
};

} // namespace c41::ui
