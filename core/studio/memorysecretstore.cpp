// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorysecretstore.h"

namespace c41::studio {

QCoro::Task<net::Result<QString>> MemorySecretStore::read(QString key)
{
    co_return m_secrets.value(key);
}

QCoro::Task<net::Status> MemorySecretStore::write(QString key, QString secret)
{
    m_secrets.insert(key, secret);
    co_return net::Done{};
}

QCoro::Task<net::Status> MemorySecretStore::remove(QString key)
{
    m_secrets.remove(key);
    co_return net::Done{};
}

} // namespace c41::studio
