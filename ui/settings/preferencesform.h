// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace c41::studio {
class AppSettings;
}

namespace c41::ui {

// The app's own preferences, applied as they change: appearance (System / Light /
// Dark, at once), language (from the next start), the output folder, and the tray
// (close to tray, notifications, start at login).
class PreferencesForm final : public QWidget
{
    Q_OBJECT
public:
    PreferencesForm(studio::AppSettings *settings, bool trayAvailable,
                    const QString &defaultOutputFolder, QWidget *parent = nullptr);

    QAbstractButton *appearanceButton(int appearance) const; // AppSettings::Appearance
    QComboBox *languageCombo() const { return m_language; }
    QLabel *languageNote() const { return m_languageNote; }
    QLineEdit *outputEdit() const { return m_output; }
    QCheckBox *closeToTrayBox() const { return m_closeToTray; }
    QCheckBox *notificationsBox() const { return m_notifications; }
    QCheckBox *startAtLoginBox() const { return m_startAtLogin; }
    QLabel *trayStatus() const { return m_trayStatus; }

private:
    QWidget *buildAppearance();
    QWidget *buildOutput(const QString &defaultOutputFolder);
    QWidget *buildTray(bool trayAvailable);
    void setStartAtLogin(bool on);

    studio::AppSettings *m_settings;
    QString m_startLanguage;
    QButtonGroup *m_appearance = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QLineEdit *m_output = nullptr;
    QCheckBox *m_closeToTray = nullptr;
    QCheckBox *m_notifications = nullptr;
    QCheckBox *m_startAtLogin = nullptr;
    QLabel *m_trayStatus = nullptr;
};

} // namespace c41::ui
