// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/result.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;

namespace c41::studio {
class SecretStore;
struct StudioConfig;
} // namespace c41::studio

namespace c41::jobs {
class ComfyUiJobExecutor;
class GpuMemoryFreer;
class JobDispatcher;
class JobQueue;
class JobStore;
class KeyedJobExecutor;
class LiveJobServers;
class ServerKeys;
class TtsJobExecutor;
class LlmJobExecutor;
} // namespace c41::jobs

namespace c41::app {

// The app's side of the studio job queue: the shared database (JobStore), the
// queue the GUI acts on (JobQueue), and a dispatcher that runs queued jobs on
// the studio's ComfyUI and TTS servers, balanced by their live load. c41ctl
// shares the same database; both dispatch without running a job twice. The
// servers' API keys come from `secrets` (not owned; may be null), loaded before
// the first request to a keyed server.
class JobServices final : public QObject
{
    Q_OBJECT
public:
    JobServices(const studio::StudioConfig &config, studio::SecretStore *secrets,
                QNetworkAccessManager *nam, QString databasePath, QString outputRoot,
                QObject *parent = nullptr);
    ~JobServices() override;

    // Opens the database and starts dispatching. On error the queue is off
    // (store() and queue() stay null) and the app goes on without it.
    net::Status start();
    // Stops dispatching; the running jobs go on on their servers and the next
    // dispatcher to start reconciles them.
    void stop();

    jobs::JobStore *store() const;
    jobs::JobQueue *queue() const;
    jobs::JobDispatcher *dispatcher() const;
    // "Free GPU memory" while the queue is paused: the studio's ComfyUI servers
    // (the dispatcher's own clients), for the Jobs page. Null while the queue is off.
    jobs::GpuMemoryFreer *memoryFreer() const;
    QString outputRoot() const { return m_outputRoot; }

Q_SIGNALS:
    // Something about the jobs changed: a local action, a job's progress or end
    // here, or a write from another process (c41ctl).
    void jobsChanged();
    void jobFinished(qint64 id);

private:
    QNetworkAccessManager *m_nam;
    QString m_databasePath;
    QString m_outputRoot;
    std::unique_ptr<jobs::JobStore> m_store;
    std::unique_ptr<jobs::ServerKeys> m_keys;
    std::unique_ptr<jobs::LiveJobServers> m_servers;
    std::unique_ptr<jobs::ComfyUiJobExecutor> m_comfy;
    std::unique_ptr<jobs::TtsJobExecutor> m_tts;
    std::unique_ptr<jobs::LlmJobExecutor> m_llm;
    std::unique_ptr<jobs::KeyedJobExecutor> m_keyed; // the three, behind the keys
    std::unique_ptr<jobs::JobDispatcher> m_dispatcher;
    std::unique_ptr<jobs::JobQueue> m_queue;
    std::unique_ptr<jobs::GpuMemoryFreer> m_freer;
    QStringList m_comfyServers;
    bool m_open = false;
};

} // namespace c41::app
