// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingspage.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace c41::ui {

namespace {
QString authName(net::Auth::Scheme scheme)
{
    switch (scheme) {
    case net::Auth::Scheme::None:
        return SettingsPage::tr("none");
    default:
        return SettingsPage::tr("API key in the keychain");
    }
}
} // namespace

SettingsPage::SettingsPage(const studio::StudioConfig &config, const QString &configPath,
                           const QString &sourceLabel, QWidget *parent)
    : QWidget(parent)
    , m_config(config)
    , m_configPath(configPath)
    , m_sourceLabel(sourceLabel)
{
    setObjectName(QStringLiteral("settingsPage"));
    setAccessibleName(tr("Settings"));
}

QTreeWidget *SettingsPage::serverTree()
{
    build();
    return m_tree;
}

void SettingsPage::showEvent(QShowEvent *event)
{
    build();
    QWidget::showEvent(event);
}

void SettingsPage::build()
{
    if (m_tree)
        return;
    m_tree = new QTreeWidget;
    const studio::StudioConfig &config = m_config;
    const QString &configPath = m_configPath;
    const QString &sourceLabel = m_sourceLabel;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 16);
    layout->setSpacing(10);

    auto *title = new QLabel(tr("Settings"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    title->setAccessibleName(tr("Page title"));
    layout->addWidget(title);

    auto *sourceTitle = new QLabel(tr("Studio configuration"));
    QFont bold = sourceTitle->font();
    bold.setBold(true);
    sourceTitle->setFont(bold);
    layout->addWidget(sourceTitle);

    auto *fileRow = new QHBoxLayout;
    auto *file = new QLabel;
    file->setObjectName(QStringLiteral("configPath"));
    file->setAccessibleName(tr("Config file"));
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    file->setWordWrap(true);
    if (configPath.isEmpty()) {
        file->setText(tr("%1 (generated in memory, no file)").arg(sourceLabel));
    } else {
        file->setText(tr("Config file: %1").arg(QDir::toNativeSeparators(configPath)));
    }
    fileRow->addWidget(file, 1);
    if (!configPath.isEmpty()) {
        auto *open = new QPushButton(tr("Show folder"));
        open->setAccessibleName(tr("Show the config file's folder"));
        const QString dir = QFileInfo(configPath).absolutePath();
        connect(open, &QPushButton::clicked, this,
                [dir] { QDesktopServices::openUrl(QUrl::fromLocalFile(dir)); });
        fileRow->addWidget(open);
    }
    layout->addLayout(fileRow);

    const QString howTo =
        tr("To add or change a box or server, edit the file (servers are written KIND+URL, "
           "e.g. ollama+http://mac-studio.local:11434) and restart the app. API keys are kept "
           "in the system keychain: set them with \"c41ctl secret set SERVER\".");
    auto *hint = new QLabel(configPath.isEmpty()
                                ? tr("The demo lab makes up its servers on this machine at "
                                     "start. With your own studio, boxes and servers are read "
                                     "from the config file. %1")
                                      .arg(howTo)
                                : tr("Boxes and servers are read from this file when the app "
                                     "starts. %1")
                                      .arg(howTo));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    m_tree->setObjectName(QStringLiteral("configTree"));
    m_tree->setAccessibleName(tr("Configured boxes and servers"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Box / server"), tr("KIND+URL"), tr("Roles"), tr("Auth")});
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setStyleSheet(QStringLiteral("QTreeView::item { padding: 4px 8px 4px 2px; }"));
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);

    const auto addServer = [this](QTreeWidgetItem *parentItem, const studio::ServerConfig &s) {
        auto *item = new QTreeWidgetItem(
            {s.name, s.address.toString(), s.roles.join(QStringLiteral(", ")), authName(s.auth)});
        if (parentItem)
            parentItem->addChild(item);
        else
            m_tree->addTopLevelItem(item);
    };
    QSet<QString> shown;
    for (const studio::BoxConfig &box : config.boxes) {
        auto *boxItem = new QTreeWidgetItem(
            {box.title.isEmpty() ? box.name : tr("%1 (%2)").arg(box.title, box.name)});
        QFont f = boxItem->font(0);
        f.setBold(true);
        boxItem->setFont(0, f);
        boxItem->setFirstColumnSpanned(false);
        m_tree->addTopLevelItem(boxItem);
        for (const QString &name : box.servers) {
            if (const studio::ServerConfig *s = config.server(name)) {
                addServer(boxItem, *s);
                shown.insert(name);
            }
        }
    }
    for (const studio::ServerConfig &s : config.servers) {
        if (!shown.contains(s.name))
            addServer(nullptr, s);
    }
    m_tree->expandAll();
    QHeaderView *head = m_tree->header();
    head->setStretchLastSection(true);
    for (int column = 0; column < 3; ++column) {
        m_tree->resizeColumnToContents(column);
        head->resizeSection(column, head->sectionSize(column) + 32);
    }
    layout->addWidget(m_tree, 1);

    if (config.servers.isEmpty()) {
        auto *empty = new QLabel(tr("No servers are configured yet. Add your boxes and "
                                    "servers to the config file above, or start the app "
                                    "with --demo to see a studio at work."));
        empty->setWordWrap(true);
        empty->setObjectName(QStringLiteral("settingsEmpty"));
        layout->addWidget(empty);
    }
}

} // namespace c41::ui
