// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpumemoryfreer.h"

#include "backends/comfyui/comfyuiclient.h"
#include "jobstore.h"
#include "serverkeys.h"

#include <QHash>

#include <vector>

namespace c41::jobs {

using backends::ComfyUiClient;

namespace {

// Asks one server what runs there, then frees it if nothing does.
QCoro::Task<FreeMemoryResult> freeOne(QPointer<ComfyUiClient> client, QString name, qint64 busyWith,
                                      QPointer<ServerKeys> keys)
{
    FreeMemoryResult result;
    result.server = name;
    if (busyWith) {
        result.outcome = FreeMemoryResult::Outcome::Busy;
        result.jobId = busyWith;
        co_return result;
    }
    if (!client) {
        result.detail = GpuMemoryFreer::tr("the server is no longer configured");
        co_return result;
    }
    if (keys && keys->needsKey(name)) {
        const net::Status key = co_await keys->ensure(name);
        if (!key.ok()) {
            result.detail = key.error().toString();
            co_return result;
        }
        if (!client) {
            result.detail = GpuMemoryFreer::tr("the server is no longer configured");
            co_return result;
        }
    }
    auto queue = co_await client->queue();
    if (!client) {
        result.detail = GpuMemoryFreer::tr("the server is no longer configured");
        co_return result;
    }
    if (!queue) {
        result.detail = queue.error().toString();
        co_return result;
    }
    if (!queue->running.isEmpty()) {
        result.outcome = FreeMemoryResult::Outcome::Busy;
        co_return result;
    }
    auto freed = co_await client->free(true, true);
    if (!freed.ok()) {
        result.detail = freed.error().toString();
        co_return result;
    }
    result.outcome = FreeMemoryResult::Outcome::Freed;
    co_return result;
}

} // namespace

QString FreeMemoryResult::outcomeName() const
{
    switch (outcome) {
    case Outcome::Freed:
        return QStringLiteral("freed");
    case Outcome::Busy:
        return QStringLiteral("busy");
    case Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QString FreeMemoryResult::text() const
{
    switch (outcome) {
    case Outcome::Freed:
        return GpuMemoryFreer::tr("%1: models unloaded and GPU memory freed.").arg(server);
    case Outcome::Busy:
        return jobId
                   ? GpuMemoryFreer::tr("%1: left alone, job %2 runs there.").arg(server).arg(jobId)
                   : GpuMemoryFreer::tr("%1: left alone, another client's prompt runs there.")
                         .arg(server);
    case Outcome::Failed:
        break;
    }
    return GpuMemoryFreer::tr("%1: could not free its memory: %2").arg(server, detail);
}

GpuMemoryFreer::GpuMemoryFreer(JobStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

void GpuMemoryFreer::addServer(ComfyUiClient *client)
{
    if (!client)
        return;
    m_clients << client;
    m_names << client->serverName();
}

QStringList GpuMemoryFreer::servers() const
{
    return m_names;
}

QCoro::Task<QList<FreeMemoryResult>> GpuMemoryFreer::freeIdle()
{
    // What runs where, read now (the store is not touched after a co_await).
    QHash<QString, qint64> running;
    if (m_store) {
        if (auto active = m_store->active())
            for (const Job &j : std::as_const(*active))
                if (!running.contains(j.server))
                    running.insert(j.server, j.id);
    }
    // The tasks start at once: every server is asked in parallel.
    std::vector<QCoro::Task<FreeMemoryResult>> tasks;
    tasks.reserve(m_clients.size());
    for (qsizetype i = 0; i < m_clients.size(); ++i)
        tasks.push_back(freeOne(m_clients[i], m_names[i], running.value(m_names[i]), m_keys));
    QList<FreeMemoryResult> results;
    for (auto &task : tasks)
        results << co_await std::move(task);
    co_return results;
}

QString GpuMemoryFreer::summary(const QList<FreeMemoryResult> &results)
{
    if (results.isEmpty())
        return tr("No ComfyUI server to free.");
    QStringList lines;
    for (const FreeMemoryResult &r : results)
        lines << r.text();
    return lines.join(u'\n');
}

} // namespace c41::jobs
