// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainsecretstore.h"

#include <QCoreApplication>

#include <qcorosignal.h>
#include <qt6keychain/keychain.h>

namespace c41::studio {

using net::ApiError;

namespace {
ApiError keychainError(const QKeychain::Job &job, const QString &key)
{
    return ApiError::make(
        ApiError::Kind::Config, QCoreApplication::translate("Secrets", "keychain"),
        QCoreApplication::translate("Secrets", "cannot access the secret '%1': %2")
            .arg(key, job.errorString()),
        QCoreApplication::translate("Secrets",
                                    "Is a keyring (GNOME Keyring, KWallet) running and unlocked?"));
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{
}

QCoro::Task<net::Result<QString>> KeychainSecretStore::read(QString key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(key);
    job.start();
    co_await qCoro(&job, &QKeychain::Job::finished);
    if (job.error() == QKeychain::EntryNotFound)
        co_return QString();
    if (job.error() != QKeychain::NoError)
        co_return keychainError(job, key);
    co_return job.textData();
}

QCoro::Task<net::Status> KeychainSecretStore::write(QString key, QString secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(key);
    job.setTextData(secret);
    job.start();
    co_await qCoro(&job, &QKeychain::Job::finished);
    if (job.error() != QKeychain::NoError)
        co_return keychainError(job, key);
    co_return net::Done{};
}

QCoro::Task<net::Status> KeychainSecretStore::remove(QString key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(key);
    job.start();
    co_await qCoro(&job, &QKeychain::Job::finished);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        co_return keychainError(job, key);
    co_return net::Done{};
}

} // namespace c41::studio
