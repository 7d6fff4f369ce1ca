// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetryllmpoller.h"

#include "backends/llm/llmbackend.h"
#include "net/httpclient.h"

#include <QPointer>

namespace c41::studio {

using namespace std::chrono_literals;

TelemetryLlmPoller::TelemetryLlmPoller(QNetworkAccessManager *nam, ServerConfig server,
                                       std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_server(std::move(server))
    , m_interval(std::max(interval, std::chrono::milliseconds(10)))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_client = new net::HttpClient(nam, m_server.name, m_server.address.url, this);
    net::RequestOptions options;
    options.totalTimeout = std::max<std::chrono::milliseconds>(2 * m_interval, 3s);
    options.inactivityTimeout = options.totalTimeout;
    options.maxRetries = 0;
    m_client->setDefaultOptions(options);
    m_backend = backends::LlmBackend::create(m_server.address.kind, m_client);
    m_sample.server = m_server.name;
    m_sample.kind = serverKindName(m_server.address.kind);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { scheduledPoll(); });
}

TelemetryLlmPoller::~TelemetryLlmPoller() = default;

bool TelemetryLlmPoller::isLlmKind(ServerKind kind)
{
    return kind == ServerKind::Ollama || kind == ServerKind::OpenAi;
}

void TelemetryLlmPoller::start()
{
    m_running = true;
    if (!m_inFlight && !m_timer.isActive())
        m_timer.start(0);
}

void TelemetryLlmPoller::stop()
{
    m_running = false;
    m_timer.stop();
}

QCoro::Task<> TelemetryLlmPoller::scheduledPoll()
{
    QPointer<TelemetryLlmPoller> self(this);
    co_await poll();
    if (self && self->m_running && !self->m_timer.isActive())
        self->m_timer.start(self->m_interval);
}

QCoro::Task<> TelemetryLlmPoller::poll()
{
    if (m_inFlight || !m_backend)
        co_return;
    m_inFlight = true;
    QPointer<TelemetryLlmPoller> self(this);
    const auto result = co_await m_backend->loadedModels();
    if (!self)
        co_return;
    m_inFlight = false;
    if (!result.ok()) {
        m_sample.error = result.error().toString();
        Q_EMIT polled();
        co_return;
    }
    LlmServerSample sample;
    sample.server = m_sample.server;
    sample.kind = m_sample.kind;
    sample.sampledAt = m_clock();
    for (const backends::LoadedModel &m : result->models) {
        LlmModelSample model;
        model.name = m.name;
        model.sizeBytes = double(std::max<qint64>(m.sizeBytes, 0));
        if (const double share = m.vramShare(); share >= 0)
            model.vramShare = share;
        model.expiresAt = m.expiresAt;
        model.pinned = m.pinned;
        model.state = m.state;
        sample.models.append(model);
    }
    const backends::ServerLoad &load = result->load;
    if (load.busySlots >= 0)
        sample.busySlots = load.busySlots;
    if (load.totalSlots >= 0)
        sample.totalSlots = load.totalSlots;
    if (load.running >= 0)
        sample.running = load.running;
    if (load.waiting >= 0)
        sample.waiting = load.waiting;
    if (load.kvCacheUsage >= 0)
        sample.kvCacheFill = load.kvCacheUsage;
    m_sample = sample;
    Q_EMIT polled();
}

} // namespace c41::studio
