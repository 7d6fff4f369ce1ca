// SPDX-License-Identifier: GPL-3.0-or-later
#include "openaibackend.h"

#include "backends/llm/contexterror.h"
#include "metricslines.h"
#include "net/jsonbody.h"
#include "openaijson.h"
#include "openaistreamreader.h"

#include <QUrl>

namespace c41::backends {

using net::ApiError;
using net::HttpClient;
using net::HttpRequest;
using net::HttpResponse;
using net::Result;
using net::Status;
using nlohmann::json;

namespace {
json parsed(const std::optional<HttpResponse> &response)
{
    if (!response)
        return json();
    const QByteArray &b = response->body;
    json j = json::parse(b.constData(), b.constData() + b.size(), nullptr, false);
    return j.is_discarded() ? json() : j;
}
} // namespace

OpenAiBackend::OpenAiBackend(HttpClient *client, QObject *parent)
    : LlmBackend(client, parent)
{
}

QCoro::Task<std::optional<HttpResponse>> OpenAiBackend::optionalGet(QPointer<HttpClient> client,
                                                                    QString path)
{
    if (!client)
        co_return std::nullopt;
    HttpRequest request = HttpRequest::get(std::move(path));
    request.options = client->defaultOptions();
    request.options.maxRetries = 0;
    request.options.totalTimeout = std::chrono::seconds(5);
    auto response = co_await client->send(request);
    if (!response.ok())
        co_return std::nullopt;
    co_return std::move(response).value();
}

QCoro::Task<Result<QList<LlmModel>>> OpenAiBackend::listModels()
{
    QPointer<HttpClient> client = m_client;
    if (!client)
        co_return unsupported(tr("list"));
    const QString server = client->serverName();
    auto lmStudioTask = optionalGet(client, QStringLiteral("/api/v0/models"));
    auto response = co_await client->get(QStringLiteral("/v1/models"));
    const json lmStudio = parsed(co_await std::move(lmStudioTask));
    if (!response.ok())
        co_return response.error();
    auto body = net::parseJson(response->body, server, tr("the model list"));
    if (!body.ok())
        co_return body.error();
    QList<LlmModel> models = OpenAiJson::models(*body);
    OpenAiJson::applyLmStudio(models, lmStudio);
    co_return models;
}

QCoro::Task<Result<LoadedState>> OpenAiBackend::loadedModels()
{
    QPointer<HttpClient> client = m_client;
    if (!client)
        co_return unsupported(tr("list"));
    // All at once; each is optional but /v1/models.
    auto modelsTask = listModels();
    auto runningTask = optionalGet(client, QStringLiteral("/running"));
    auto propsTask = optionalGet(client, QStringLiteral("/props"));
    auto slotsTask = optionalGet(client, QStringLiteral("/slots"));
    auto metricsTask = optionalGet(client, QStringLiteral("/metrics"));
    auto models = co_await std::move(modelsTask);
    const auto running = co_await std::move(runningTask);
    const auto props = co_await std::move(propsTask);
    const auto slotList = co_await std::move(slotsTask);
    const auto metrics = co_await std::move(metricsTask);
    if (!models.ok())
        co_return models.error();

    LoadedState state;
    OpenAiJson::applyProps(state.load, parsed(props));
    OpenAiJson::applySlots(state.load, parsed(slotList));
    bool isVllm = false;
    if (metrics) {
        const QByteArray &text = metrics->body;
        const auto value = [&text](const char *name) {
            return MetricsLines::sum(text, QByteArrayView(name));
        };
        if (auto v = value("vllm:num_requests_running")) {
            isVllm = true;
            state.load.running = *v;
            state.load.waiting = value("vllm:num_requests_waiting").value_or(-1);
            auto kv = value("vllm:kv_cache_usage_perc");
            if (!kv)
                kv = value("vllm:gpu_cache_usage_perc");
            state.load.kvCacheUsage = kv.value_or(-1);
        } else if (auto busy = value("llamacpp:requests_processing")) {
            state.load.running = *busy;
            state.load.waiting = value("llamacpp:requests_deferred").value_or(-1);
        }
    }
    const json swap = parsed(running);
    if (swap.is_object() && swap.contains("running")) {
        state.models = OpenAiJson::running(swap);
        co_return state;
    }
    for (const LlmModel &m : std::as_const(*models)) {
        if (!m.loaded && !isVllm) // mlx_lm, LM Studio v1: listed is not loaded
            continue;
        LoadedModel loaded;
        loaded.name = m.name;
        loaded.sizeBytes = m.sizeBytes;
        loaded.contextLength = m.contextLength;
        // vLLM and llama-server hold their model for the life of the process; LM
        // Studio (no llama.cpp meta) may unload a just-in-time model when idle.
        loaded.pinned = isVllm || m.parameterCount > 0;
        state.models << loaded;
    }
    co_return state;
}

QCoro::Task<Status> OpenAiBackend::load(QString)
{
    co_return unsupported(tr("load"));
}

QCoro::Task<Status> OpenAiBackend::pin(QString)
{
    co_return unsupported(tr("pin"));
}

QCoro::Task<Status> OpenAiBackend::unload(QString model)
{
    QPointer<HttpClient> client = m_client;
    if (!client)
        co_return unsupported(tr("unload"));
    // llama-swap can stop one upstream; plain servers can't.
    const json swap = parsed(co_await optionalGet(client, QStringLiteral("/running")));
    if (!client || !swap.is_object() || !swap.contains("running"))
        co_return unsupported(tr("unload"));
    const QString path =
        QStringLiteral("/api/models/unload/") + QString::fromUtf8(QUrl::toPercentEncoding(model));
    auto response = co_await client->postJson(path, QByteArray());
    if (!response.ok())
        co_return response.error();
    co_return net::Done{};
}

QCoro::Task<ChatReply> OpenAiBackend::chat(ChatRequest request, ChatSink sink,
                                           net::CancelToken cancel)
{
    ReplyBuilder reply(std::move(sink));
    QPointer<HttpClient> client = m_client;
    if (!client) {
        reply.fail(unsupported(tr("chat with")));
        co_return reply.take();
    }
    OpenAiStreamReader reader(reply, client->serverName());
    HttpRequest http =
        HttpRequest::postJson(QStringLiteral("/v1/chat/completions"),
                              QByteArray::fromStdString(OpenAiJson::chatBody(request).dump()));
    http.options = client->defaultOptions();
    http.options.totalTimeout = std::chrono::milliseconds(0);
    http.options.inactivityTimeout = std::chrono::minutes(10); // a long prompt, or a model swap
    auto result = co_await client->stream(
        http, [&reader](const QByteArray &chunk) { return reader.feed(chunk); }, cancel);
    if (result.ok())
        reader.finish();
    else if (!reply.failed())
        reply.fail(ContextError::rewrite(result.error()));
    co_return reply.take();
}

} // namespace c41::backends
