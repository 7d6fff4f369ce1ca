// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectioncheck.h"

#include "secretstore.h"

namespace c41::studio {

QCoro::Task<ProbeResult> ConnectionCheck::check(QNetworkAccessManager *nam, SecretStore *secrets,
                                                ServerConfig server,
                                                std::chrono::milliseconds timeout)
{
    net::HttpClient client(nam, server.name, server.address.url);
    if (server.auth != net::Auth::Scheme::None && secrets) {
        const net::Result<QString> secret = co_await secrets->read(server.secretKey());
        if (secret.ok() && !secret->isEmpty())
            client.setAuth({server.auth, *secret});
    }
    co_return co_await ServerProbe::probe(client, server.address.kind, timeout);
}

} // namespace c41::studio
