// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobexecutor.h"
#include "studio/serveraddress.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace c41::backends {
class LlmBackend;
}
namespace c41::net {
class HttpClient;
}

namespace c41::jobs {

// Runs LLM jobs on Ollama and OpenAI-compatible servers:
// - chat: params "model", "prompt" or "messages" ([{role, content}]), "system",
//   "temperature", "max_tokens". The answer goes to <job folder>/reply.md (and
//   the reasoning, if any, to reasoning.md), next to job.json.
// - model_load: params "model"; loads it on the server.
// - model_pull: params "model"; Ollama only (POST /api/pull, NDJSON progress).
//
// None of these can be followed after a restart: reconcile() runs the job again
// when the server never accepted it, and otherwise marks it lost (retry offered).
class LlmJobExecutor final : public QObject, public JobExecutor
{
    Q_OBJECT
public:
    LlmJobExecutor(QNetworkAccessManager *nam, QString outputRoot, QObject *parent = nullptr);
    ~LlmJobExecutor() override;

    // Servers of other kinds than Ollama and OpenAI are ignored.
    void addServer(const QString &name, studio::ServerKind kind, const QUrl &url);
    // The HTTP client of a server (owned by this object), e.g. for its API key.
    net::HttpClient *client(const QString &server) const;

    bool canRun(JobKind kind) const override;
    QCoro::Task<JobOutcome> run(Job job, ProgressSink sink, net::CancelToken cancel) override;
    QCoro::Task<JobOutcome> reconcile(Job job, ProgressSink sink, net::CancelToken cancel) override;

private:
    struct Server
    {
        studio::ServerKind kind = studio::ServerKind::Ollama;
        net::HttpClient *client = nullptr; // owned by this object (QObject child)
        std::shared_ptr<backends::LlmBackend> backend;
    };

    QCoro::Task<JobOutcome> runChat(Job job, ProgressSink sink, net::CancelToken cancel,
                                    Server server);
    QCoro::Task<JobOutcome> runLoad(Job job, ProgressSink sink, net::CancelToken cancel,
                                    Server server);
    QCoro::Task<JobOutcome> runPull(Job job, ProgressSink sink, net::CancelToken cancel,
                                    Server server);

    QPointer<QNetworkAccessManager> m_nam;
    QString m_root;
    QHash<QString, Server> m_servers;
};

} // namespace c41::jobs
