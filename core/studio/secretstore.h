// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/result.h"

#include <QString>

#include <qcorotask.h>

namespace c41::studio {

// Where API keys live: never in the config file. The app uses the OS keychain
// (KeychainSecretStore); tests use MemorySecretStore.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    // An absent secret is an empty string, not an error.
    virtual QCoro::Task<net::Result<QString>> read(QString key) = 0;
    virtual QCoro::Task<net::Status> write(QString key, QString secret) = 0;
    virtual QCoro::Task<net::Status> remove(QString key) = 0;
};

} // namespace c41::studio
