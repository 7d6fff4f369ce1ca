// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/result.h"
#include "studioconfig.h"
#include "telemetryalerts.h"
#include "telemetryhistory.h"
#include "telemetrymodel.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>

#include <qcorotask.h>

class QNetworkAccessManager;

namespace c41::studio {

class TelemetrySource;
class TelemetryLlmPoller;

// Live telemetry of the whole studio: one TelemetrySource per telemetry server of
// each box (exporter, macmon, ComfyUI system stats), merged per box
// (TelemetryMerge), recorded into the 1-hour history, and announced once per tick:
// updated(box) fires at most once per box per tick, only for boxes whose sources
// answered (or failed) since the last tick, after the history is recorded and the
// alerts judged.
class TelemetryService : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit TelemetryService(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~TelemetryService() override;

    // Every server of kind exporter, macmon, comfyui or prometheus in the config, under its box
    // (a server without a box gets a box of its own name).
    void setConfig(const StudioConfig &config,
                   std::chrono::milliseconds interval = std::chrono::seconds(1));
    TelemetrySource *addSource(const QString &box, const ServerConfig &server,
                               std::chrono::milliseconds interval = std::chrono::seconds(1));
    static bool isTelemetryKind(ServerKind kind);
    // The loaded models of an ollama/openai server, shown under its box (it adds no box of
    // its own: a box is shown for its telemetry sources). setConfig() adds every one whose
    // box has a telemetry source, polled every `llmInterval`.
    TelemetryLlmPoller *addLlmServer(const QString &box, const ServerConfig &server,
                                     std::chrono::milliseconds interval = std::chrono::seconds(5));
    QList<TelemetryLlmPoller *> llmPollers(const QString &box) const;
    void setLlmInterval(std::chrono::milliseconds interval) { m_llmInterval = interval; }

    void setClock(Clock clock);
    void setTickInterval(std::chrono::milliseconds tick) { m_tick.setInterval(tick); }

    void start();
    void stop();
    // Every source once, concurrently; returns when all have answered or failed.
    QCoro::Task<> pollAll();

    QStringList boxes() const { return m_boxOrder; }
    BoxTelemetry box(const QString &name) const; // merged now
    QList<TelemetrySource *> sources(const QString &box) const;
    const TelemetryHistory &history() const { return m_history; }
    void setAlertThresholds(const AlertThresholds &thresholds)
    {
        m_alerts.setThresholds(thresholds);
    }

    // Longer history than the in-memory hour, from the box's Prometheus source (the first
    // one): query_range over `window` at `step`, ending now. A box without a prometheus
    // source answers a Config error saying so.
    QCoro::Task<net::Result<QList<TelemetryHistory::Point>>>
    longHistory(QString box, QString device, TelemetryHistory::Metric metric,
                std::chrono::seconds window = std::chrono::hours(6),
                std::chrono::seconds step = std::chrono::seconds(30));

Q_SIGNALS:
    void updated(const QString &box);
    // A threshold crossed (raised) or cleared, judged once per tick with hysteresis.
    void alert(const c41::studio::TelemetryAlert &alert);

private:
    void tick();

    QNetworkAccessManager *m_nam;
    QStringList m_boxOrder;
    QList<QPair<QString, TelemetrySource *>> m_sources; // box, source
    QList<QPair<QString, TelemetryLlmPoller *>> m_llm;  // box, poller
    std::chrono::milliseconds m_llmInterval = std::chrono::seconds(5);
    QSet<QString> m_dirty;
    QTimer m_tick;
    Clock m_clock;
    TelemetryHistory m_history;
    TelemetryAlerts m_alerts;
};

} // namespace c41::studio
