// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secretstore.h"

namespace c41::studio {

// Secrets in the OS keychain through QtKeychain (Secret Service / KWallet on
// Linux, Keychain on macOS, Credential Manager on Windows).
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("c41-control-center"));

    QCoro::Task<net::Result<QString>> read(QString key) override;
    QCoro::Task<net::Status> write(QString key, QString secret) override;
    QCoro::Task<net::Status> remove(QString key) override;

private:
    QString m_service;
};

} // namespace c41::studio
