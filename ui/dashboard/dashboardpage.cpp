// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardpage.h"

#include "dashboard/boxcard.h"
#include "dashboard/wraplabel.h"
#include "studio/studiomonitor.h"
#include "studio/telemetryservice.h"

#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

#include <utility>

namespace c41::ui {

DashboardPage::DashboardPage(studio::TelemetryService *telemetry, studio::StudioMonitor *monitor,
                             QWidget *parent)
    : QWidget(parent)
    , m_telemetry(telemetry)
    , m_monitor(monitor)
    , m_scroll(new QScrollArea)
    , m_canvas(new QWidget)
    , m_grid(new QGridLayout(m_canvas))
    , m_empty(new WrapLabel)
    , m_subtitle(new QLabel)
{
    setObjectName(QStringLiteral("dashboardPage"));
    setAccessibleName(tr("Dashboard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(20, 14, 20, 6);
    auto *title = new QLabel(tr("Dashboard"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    title->setAccessibleName(tr("Page title"));
    header->addWidget(title);
    header->addSpacing(12);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    header->addWidget(m_subtitle, 1, Qt::AlignBottom);
    layout->addLayout(header);

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setAccessibleName(tr("Boxes"));
    m_grid->setContentsMargins(20, 8, 20, 20);
    m_grid->setSpacing(16);
    m_scroll->setWidget(m_canvas);
    layout->addWidget(m_scroll, 1);

    m_empty->setObjectName(QStringLiteral("dashboardEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(
        tr("No boxes to show yet.\n\nDescribe your boxes and their servers in the config file "
           "(see Settings), or start the app with --demo to see a studio at work."));

    // One card per box: the config's boxes in order, then boxes the telemetry service made
    // up for servers outside any box.
    if (m_monitor) {
        for (const studio::BoxConfig &box : m_monitor->config().boxes)
            addCard(box.name, box.title);
    }
    if (m_telemetry) {
        for (const QString &box : m_telemetry->boxes()) {
            if (!m_cards.contains(box))
                addCard(box, {});
        }
    }
    for (const QString &box : std::as_const(m_order)) {
        if (!m_telemetry || !m_telemetry->boxes().contains(box))
            m_cards.value(box)->setNoTelemetry();
        updateServers(box);
    }
    if (m_telemetry)
        connect(m_telemetry, &studio::TelemetryService::updated, this, &DashboardPage::onTelemetry);
    if (m_monitor) {
        connect(m_monitor, &studio::StudioMonitor::serverChanged, this,
                &DashboardPage::onServerChanged);
    }
    m_subtitle->setText(m_order.isEmpty()     ? QString()
                        : m_order.size() == 1 ? tr("1 box")
                                              : tr("%1 boxes").arg(m_order.size()));
    relayout();
}

void DashboardPage::addCard(const QString &box, const QString &title)
{
    auto *card = new BoxCard(box, title, m_telemetry ? &m_telemetry->history() : nullptr);
    connect(card, &BoxCard::unloadRequested, this,
            [this, box](const QString &server, const QString &model) {
                Q_EMIT unloadRequested(box, server, model);
            });
    m_cards.insert(box, card);
    m_order.append(box);
}

void DashboardPage::onTelemetry(const QString &box)
{
    BoxCard *card = m_cards.value(box);
    if (!card) {
        addCard(box, {});
        relayout();
        card = m_cards.value(box);
    }
    if (unseen()) { // nobody sees it: no layout, no painting until it shows
        m_staleTelemetry.insert(box);
        return;
    }
    card->setTelemetry(m_telemetry->box(box));
}

void DashboardPage::onServerChanged(const QString &server)
{
    const studio::ServerConfig *config = m_monitor->config().server(server);
    if (!config || !m_cards.contains(config->box))
        return;
    if (unseen()) {
        m_staleServers.insert(config->box);
        return;
    }
    updateServers(config->box);
}

bool DashboardPage::unseen() const
{
    return !isVisible() || window()->isMinimized();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (window() != m_watchedWindow) {
        if (m_watchedWindow)
            m_watchedWindow->removeEventFilter(this);
        m_watchedWindow = window();
        m_watchedWindow->installEventFilter(this);
    }
    catchUp();
}

bool DashboardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watchedWindow && event->type() == QEvent::WindowStateChange && !unseen())
        catchUp();
    return QWidget::eventFilter(watched, event);
}

void DashboardPage::catchUp()
{
    const QSet<QString> telemetry = std::exchange(m_staleTelemetry, {});
    for (const QString &box : telemetry) {
        if (BoxCard *card = m_cards.value(box))
            card->setTelemetry(m_telemetry->box(box));
    }
    const QSet<QString> servers = std::exchange(m_staleServers, {});
    for (const QString &box : servers)
        updateServers(box);
}

void DashboardPage::updateServers(const QString &box)
{
    if (!m_monitor)
        return;
    QList<studio::ServerState> states;
    for (const studio::ServerState &s : m_monitor->states()) {
        if (s.config.box == box || (s.config.box.isEmpty() && s.config.name == box))
            states.append(s);
    }
    m_cards.value(box)->setServers(states);
}

void DashboardPage::showUnloadResult(const QString &box, const QString &server,
                                     const QString &model, const QString &error)
{
    if (BoxCard *card = m_cards.value(box))
        card->showUnloadResult(server, model, error);
}

void DashboardPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void DashboardPage::relayout()
{
    // The page's own width: the scroll area's viewport may not have its size yet.
    const int available = width() - 40 - style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int columns =
        m_order.isEmpty() ? 1 : std::clamp(available / kMinCardWidth, 1, int(m_order.size()));
    if (columns == m_columns && m_grid->count() > 0)
        return;
    m_columns = columns;
    while (m_grid->count() > 0)
        delete m_grid->takeAt(0);
    if (m_order.isEmpty()) {
        m_grid->addWidget(m_empty, 0, 0);
        return;
    }
    m_empty->setParent(this);
    m_empty->hide();
    for (int i = 0; i < m_order.size(); ++i)
        m_grid->addWidget(m_cards.value(m_order.at(i)), i / columns, i % columns, Qt::AlignTop);
    for (int c = 0; c < 4; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    m_grid->setRowStretch(int((m_order.size() + columns - 1) / columns), 1);
}

} // namespace c41::ui
