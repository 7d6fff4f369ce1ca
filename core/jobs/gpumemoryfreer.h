// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverkeys.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <QCoro/QCoroTask>

namespace c41::backends {
class ComfyUiClient;
}

namespace c41::jobs {

class JobStore;

// What freeing one server's GPU memory came to.
struct FreeMemoryResult
{
    enum class Outcome { Freed, Busy, Failed };

    QString server;
    Outcome outcome = Outcome::Failed;
    qint64 jobId = 0; // Busy: the job of ours running there (0: another client's prompt)
    QString detail;   // Failed: why, in words

    // "freed", "busy", "failed" (for --json).
    QString outcomeName() const;
    // One line in words: "forge-comfy: models unloaded and GPU memory freed."
    QString text() const;
};

// "Free VRAM while paused" (ComfyUI #1032, #6710): unloads the models and
// empties the memory cache (POST /free) of every ComfyUI server that runs
// nothing, so that other work can use the GPU while the queue waits. A server
// is left alone while a job of the queue runs there (dispatched or running in
// the store) or while its own /queue shows a prompt running (another client's).
// The servers are asked all at once. Shared by the Jobs page and
// `c41ctl jobs pause --free-vram`.
class GpuMemoryFreer final : public QObject
{
    Q_OBJECT
public:
    // The store tells which servers run a job of ours; null: ask the servers only.
    explicit GpuMemoryFreer(JobStore *store, QObject *parent = nullptr);

    // A ComfyUI server, by its client (not owned; it may go away).
    void addServer(backends::ComfyUiClient *client);
    // The servers' API keys, loaded before a keyed server is asked (not owned).
    void setServerKeys(ServerKeys *keys) { m_keys = keys; }
    QStringList servers() const;
    bool isEmpty() const { return m_clients.isEmpty(); }

    // One result per server, in the order they were added. Never blocks.
    QCoro::Task<QList<FreeMemoryResult>> freeIdle();

    // The results, one line per server.
    static QString summary(const QList<FreeMemoryResult> &results);

private:
    JobStore *m_store;
    QPointer<ServerKeys> m_keys;
    QList<QPointer<backends::ComfyUiClient>> m_clients;
    QStringList m_names;
};

} // namespace c41::jobs
