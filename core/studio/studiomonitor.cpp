// SPDX-License-Identifier: GPL-3.0-or-later
#include "studiomonitor.h"

#include "logging.h"
#include "secretstore.h"

#include <QPointer>

#include <qcorosignal.h>

namespace c41::studio {

StudioMonitor::StudioMonitor(StudioConfig config, SecretStore *secrets, QNetworkAccessManager *nam,
                             QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_secrets(secrets)
    , m_nam(nam)
{
    for (const ServerConfig &s : std::as_const(m_config.servers)) {
        m_clients.insert(s.name, std::make_shared<net::HttpClient>(m_nam, s.name, s.address.url));
        ServerState state;
        state.config = s;
        m_states.insert(s.name, state);
    }
    m_timer.setInterval(std::chrono::seconds(2));
    connect(&m_timer, &QTimer::timeout, this, [this] { checkAll(); });
}

StudioMonitor::~StudioMonitor() = default;

QList<ServerState> StudioMonitor::states() const
{
    QList<ServerState> out;
    for (const ServerConfig &s : m_config.servers)
        out << m_states.value(s.name);
    return out;
}

const ServerState *StudioMonitor::state(const QString &server) const
{
    const auto it = m_states.constFind(server);
    return it == m_states.cend() ? nullptr : &it.value();
}

net::HttpClient *StudioMonitor::client(const QString &server) const
{
    return m_clients.value(server).get();
}

void StudioMonitor::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void StudioMonitor::start()
{
    m_timer.start();
    checkAll();
}

void StudioMonitor::stop()
{
    m_timer.stop();
}

QCoro::Task<> StudioMonitor::loadSecrets()
{
    QPointer<StudioMonitor> self(this);
    for (const ServerConfig &s : m_config.servers) {
        if (s.auth == net::Auth::Scheme::None || !m_secrets)
            continue;
        const auto secret = co_await m_secrets->read(s.secretKey());
        if (!self)
            co_return;
        if (!secret.ok()) {
            qCWarning(lcStudio).noquote() << secret.error().toString();
            continue;
        }
        if (auto client = m_clients.value(s.name))
            client->setAuth({s.auth, *secret});
    }
    m_secretsLoaded = true;
}

QCoro::Task<> StudioMonitor::checkOne(QString server)
{
    const auto client = m_clients.value(server); // keeps the client alive while probing
    if (!client)
        co_return;
    const ServerKind kind = m_states.value(server).config.address.kind;
    QPointer<StudioMonitor> self(this);
    ProbeResult result = co_await ServerProbe::probe(*client, kind, m_probeTimeout);
    if (!self)
        co_return;
    auto it = m_states.find(server);
    if (it == m_states.end())
        co_return;
    if (result.healthy) {
        it->lastHealthyAt = result.checkedAt;
        it->consecutiveFailures = 0;
    } else {
        ++it->consecutiveFailures;
    }
    it->last = std::move(result);
    Q_EMIT serverChanged(server);
}

QCoro::Task<> StudioMonitor::checkAll()
{
    QPointer<StudioMonitor> self(this);
    if (m_roundRunning) {
        co_await qCoro(this, &StudioMonitor::roundFinished);
        co_return;
    }
    m_roundRunning = true;
    if (!m_secretsLoaded) {
        co_await loadSecrets();
        if (!self)
            co_return;
    }
    // QCoro tasks start at once: launch every probe, then wait for each.
    std::vector<QCoro::Task<>> running;
    for (const ServerConfig &s : std::as_const(m_config.servers))
        running.push_back(checkOne(s.name));
    for (auto &task : running)
        co_await task;
    if (!self)
        co_return;
    m_roundRunning = false;
    Q_EMIT roundFinished();
}

} // namespace c41::studio
