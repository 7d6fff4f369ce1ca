// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverprobe.h"
#include "studioconfig.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace c41::studio {

class SecretStore;

struct ServerState
{
    ServerConfig config;
    ProbeResult last;        // the latest check (checkedAt invalid: never checked)
    QDateTime lastHealthyAt; // when it last answered well
    int consecutiveFailures = 0;
};

// Keeps every configured server checked on an interval and says when one
// changes. Owns one HttpClient per server (with its API key from the secret
// store). The GUI's first window and `c41ctl servers` both read it.
class StudioMonitor final : public QObject
{
    Q_OBJECT
public:
    StudioMonitor(StudioConfig config, SecretStore *secrets, QNetworkAccessManager *nam,
                  QObject *parent = nullptr);
    ~StudioMonitor() override;

    const StudioConfig &config() const { return m_config; }
    QList<ServerState> states() const; // config order
    const ServerState *state(const QString &server) const;
    net::HttpClient *client(const QString &server) const;

    void setInterval(std::chrono::milliseconds interval);
    void setProbeTimeout(std::chrono::milliseconds timeout) { m_probeTimeout = timeout; }
    void start(); // checks now, then on every interval
    void stop();

    // One round over every server at once; resolves when all have answered or
    // timed out. A round already running is joined, not doubled.
    QCoro::Task<> checkAll();

Q_SIGNALS:
    void serverChanged(const QString &server);
    void roundFinished();

private:
    QCoro::Task<> loadSecrets();
    QCoro::Task<> checkOne(QString server);

    StudioConfig m_config;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_nam;
    QHash<QString, std::shared_ptr<net::HttpClient>> m_clients;
    QHash<QString, ServerState> m_states;
    QTimer m_timer;
    std::chrono::milliseconds m_probeTimeout = std::chrono::seconds(4);
    bool m_secretsLoaded = false;
    bool m_roundRunning = false;
};

} // namespace c41::studio
