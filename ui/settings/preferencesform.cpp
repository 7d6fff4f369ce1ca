// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesform.h"

#include "studio/appsettings.h"
#include "studio/autostartentry.h"
#include "themeapplier.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace c41::ui {

using studio::AppSettings;

namespace {
QLabel *hintLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

PreferencesForm::PreferencesForm(AppSettings *settings, bool trayAvailable,
                                 const QString &defaultOutputFolder, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("preferencesForm"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(buildAppearance());
    layout->addWidget(buildOutput(defaultOutputFolder));
    layout->addWidget(buildTray(trayAvailable));
    layout->addStretch(1);
}

QWidget *PreferencesForm::buildAppearance()
{
    auto *group = new QGroupBox(tr("Appearance and language"));
    auto *form = new QFormLayout(group);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(10);

    auto *schemes = new QHBoxLayout;
    schemes->setSpacing(16);
    m_appearance = new QButtonGroup(this);
    const struct
    {
        AppSettings::Appearance value;
        QString text;
        QString name;
    } options[] = {
        {AppSettings::Appearance::System, tr("&System"), QStringLiteral("appearanceSystem")},
        {AppSettings::Appearance::Light, tr("&Light"), QStringLiteral("appearanceLight")},
        {AppSettings::Appearance::Dark, tr("&Dark"), QStringLiteral("appearanceDark")},
    };
    for (const auto &o : options) {
        auto *button = new QRadioButton(o.text);
        button->setObjectName(o.name);
        button->setAccessibleName(tr("Appearance: %1").arg(QString(o.text).remove(u'&')));
        m_appearance->addButton(button, int(o.value));
        schemes->addWidget(button);
    }
    schemes->addStretch(1);
    form->addRow(tr("Colours:"), schemes);
    const AppSettings::Appearance current = m_settings->appearance();
    m_appearance->button(int(current))->setChecked(true);
    connect(m_appearance, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (!on)
            return;
        m_settings->setAppearance(AppSettings::Appearance(id));
        ThemeApplier::apply(AppSettings::Appearance(id));
    });

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString());
    // Each language in its own words: whoever reads the list may not read this one.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_startLanguage = m_settings->language();
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_startLanguage)));
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_languageNote = hintLabel(tr("Restart the app to use the new language."));
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->hide();
    auto *languageRow = new QHBoxLayout;
    languageRow->setSpacing(12);
    languageRow->addWidget(m_language);
    languageRow->addWidget(m_languageNote, 1);
    auto *languageLabel = new QLabel(tr("&Language:"));
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, languageRow);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString language = m_language->itemData(index).toString();
        m_settings->setLanguage(language);
        m_languageNote->setVisible(language != m_startLanguage);
    });
    return group;
}

QWidget *PreferencesForm::buildOutput(const QString &defaultOutputFolder)
{
    auto *group = new QGroupBox(tr("Output folder"));
    auto *layout = new QVBoxLayout(group);
    layout->setSpacing(8);
    layout->addWidget(
        hintLabel(tr("Images, videos and sounds from jobs are saved here, one folder per day.")));
    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    m_output = new QLineEdit(m_settings->outputFolder());
    m_output->setObjectName(QStringLiteral("outputFolder"));
    m_output->setAccessibleName(tr("Output folder"));
    m_output->setPlaceholderText(defaultOutputFolder.isEmpty()
                                     ? tr("The default folder")
                                     : QDir::toNativeSeparators(defaultOutputFolder));
    m_output->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setAccessibleName(tr("Choose the output folder"));
    row->addWidget(m_output, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    connect(m_output, &QLineEdit::editingFinished, this,
            [this] { m_settings->setOutputFolder(QDir::fromNativeSeparators(m_output->text())); });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString start =
            m_output->text().isEmpty() ? m_output->placeholderText() : m_output->text();
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Output folder"), start);
        if (dir.isEmpty())
            return;
        m_output->setText(QDir::toNativeSeparators(dir));
        m_settings->setOutputFolder(dir);
    });
    return group;
}

QWidget *PreferencesForm::buildTray(bool trayAvailable)
{
    auto *group = new QGroupBox(tr("Tray and start-up"));
    auto *layout = new QVBoxLayout(group);
    layout->setSpacing(8);
    m_closeToTray = new QCheckBox(tr("&Close to the tray: closing the window keeps the app "
                                     "running in the system tray"));
    m_closeToTray->setObjectName(QStringLiteral("closeToTray"));
    m_closeToTray->setAccessibleName(tr("Close to tray"));
    m_closeToTray->setChecked(trayAvailable && m_settings->closeToTray(trayAvailable));
    m_closeToTray->setEnabled(trayAvailable);
    connect(m_closeToTray, &QCheckBox::toggled, this,
            [this](bool on) { m_settings->setCloseToTray(on); });
    layout->addWidget(m_closeToTray);

    m_notifications = new QCheckBox(tr("Show &notifications when jobs finish and alerts are "
                                       "raised"));
    m_notifications->setObjectName(QStringLiteral("notifications"));
    m_notifications->setAccessibleName(tr("Show notifications"));
    m_notifications->setChecked(m_settings->showNotifications());
    connect(m_notifications, &QCheckBox::toggled, this,
            [this](bool on) { m_settings->setShowNotifications(on); });
    layout->addWidget(m_notifications);

    m_startAtLogin = new QCheckBox(tr("Start at &login, minimised to the tray"));
    m_startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
    m_startAtLogin->setAccessibleName(tr("Start at login"));
    m_startAtLogin->setChecked(studio::AutostartEntry::isEnabled());
    m_startAtLogin->setEnabled(studio::AutostartEntry::isSupported());
    connect(m_startAtLogin, &QCheckBox::toggled, this, &PreferencesForm::setStartAtLogin);
    layout->addWidget(m_startAtLogin);

    m_trayStatus = hintLabel(QString());
    m_trayStatus->setObjectName(QStringLiteral("trayStatus"));
    if (!trayAvailable)
        m_trayStatus->setText(tr("There is no system tray here: closing the window quits, "
                                 "and notifications go to the status bar."));
    else if (!studio::AutostartEntry::isSupported())
        m_trayStatus->setText(tr("Starting at login is set in the system's own settings here."));
    m_trayStatus->setVisible(!m_trayStatus->text().isEmpty());
    layout->addWidget(m_trayStatus);
    return group;
}

void PreferencesForm::setStartAtLogin(bool on)
{
    const net::Status status = studio::AutostartEntry::setEnabled(on);
    if (status.ok()) {
        m_trayStatus->setStyleSheet(QString());
        m_trayStatus->setText(
            on ? tr("C41 will start in the tray when you log in (%1).")
                     .arg(QDir::toNativeSeparators(studio::AutostartEntry::path()))
               : tr("C41 will no longer start at login."));
    } else {
        m_trayStatus->setStyleSheet(QStringLiteral("color: #d32f2f;"));
        m_trayStatus->setText(status.error().toString());
        const QSignalBlocker block(m_startAtLogin);
        m_startAtLogin->setChecked(studio::AutostartEntry::isEnabled());
    }
    m_trayStatus->show();
}

QAbstractButton *PreferencesForm::appearanceButton(int appearance) const
{
    return m_appearance->button(appearance);
}

} // namespace c41::ui
