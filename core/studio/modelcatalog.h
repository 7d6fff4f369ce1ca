// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/llm/llmtypes.h"
#include "net/result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <qcorotask.h>

#include <chrono>
#include <map>
#include <memory>
#include <optional>

namespace c41::backends {
class LlmBackend;
}

namespace c41::studio {

class StudioMonitor;

// One model of one server, with its place in memory when it is loaded.
struct CatalogModel
{
    backends::LlmModel model;
    std::optional<backends::LoadedModel> loaded;
};

// What one LLM server said the last time it was asked.
struct CatalogServer
{
    QString name;
    QString box;
    QList<CatalogModel> models; // the server's list, then loaded models it did not list
    QString error;              // the last refresh failed: why (models is then empty)
    QString loadedError;        // the list came, the loaded state did not
    QDateTime refreshedAt;      // invalid until it first answered
    bool refreshing = false;
};

// The models of every configured LLM server (ollama, openai) and what each holds in
// memory, refreshed on demand and on an interval, with load, unload and pin. Built
// on LlmBackend through the monitor's HTTP clients; never blocks, one refresh per
// server in flight, errors kept as readable text.
class ModelCatalog final : public QObject
{
    Q_OBJECT
public:
    enum class Action { Load, Unload, Pin };
    Q_ENUM(Action)

    explicit ModelCatalog(StudioMonitor *monitor, QObject *parent = nullptr);
    ~ModelCatalog() override;

    QStringList serverNames() const { return m_order; } // LLM servers, config order
    const CatalogServer *server(const QString &name) const;
    backends::LlmBackend *backend(const QString &server) const;

    void setInterval(std::chrono::milliseconds interval);
    void start(); // refreshes now, then on every interval
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

    QCoro::Task<> refresh(); // every server at once
    QCoro::Task<> refreshServer(QString server);

    // Runs the action, then refreshes that server. The error names the server.
    QCoro::Task<net::Status> run(Action action, QString server, QString model);
    std::optional<Action> pending(const QString &server, const QString &model) const;

Q_SIGNALS:
    void serverChanged(const QString &server);
    void actionStarted(const QString &server, const QString &model,
                       c41::studio::ModelCatalog::Action action);
    // error is empty on success.
    void actionFinished(const QString &server, const QString &model,
                        c41::studio::ModelCatalog::Action action, const QString &error);

private:
    static QString key(const QString &server, const QString &model)
    {
        return server + QChar(u'\n') + model;
    }

    QList<QString> m_order;
    QHash<QString, CatalogServer> m_servers;
    std::map<QString, std::unique_ptr<backends::LlmBackend>> m_backends;
    QHash<QString, Action> m_pending;
    QSet<QString> m_again;
    QTimer m_timer;
};

} // namespace c41::studio
