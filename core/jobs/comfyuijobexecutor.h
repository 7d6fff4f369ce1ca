// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobexecutor.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;

namespace c41::backends {
class ComfyUiClient;
struct ComfyUiEvent;
struct ComfyUiHistoryEntry;
} // namespace c41::backends

namespace c41::net {
class WebSocketChannel;
}

namespace c41::jobs {

// Runs image, video, lip-sync and video-to-audio jobs (params["workflow"]: an
// API-format graph) on ComfyUI servers.
//
// The prompt_id is ours: the dispatcher stores it before the submit, and the
// submit sends it ("prompt_id" in POST /prompt). The job is then followed
// through /queue and /history/{id} until it ends, and its outputs are saved
// into one folder per job, <root>/<yyyy-mm-dd>/<id>-<kind>/, next to a job.json
// that holds everything needed to run it again.
//
// reconcile(), for a job a previous process left behind: the prompt_id is
// looked up in /queue, then /history. Queued or running: followed. Finished:
// its missing outputs are downloaded. Unknown: if the server never answered
// the submit with a 200, it is submitted again with the same prompt_id; if it
// did, the server has lost it (a restart) and the job ends "lost", to be retried.
class ComfyUiJobExecutor final : public QObject, public JobExecutor
{
    Q_OBJECT
public:
    ComfyUiJobExecutor(QNetworkAccessManager *nam, QString outputRoot, QObject *parent = nullptr);
    ~ComfyUiJobExecutor() override;

    void addServer(const QString &name, const QUrl &url);
    backends::ComfyUiClient *client(const QString &server) const;
    QString outputRoot() const { return m_root; }
    // How often /queue and /history are polled (default 500 ms).
    void setPollInterval(std::chrono::milliseconds interval) { m_poll = interval; }
    // How long a server may stay unreachable before the job fails (default 2 min).
    void setServerGrace(std::chrono::milliseconds grace) { m_grace = grace; }

    // Unloads the models and frees the memory of every server (POST /free),
    // e.g. when the queue is paused. Returns how many servers accepted.
    QCoro::Task<int> freeMemory();

    bool canRun(JobKind kind) const override;
    QCoro::Task<JobOutcome> run(Job job, ProgressSink sink, net::CancelToken cancel) override;
    QCoro::Task<JobOutcome> reconcile(Job job, ProgressSink sink, net::CancelToken cancel) override;
    QString newRemoteId(const Job &job) const override;

Q_SIGNALS:
    // A sampler preview of the prompt running on a server (encoded image bytes).
    void previewReceived(const QString &promptId, const QByteArray &image);

private:
    // What the WebSocket said about a prompt of ours: the node, its steps.
    struct Live
    {
        QString node;
        double value = 0;
        double max = 0;
        double firstValue = 0;
        qint64 firstAt = 0; // ms since the epoch of the node's first step seen
    };

    static QString classTypeOf(const nlohmann::json &workflow, const QString &node);
    void listen(const QString &server);
    void onEvent(const QString &server, const backends::ComfyUiEvent &event);
    QCoro::Task<JobOutcome> follow(Job job, ProgressSink sink, net::CancelToken cancel,
                                   bool submitFirst);
    QCoro::Task<JobOutcome> collect(backends::ComfyUiClient *client, Job job,
                                    backends::ComfyUiHistoryEntry entry, net::CancelToken cancel);
    QCoro::Task<JobOutcome> cancelRemote(backends::ComfyUiClient *client, QString promptId);

    QPointer<QNetworkAccessManager> m_nam;
    QString m_root;
    QString m_clientId;
    QHash<QString, backends::ComfyUiClient *> m_clients;
    QHash<QString, net::WebSocketChannel *> m_sockets; // by server, for progress events
    QHash<QString, Live> m_live;                       // by prompt id
    QHash<QString, QString> m_current;                 // server → the prompt it runs
    std::chrono::milliseconds m_poll{500};
    std::chrono::milliseconds m_grace{120000};
};

} // namespace c41::jobs
