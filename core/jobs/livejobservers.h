// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobservers.h"
#include "serverkeys.h"

#include <QCoro/QCoroTask>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace c41::backends {
class ComfyUiClient;
}

namespace c41::jobs {

// The balancer's numbers, read from the servers themselves: for each ComfyUI,
// the prompts in its /queue (running + pending, from every client, not only
// ours) and the free VRAM of its device (/system_stats). A server that does
// not answer keeps its last figures, marked unknown after a failed read.
class LiveJobServers final : public QObject, public JobServers
{
    Q_OBJECT
public:
    explicit LiveJobServers(QList<JobServer> servers, QObject *parent = nullptr);

    // Not owned (e.g. ComfyUiJobExecutor::client(name)).
    void setComfyUiClient(const QString &server, backends::ComfyUiClient *client);
    // The servers' API keys, loaded before a keyed server is read (not owned).
    void setServerKeys(ServerKeys *keys) { m_keys = keys; }
    // Reads every server once.
    QCoro::Task<> refresh();
    // Reads them every `interval` (0 stops).
    void watch(std::chrono::milliseconds interval);

    QList<JobServer> servers() const override { return m_servers; }
    JobServerLoad load(const QString &server) const override { return m_loads.value(server); }

Q_SIGNALS:
    void refreshed();

private:
    QList<JobServer> m_servers;
    QHash<QString, QPointer<backends::ComfyUiClient>> m_comfy;
    QHash<QString, JobServerLoad> m_loads;
    QPointer<ServerKeys> m_keys;
    QTimer m_timer;
    bool m_refreshing = false;
};

} // namespace c41::jobs
