// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobexecutor.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace c41::backends {
class TtsClient;
}
namespace c41::net {
class HttpClient;
}

namespace c41::jobs {

// Runs TTS jobs on OpenAI-style speech servers. params: "text" (or "input"),
// "voice", "model", "format" (wav, mp3, …), "speed", "instructions". The audio
// goes to <job folder>/speech.<format>, next to job.json.
//
// A speech request holds no state on the server, so reconcile() renders the
// job again, unless the file was already saved complete before the restart
// (it is written whole or not at all).
class TtsJobExecutor final : public QObject, public JobExecutor
{
    Q_OBJECT
public:
    TtsJobExecutor(QNetworkAccessManager *nam, QString outputRoot, QObject *parent = nullptr);
    ~TtsJobExecutor() override;

    void addServer(const QString &name, const QUrl &url);
    // The HTTP client of a server (owned by this object), e.g. for its API key.
    net::HttpClient *client(const QString &server) const;

    bool canRun(JobKind kind) const override;
    QCoro::Task<JobOutcome> run(Job job, ProgressSink sink, net::CancelToken cancel) override;
    QCoro::Task<JobOutcome> reconcile(Job job, ProgressSink sink, net::CancelToken cancel) override;

private:
    QPointer<QNetworkAccessManager> m_nam;
    QString m_root;
    QHash<QString, backends::TtsClient *> m_clients;
    QHash<QString, net::HttpClient *> m_http; // by server, the clients' HTTP clients
};

} // namespace c41::jobs
