// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverseditor.h"

#include "hostdetectpanel.h"
#include "serverform.h"
#include "studio/configfile.h"
#include "studio/studioeditor.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace c41::ui {

namespace {

enum ItemRole { KindRole = Qt::UserRole, NameRole };
enum ItemKind { BoxItem = 1, ServerItem = 2 };
enum DetailPage { EmptyPage, BoxPage, ServerPage };

QString authName(net::Auth::Scheme scheme)
{
    switch (scheme) {
    case net::Auth::Scheme::None:
        return ServersEditor::tr("none");
    default:
        return ServersEditor::tr("API key in the keychain");
    }
}

// One row of the tree: the first cell carries the kind and name; none is editable.
QList<QStandardItem *> treeRow(const QStringList &texts, ItemKind kind, const QString &name)
{
    QList<QStandardItem *> row;
    for (int column = 0; column < 4; ++column) {
        auto *cell = new QStandardItem(texts.value(column));
        cell->setEditable(false);
        row << cell;
    }
    row.first()->setData(kind, KindRole);
    row.first()->setData(name, NameRole);
    return row;
}

QLabel *heading(const QString &text)
{
    auto *label = new QLabel(text);
    QFont bold = label->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    label->setFont(bold);
    return label;
}

QFrame *card(QWidget *content)
{
    auto *frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->addWidget(content);
    return frame;
}

} // namespace

ServersEditor::ServersEditor(const studio::StudioConfig &config, const QString &configPath,
                             const QString &sourceLabel, SettingsServices services, QWidget *parent)
    : QWidget(parent)
    , m_config(config)
    , m_configPath(configPath)
    , m_sourceLabel(sourceLabel)
    , m_services(std::move(services))
{
    setObjectName(QStringLiteral("serversEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    // Where the studio comes from.
    auto *fileRow = new QHBoxLayout;
    auto *file = new QLabel;
    file->setObjectName(QStringLiteral("configPath"));
    file->setAccessibleName(tr("Config file"));
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    file->setWordWrap(true);
    if (configPath.isEmpty())
        file->setText(tr("%1 (generated in memory, no file)").arg(sourceLabel));
    else
        file->setText(tr("Config file: %1").arg(QDir::toNativeSeparators(configPath)));
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
    auto *note = new QLabel(
        isEditable()
            ? tr("Changes are saved to the file at once and used from the next start. "
                 "API keys never go in the file: they are kept in the system keychain.")
            : tr("The demo lab makes up its servers at start, so they cannot be edited here. "
                 "Start the app without --demo to edit your own studio (boxes and servers are "
                 "kept in studio.json)."));
    note->setObjectName(QStringLiteral("editNote"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);

    // The tree across the page; under it the selected item's form and "Add servers on
    // a host" side by side.
    auto *left = new QVBoxLayout;
    left->setSpacing(6);
    // A QStandardItemModel, not a QTreeWidget: Qt 6.4's QTreeWidget model reports
    // children under every column of a parent row, which QAbstractItemModelTester
    // (rightly) rejects.
    m_model = new QStandardItemModel(0, 4, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Box / server"), tr("KIND+URL"), tr("Roles"), tr("Auth")});
    m_tree = new QTreeView;
    m_tree->setModel(m_model);
    m_tree->setObjectName(QStringLiteral("configTree"));
    m_tree->setAccessibleName(tr("Configured boxes and servers"));
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setStyleSheet(QStringLiteral("QTreeView::item { padding: 4px 8px 4px 2px; }"));
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setMinimumHeight(150);
    left->addWidget(m_tree, 1);
    auto *treeButtons = new QHBoxLayout;
    m_addBox = new QPushButton(tr("Add box"));
    m_addBox->setObjectName(QStringLiteral("addBox"));
    m_addBox->setAccessibleName(tr("Add a box"));
    m_addServer = new QPushButton(tr("Add server"));
    m_addServer->setObjectName(QStringLiteral("addServer"));
    m_addServer->setAccessibleName(tr("Add a server by its KIND+URL"));
    treeButtons->addWidget(m_addBox);
    treeButtons->addWidget(m_addServer);
    treeButtons->addStretch(1);
    left->addLayout(treeButtons);
    layout->addLayout(left, 1);

    m_details = new QStackedWidget;
    m_details->setObjectName(QStringLiteral("details"));
    auto *empty = new QLabel(tr("Select a box or a server to change it, or add one."));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setForegroundRole(QPalette::PlaceholderText);
    m_details->addWidget(empty);

    auto *boxPage = new QWidget;
    auto *boxLayout = new QVBoxLayout(boxPage);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->setSpacing(8);
    m_boxHeading = heading(QString());
    boxLayout->addWidget(m_boxHeading);
    auto *boxForm = new QFormLayout;
    boxForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    boxForm->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    boxForm->setHorizontalSpacing(12);
    m_boxName = new QLineEdit;
    m_boxName->setObjectName(QStringLiteral("boxName"));
    m_boxName->setAccessibleName(tr("Box name"));
    m_boxName->setPlaceholderText(tr("e.g. forge"));
    boxForm->addRow(tr("&Name:"), m_boxName);
    m_boxTitle = new QLineEdit;
    m_boxTitle->setObjectName(QStringLiteral("boxTitle"));
    m_boxTitle->setAccessibleName(tr("Box title"));
    m_boxTitle->setPlaceholderText(tr("e.g. RTX 5090 workstation"));
    boxForm->addRow(tr("&Title:"), m_boxTitle);
    boxLayout->addLayout(boxForm);
    m_boxError = new QLabel;
    m_boxError->setObjectName(QStringLiteral("boxError"));
    m_boxError->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_boxError->setWordWrap(true);
    m_boxError->hide();
    boxLayout->addWidget(m_boxError);
    auto *boxButtons = new QHBoxLayout;
    m_saveBox = new QPushButton(tr("Save"));
    m_saveBox->setObjectName(QStringLiteral("saveBox"));
    m_saveBox->setAccessibleName(tr("Save the box"));
    m_saveBox->setDefault(true);
    m_removeBox = new QPushButton(tr("Remove box"));
    m_removeBox->setObjectName(QStringLiteral("removeBox"));
    m_removeBox->setAccessibleName(tr("Remove the box and its servers"));
    boxButtons->addWidget(m_saveBox);
    boxButtons->addStretch(1);
    boxButtons->addWidget(m_removeBox);
    boxLayout->addLayout(boxButtons);
    boxLayout->addStretch(1);
    m_details->addWidget(boxPage);

    m_serverForm = new ServerForm;
    m_details->addWidget(m_serverForm);
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(14);
    bottom->addWidget(card(m_details), 1);
    m_detect = new HostDetectPanel;
    bottom->addWidget(card(m_detect), 1);
    layout->addLayout(bottom);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("studioStatus"));
    m_status->setAccessibleName(tr("Last change"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    m_removeArmed = new QTimer(this);
    m_removeArmed->setSingleShot(true);
    m_removeArmed->setInterval(5000);
    connect(m_removeArmed, &QTimer::timeout, this,
            [this] { m_removeBox->setText(tr("Remove box")); });

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ServersEditor::showSelection);
    connect(m_addBox, &QPushButton::clicked, this, [this] { showBox(nullptr); });
    connect(m_addServer, &QPushButton::clicked, this, &ServersEditor::startNewServer);
    connect(m_saveBox, &QPushButton::clicked, this, &ServersEditor::saveBox);
    connect(m_boxName, &QLineEdit::returnPressed, this, &ServersEditor::saveBox);
    connect(m_boxTitle, &QLineEdit::returnPressed, this, &ServersEditor::saveBox);
    connect(m_removeBox, &QPushButton::clicked, this, &ServersEditor::removeBox);
    connect(m_serverForm, &ServerForm::saveRequested, this, &ServersEditor::saveServer);
    connect(m_serverForm, &ServerForm::removeRequested, this, &ServersEditor::removeServer);
    connect(m_serverForm, &ServerForm::testRequested, this, &ServersEditor::requestTest);
    connect(m_detect, &HostDetectPanel::detectRequested, this,
            [this](const QString &host, const QList<quint16> &ports) { runDetect(host, ports); });
    connect(m_detect, &HostDetectPanel::addRequested, this, &ServersEditor::addDetected);

    const bool editable = isEditable();
    m_addBox->setEnabled(editable);
    m_addServer->setEnabled(editable);
    m_boxName->setReadOnly(!editable);
    m_boxTitle->setReadOnly(!editable);
    m_saveBox->setEnabled(editable);
    m_removeBox->setEnabled(editable);
    m_serverForm->setEditable(editable);
    m_detect->setEditable(editable);
    m_detect->setEnabled(editable && bool(m_services.detect));
    if (!m_services.detect)
        m_detect->setToolTip(tr("Auto-detection is not available here."));
    rebuildTree();
}

void ServersEditor::rebuildTree(const QString &select)
{
    const QSignalBlocker block(m_tree->selectionModel());
    m_model->removeRows(0, m_model->rowCount());
    QStandardItem *selected = nullptr;
    const auto addServer = [this, &select, &selected](QStandardItem *parentItem,
                                                      const studio::ServerConfig &s) {
        const QList<QStandardItem *> row = treeRow(
            {s.name, s.address.toString(), s.roles.join(QStringLiteral(", ")), authName(s.auth)},
            ServerItem, s.name);
        if (parentItem)
            parentItem->appendRow(row);
        else
            m_model->appendRow(row);
        if (s.name == select)
            selected = row.first();
    };
    QSet<QString> shown;
    for (const studio::BoxConfig &box : std::as_const(m_config.boxes)) {
        const QList<QStandardItem *> row =
            treeRow({box.title.isEmpty() ? box.name : tr("%1 (%2)").arg(box.title, box.name)},
                    BoxItem, box.name);
        QStandardItem *boxItem = row.first();
        QFont f = boxItem->font();
        f.setBold(true);
        boxItem->setFont(f);
        m_model->appendRow(row);
        if (box.name == select)
            selected = boxItem;
        for (const QString &name : box.servers) {
            if (const studio::ServerConfig *s = m_config.server(name)) {
                addServer(boxItem, *s);
                shown.insert(name);
            }
        }
    }
    for (const studio::ServerConfig &s : std::as_const(m_config.servers)) {
        if (!shown.contains(s.name))
            addServer(nullptr, s);
    }
    m_tree->expandAll();
    QHeaderView *head = m_tree->header();
    head->setStretchLastSection(true);
    for (int column = 0; column < 3; ++column) {
        m_tree->resizeColumnToContents(column);
        head->resizeSection(column, head->sectionSize(column) + 16);
    }
    QStringList boxes;
    for (const studio::BoxConfig &box : std::as_const(m_config.boxes))
        boxes << box.name;
    m_detect->setBoxes(boxes);
    m_addServer->setEnabled(isEditable() && !boxes.isEmpty());
    m_addServer->setToolTip(boxes.isEmpty() ? tr("Add a box first: a server runs on a box.")
                                            : QString());
    // Nothing asked for: the first server, so its form (and Test connection) is at hand.
    if (!selected && select.isEmpty() && m_model->rowCount() > 0) {
        QStandardItem *first = m_model->item(0);
        selected = first->rowCount() > 0 ? first->child(0) : first;
    }
    if (selected)
        m_tree->setCurrentIndex(selected->index());
    showSelection();
}

bool ServersEditor::select(const QString &name)
{
    const QModelIndexList found =
        m_model->match(m_model->index(0, 0), NameRole, name, 1,
                       Qt::MatchFixedString | Qt::MatchCaseSensitive | Qt::MatchRecursive);
    if (found.isEmpty())
        return false;
    m_tree->setCurrentIndex(found.first());
    return true;
}

void ServersEditor::showSelection()
{
    const QModelIndex item = m_tree->currentIndex().siblingAtColumn(0);
    if (!item.isValid()) {
        m_details->setCurrentIndex(EmptyPage);
        return;
    }
    const QString name = item.data(NameRole).toString();
    if (item.data(KindRole).toInt() == BoxItem) {
        showBox(m_config.box(name));
        return;
    }
    if (const studio::ServerConfig *s = m_config.server(name)) {
        QStringList boxes;
        for (const studio::BoxConfig &box : std::as_const(m_config.boxes))
            boxes << box.name;
        m_serverForm->setServer(*s, boxes, false);
        m_details->setCurrentIndex(ServerPage);
    }
}

void ServersEditor::showBox(const studio::BoxConfig *box)
{
    m_editingBox = box ? box->name : QString();
    m_boxHeading->setText(box ? tr("Box %1").arg(box->name) : tr("New box"));
    m_boxName->setText(box ? box->name : QString());
    m_boxTitle->setText(box ? box->title : QString());
    m_boxError->hide();
    m_removeBox->setVisible(box != nullptr);
    m_removeBox->setText(tr("Remove box"));
    m_removeArmed->stop();
    m_saveBox->setText(box ? tr("Save") : tr("Add box"));
    m_details->setCurrentIndex(BoxPage);
    if (!box)
        m_boxName->setFocus();
}

void ServersEditor::startNewServer()
{
    if (m_config.boxes.isEmpty())
        return;
    QString box = m_config.boxes.first().name;
    if (const QModelIndex item = m_tree->currentIndex().siblingAtColumn(0); item.isValid()) {
        const QString name = item.data(NameRole).toString();
        if (item.data(KindRole).toInt() == BoxItem)
            box = name;
        else if (const studio::ServerConfig *s = m_config.server(name))
            box = s->box;
    }
    studio::ServerConfig server;
    server.box = box;
    QStringList boxes;
    for (const studio::BoxConfig &b : std::as_const(m_config.boxes))
        boxes << b.name;
    m_serverForm->setServer(server, boxes, true);
    m_details->setCurrentIndex(ServerPage);
    m_serverForm->addressEdit()->setFocus();
}

void ServersEditor::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #d32f2f;") : QString());
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

bool ServersEditor::commit(const net::Result<studio::StudioConfig> &edited, const QString &select,
                           const QString &done)
{
    if (!isEditable())
        return false;
    if (!edited.ok()) {
        setStatus(tr("Not saved: %1").arg(edited.error().message), true);
        return false;
    }
    const net::Status saved = studio::ConfigFile::save(m_configPath, *edited);
    if (!saved.ok()) {
        setStatus(tr("Not saved: %1").arg(saved.error().toString()), true);
        return false;
    }
    // Read back what was written: the tree shows the file, not our copy.
    const auto reread = studio::ConfigFile::load(m_configPath);
    if (!reread.ok()) {
        setStatus(tr("Saved, but reading it back failed: %1").arg(reread.error().toString()), true);
        return false;
    }
    m_config = *reread;
    setStatus(tr("%1 Written to %2; the app uses it from the next start.")
                  .arg(done, QFileInfo(m_configPath).fileName()),
              false);
    rebuildTree(select);
    Q_EMIT studioChanged(m_config);
    return true;
}

void ServersEditor::saveBox()
{
    const QString name = m_boxName->text().trimmed();
    const QString title = m_boxTitle->text().trimmed();
    const auto edited = m_editingBox.isEmpty()
                            ? studio::StudioEditor::addBox(m_config, name, title)
                            : studio::StudioEditor::updateBox(m_config, m_editingBox, name, title);
    if (!edited.ok()) {
        m_boxError->setText(edited.error().message);
        m_boxError->show();
        return;
    }
    m_boxError->hide();
    commit(edited, name,
           m_editingBox.isEmpty() ? tr("Box %1 added.").arg(name) : tr("Box %1 saved.").arg(name));
}

void ServersEditor::removeBox()
{
    if (m_editingBox.isEmpty())
        return;
    // Two clicks: removing a box takes its servers with it.
    if (!m_removeArmed->isActive()) {
        const studio::BoxConfig *box = m_config.box(m_editingBox);
        const int servers = box ? int(box->servers.size()) : 0;
        m_removeBox->setText(servers > 0
                                 ? tr("Click again to remove it and %n server(s)", nullptr, servers)
                                 : tr("Click again to remove"));
        m_removeArmed->start();
        return;
    }
    m_removeArmed->stop();
    const QString name = m_editingBox;
    commit(studio::StudioEditor::removeBox(m_config, name), QString(),
           tr("Box %1 removed.").arg(name));
    m_removeBox->setText(tr("Remove box"));
}

void ServersEditor::saveServer()
{
    if (!isEditable())
        return;
    auto server = m_serverForm->server();
    if (!server.ok())
        return; // the form shows why, under the field
    const bool isNew = m_serverForm->isNew();
    if (isNew && server->name.isEmpty())
        server->name =
            studio::StudioEditor::suggestServerName(m_config, server->box, server->address.kind);
    const auto edited =
        isNew ? studio::StudioEditor::addServer(m_config, *server)
              : studio::StudioEditor::updateServer(m_config, m_serverForm->originalName(), *server);
    if (!edited.ok()) {
        m_serverForm->showError(edited.error().message);
        return;
    }
    commit(edited, server->name,
           isNew ? tr("Server %1 added.").arg(server->name)
                 : tr("Server %1 saved.").arg(server->name));
}

void ServersEditor::removeServer()
{
    const QString name = m_serverForm->originalName();
    if (name.isEmpty() || m_serverForm->isNew())
        return;
    const studio::ServerConfig *s = m_config.server(name);
    const QString box = s ? s->box : QString();
    commit(studio::StudioEditor::removeServer(m_config, name), box,
           tr("Server %1 removed.").arg(name));
}

void ServersEditor::requestTest()
{
    const auto server = m_serverForm->server();
    if (!server.ok())
        return;
    const studio::ServerConfig *saved = m_config.server(server->name);
    const bool asSaved = saved && !m_serverForm->isNew() && saved->address == server->address &&
                         saved->auth == server->auth;
    Q_EMIT testConnectionRequested(asSaved ? server->name : server->address.toString());
    if (m_services.testConnection)
        runTest(*server);
}

QCoro::Task<> ServersEditor::runTest(studio::ServerConfig server)
{
    QPointer<ServersEditor> self(this);
    QPointer<ServerForm> form(m_serverForm);
    form->setTesting(true);
    const auto test = m_services.testConnection; // lives in this frame
    const studio::ProbeResult result = co_await test(server);
    if (!self || !form)
        co_return;
    QString text;
    if (result.healthy) {
        text = result.detail.isEmpty()
                   ? tr("%1 answered in %2 ms.").arg(server.name).arg(result.latency.count())
                   : tr("%1 answered in %2 ms: %3")
                         .arg(server.name)
                         .arg(result.latency.count())
                         .arg(result.detail);
    } else if (result.reachable) {
        text = tr("Something answers at %1, but not as a %2 server: %3")
                   .arg(server.address.url.toDisplayString(),
                        studio::serverKindName(server.address.kind),
                        result.error ? result.error->message : result.detail);
    } else {
        text =
            tr("No connection: %1").arg(result.error ? result.error->toString() : tr("no answer"));
    }
    form->showTestResult(text, result.healthy);
}

QCoro::Task<> ServersEditor::runDetect(QString host, QList<quint16> ports)
{
    if (!m_services.detect)
        co_return;
    QPointer<ServersEditor> self(this);
    m_detect->setDetecting(true);
    const auto detect = m_services.detect; // lives in this frame
    const QList<studio::SourceDetector::Found> found = co_await detect(host, ports);
    if (!self)
        co_return;
    m_detect->showFound(host, found);
}

void ServersEditor::addDetected(const QString &box,
                                const QList<studio::SourceDetector::Found> &found)
{
    net::Result<studio::StudioConfig> edited = m_config;
    if (!m_config.box(box))
        edited = studio::StudioEditor::addBox(m_config, box, QString());
    QStringList added;
    for (const studio::SourceDetector::Found &f : found) {
        if (!edited.ok())
            break;
        studio::ServerConfig server;
        server.box = box;
        server.address = f.address;
        server.name = studio::StudioEditor::suggestServerName(*edited, box, f.address.kind);
        added << server.name;
        edited = studio::StudioEditor::addServer(*edited, server);
    }
    if (!edited.ok()) {
        m_detect->showMessage(tr("Not added: %1").arg(edited.error().message), true);
        return;
    }
    if (commit(edited, added.value(0),
               tr("Added %1 to %2.").arg(added.join(QStringLiteral(", ")), box))) {
        m_detect->clearFound();
        m_detect->showMessage(QString(), false);
        m_detect->hostEdit()->clear();
    }
}

} // namespace c41::ui
