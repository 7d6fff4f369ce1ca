// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelcatalog.h"

#include "backends/llm/llmbackend.h"
#include "net/httpclient.h"
#include "studiomonitor.h"

#include <QPointer>

namespace c41::studio {

using backends::LlmBackend;

ModelCatalog::ModelCatalog(StudioMonitor *monitor, QObject *parent)
    : QObject(parent)
{
    for (const ServerConfig &config : monitor->config().servers) {
        auto backend = LlmBackend::create(config.address.kind, monitor->client(config.name));
        if (!backend)
            continue;
        CatalogServer server;
        server.name = config.name;
        server.box = config.box;
        m_order << config.name;
        m_servers.insert(config.name, server);
        m_backends[config.name] = std::move(backend);
    }
    m_timer.setInterval(std::chrono::seconds(8));
    connect(&m_timer, &QTimer::timeout, this, [this] { refresh(); });
}

ModelCatalog::~ModelCatalog() = default;

const CatalogServer *ModelCatalog::server(const QString &name) const
{
    const auto it = m_servers.constFind(name);
    return it == m_servers.constEnd() ? nullptr : &*it;
}

LlmBackend *ModelCatalog::backend(const QString &server) const
{
    const auto it = m_backends.find(server);
    return it == m_backends.end() ? nullptr : it->second.get();
}

void ModelCatalog::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void ModelCatalog::start()
{
    m_timer.start();
    refresh();
}

void ModelCatalog::stop()
{
    m_timer.stop();
}

QCoro::Task<> ModelCatalog::refresh()
{
    std::vector<QCoro::Task<>> tasks;
    for (const QString &name : std::as_const(m_order))
        tasks.push_back(refreshServer(name));
    for (auto &task : tasks)
        co_await std::move(task);
}

QCoro::Task<> ModelCatalog::refreshServer(QString name)
{
    LlmBackend *llm = backend(name);
    if (!llm)
        co_return;
    if (m_servers[name].refreshing) {
        m_again.insert(name); // answers what changed meanwhile (an action that just ended)
        co_return;
    }
    m_servers[name].refreshing = true;
    Q_EMIT serverChanged(name);
    QPointer<ModelCatalog> self(this);
    auto modelsTask = llm->listModels();
    auto loadedTask = llm->loadedModels();
    const auto models = co_await std::move(modelsTask);
    const auto loaded = co_await std::move(loadedTask);
    if (!self)
        co_return;
    CatalogServer &server = m_servers[name];
    server.refreshing = false;
    server.models.clear();
    server.loadedError.clear();
    if (!models.ok()) {
        server.error = models.error().toString();
        Q_EMIT serverChanged(name);
        if (m_again.remove(name)) {
            auto again = refreshServer(name);
            co_await std::move(again);
        }
        co_return;
    }
    server.error.clear();
    server.refreshedAt = QDateTime::currentDateTimeUtc();
    QHash<QString, backends::LoadedModel> inMemory;
    QStringList memoryOrder;
    if (loaded.ok()) {
        for (const backends::LoadedModel &m : loaded->models) {
            inMemory.insert(m.name, m);
            memoryOrder << m.name;
        }
    } else {
        server.loadedError = loaded.error().toString();
    }
    for (const backends::LlmModel &m : *models) {
        CatalogModel entry;
        entry.model = m;
        if (const auto it = inMemory.constFind(m.name); it != inMemory.constEnd()) {
            entry.loaded = *it;
            memoryOrder.removeOne(m.name);
        } else if (m.loaded) {
            backends::LoadedModel held;
            held.name = m.name;
            held.sizeBytes = m.sizeBytes;
            entry.loaded = held;
        }
        server.models << entry;
    }
    for (const QString &rest : std::as_const(memoryOrder)) {
        CatalogModel entry;
        entry.loaded = inMemory.value(rest);
        entry.model.name = rest;
        entry.model.sizeBytes = entry.loaded->sizeBytes;
        entry.model.contextLength = entry.loaded->contextLength;
        server.models << entry;
    }
    Q_EMIT serverChanged(name);
    if (m_again.remove(name)) {
        auto again = refreshServer(name);
        co_await std::move(again);
    }
}

std::optional<ModelCatalog::Action> ModelCatalog::pending(const QString &server,
                                                          const QString &model) const
{
    const auto it = m_pending.constFind(key(server, model));
    if (it == m_pending.constEnd())
        return std::nullopt;
    return *it;
}

QCoro::Task<net::Status> ModelCatalog::run(Action action, QString server, QString model)
{
    LlmBackend *llm = backend(server);
    if (!llm)
        co_return net::ApiError::make(net::ApiError::Kind::Config, server,
                                      tr("not an LLM server of this studio"));
    const QString k = key(server, model);
    if (m_pending.contains(k))
        co_return net::ApiError::make(net::ApiError::Kind::Config, server,
                                      tr("%1 is already busy").arg(model));
    m_pending.insert(k, action);
    Q_EMIT actionStarted(server, model, action);
    QPointer<ModelCatalog> self(this);
    net::Status result = net::Done{};
    // Named tasks: GCC 12 mishandles temporaries inside a co_await expression.
    auto task = action == Action::Load     ? llm->load(model)
                : action == Action::Unload ? llm->unload(model)
                                           : llm->pin(model);
    result = co_await std::move(task);
    if (!self)
        co_return result;
    m_pending.remove(k);
    auto refreshed = refreshServer(server);
    co_await std::move(refreshed);
    if (!self)
        co_return result;
    Q_EMIT actionFinished(server, model, action,
                          result.ok() ? QString() : result.error().toString());
    co_return result;
}

} // namespace c41::studio
