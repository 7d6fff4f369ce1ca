// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverprobe.h"

class QNetworkAccessManager;

namespace c41::studio {

class SecretStore;

// "Test connection" for one server, configured or not yet saved: its API key from
// the SecretStore (when it uses one), then one ServerProbe. For Settings, before the
// connection doctor takes over.
class ConnectionCheck
{
public:
    static QCoro::Task<ProbeResult>
    check(QNetworkAccessManager *nam, SecretStore *secrets, ServerConfig server,
          std::chrono::milliseconds timeout = std::chrono::seconds(4));
};

} // namespace c41::studio
