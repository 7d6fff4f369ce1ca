// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace c41::ui {

namespace {
const QString kErrorStyle = QStringLiteral("color: #d32f2f;");
const QString kOkStyle = QStringLiteral("color: #2e7d32;");
} // namespace

ServerForm::ServerForm(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel)
    , m_name(new QLineEdit)
    , m_box(new QComboBox)
    , m_address(new QLineEdit)
    , m_addressError(new QLabel)
    , m_auth(new QComboBox)
    , m_roles(new QLabel)
    , m_save(new QPushButton(tr("Save")))
    , m_test(new QPushButton(tr("Test connection")))
    , m_remove(new QPushButton(tr("Remove server")))
    , m_busy(new QProgressBar)
    , m_testResult(new QLabel)
{
    setObjectName(QStringLiteral("serverForm"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);

    m_name->setObjectName(QStringLiteral("serverName"));
    m_name->setAccessibleName(tr("Server name"));
    m_name->setPlaceholderText(tr("e.g. forge-comfy (empty: made from the box and kind)"));
    form->addRow(tr("&Name:"), m_name);

    m_box->setObjectName(QStringLiteral("serverBox"));
    m_box->setAccessibleName(tr("Box the server runs on"));
    form->addRow(tr("&Box:"), m_box);

    m_address->setObjectName(QStringLiteral("serverAddress"));
    m_address->setAccessibleName(tr("Server address as KIND+URL"));
    m_address->setPlaceholderText(tr("ollama+http://host:11434"));
    m_address->setToolTip(tr("The kind of server, a plus sign and its URL. Kinds: %1")
                              .arg(studio::serverKindNames().join(QStringLiteral(", "))));
    m_addressError->setObjectName(QStringLiteral("addressError"));
    m_addressError->setAccessibleName(tr("Address problem"));
    m_addressError->setStyleSheet(kErrorStyle);
    m_addressError->setWordWrap(true);
    m_addressError->hide();
    auto *addressBox = new QVBoxLayout;
    addressBox->setSpacing(2);
    addressBox->addWidget(m_address);
    addressBox->addWidget(m_addressError);
    auto *addressLabel = new QLabel(tr("&KIND+URL:"));
    addressLabel->setBuddy(m_address);
    form->addRow(addressLabel, addressBox);

    m_auth->setObjectName(QStringLiteral("serverAuth"));
    m_auth->setAccessibleName(tr("How the server's API key is sent"));
    m_auth->addItem(tr("No API key"), int(net::Auth::Scheme::None));
    m_auth->addItem(tr("Bearer token (Authorization header)"), int(net::Auth::Scheme::Bearer));
    m_auth->addItem(tr("X-API-Key header"), int(net::Auth::Scheme::ApiKey));
    form->addRow(tr("&API key:"), m_auth);

    m_roles->setObjectName(QStringLiteral("serverRoles"));
    m_roles->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(tr("Roles:"), m_roles);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    m_save->setObjectName(QStringLiteral("saveServer"));
    m_save->setAccessibleName(tr("Save the server"));
    m_save->setDefault(true);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setAccessibleName(tr("Test the connection to the server"));
    m_remove->setObjectName(QStringLiteral("removeServer"));
    m_remove->setAccessibleName(tr("Remove the server from the studio"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    layout->addLayout(buttons);

    auto *result = new QHBoxLayout;
    m_busy->setObjectName(QStringLiteral("testBusy"));
    m_busy->setAccessibleName(tr("Testing the connection"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(80, 8);
    m_busy->hide();
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setAccessibleName(tr("Connection test result"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    result->addWidget(m_busy, 0, Qt::AlignVCenter);
    result->addWidget(m_testResult, 1);
    layout->addLayout(result);
    layout->addStretch(1);

    connect(m_address, &QLineEdit::textEdited, this, &ServerForm::checkAddress);
    connect(m_address, &QLineEdit::returnPressed, this, &ServerForm::saveRequested);
    connect(m_name, &QLineEdit::returnPressed, this, &ServerForm::saveRequested);
    connect(m_save, &QPushButton::clicked, this, &ServerForm::saveRequested);
    connect(m_test, &QPushButton::clicked, this, &ServerForm::testRequested);
    connect(m_remove, &QPushButton::clicked, this, &ServerForm::removeRequested);
}

void ServerForm::setServer(const studio::ServerConfig &server, const QStringList &boxes, bool isNew)
{
    m_original = server;
    m_isNew = isNew;
    m_heading->setText(isNew ? tr("New server") : tr("Server %1").arg(server.name));
    m_name->setText(server.name);
    m_box->clear();
    m_box->addItems(boxes);
    m_box->setCurrentText(server.box);
    m_address->setText(
        server.address.kind == studio::ServerKind::Unknown ? QString() : server.address.toString());
    m_auth->setCurrentIndex(qMax(0, m_auth->findData(int(server.auth))));
    m_roles->setText(server.roles.isEmpty() ? tr("from the kind")
                                            : server.roles.join(QStringLiteral(", ")));
    m_addressError->hide();
    m_testResult->clear();
    m_busy->hide();
    m_remove->setVisible(!isNew);
    m_save->setText(isNew ? tr("Add server") : tr("Save"));
    setEditable(m_editable);
}

void ServerForm::setEditable(bool editable)
{
    m_editable = editable;
    m_name->setReadOnly(!editable);
    m_address->setReadOnly(!editable);
    m_box->setEnabled(editable);
    m_auth->setEnabled(editable);
    m_save->setEnabled(editable);
    m_remove->setEnabled(editable);
}

void ServerForm::checkAddress()
{
    const QString text = m_address->text().trimmed();
    if (text.isEmpty()) {
        m_addressError->hide();
        return;
    }
    const auto parsed = studio::ServerAddress::parse(text);
    if (parsed.ok()) {
        m_addressError->hide();
        m_roles->setText(studio::defaultRoleFor(parsed->kind));
    } else {
        showError(parsed.error().message + (parsed.error().hint.isEmpty()
                                                ? QString()
                                                : QStringLiteral(". ") + parsed.error().hint));
    }
}

void ServerForm::showError(const QString &message)
{
    m_addressError->setText(message);
    m_addressError->show();
}

net::Result<studio::ServerConfig> ServerForm::server()
{
    studio::ServerConfig s = m_original;
    s.name = m_name->text().trimmed();
    s.box = m_box->currentText();
    s.auth = net::Auth::Scheme(m_auth->currentData().toInt());
    const QString text = m_address->text().trimmed();
    if (text.isEmpty()) {
        const QString message = tr("Give the server's KIND+URL, e.g. ollama+http://host:11434");
        showError(message);
        return net::ApiError::make(net::ApiError::Kind::Config, s.name, message);
    }
    const auto parsed = studio::ServerAddress::parse(text);
    if (!parsed.ok()) {
        checkAddress();
        return parsed.error();
    }
    if (s.address.kind != parsed->kind)
        s.roles.clear(); // the new kind's default
    s.address = *parsed;
    m_addressError->hide();
    return s;
}

void ServerForm::setTesting(bool testing)
{
    m_busy->setVisible(testing);
    m_test->setEnabled(!testing);
    if (testing) {
        m_testResult->setStyleSheet(QString());
        m_testResult->setText(tr("Testing the connection…"));
    }
}

void ServerForm::showTestResult(const QString &text, bool ok)
{
    setTesting(false);
    m_testResult->setStyleSheet(ok ? kOkStyle : kErrorStyle);
    m_testResult->setText(text);
}

} // namespace c41::ui
