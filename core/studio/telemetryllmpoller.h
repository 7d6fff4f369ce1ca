// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studioconfig.h"
#include "telemetrymodel.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

#include <qcorotask.h>

class QNetworkAccessManager;

namespace c41::net {
class HttpClient;
}
namespace c41::backends {
class LlmBackend;
}

namespace c41::studio {

// The loaded state of one LLM server (ollama or openai) of a box, through
// LlmBackend::loadedModels(), polled on its own (slower) interval. Never two polls in
// flight; keeps the last good sample and the last error.
class TelemetryLlmPoller : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    TelemetryLlmPoller(QNetworkAccessManager *nam, ServerConfig server,
                       std::chrono::milliseconds interval, QObject *parent = nullptr);
    ~TelemetryLlmPoller() override;

    static bool isLlmKind(ServerKind kind);
    const ServerConfig &server() const { return m_server; }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    void start();
    void stop();
    // One poll now; returns at once if one is already in flight.
    QCoro::Task<> poll();
    bool inFlight() const { return m_inFlight; }
    LlmServerSample sample() const { return m_sample; }

Q_SIGNALS:
    void polled();

private:
    QCoro::Task<> scheduledPoll();

    ServerConfig m_server;
    std::chrono::milliseconds m_interval;
    net::HttpClient *m_client = nullptr;
    std::unique_ptr<backends::LlmBackend> m_backend;
    QTimer m_timer;
    Clock m_clock;
    bool m_inFlight = false;
    bool m_running = false;
    LlmServerSample m_sample;
};

} // namespace c41::studio
