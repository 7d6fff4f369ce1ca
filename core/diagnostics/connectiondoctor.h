// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curltransfer.h"
#include "net/canceltoken.h"
#include "net/result.h"
#include "serverdiagnosis.h"
#include "studio/studioconfig.h"

#include <QHash>
#include <QObject>

#include <qcorotask.h>

#include <chrono>

namespace c41::studio {
class SecretStore;
}

namespace c41::diagnostics {

struct DoctorOptions
{
    std::chrono::milliseconds connectTimeout{5000};
    std::chrono::milliseconds totalTimeout{15000};
    // A server that takes longer than this to send its first byte once connected
    // gets the warning "slow first byte: model loading?".
    std::chrono::milliseconds slowFirstByte{3000};
    // A PEM file of the certificate authorities to trust instead of the system's
    // (a private CA; tests). Empty: the system store.
    QString caFile;
};

// Checks how a configured server is reached, phase by phase (`c41ctl doctor`,
// "Test connection" in Settings). Per endpoint (the probe path of the server's
// kind, the base URL, and for ComfyUI the optional /ws upgrade) it measures DNS,
// TCP connect, TLS handshake, time to first byte and total with libcurl (see
// CurlTransfer for why libcurl here), reads the HTTP status, and says in words
// what is wrong and what to do.
//
// Never blocks: the requests run on a worker thread. Checks use the server's API
// key from the SecretStore, sent the way HttpClient sends it.
class ConnectionDoctor final : public QObject
{
    Q_OBJECT
public:
    ConnectionDoctor(studio::StudioConfig config, studio::SecretStore *secrets,
                     QObject *parent = nullptr);
    // Cancels the checks still running (their workers stop within 100 ms).
    ~ConnectionDoctor() override;

    const studio::StudioConfig &config() const { return m_config; }
    // After the studio was edited (SettingsPage::studioChanged); checks running keep
    // the server they started with.
    void setConfig(studio::StudioConfig config) { m_config = std::move(config); }
    void setOptions(DoctorOptions options) { m_options = options; }
    DoctorOptions options() const { return m_options; }

    // A configured server name, or a KIND+URL. Errors only for an unknown server.
    QCoro::Task<net::Result<ServerDiagnosis>> examine(QString nameOrAddress,
                                                      net::CancelToken cancel = {});
    QCoro::Task<ServerDiagnosis> examineServer(studio::ServerConfig server,
                                               net::CancelToken cancel = {});

    // For views, which do not co_await: starts a check of `server` (cancelling an
    // earlier one of the same server) and answers with checkFinished or checkFailed.
    void check(const QString &server);
    void cancel(const QString &server);
    bool isChecking(const QString &server) const { return m_running.contains(server); }

    // The endpoints a server gets checked at, not yet checked.
    static QList<EndpointCheck> plan(const studio::ServerConfig &server);
    // Turns what libcurl saw into a verdict and a diagnosis in words.
    static EndpointCheck diagnose(const studio::ServerConfig &server, EndpointCheck check,
                                  const CurlOutcome &outcome, const DoctorOptions &options);

Q_SIGNALS:
    void checkStarted(const QString &server);
    void checkFinished(const c41::diagnostics::ServerDiagnosis &diagnosis);
    void checkFailed(const QString &server, const QString &message);

private:
    QCoro::Task<> runCheck(QString server, quint64 id, net::CancelToken cancel);

    struct Running
    {
        quint64 id = 0;
        net::CancelToken token;
    };

    studio::StudioConfig m_config;
    studio::SecretStore *m_secrets = nullptr;
    DoctorOptions m_options;
    QHash<QString, Running> m_running; // by server, for check()/cancel()
    quint64 m_nextCheckId = 0;
    QList<std::weak_ptr<std::atomic_bool>> m_inFlight;
};

} // namespace c41::diagnostics
