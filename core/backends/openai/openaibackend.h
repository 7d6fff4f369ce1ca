// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/llm/llmbackend.h"
#include "net/httpclient.h"

namespace c41::backends {

// Any OpenAI-compatible server (llama.cpp, vLLM, mlx_lm, LM Studio, SGLang,
// llama-swap): /v1/models, SSE /v1/chat/completions, plus what each adds where it
// answers: llama.cpp /props and /slots, /metrics gauges (vLLM, llama.cpp),
// llama-swap /running and its unload endpoint. Load and pin are not part of this
// API: they fail with a message saying so.
class OpenAiBackend final : public LlmBackend
{
    Q_OBJECT
public:
    explicit OpenAiBackend(net::HttpClient *client, QObject *parent = nullptr);

    QCoro::Task<net::Result<QList<LlmModel>>> listModels() override;
    QCoro::Task<net::Result<LoadedState>> loadedModels() override;
    QCoro::Task<net::Status> load(QString model) override;
    QCoro::Task<net::Status> unload(QString model) override;
    QCoro::Task<net::Status> pin(QString model) override;
    QCoro::Task<ChatReply> chat(ChatRequest request, ChatSink sink,
                                net::CancelToken cancel = {}) override;

private:
    // An endpoint only some servers have: nullopt when it is missing or fails.
    static QCoro::Task<std::optional<net::HttpResponse>>
    optionalGet(QPointer<net::HttpClient> client, QString path);
};

} // namespace c41::backends
