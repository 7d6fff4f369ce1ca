// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostdetectpanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

namespace c41::ui {

HostDetectPanel::HostDetectPanel(QWidget *parent)
    : QWidget(parent)
    , m_host(new QLineEdit)
    , m_detect(new QPushButton(tr("&Detect")))
    , m_busy(new QProgressBar)
    , m_message(new QLabel)
    , m_found(new QListWidget)
    , m_box(new QComboBox)
    , m_add(new QPushButton(tr("Add selected")))
    , m_toBox(new QLabel(tr("Add to &box:")))
{
    setObjectName(QStringLiteral("hostDetectPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto *heading = new QLabel(tr("Add servers on a host"));
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    heading->setFont(bold);
    layout->addWidget(heading);
    auto *hint = new QLabel(tr("Give a box's host name: its standard ports are tried (Ollama, "
                               "llama.cpp, ComfyUI, exporters, macmon…). Add :PORT for a "
                               "server on another port."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    m_host->setObjectName(QStringLiteral("detectHost"));
    m_host->setAccessibleName(tr("Host name to detect servers on"));
    m_host->setPlaceholderText(tr("e.g. mac-studio.local or 192.168.1.20:8188"));
    m_host->setClearButtonEnabled(true);
    m_detect->setObjectName(QStringLiteral("detectButton"));
    m_detect->setAccessibleName(tr("Detect servers on the host"));
    m_busy->setObjectName(QStringLiteral("detectBusy"));
    m_busy->setAccessibleName(tr("Detecting servers"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(80, 8);
    m_busy->hide();
    row->addWidget(m_host, 1);
    row->addWidget(m_detect);
    row->addWidget(m_busy, 0, Qt::AlignVCenter);
    layout->addLayout(row);

    m_message->setObjectName(QStringLiteral("detectMessage"));
    m_message->setAccessibleName(tr("Detection result"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_found->setObjectName(QStringLiteral("detectFound"));
    m_found->setAccessibleName(tr("Servers found on the host"));
    m_found->setAlternatingRowColors(true);
    m_found->setMaximumHeight(150);
    m_found->hide();
    layout->addWidget(m_found);

    auto *addRow = new QHBoxLayout;
    addRow->setSpacing(8);
    auto *toBox = m_toBox;
    toBox->setBuddy(m_box);
    m_box->setObjectName(QStringLiteral("detectBox"));
    m_box->setAccessibleName(tr("Box to add the found servers to (type a new name for a new box)"));
    m_box->setEditable(true);
    m_box->setInsertPolicy(QComboBox::NoInsert);
    m_box->setMinimumContentsLength(14);
    m_add->setObjectName(QStringLiteral("addDetected"));
    m_add->setAccessibleName(tr("Add the ticked servers to the box"));
    addRow->addWidget(toBox);
    addRow->addWidget(m_box, 1);
    addRow->addWidget(m_add);
    layout->addLayout(addRow);
    layout->addStretch(1);
    m_box->setVisible(false);
    toBox->setVisible(false);
    m_add->setVisible(false);
    connect(m_found, &QListWidget::itemChanged, this, &HostDetectPanel::updateButtons);

    connect(m_host, &QLineEdit::returnPressed, this, &HostDetectPanel::requestDetect);
    connect(m_host, &QLineEdit::textChanged, this, &HostDetectPanel::updateButtons);
    connect(m_detect, &QPushButton::clicked, this, &HostDetectPanel::requestDetect);
    connect(m_add, &QPushButton::clicked, this, &HostDetectPanel::requestAdd);
    updateButtons();
}

bool HostDetectPanel::parseHost(const QString &text, QString *host, QList<quint16> *ports)
{
    QString t = text.trimmed();
    if (t.contains(QStringLiteral("://"))) {
        const QUrl url(t);
        t = url.host() + (url.port() > 0 ? u':' + QString::number(url.port()) : QString());
    }
    ports->clear();
    const qsizetype colon = t.lastIndexOf(u':');
    // "host:port", not an IPv6 address without brackets.
    if (colon > 0 && t.count(u':') == 1) {
        bool ok = false;
        const uint port = t.mid(colon + 1).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return false;
        ports->append(quint16(port));
        t = t.left(colon);
    }
    if (t.startsWith(u'[') && t.endsWith(u']'))
        t = t.mid(1, t.size() - 2);
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._:-]+$"));
    if (t.isEmpty() || !valid.match(t).hasMatch())
        return false;
    *host = t;
    return true;
}

QString HostDetectPanel::boxNameFor(const QString &host)
{
    QString name = host.section(u'.', 0, 0).toLower();
    if (name.isEmpty() || name.front().isDigit())
        name = host.toLower(); // an IP address: keep it whole
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9_.-]")), QStringLiteral("-"));
    return name;
}

void HostDetectPanel::setBoxes(const QStringList &boxes)
{
    const QString current = m_box->currentText();
    m_box->clear();
    m_box->addItems(boxes);
    if (!current.isEmpty())
        m_box->setCurrentText(current);
}

void HostDetectPanel::setEditable(bool editable)
{
    m_editable = editable;
    updateButtons();
}

void HostDetectPanel::setDetecting(bool detecting)
{
    m_detecting = detecting;
    m_busy->setVisible(detecting);
    if (detecting)
        showMessage(tr("Trying the ports on %1…").arg(m_host->text().trimmed()), false);
    updateButtons();
}

void HostDetectPanel::clearFound()
{
    m_results.clear();
    m_found->clear();
    m_found->hide();
    updateButtons();
}

void HostDetectPanel::showFound(const QString &host,
                                const QList<studio::SourceDetector::Found> &found)
{
    setDetecting(false);
    m_results = found;
    m_found->clear();
    if (found.isEmpty()) {
        showMessage(tr("Nothing answered on %1. Is the box on, and are its servers listening "
                       "on the network (not only on localhost)?")
                        .arg(host),
                    true);
        m_found->hide();
        updateButtons();
        return;
    }
    showMessage(
        tr("Found %n server(s) on %1. Untick any you do not want.", nullptr, int(found.size()))
            .arg(host),
        false);
    for (const studio::SourceDetector::Found &f : found) {
        QString text = tr("%1 — %2").arg(f.what, f.address.toString());
        if (!f.detail.isEmpty())
            text += tr(" · %1").arg(f.detail);
        auto *item = new QListWidgetItem(text, m_found);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
    m_found->show();
    // Suggest the box of that host when there is one, else a new box named after it.
    const QString suggested = boxNameFor(host);
    if (m_box->findText(suggested) >= 0 || m_box->currentText().isEmpty())
        m_box->setCurrentText(suggested);
    updateButtons();
}

void HostDetectPanel::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #d32f2f;") : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void HostDetectPanel::requestDetect()
{
    if (m_detecting)
        return;
    QString host;
    QList<quint16> ports;
    if (!parseHost(m_host->text(), &host, &ports)) {
        showMessage(tr("Give a host name or address, optionally with :PORT."), true);
        return;
    }
    clearFound();
    Q_EMIT detectRequested(host, ports);
}

void HostDetectPanel::requestAdd()
{
    QList<studio::SourceDetector::Found> ticked;
    for (int i = 0; i < m_found->count() && i < m_results.size(); ++i) {
        if (m_found->item(i)->checkState() == Qt::Checked)
            ticked << m_results[i];
    }
    const QString box = m_box->currentText().trimmed();
    if (ticked.isEmpty() || box.isEmpty())
        return;
    Q_EMIT addRequested(box, ticked);
}

void HostDetectPanel::updateButtons()
{
    m_detect->setEnabled(!m_detecting && !m_host->text().trimmed().isEmpty());
    bool anyTicked = false;
    for (int i = 0; i < m_found->count(); ++i)
        anyTicked = anyTicked || m_found->item(i)->checkState() == Qt::Checked;
    const bool showAdd = !m_results.isEmpty();
    m_box->setVisible(showAdd);
    m_add->setVisible(showAdd);
    m_toBox->setVisible(showAdd);
    m_add->setEnabled(m_editable && anyTicked);
    m_box->setEnabled(m_editable);
}

} // namespace c41::ui
