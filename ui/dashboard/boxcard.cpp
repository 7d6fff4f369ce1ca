// SPDX-License-Identifier: GPL-3.0-or-later
#include "boxcard.h"

#include "dashboard/dashboardpage.h"
#include "dashboard/devicepanel.h"
#include "dashboard/historychart.h"
#include "dashboard/labeltext.h"
#include "dashboard/loadedmodelslist.h"
#include "dashboard/wraplabel.h"
#include "models/loadedmodelsmodel.h"
#include "widgets/statusdot.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace c41::ui {

namespace {
const QColor kUp(0x2f, 0xb3, 0x5f);
const QColor kWarn(0xe0, 0x8a, 0x1e);
const QColor kDown(0xd9, 0x3f, 0x3f);
const QColor kUnknown(0x9a, 0x9a, 0x9a);
} // namespace

QString BoxCard::sourceError(const studio::SourceState &source)
{
    // Core errors already start with the server's name.
    return source.error.startsWith(source.name) ? source.error
                                                : tr("%1: %2").arg(source.name, source.error);
}

QLabel *BoxCard::sectionTitle(const QString &text)
{
    auto *label = new QLabel(text);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

BoxCard::BoxCard(QString box, QString title, const studio::TelemetryHistory *history,
                 QWidget *parent)
    : QFrame(parent)
    , m_box(std::move(box))
    , m_status(new QLabel)
    , m_reason(new WrapLabel)
    , m_body(new QWidget)
    , m_devices(new QVBoxLayout)
    , m_noDevices(new WrapLabel)
    , m_host(new QLabel)
    , m_chart(new HistoryChart(history, m_box))
    , m_models(new LoadedModelsModel(this))
    , m_modelsList(new LoadedModelsList(m_models))
    , m_modelsSection(new QWidget)
    , m_serverGrid(new QGridLayout)
{
    setObjectName(QStringLiteral("boxCard"));
    setAccessibleName(tr("Box %1").arg(title.isEmpty() ? m_box : title));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    // Cards share the dashboard's columns equally, whatever their content asks for.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Maximum);
    setMinimumWidth(DashboardPage::kMinCardWidth - 40);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);

    auto *header = new QHBoxLayout;
    header->setSpacing(10);
    auto *name = new QLabel(title.isEmpty() ? m_box : title);
    name->setObjectName(QStringLiteral("boxTitle"));
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    name->setFont(big);
    header->addWidget(name);
    if (!title.isEmpty() && title != m_box) {
        auto *id = new QLabel(m_box);
        id->setForegroundRole(QPalette::PlaceholderText);
        header->addWidget(id, 0, Qt::AlignBaseline);
    }
    header->addStretch(1);
    m_status->setObjectName(QStringLiteral("boxStatus"));
    m_status->setAccessibleName(tr("Box state"));
    header->addWidget(m_status);
    layout->addLayout(header);

    m_reason->setObjectName(QStringLiteral("boxReason"));
    m_reason->setAccessibleName(tr("Why the box is greyed"));
    m_reason->setWordWrap(true);
    m_reason->setVisible(false);
    m_reason->setTextFormat(Qt::RichText);
    layout->addWidget(m_reason);

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(10);
    m_devices->setSpacing(12);
    body->addLayout(m_devices);
    m_noDevices->setForegroundRole(QPalette::PlaceholderText);
    m_noDevices->setWordWrap(true);
    m_noDevices->setText(tr("Waiting for the first figures…"));
    body->addWidget(m_noDevices);
    m_host->setObjectName(QStringLiteral("hostLine"));
    m_host->setAccessibleName(tr("Host"));
    m_host->setVisible(false);
    body->addWidget(m_host);
    m_chart->setObjectName(QStringLiteral("historyChart"));
    body->addWidget(m_chart);

    auto *models = new QVBoxLayout(m_modelsSection);
    models->setContentsMargins(0, 0, 0, 0);
    models->setSpacing(4);
    models->addWidget(sectionTitle(tr("Loaded models")));
    models->addWidget(m_modelsList);
    m_modelsSection->setVisible(false);
    body->addWidget(m_modelsSection);
    connect(m_modelsList, &LoadedModelsList::unloadRequested, this, &BoxCard::unloadRequested);

    layout->addWidget(m_body);
    // The servers stay live (never greyed): they say why the box is down.
    layout->addWidget(sectionTitle(tr("Servers")));
    m_serverGrid->setContentsMargins(0, 0, 0, 0);
    m_serverGrid->setHorizontalSpacing(6);
    m_serverGrid->setVerticalSpacing(3);
    m_serverGrid->setColumnStretch(1, 1);
    layout->addLayout(m_serverGrid);
    setGreyed(false, tr("Connecting…"), {});
}

void BoxCard::setGreyed(bool greyed, const QString &status, const QString &reason)
{
    m_greyed = greyed;
    const QColor color = greyed ? kDown : (status == tr("Live") ? kUp : kUnknown);
    setLabelText(m_status, tr("<span style=\"color:%1\">●</span> %2").arg(color.name(), status));
    setReason(reason);
    m_body->setEnabled(!greyed);
    m_chart->setGreyedOut(greyed);
    m_status->setProperty("plainStatus", status);
}

QString BoxCard::statusText() const
{
    return m_status->property("plainStatus").toString();
}

void BoxCard::setReason(const QString &reason)
{
    if (reason == m_reasonPlain && !m_reason->text().isEmpty())
        return;
    m_reasonPlain = reason;
    m_reason->setText(
        QStringLiteral("<span style=\"color:%1\">%2</span>")
            .arg(kDown.name(), reason.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))));
    m_reason->setVisible(!reason.isEmpty());
}

QString BoxCard::reasonText() const
{
    return m_reasonPlain;
}

void BoxCard::setNoTelemetry()
{
    setLabelText(m_noDevices, tr("No telemetry source on this box. Add an exporter, macmon or "
                                 "ComfyUI server to the box in the config to see its GPUs."));
    m_noDevices->setVisible(true);
    m_chart->setVisible(false);
    setGreyed(false, tr("No telemetry"), {});
}

void BoxCard::setTelemetry(const studio::BoxTelemetry &t, const QDateTime &now)
{
    // Device panels: reuse them in order, add or drop the difference.
    while (m_panels.size() < t.devices.size()) {
        auto *panel = new DevicePanel;
        m_devices->addWidget(panel);
        m_panels.append(panel);
    }
    while (m_panels.size() > t.devices.size())
        delete m_panels.takeLast();
    QList<HistoryChart::Device> chartDevices;
    bool allStale = !t.devices.isEmpty() || t.host;
    for (int i = 0; i < t.devices.size(); ++i) {
        const studio::DeviceSample &d = t.devices.at(i);
        const bool stale = t.staleDevices.value(d.id, false);
        allStale = allStale && stale;
        m_panels.at(i)->setDevice(d, stale);
        chartDevices.append(
            {d.id, d.name.isEmpty() ? d.id : d.name, d.memoryTotalBytes.value_or(0)});
    }
    m_noDevices->setVisible(t.devices.isEmpty());
    if (t.devices.isEmpty() && !t.offline())
        setLabelText(m_noDevices, tr("The box's sources report no GPU."));

    if (t.host) {
        allStale = allStale && t.hostStale;
        const studio::HostSample &h = *t.host;
        QStringList parts;
        if (h.cpuPercent)
            parts << tr("CPU %1%").arg(shownInt(*h.cpuPercent));
        if (h.memoryUsedBytes && h.memoryTotalBytes)
            parts << tr("RAM %1 / %2 GiB")
                         .arg(DevicePanel::gib(*h.memoryUsedBytes),
                              DevicePanel::gib(*h.memoryTotalBytes));
        if (h.load1)
            parts << tr("load %1").arg(*h.load1, 0, 'f', 2);
        setLabelText(m_host, tr("Host: %1")
                                 .arg(parts.isEmpty() ? tr("no figures yet")
                                                      : parts.join(QStringLiteral(" · "))));
        m_host->setVisible(true);
    } else {
        m_host->setVisible(false);
    }

    m_chart->setDevices(chartDevices);
    m_models->setServers(t.llmServers, now);
    m_modelsSection->setVisible(!t.llmServers.isEmpty());

    if (t.offline()) {
        QStringList why;
        for (const studio::SourceState &s : t.sources) {
            if (!s.error.isEmpty())
                why << sourceError(s);
        }
        if (t.sources.isEmpty())
            why << tr("no telemetry source configured");
        if (t.devices.isEmpty())
            setLabelText(m_noDevices, tr("No figures: the box's telemetry sources do not answer."));
        setGreyed(true, tr("Offline"), why.join(u'\n'));
    } else if (allStale) {
        QDateTime last;
        for (const studio::SourceState &s : t.sources) {
            if (s.lastSuccess.isValid() && (!last.isValid() || s.lastSuccess > last))
                last = s.lastSuccess;
        }
        QStringList why;
        for (const studio::SourceState &s : t.sources) {
            if (!s.error.isEmpty())
                why << sourceError(s);
        }
        const QString since =
            last.isValid()
                ? tr("No fresh figures since %1.")
                      .arg(QLocale().toString(last.toLocalTime().time(), QLocale::LongFormat))
                : tr("No fresh figures.");
        setGreyed(true, tr("Stale"),
                  why.isEmpty() ? since : since + u' ' + why.join(QStringLiteral("; ")));
    } else {
        QStringList failing;
        for (const studio::SourceState &s : t.sources) {
            if (!s.error.isEmpty())
                failing << sourceError(s);
        }
        setGreyed(false, tr("Live"), {});
        if (!failing.isEmpty()) // partly up: not greyed, but say which source fails
            setReason(failing.join(u'\n'));
    }
}

void BoxCard::setServers(const QList<studio::ServerState> &servers)
{
    QStringList names;
    for (const studio::ServerState &s : servers)
        names << s.config.name;
    if (names != m_serverNames) {
        for (const auto &[dot, text] : std::as_const(m_serverLabels)) {
            delete dot;
            delete text;
        }
        qDeleteAll(m_serverLatency);
        m_serverLabels.clear();
        m_serverLatency.clear();
        const QFontMetrics fm(font());
        for (int i = 0; i < names.size(); ++i) {
            auto *dot = new QLabel;
            dot->setFixedSize(16, 16);
            auto *text = new WrapLabel;
            text->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_serverGrid->addWidget(dot, i, 0, Qt::AlignTop);
            m_serverGrid->addWidget(text, i, 1);
            auto *latency = new QLabel;
            latency->setAlignment(Qt::AlignRight | Qt::AlignTop);
            latency->setForegroundRole(QPalette::PlaceholderText);
            latency->setFixedSize(fm.horizontalAdvance(tr("%1 ms").arg(99999)) + 4, fm.height());
            m_serverGrid->addWidget(latency, i, 2, Qt::AlignTop);
            m_serverLabels.append(qMakePair(dot, text));
            m_serverLatency.append(latency);
        }
        m_serverNames = names;
    }
    const QString dim = palette().color(QPalette::PlaceholderText).name();
    for (int i = 0; i < servers.size(); ++i) {
        const studio::ServerState &s = servers.at(i);
        const auto &[dot, text] = m_serverLabels.at(i);
        QColor color = kUnknown;
        QString stateColor = dim;
        QString state;
        QString latency;
        if (!s.last.checkedAt.isValid()) {
            state = tr("checking…");
        } else if (s.last.healthy) {
            color = kUp;
            latency = tr("%1 ms").arg(s.last.latency.count());
            state = s.last.detail.toHtmlEscaped();
        } else {
            color = s.last.reachable ? kWarn : kDown;
            stateColor = color.name();
            state = s.last.error ? s.last.error->toString().toHtmlEscaped()
                                 : tr("not answering as expected");
        }
        // Every round comes here (each server, every 2 s): touch only what changed, a new
        // pixmap or tooltip costs a relayout or an event even when it is the same.
        const QString dotKey = QStringLiteral("%1@%2").arg(color.rgba()).arg(devicePixelRatioF());
        if (dot->property("dotKey").toString() != dotKey) {
            dot->setPixmap(statusDot(color).pixmap(QSize(16, 16), devicePixelRatioF()));
            dot->setProperty("dotKey", dotKey);
        }
        setLabelText(text, tr("<b>%1</b>&nbsp;&nbsp;<span style=\"color:%3\">%2</span>")
                               .arg(s.config.name.toHtmlEscaped(), state, stateColor));
        setLabelText(m_serverLatency.at(i), latency);
        setAccessibleNameIfChanged(text, tr("Server %1").arg(s.config.name));
        setAccessibleNameIfChanged(m_serverLatency.at(i),
                                   tr("Round trip to %1").arg(s.config.name));
        setToolTipIfChanged(text, s.config.address.toString());
    }
}

QString BoxCard::serverText(const QString &server) const
{
    const int at = int(m_serverNames.indexOf(server));
    if (at < 0)
        return {};
    const QString latency = m_serverLatency.at(at)->text();
    const QString text = m_serverLabels.at(at).second->text();
    return latency.isEmpty() ? text : text + QStringLiteral(" · ") + latency;
}

void BoxCard::showUnloadResult(const QString &server, const QString &model, const QString &error)
{
    m_modelsList->showUnloadResult(server, model, error);
}

} // namespace c41::ui
