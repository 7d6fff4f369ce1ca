// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/telemetry/exporterreader.h"
#include "net/backoff.h"
#include "studioconfig.h"
#include "telemetrymodel.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

#include <qcorotask.h>

class QNetworkAccessManager;

namespace c41::net {
class HttpClient;
}

namespace c41::studio {

// One telemetry source (exporter /metrics, macmon /json, ComfyUI /api/system_stats, or a
// Prometheus server's /api/v1/query for the same series, filtered by the URL's query
// items as label matchers: prometheus+http://monitor:9090?instance=forge:9100)
// polled on its own interval. Never two polls in flight: the next one is scheduled
// only when the last has ended, `interval` later on success, later and later (Backoff,
// up to 30 s) while the server is down. Keeps the last good reading; it is stale once
// older than 3 intervals.
class TelemetrySource : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    TelemetrySource(QNetworkAccessManager *nam, ServerConfig server,
                    std::chrono::milliseconds interval, QObject *parent = nullptr);
    ~TelemetrySource() override;

    const ServerConfig &server() const { return m_server; }
    QString kindName() const;
    std::chrono::milliseconds interval() const { return m_interval; }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    void start(); // polls now, then on its own schedule
    void stop();
    // One poll now; returns at once (without polling) if one is already in flight.
    QCoro::Task<> poll();

    bool inFlight() const { return m_inFlight; }
    int polls() const { return m_polls; }
    std::chrono::milliseconds nextDelay() const { return m_nextDelay; }
    const std::optional<TelemetryReading> &reading() const { return m_reading; }
    SourceState state() const;

Q_SIGNALS:
    void polled(); // a poll ended, well or not

private:
    QCoro::Task<> scheduledPoll();
    QString path() const;
    net::Result<TelemetryReading> read(const QByteArray &body, const QDateTime &at);

    ServerConfig m_server;
    std::chrono::milliseconds m_interval;
    net::HttpClient *m_client = nullptr;
    telemetry::ExporterReader m_exporter;
    net::Backoff m_backoff;
    QTimer m_timer;
    Clock m_clock;
    bool m_inFlight = false;
    bool m_running = false;
    int m_polls = 0;
    std::chrono::milliseconds m_nextDelay{0};
    std::optional<TelemetryReading> m_reading;
    QDateTime m_lastSuccess;
    QString m_error;
    QList<QPair<QString, QString>> m_matchers; // Prometheus: extra label matchers
};

} // namespace c41::studio
