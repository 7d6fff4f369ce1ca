// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetryservice.h"

#include "telemetryllmpoller.h"
#include "telemetrylonghistory.h"
#include "telemetrymerge.h"
#include "telemetrysource.h"

#include "net/httpclient.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUrlQuery>

#include <memory>
#include <vector>

namespace c41::studio {

TelemetryService::TelemetryService(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_tick.setInterval(std::chrono::seconds(1));
    connect(&m_tick, &QTimer::timeout, this, &TelemetryService::tick);
}

TelemetryService::~TelemetryService() = default;

bool TelemetryService::isTelemetryKind(ServerKind kind)
{
    return kind == ServerKind::Exporter || kind == ServerKind::Macmon ||
           kind == ServerKind::ComfyUi || kind == ServerKind::Prometheus;
}

void TelemetryService::setConfig(const StudioConfig &config, std::chrono::milliseconds interval)
{
    for (const ServerConfig &server : config.servers) {
        if (isTelemetryKind(server.address.kind))
            addSource(server.box.isEmpty() ? server.name : server.box, server, interval);
    }
    for (const ServerConfig &server : config.servers) {
        if (TelemetryLlmPoller::isLlmKind(server.address.kind) && !server.box.isEmpty() &&
            m_boxOrder.contains(server.box))
            addLlmServer(server.box, server, m_llmInterval);
    }
}

TelemetryLlmPoller *TelemetryService::addLlmServer(const QString &box, const ServerConfig &server,
                                                   std::chrono::milliseconds interval)
{
    auto *poller = new TelemetryLlmPoller(m_nam, server, interval, this);
    poller->setClock(m_clock);
    m_llm.append({box, poller});
    connect(poller, &TelemetryLlmPoller::polled, this, [this, box] { m_dirty.insert(box); });
    return poller;
}

QList<TelemetryLlmPoller *> TelemetryService::llmPollers(const QString &box) const
{
    QList<TelemetryLlmPoller *> out;
    for (const auto &[b, poller] : m_llm) {
        if (b == box)
            out.append(poller);
    }
    return out;
}

TelemetrySource *TelemetryService::addSource(const QString &box, const ServerConfig &server,
                                             std::chrono::milliseconds interval)
{
    auto *source = new TelemetrySource(m_nam, server, interval, this);
    source->setClock(m_clock);
    if (!m_boxOrder.contains(box))
        m_boxOrder.append(box);
    m_sources.append({box, source});
    connect(source, &TelemetrySource::polled, this, [this, box] { m_dirty.insert(box); });
    return source;
}

void TelemetryService::setClock(Clock clock)
{
    m_clock = std::move(clock);
    for (const auto &[box, source] : std::as_const(m_sources))
        source->setClock(m_clock);
    for (const auto &[box, poller] : std::as_const(m_llm))
        poller->setClock(m_clock);
}

void TelemetryService::start()
{
    for (const auto &[box, source] : std::as_const(m_sources))
        source->start();
    for (const auto &[box, poller] : std::as_const(m_llm))
        poller->start();
    m_tick.start();
}

void TelemetryService::stop()
{
    m_tick.stop();
    for (const auto &[box, source] : std::as_const(m_sources))
        source->stop();
    for (const auto &[box, poller] : std::as_const(m_llm))
        poller->stop();
}

QCoro::Task<> TelemetryService::pollAll()
{
    std::vector<QCoro::Task<>> running;
    for (const auto &[box, source] : std::as_const(m_sources))
        running.push_back(source->poll());
    for (const auto &[box, poller] : std::as_const(m_llm))
        running.push_back(poller->poll());
    for (auto &task : running)
        co_await task;
}

QList<TelemetrySource *> TelemetryService::sources(const QString &box) const
{
    QList<TelemetrySource *> out;
    for (const auto &[b, source] : m_sources) {
        if (b == box)
            out.append(source);
    }
    return out;
}

BoxTelemetry TelemetryService::box(const QString &name) const
{
    QList<TelemetryMerge::Input> inputs;
    for (TelemetrySource *source : sources(name)) {
        TelemetryMerge::Input input;
        input.state = source->state();
        input.rank = TelemetryMerge::rankOf(source->kindName());
        input.reading = source->reading();
        inputs.append(input);
    }
    BoxTelemetry merged = TelemetryMerge::merge(name, inputs);
    for (TelemetryLlmPoller *poller : llmPollers(name))
        merged.llmServers.append(poller->sample());
    return merged;
}

QCoro::Task<net::Result<QList<TelemetryHistory::Point>>>
TelemetryService::longHistory(QString box, QString device, TelemetryHistory::Metric metric,
                              std::chrono::seconds window, std::chrono::seconds step)
{
    const TelemetrySource *prometheus = nullptr;
    for (TelemetrySource *source : sources(box)) {
        if (source->server().address.kind == ServerKind::Prometheus) {
            prometheus = source;
            break;
        }
    }
    if (!prometheus) {
        co_return net::ApiError::make(
            net::ApiError::Kind::Config, box,
            QCoreApplication::translate("Telemetry",
                                        "%1 has no prometheus source for a longer history")
                .arg(box));
    }
    const ServerConfig server = prometheus->server();
    TelemetryLongHistory::Matchers matchers;
    for (const auto &[label, value] : QUrlQuery(server.address.url).queryItems(QUrl::FullyDecoded))
        matchers.append({label, value});
    QUrl base = server.address.url;
    base.setQuery(QString());
    // Owned by this coroutine: the service may be gone before the answer comes.
    auto client = std::make_unique<net::HttpClient>(m_nam, server.name, base);
    TelemetryLongHistory history(client.get(), matchers);
    co_return co_await history.fetch(metric, device, m_clock(), window, step);
}

void TelemetryService::tick()
{
    if (m_dirty.isEmpty())
        return;
    const QSet<QString> dirty = std::exchange(m_dirty, {});
    for (const QString &name : std::as_const(m_boxOrder)) {
        if (!dirty.contains(name))
            continue;
        const BoxTelemetry merged = box(name);
        m_history.record(merged);
        const QList<TelemetryAlert> alerts = m_alerts.update(merged);
        Q_EMIT updated(name);
        for (const TelemetryAlert &a : alerts)
            Q_EMIT alert(a);
    }
}

} // namespace c41::studio
