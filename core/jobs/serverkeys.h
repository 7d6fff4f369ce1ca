// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httpclient.h"
#include "net/result.h"

#include <QCoro/QCoroTask>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace c41::studio {
class SecretStore;
struct StudioConfig;
} // namespace c41::studio

namespace c41::jobs {

// The API keys of the servers the job queue talks to. A server configured with
// "auth" (bearer or x-api-key) gets its key from the secret store, read once
// before the first request to it, and set on every client registered for it
// (the executors', the balancer's, the memory freer's). A missing key is an
// error that names the server and says how to store it; it is looked up again
// next time, so a key stored meanwhile (c41ctl secret set) is picked up.
class ServerKeys final : public QObject
{
    Q_OBJECT
public:
    // `secrets` is not owned (may be null: keyed servers then fail with a clear error).
    ServerKeys(studio::SecretStore *secrets, const studio::StudioConfig &config,
               QObject *parent = nullptr);

    // Where the key of `server` goes once loaded (not owned; it may go away).
    void addClient(const QString &server, net::HttpClient *client);
    // Whether `server` is configured with an auth scheme.
    bool needsKey(const QString &server) const;

    // Makes sure the key of `server` is on its clients: Done at once for a
    // server without auth or with its key loaded; otherwise reads it. Never blocks.
    QCoro::Task<net::Status> ensure(QString server);

private:
    void apply(const QString &server);

    studio::SecretStore *m_secrets;
    QHash<QString, net::Auth::Scheme> m_schemes; // keyed servers only
    QHash<QString, QString> m_secretKeys;        // their keys in the secret store
    QHash<QString, QString> m_keys;              // loaded keys, by server
    QHash<QString, QList<QPointer<net::HttpClient>>> m_clients;
};

} // namespace c41::jobs
