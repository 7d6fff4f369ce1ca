// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverkeys.h"

#include "studio/secretstore.h"
#include "studio/studioconfig.h"

namespace c41::jobs {

ServerKeys::ServerKeys(studio::SecretStore *secrets, const studio::StudioConfig &config,
                       QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{
    for (const studio::ServerConfig &s : config.servers)
        if (s.auth != net::Auth::Scheme::None) {
            m_schemes.insert(s.name, s.auth);
            m_secretKeys.insert(s.name, s.secretKey());
        }
}

void ServerKeys::addClient(const QString &server, net::HttpClient *client)
{
    if (!client)
        return;
    m_clients[server].append(client);
    if (m_keys.contains(server))
        client->setAuth({m_schemes.value(server), m_keys.value(server)});
}

bool ServerKeys::needsKey(const QString &server) const
{
    return m_schemes.contains(server);
}

void ServerKeys::apply(const QString &server)
{
    const net::Auth auth{m_schemes.value(server), m_keys.value(server)};
    for (const QPointer<net::HttpClient> &client : std::as_const(m_clients[server]))
        if (client)
            client->setAuth(auth);
}

QCoro::Task<net::Status> ServerKeys::ensure(QString server)
{
    if (!m_schemes.contains(server) || m_keys.contains(server))
        co_return net::Done{};
    const QString hint = tr("Store it with: echo \"$KEY\" | c41ctl secret set %1").arg(server);
    if (!m_secrets)
        co_return net::ApiError::make(net::ApiError::Kind::Config, server,
                                      tr("the server requires an API key, and no secret store "
                                         "is available"),
                                      hint);
    QPointer<ServerKeys> self(this);
    const net::Result<QString> secret = co_await m_secrets->read(m_secretKeys.value(server));
    if (!self)
        co_return net::ApiError::make(net::ApiError::Kind::Cancelled, server, tr("shutting down"));
    if (!secret.ok())
        co_return net::ApiError::make(
            net::ApiError::Kind::Config, server,
            tr("cannot read the server's API key: %1").arg(secret.error().toString()), hint);
    if (secret->isEmpty())
        co_return net::ApiError::make(net::ApiError::Kind::Config, server,
                                      tr("the server requires an API key, and none is stored"),
                                      hint);
    m_keys.insert(server, *secret);
    apply(server);
    co_return net::Done{};
}

} // namespace c41::jobs
