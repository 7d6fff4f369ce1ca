// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/llm/llmbackend.h"

#include <QHash>

namespace c41::backends {

// Ollama's native API: /api/tags + /api/show (cached per digest), /api/ps,
// load/unload/pin through an empty /api/generate with keep_alive, NDJSON /api/chat.
class OllamaBackend final : public LlmBackend
{
    Q_OBJECT
public:
    explicit OllamaBackend(net::HttpClient *client, QObject *parent = nullptr);

    QCoro::Task<net::Result<QList<LlmModel>>> listModels() override;
    QCoro::Task<net::Result<LoadedState>> loadedModels() override;
    QCoro::Task<net::Status> load(QString model) override;
    QCoro::Task<net::Status> unload(QString model) override;
    QCoro::Task<net::Status> pin(QString model) override;
    QCoro::Task<ChatReply> chat(ChatRequest request, ChatSink sink,
                                net::CancelToken cancel = {}) override;

private:
    QCoro::Task<net::Status> keepAlive(QString model, std::optional<int> seconds);
    QCoro::Task<std::optional<LlmModel>> show(LlmModel model);

    QHash<QString, LlmModel> m_showCache; // by name
};

} // namespace c41::backends
