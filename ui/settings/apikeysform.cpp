// SPDX-License-Identifier: GPL-3.0-or-later
#include "apikeysform.h"

#include "studio/secretstore.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace c41::ui {

namespace {
enum Column { ServerColumn, SchemeColumn, KeyColumn };

QString schemeText(net::Auth::Scheme scheme)
{
    switch (scheme) {
    case net::Auth::Scheme::Bearer:
        return ApiKeysForm::tr("Bearer token");
    case net::Auth::Scheme::ApiKey:
        return ApiKeysForm::tr("X-API-Key header");
    case net::Auth::Scheme::None:
        break;
    }
    return ApiKeysForm::tr("no key sent");
}
} // namespace

ApiKeysForm::ApiKeysForm(studio::SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_table(new QTableWidget)
    , m_for(new QLabel)
    , m_key(new QLineEdit)
    , m_save(new QPushButton(tr("Save key")))
    , m_remove(new QPushButton(tr("Remove key")))
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("apiKeysForm"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    auto *hint = new QLabel(
        tr("Keys are kept in the system keychain, never in the config file, and are not shown "
           "again once stored. Whether a server sends its key, and how, is set with the server "
           "under Boxes and servers."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    m_table->setObjectName(QStringLiteral("apiKeysTable"));
    m_table->setAccessibleName(tr("Servers and their API keys"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Server"), tr("Sends its key as"), tr("Key")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    layout->addWidget(m_table, 1);

    QFont bold = m_for->font();
    bold.setBold(true);
    m_for->setFont(bold);
    m_for->setObjectName(QStringLiteral("apiKeyFor"));
    layout->addWidget(m_for);
    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    m_key->setObjectName(QStringLiteral("apiKey"));
    m_key->setAccessibleName(tr("API key"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Paste the key here"));
    m_key->setClearButtonEnabled(true);
    auto *reveal = new QCheckBox(tr("Sho&w"));
    reveal->setObjectName(QStringLiteral("revealKey"));
    reveal->setAccessibleName(tr("Show the key while typing"));
    connect(reveal, &QCheckBox::toggled, this,
            [this](bool on) { m_key->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    m_save->setObjectName(QStringLiteral("saveKey"));
    m_save->setAccessibleName(tr("Store the API key in the keychain"));
    m_remove->setObjectName(QStringLiteral("removeKey"));
    m_remove->setAccessibleName(tr("Remove the API key from the keychain"));
    row->addWidget(m_key, 1);
    row->addWidget(reveal);
    row->addWidget(m_save);
    row->addWidget(m_remove);
    layout->addLayout(row);
    m_status->setObjectName(QStringLiteral("apiKeyStatus"));
    m_status->setAccessibleName(tr("API key result"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ApiKeysForm::updateSelection);
    connect(m_key, &QLineEdit::textChanged, this, &ApiKeysForm::updateSelection);
    connect(m_key, &QLineEdit::returnPressed, m_save, &QPushButton::click);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString server = currentServer();
        if (!server.isEmpty() && !m_key->text().trimmed().isEmpty())
            store(server, m_key->text().trimmed());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString server = currentServer();
        if (!server.isEmpty())
            erase(server);
    });
    if (!m_secrets)
        setStatus(tr("No keychain is available here: keys cannot be stored."), true);
    updateSelection();
}

void ApiKeysForm::setConfig(const studio::StudioConfig &config)
{
    const QString current = currentServer();
    m_config = config;
    m_table->setRowCount(int(config.servers.size()));
    for (int row = 0; row < config.servers.size(); ++row) {
        const studio::ServerConfig &s = config.servers[row];
        auto *name = new QTableWidgetItem(s.name);
        name->setData(Qt::UserRole, s.name);
        name->setToolTip(s.address.toString());
        m_table->setItem(row, ServerColumn, name);
        m_table->setItem(row, SchemeColumn, new QTableWidgetItem(schemeText(s.auth)));
        m_table->setItem(row, KeyColumn, new QTableWidgetItem(tr("…")));
    }
    m_table->resizeColumnsToContents();
    for (int column : {ServerColumn, SchemeColumn})
        m_table->setColumnWidth(column, m_table->columnWidth(column) + 24);
    if (!selectServer(current) && m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateSelection();
}

bool ApiKeysForm::selectServer(const QString &name)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, ServerColumn)->data(Qt::UserRole).toString() == name) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

QString ApiKeysForm::currentServer() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return {};
    return m_table->item(selected.first()->row(), ServerColumn)->data(Qt::UserRole).toString();
}

void ApiKeysForm::updateSelection()
{
    const QString server = currentServer();
    m_for->setText(server.isEmpty() ? tr("Select a server to set its key")
                                    : tr("API key for %1").arg(server));
    const bool can = m_secrets && !server.isEmpty() && !m_busy;
    m_key->setEnabled(can);
    m_save->setEnabled(can && !m_key->text().trimmed().isEmpty());
    m_remove->setEnabled(can);
}

void ApiKeysForm::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #d32f2f;") : QString());
    m_status->setText(text);
}

void ApiKeysForm::setKeyState(const QString &server, const QString &text)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, ServerColumn)->data(Qt::UserRole).toString() == server)
            m_table->item(row, KeyColumn)->setText(text);
    }
}

void ApiKeysForm::refresh()
{
    readStates();
}

QCoro::Task<> ApiKeysForm::readStates()
{
    QPointer<ApiKeysForm> self(this);
    const QList<studio::ServerConfig> servers = m_config.servers;
    for (const studio::ServerConfig &s : servers) {
        if (!m_secrets) {
            setKeyState(s.name, tr("no keychain"));
            continue;
        }
        // Only the servers that send a key are looked up: each lookup may ask the
        // keychain to unlock.
        if (s.auth == net::Auth::Scheme::None) {
            setKeyState(s.name, tr("not needed"));
            continue;
        }
        studio::SecretStore *secrets = m_secrets;
        const net::Result<QString> key = co_await secrets->read(s.secretKey());
        if (!self)
            co_return;
        if (!key.ok())
            setKeyState(s.name, tr("keychain error"));
        else
            setKeyState(s.name, key->isEmpty() ? tr("not set") : tr("stored"));
    }
}

QCoro::Task<> ApiKeysForm::store(QString server, QString key)
{
    const studio::ServerConfig *config = m_config.server(server);
    if (!config || !m_secrets)
        co_return;
    QPointer<ApiKeysForm> self(this);
    const QString secretKey = config->secretKey();
    const bool sends = config->auth != net::Auth::Scheme::None;
    m_busy = true;
    updateSelection();
    setStatus(tr("Storing the key for %1…").arg(server), false);
    studio::SecretStore *secrets = m_secrets;
    const net::Status status = co_await secrets->write(secretKey, key);
    if (!self)
        co_return;
    m_busy = false;
    if (!status.ok()) {
        setStatus(tr("Not stored: %1").arg(status.error().toString()), true);
    } else {
        m_key->clear();
        setKeyState(server, tr("stored"));
        setStatus(sends ? tr("The key for %1 is stored in the keychain.").arg(server)
                        : tr("The key for %1 is stored, but the server sends no key: choose "
                             "how it sends it under Boxes and servers.")
                              .arg(server),
                  false);
        Q_EMIT keyChanged(server);
    }
    updateSelection();
}

QCoro::Task<> ApiKeysForm::erase(QString server)
{
    const studio::ServerConfig *config = m_config.server(server);
    if (!config || !m_secrets)
        co_return;
    QPointer<ApiKeysForm> self(this);
    const QString secretKey = config->secretKey();
    const bool sends = config->auth != net::Auth::Scheme::None;
    m_busy = true;
    updateSelection();
    studio::SecretStore *secrets = m_secrets;
    const net::Status status = co_await secrets->remove(secretKey);
    if (!self)
        co_return;
    m_busy = false;
    if (!status.ok()) {
        setStatus(tr("Not removed: %1").arg(status.error().toString()), true);
    } else {
        setKeyState(server, sends ? tr("not set") : tr("not needed"));
        setStatus(tr("The key for %1 is removed.").arg(server), false);
        Q_EMIT keyChanged(server);
    }
    updateSelection();
}

} // namespace c41::ui
