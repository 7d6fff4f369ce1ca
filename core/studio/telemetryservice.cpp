// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetryservice.h"

#include "telemetrymerge.h"
#include "telemetrysource.h"

#include <QPointer>

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
}

void TelemetryService::start()
{
    for (const auto &[box, source] : std::as_const(m_sources))
        source->start();
    m_tick.start();
}

void TelemetryService::stop()
{
    m_tick.stop();
    for (const auto &[box, source] : std::as_const(m_sources))
        source->stop();
}

QCoro::Task<> TelemetryService::pollAll()
{
    std::vector<QCoro::Task<>> running;
    for (const auto &[box, source] : std::as_const(m_sources))
        running.push_back(source->poll());
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
    return TelemetryMerge::merge(name, inputs);
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
