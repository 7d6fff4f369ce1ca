// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingspage.h"

#include "aboutdialog.h"
#include "settings/alertsform.h"
#include "settings/apikeysform.h"
#include "settings/preferencesform.h"
#include "settings/serverseditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace c41::ui {

SettingsPage::SettingsPage(const studio::StudioConfig &config, const QString &configPath,
                           const QString &sourceLabel, SettingsServices services, QWidget *parent)
    : QWidget(parent)
    , m_config(config)
    , m_configPath(configPath)
    , m_sourceLabel(sourceLabel)
    , m_services(std::move(services))
{
    setObjectName(QStringLiteral("settingsPage"));
    setAccessibleName(tr("Settings"));
}

QTreeView *SettingsPage::serverTree()
{
    build();
    return m_servers->tree();
}

ServersEditor *SettingsPage::serversEditor()
{
    build();
    return m_servers;
}

ApiKeysForm *SettingsPage::apiKeysForm()
{
    build();
    return m_keys;
}

AlertsForm *SettingsPage::alertsForm()
{
    build();
    return m_alerts;
}

PreferencesForm *SettingsPage::preferencesForm()
{
    build();
    return m_preferences;
}

QListWidget *SettingsPage::sectionList()
{
    build();
    return m_sections;
}

QPushButton *SettingsPage::aboutButton()
{
    build();
    return m_about;
}

void SettingsPage::showEvent(QShowEvent *event)
{
    build();
    QWidget::showEvent(event);
}

void SettingsPage::addSection(Section section, const QString &title, const QString &lead,
                              QWidget *body, bool scroll)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->setSpacing(8);
    auto *heading = new QLabel(title);
    heading->setObjectName(QStringLiteral("sectionHeading"));
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    heading->setFont(f);
    heading->setAccessibleName(tr("Section title"));
    layout->addWidget(heading);
    if (!lead.isEmpty()) {
        auto *label = new QLabel(lead);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    layout->addWidget(body, 1);
    QWidget *shown = page;
    if (scroll) {
        auto *area = new QScrollArea;
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setWidget(page);
        shown = area;
    }
    m_stack->addWidget(shown);
    auto *item = new QListWidgetItem(title, m_sections);
    item->setData(Qt::UserRole, int(section));
    item->setSizeHint(QSize(0, fontMetrics().height() + 18));
}

void SettingsPage::build()
{
    if (m_built)
        return;
    m_built = true;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 16);
    layout->setSpacing(12);

    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Settings"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    title->setAccessibleName(tr("Page title"));
    top->addWidget(title);
    top->addStretch(1);
    m_about = new QPushButton(tr("&About C41…"));
    m_about->setObjectName(QStringLiteral("aboutButton"));
    m_about->setAccessibleName(tr("About C41 Control Center"));
    connect(m_about, &QPushButton::clicked, this, [this] { showAbout(); });
    top->addWidget(m_about);
    layout->addLayout(top);

    auto *body = new QHBoxLayout;
    body->setSpacing(18);
    m_sections = new QListWidget;
    m_sections->setObjectName(QStringLiteral("settingsSections"));
    m_sections->setAccessibleName(tr("Settings sections"));
    m_sections->setFrameShape(QFrame::NoFrame);
    // The palette's colours (no style sheet): they follow Light / Dark at once.
    m_sections->setAutoFillBackground(true);
    m_sections->setBackgroundRole(QPalette::AlternateBase);
    m_sections->viewport()->setBackgroundRole(QPalette::AlternateBase);
    m_sections->setContentsMargins(6, 8, 6, 8);
    m_sections->setSpacing(2);
    m_sections->setFixedWidth(180);
    body->addWidget(m_sections);
    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("settingsStack"));
    body->addWidget(m_stack, 1);
    layout->addLayout(body, 1);

    m_servers = new ServersEditor(m_config, m_configPath, m_sourceLabel, m_services);
    connect(m_servers, &ServersEditor::testConnectionRequested, this,
            &SettingsPage::testConnectionRequested);
    connect(m_servers, &ServersEditor::studioChanged, this, &SettingsPage::studioChanged);
    addSection(Section::Servers, tr("Boxes and servers"), QString(), m_servers, false);

    m_keys = new ApiKeysForm(m_services.secrets);
    m_keys->setConfig(m_config);
    connect(m_keys, &ApiKeysForm::keyChanged, this, &SettingsPage::apiKeyChanged);
    connect(m_servers, &ServersEditor::studioChanged, m_keys,
            [this](const studio::StudioConfig &config) {
                m_keys->setConfig(config);
                if (m_keysRead)
                    m_keys->refresh();
            });
    addSection(Section::ApiKeys, tr("API keys"), QString(), m_keys, false);

    if (m_services.preferences) {
        m_alerts = new AlertsForm(m_services.preferences);
        addSection(Section::Alerts, tr("Alerts"), QString(), m_alerts, true);
        m_preferences = new PreferencesForm(m_services.preferences, m_services.trayAvailable,
                                            m_services.defaultOutputFolder);
        addSection(Section::Preferences, tr("Preferences"), QString(), m_preferences, true);
    }

    connect(m_sections, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        // The keychain is asked only once the keys are looked at.
        if (currentSection() == Section::ApiKeys && !m_keysRead) {
            m_keysRead = true;
            m_keys->refresh();
        }
    });
    m_sections->setCurrentRow(0);
}

void SettingsPage::showSection(Section section)
{
    build();
    for (int row = 0; row < m_sections->count(); ++row) {
        if (m_sections->item(row)->data(Qt::UserRole).toInt() == int(section)) {
            m_sections->setCurrentRow(row);
            return;
        }
    }
}

SettingsPage::Section SettingsPage::currentSection() const
{
    if (!m_sections || !m_sections->currentItem())
        return Section::Servers;
    return Section(m_sections->currentItem()->data(Qt::UserRole).toInt());
}

AboutDialog *SettingsPage::showAbout()
{
    if (!m_aboutDialog) {
        m_aboutDialog = new AboutDialog(this);
        m_aboutDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_aboutDialog->show();
    m_aboutDialog->raise();
    m_aboutDialog->activateWindow();
    return m_aboutDialog;
}

} // namespace c41::ui
