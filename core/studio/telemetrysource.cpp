// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetrysource.h"

#include "backends/prometheus/prometheusvector.h"
#include "backends/telemetry/comfyuistatsreader.h"
#include "backends/telemetry/macmonreader.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUrlQuery>

namespace c41::studio {

using namespace std::chrono_literals;

TelemetrySource::TelemetrySource(QNetworkAccessManager *nam, ServerConfig server,
                                 std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_server(std::move(server))
    , m_interval(std::max(interval, std::chrono::milliseconds(10)))
    , m_backoff(m_interval, std::max<std::chrono::milliseconds>(m_interval, 30s))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_client = new net::HttpClient(nam, m_server.name, m_server.address.url, this);
    net::RequestOptions options;
    options.totalTimeout = std::max<std::chrono::milliseconds>(2 * m_interval, 3s);
    options.inactivityTimeout = options.totalTimeout;
    options.maxRetries = 0; // the poller has its own schedule
    options.maxResponseBytes = 16LL * 1024 * 1024;
    m_client->setDefaultOptions(options);
    // prometheus+http://monitor:9090?instance=forge:9100 → label matchers of the query.
    for (const auto &[label, value] :
         QUrlQuery(m_server.address.url).queryItems(QUrl::FullyDecoded))
        m_matchers.append({label, value});
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { scheduledPoll(); });
}

TelemetrySource::~TelemetrySource() = default;

QString TelemetrySource::kindName() const
{
    return serverKindName(m_server.address.kind);
}

void TelemetrySource::start()
{
    m_running = true;
    if (!m_inFlight && !m_timer.isActive())
        m_timer.start(0);
}

void TelemetrySource::stop()
{
    m_running = false;
    m_timer.stop();
}

QCoro::Task<> TelemetrySource::scheduledPoll()
{
    QPointer<TelemetrySource> self(this);
    co_await poll();
    if (self && self->m_running && !self->m_timer.isActive())
        self->m_timer.start(self->m_nextDelay);
}

QString TelemetrySource::path() const
{
    switch (m_server.address.kind) {
    case ServerKind::Macmon:
        return QStringLiteral("/json");
    case ServerKind::ComfyUi:
        return QStringLiteral("/api/system_stats");
    case ServerKind::Prometheus:
        return QStringLiteral("/api/v1/query?query=") +
               QString::fromLatin1(QUrl::toPercentEncoding(
                   prometheus::PrometheusVector::telemetrySelector(m_matchers)));
    default:
        return QString(); // an exporter's URL is its metrics endpoint
    }
}

net::Result<TelemetryReading> TelemetrySource::read(const QByteArray &body, const QDateTime &at)
{
    switch (m_server.address.kind) {
    case ServerKind::Macmon:
        return telemetry::MacmonReader::fromJson(body, m_server.name, at);
    case ServerKind::ComfyUi:
        return telemetry::ComfyUiStatsReader::fromJson(body, m_server.name, at);
    case ServerKind::Exporter:
        return m_exporter.read(body, m_server.name, at);
    case ServerKind::Prometheus: {
        auto series = prometheus::PrometheusVector::parse(body, m_server.name);
        if (!series)
            return series.error();
        return m_exporter.read(prometheus::PrometheusVector::toExposition(*series), m_server.name,
                               at);
    }
    default:
        return net::ApiError::make(
            net::ApiError::Kind::Config, m_server.name,
            QCoreApplication::translate("Telemetry", "%1 servers are not a telemetry source yet")
                .arg(kindName()));
    }
}

QCoro::Task<> TelemetrySource::poll()
{
    if (m_inFlight)
        co_return;
    m_inFlight = true;
    ++m_polls;
    QPointer<TelemetrySource> self(this);
    auto response = co_await m_client->get(path());
    if (!self)
        co_return;
    const QDateTime at = m_clock();
    net::Result<TelemetryReading> reading =
        response ? read(response->body, at) : net::Result<TelemetryReading>(response.error());
    if (reading) {
        m_reading = std::move(reading).value();
        m_lastSuccess = at;
        m_error.clear();
        m_backoff.reset();
        m_nextDelay = m_interval;
    } else {
        m_error = reading.error().toString();
        m_nextDelay = std::max(m_interval, m_backoff.next());
    }
    m_inFlight = false;
    Q_EMIT polled();
}

SourceState TelemetrySource::state() const
{
    SourceState state;
    state.name = m_server.name;
    state.kind = kindName();
    state.lastSuccess = m_lastSuccess;
    state.error = m_error;
    state.stale =
        !m_lastSuccess.isValid() || m_lastSuccess.msecsTo(m_clock()) > 3 * m_interval.count();
    if (m_reading) {
        state.deviceCount = int(m_reading->devices.size());
        state.givesHost = m_reading->host.has_value();
    }
    return state;
}

} // namespace c41::studio
