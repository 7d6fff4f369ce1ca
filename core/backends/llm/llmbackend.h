// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llmtypes.h"
#include "net/canceltoken.h"
#include "net/result.h"
#include "studio/serveraddress.h"

#include <QObject>
#include <QPointer>

#include <qcorotask.h>

#include <memory>

namespace c41::net {
class HttpClient;
}

namespace c41::backends {

// One LLM server as the control center drives it, whatever API it speaks.
// Every call returns errors as values naming the server.
class LlmBackend : public QObject
{
    Q_OBJECT
public:
    explicit LlmBackend(net::HttpClient *client, QObject *parent = nullptr);

    // OllamaBackend for ServerKind::Ollama, OpenAiBackend for ServerKind::OpenAi,
    // nullptr for anything else.
    static std::unique_ptr<LlmBackend> create(studio::ServerKind kind, net::HttpClient *client);

    QString serverName() const;
    net::HttpClient *client() const { return m_client; }

    virtual QCoro::Task<net::Result<QList<LlmModel>>> listModels() = 0;
    virtual QCoro::Task<net::Result<LoadedState>> loadedModels() = 0;
    // Servers that can't do these answer an ApiError saying so; never a silent no-op.
    virtual QCoro::Task<net::Status> load(QString model) = 0;
    virtual QCoro::Task<net::Status> unload(QString model) = 0;
    virtual QCoro::Task<net::Status> pin(QString model) = 0;

    // Streams one turn. The reply keeps what arrived even when it ends in an error.
    virtual QCoro::Task<ChatReply> chat(ChatRequest request, ChatSink sink,
                                        net::CancelToken cancel = {}) = 0;

protected:
    net::ApiError unsupported(const QString &what) const;

    QPointer<net::HttpClient> m_client;
};

} // namespace c41::backends
