// SPDX-License-Identifier: GPL-3.0-or-later
#include "livejobservers.h"

#include "backends/comfyui/comfyuiclient.h"
#include "serverkeys.h"

namespace c41::jobs {

LiveJobServers::LiveJobServers(QList<JobServer> servers, QObject *parent)
    : QObject(parent)
    , m_servers(std::move(servers))
{
    connect(&m_timer, &QTimer::timeout, this, [this] { refresh(); });
}

void LiveJobServers::setComfyUiClient(const QString &server, backends::ComfyUiClient *client)
{
    m_comfy.insert(server, client);
}

void LiveJobServers::watch(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(interval);
    refresh();
}

QCoro::Task<> LiveJobServers::refresh()
{
    if (m_refreshing)
        co_return;
    m_refreshing = true;
    QPointer<LiveJobServers> self(this);
    const auto clients = m_comfy; // the hash may change while we wait
    for (auto it = clients.cbegin(); it != clients.cend(); ++it) {
        QPointer<backends::ComfyUiClient> client = it.value();
        if (!client)
            continue;
        JobServerLoad load;
        if (QPointer<ServerKeys> keys = m_keys; keys && keys->needsKey(it.key())) {
            co_await keys->ensure(it.key()); // without it the read fails: last choice
            if (!self)
                co_return;
            if (!client)
                continue;
        }
        auto queue = co_await client->queue();
        if (!self)
            co_return;
        if (queue && client) {
            load.queueLength = int(queue->running.size() + queue->pending.size());
            auto stats = co_await client->systemStats();
            if (!self)
                co_return;
            if (stats && stats->contains("devices") && stats->at("devices").is_array() &&
                !stats->at("devices").empty()) {
                const auto &device = stats->at("devices").at(0);
                if (device.is_object() && device.contains("vram_free") &&
                    device.at("vram_free").is_number())
                    load.freeVram = device.at("vram_free").get<qint64>();
            }
        } else {
            load.queueLength = 1 << 16; // unreachable: last choice
        }
        m_loads.insert(it.key(), load);
    }
    m_refreshing = false;
    Q_EMIT refreshed();
}

} // namespace c41::jobs
