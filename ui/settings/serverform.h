// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studio/studioconfig.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace c41::ui {

// One server's fields: name, box, KIND+URL (checked as it is typed, with the
// problem shown under the field), how it authenticates, and Save / Test connection /
// Remove. The editor decides what the buttons do.
class ServerForm final : public QWidget
{
    Q_OBJECT
public:
    explicit ServerForm(QWidget *parent = nullptr);

    // An existing server (`isNew` false) or a new one to fill in.
    void setServer(const studio::ServerConfig &server, const QStringList &boxes, bool isNew);
    void setEditable(bool editable);
    bool isNew() const { return m_isNew; }
    QString originalName() const { return m_original.name; }

    // The fields as a server; an error (shown inline) when KIND+URL does not parse.
    net::Result<studio::ServerConfig> server();
    void showError(const QString &message);

    // Progress and result of a connection test.
    void setTesting(bool testing);
    void showTestResult(const QString &text, bool ok);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *boxCombo() const { return m_box; }
    QLineEdit *addressEdit() const { return m_address; }
    QComboBox *authCombo() const { return m_auth; }
    QLabel *addressError() const { return m_addressError; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *testResult() const { return m_testResult; }

Q_SIGNALS:
    void saveRequested();
    void testRequested();
    void removeRequested();

private:
    void checkAddress();

    studio::ServerConfig m_original;
    bool m_isNew = false;
    bool m_editable = true;
    QLabel *m_heading;
    QLineEdit *m_name;
    QComboBox *m_box;
    QLineEdit *m_address;
    QLabel *m_addressError;
    QComboBox *m_auth;
    QLabel *m_roles;
    QPushButton *m_save;
    QPushButton *m_test;
    QPushButton *m_remove;
    QProgressBar *m_busy;
    QLabel *m_testResult;
};

} // namespace c41::ui
