// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>

#include <qcorotask.h>

#include <memory>

namespace c41::fakes {
class DemoLab;
}
namespace c41::jobs {
class ComfyUiJobExecutor;
class JobDispatcher;
class JobQueue;
class JobStore;
class StaticJobServers;
} // namespace c41::jobs
namespace c41::studio {
class ChatDatabase;
class ChatSession;
class ChatStore;
class MemorySecretStore;
class ModelCatalog;
class PersonaStore;
class StudioMonitor;
class TelemetryService;
} // namespace c41::studio

namespace c41::testing {

// The app's long-running parts on the demo studio (two boxes, seven servers), with
// time sped up: second() is one simulated second of 1 Hz polling (every telemetry
// source and LLM poller of both boxes once, every server probed once by the studio
// monitor, the telemetry clock one second later), as fast as the machine runs it.
// Jobs go through the job queue into jobs.db; chats through a ChatSession into
// chats.sqlite, as in the app.
class SoakRig : public QObject
{
    Q_OBJECT
public:
    explicit SoakRig(QString dir, QObject *parent = nullptr);
    ~SoakRig() override;

    QString start(); // empty, or why it could not

    QCoro::Task<> second();
    void submitJob();
    void chat(); // one turn (a new conversation every 4 turns); skipped while one streams
    // Empties the fake ComfyUI's prompt history (POST /history {"clear": true}), which
    // lives in this process: its growth is the server's, not the app's.
    void clearServerHistory();

    QDateTime now() const { return m_now; }
    qint64 seconds() const { return m_seconds; }
    qint64 requests() const; // telemetry polls + probes so far
    QString jobsDb() const;
    QString chatsDb() const;
    int jobsSubmitted() const { return m_jobsSubmitted; }
    int jobsSucceeded() const;
    int jobsUnfinished() const;
    int chatsSent() const { return m_chatsSent; }
    int chatsOk() const { return m_chatsOk; }
    int chatsFailed() const { return m_chatsFailed; }
    qsizetype historySeries() const;

private:
    QString m_dir;
    QDateTime m_now;
    qint64 m_seconds = 0;
    qint64 m_probes = 0;
    int m_jobsSubmitted = 0;
    int m_chatsSent = 0;
    int m_chatsOk = 0;
    int m_chatsFailed = 0;
    QString m_chatModel;
    QNetworkAccessManager m_nam;
    std::unique_ptr<fakes::DemoLab> m_lab;
    std::unique_ptr<studio::MemorySecretStore> m_secrets;
    std::unique_ptr<studio::StudioMonitor> m_monitor;
    std::unique_ptr<studio::TelemetryService> m_telemetry;
    std::unique_ptr<studio::ModelCatalog> m_catalog;
    std::unique_ptr<studio::ChatDatabase> m_chatDb;
    std::unique_ptr<studio::ChatStore> m_chatStore;
    std::unique_ptr<studio::PersonaStore> m_personas;
    std::unique_ptr<studio::ChatSession> m_session;
    std::unique_ptr<jobs::JobStore> m_jobStore;
    std::unique_ptr<jobs::StaticJobServers> m_servers;
    std::unique_ptr<jobs::ComfyUiJobExecutor> m_executor;
    std::unique_ptr<jobs::JobDispatcher> m_dispatcher;
    std::unique_ptr<jobs::JobQueue> m_queue;
};

} // namespace c41::testing
