// SPDX-License-Identifier: GPL-3.0-or-later
#include "ollamabackend.h"

#include "backends/llm/contexterror.h"
#include "backends/llm/llmjson.h"
#include "net/httpclient.h"
#include "net/jsonbody.h"
#include "ollamajson.h"
#include "ollamastreamreader.h"

namespace c41::backends {

using namespace llmjson;
using net::ApiError;
using net::HttpClient;
using net::HttpRequest;
using net::Result;
using net::Status;
using nlohmann::json;

namespace {
QByteArray dump(const json &j)
{
    return QByteArray::fromStdString(j.dump());
}
} // namespace

OllamaBackend::OllamaBackend(HttpClient *client, QObject *parent)
    : LlmBackend(client, parent)
{
}

QCoro::Task<Result<QList<LlmModel>>> OllamaBackend::listModels()
{
    QPointer<OllamaBackend> self(this);
    QPointer<HttpClient> client = m_client;
    if (!client)
        co_return unsupported(tr("list"));
    const QString server = client->serverName();
    auto response = co_await client->get(QStringLiteral("/api/tags"));
    if (!response.ok())
        co_return response.error();
    auto body = net::parseJson(response->body, server, tr("the model list"));
    if (!body.ok())
        co_return body.error();
    QList<LlmModel> models = OllamaJson::models(*body);
    if (!self)
        co_return models;
    // /api/show for the details /api/tags lacks; all at once, cached.
    std::vector<QCoro::Task<std::optional<LlmModel>>> shows;
    for (const LlmModel &m : std::as_const(models))
        shows.push_back(show(m));
    for (qsizetype i = 0; i < models.size(); ++i) {
        if (auto detailed = co_await std::move(shows[size_t(i)]))
            models[i] = *detailed;
    }
    co_return models;
}

QCoro::Task<std::optional<LlmModel>> OllamaBackend::show(LlmModel model)
{
    QPointer<OllamaBackend> self(this);
    if (const auto it = m_showCache.constFind(model.name); it != m_showCache.constEnd())
        co_return *it;
    QPointer<HttpClient> client = m_client;
    if (!client)
        co_return std::nullopt;
    const json request = {{"model", toStd(model.name)}};
    auto response = co_await client->postJson(QStringLiteral("/api/show"), dump(request));
    if (!response.ok())
        co_return std::nullopt;
    const json body =
        json::parse(response->body.constData(), response->body.constData() + response->body.size(),
                    nullptr, false);
    if (body.is_discarded())
        co_return std::nullopt;
    OllamaJson::applyShow(model, body);
    if (self)
        self->m_showCache.insert(model.name, model);
    co_return model;
}

QCoro::Task<Result<LoadedState>> OllamaBackend::loadedModels()
{
    QPointer<HttpClient> client = m_client;
    if (!client)
        co_return unsupported(tr("list"));
    const QString server = client->serverName();
    auto response = co_await client->get(QStringLiteral("/api/ps"));
    if (!response.ok())
        co_return response.error();
    auto body = net::parseJson(response->body, server, tr("the loaded models"));
    if (!body.ok())
        co_return body.error();
    LoadedState state;
    state.models = OllamaJson::loaded(*body, QDateTime::currentDateTimeUtc());
    co_return state;
}

QCoro::Task<Status> OllamaBackend::keepAlive(QString model, std::optional<int> seconds)
{
    QPointer<HttpClient> client = m_client;
    if (!client)
        co_return unsupported(tr("load"));
    json request = {{"model", toStd(model)}};
    if (seconds)
        request["keep_alive"] = *seconds;
    HttpRequest http = HttpRequest::postJson(QStringLiteral("/api/generate"), dump(request));
    http.options = client->defaultOptions();
    http.options.totalTimeout = std::chrono::minutes(10); // a big model takes minutes to load
    http.options.inactivityTimeout = std::chrono::minutes(10);
    auto response = co_await client->send(http);
    if (!response.ok())
        co_return response.error();
    co_return net::Done{};
}

QCoro::Task<Status> OllamaBackend::load(QString model)
{
    return keepAlive(std::move(model), std::nullopt);
}

QCoro::Task<Status> OllamaBackend::unload(QString model)
{
    return keepAlive(std::move(model), 0);
}

QCoro::Task<Status> OllamaBackend::pin(QString model)
{
    return keepAlive(std::move(model), -1);
}

QCoro::Task<ChatReply> OllamaBackend::chat(ChatRequest request, ChatSink sink,
                                           net::CancelToken cancel)
{
    ReplyBuilder reply(std::move(sink));
    QPointer<HttpClient> client = m_client;
    if (!client) {
        reply.fail(unsupported(tr("chat with")));
        co_return reply.take();
    }
    const QString server = client->serverName();
    OllamaStreamReader reader(reply, server);
    HttpRequest http =
        HttpRequest::postJson(QStringLiteral("/api/chat"), dump(OllamaJson::chatBody(request)));
    http.options = client->defaultOptions();
    http.options.totalTimeout = std::chrono::milliseconds(0);
    http.options.inactivityTimeout = std::chrono::minutes(10); // loading + a long prompt
    auto result = co_await client->stream(
        http, [&reader](const QByteArray &chunk) { return reader.feed(chunk); }, cancel);
    if (result.ok())
        reader.finish();
    else if (!reply.failed())
        reply.fail(ContextError::rewrite(result.error()));
    co_return reply.take();
}

} // namespace c41::backends
