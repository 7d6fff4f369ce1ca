// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secretstore.h"

#include <QHash>

namespace c41::studio {

// Secrets held in memory only: for tests and the demo lab.
class MemorySecretStore final : public SecretStore
{
public:
    QCoro::Task<net::Result<QString>> read(QString key) override;
    QCoro::Task<net::Status> write(QString key, QString secret) override;
    QCoro::Task<net::Status> remove(QString key) override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace c41::studio
