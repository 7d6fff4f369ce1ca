// SPDX-License-Identifier: GPL-3.0-or-later
// FakeOllama's request handlers: /api/show, /api/chat, /api/generate and
// /v1/chat/completions (the parts that read a body). State and routing live in
// fakeollama.cpp.
#include "fakegeneration.h"
#include "fakellmtext.h"
#include "fakeollama.h"
#include "fakeollamacatalog.h"
#include "fakeollamawire.h"

#include <algorithm>

namespace c41::fakes {

namespace {
using Json = nlohmann::ordered_json;
constexpr int kDefaultContext = 4096; // OLLAMA_CONTEXT_LENGTH

QByteArray dump(const Json &j)
{
    return QByteArray::fromStdString(j.dump());
}

QString qstr(const nlohmann::json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                            : QString();
}

// The request body as Ollama binds it, or the error reply it gives instead.
std::optional<nlohmann::json> parseBody(const QByteArray &body, FakeResponse *error, bool openAi)
{
    const auto fail = [&](const QString &message) {
        *error = openAi ? FakeOllamaWire::openAiError(400, message)
                        : FakeOllamaWire::error(400, message);
        return std::nullopt;
    };
    if (body.trimmed().isEmpty())
        return fail(QStringLiteral("missing request body"));
    try {
        nlohmann::json j = nlohmann::json::parse(body.constData(), body.constData() + body.size());
        if (!j.is_object())
            return fail(QStringLiteral("json: cannot unmarshal %1 into Go value")
                            .arg(QString::fromUtf8(j.type_name())));
        return j;
    } catch (const nlohmann::json::parse_error &e) {
        return fail(FakeOllamaWire::goJsonError(body, e));
    }
}

// Options Ollama checks by type ("num_predict":"twelve" is a 500, as captured).
QString badOption(const nlohmann::json &options)
{
    if (!options.is_object())
        return {};
    for (const char *key : {"num_predict", "num_ctx", "seed", "top_k", "num_keep"}) {
        const auto it = options.find(key);
        if (it != options.end() && !it->is_number_integer())
            return QStringLiteral("option \"%1\" must be of type integer").arg(QLatin1String(key));
    }
    return {};
}

int promptTokensOf(const nlohmann::json &body, bool chat)
{
    int tokens = 3;
    if (chat) {
        for (const auto &m : body.value("messages", nlohmann::json::array())) {
            if (m.is_object())
                tokens += 4 + FakeLlmText::estimateTokens(qstr(m, "content"));
        }
    } else {
        tokens += 8 + FakeLlmText::estimateTokens(qstr(body, "system")) +
                  FakeLlmText::estimateTokens(qstr(body, "prompt"));
    }
    return tokens;
}

bool wantsThinking(const nlohmann::json &body)
{
    const auto it = body.find("think");
    if (it == body.end())
        return body.contains("reasoning_effort") || body.contains("reasoning");
    return (it->is_boolean() && it->get<bool>()) || it->is_string();
}

qint64 nowNs()
{
    return FakeOllamaWire::nowNs();
}
} // namespace

FakeResponse FakeOllama::handleShow(const FakeRequest &request)
{
    FakeResponse error;
    const std::optional<nlohmann::json> body = parseBody(request.body, &error, false);
    if (!body)
        return error;
    QString name = qstr(*body, "model");
    if (name.isEmpty())
        name = qstr(*body, "name");
    if (name.isEmpty())
        return FakeOllamaWire::error(400, QStringLiteral("model is required"));
    const FakeModel *model = findModel(name);
    if (!model)
        return FakeOllamaWire::error(404, QStringLiteral("model '%1' not found").arg(name));
    FakeResponse r =
        FakeResponse::json(dump(FakeOllamaCatalog::show(*model, m_modifiedNs.value(model->name))));
    return r;
}

FakeResponse FakeOllama::handleChat(const FakeRequest &request, bool chat)
{
    FakeResponse error;
    const std::optional<nlohmann::json> parsed = parseBody(request.body, &error, false);
    if (!parsed)
        return error;
    const nlohmann::json &body = *parsed;
    const QString name = qstr(body, "model");
    if (name.isEmpty())
        return FakeOllamaWire::error(400, QStringLiteral("model is required"));
    const nlohmann::json options = body.value("options", nlohmann::json::object());
    if (const QString bad = badOption(options); !bad.isEmpty())
        return FakeOllamaWire::error(500, bad);
    const FakeModel *model = findModel(name);
    if (!model)
        return FakeOllamaWire::error(404, QStringLiteral("model '%1' not found").arg(name));
    const bool think = wantsThinking(body);
    if (think && !FakeOllamaCatalog::canThink(*model))
        return FakeOllamaWire::error(400,
                                     QStringLiteral("\"%1\" does not support thinking").arg(name));
    std::optional<qint64> keepAlive;
    if (const auto it = body.find("keep_alive"); it != body.end() && !it->is_null()) {
        QString message;
        keepAlive = FakeOllamaCatalog::keepAliveNs(*it, &message);
        if (!keepAlive)
            return FakeOllamaWire::error(400, message);
    }
    const int context =
        std::max(1, std::min(options.value("num_ctx", kDefaultContext), model->contextLength));
    const double load = loadSeconds(*model, context);

    const bool loadOnly = chat ? body.value("messages", nlohmann::json::array()).empty()
                               : qstr(body, "prompt").isEmpty();
    if (loadOnly) { // warm up (or, with keep_alive 0, unload): one plain JSON object
        if (keepAlive && *keepAlive == 0) {
            unload(model->name);
            return FakeOllamaWire::loadReply(chat, name, "unload");
        }
        touch(*model, context, keepAlive, 0);
        FakeResponse r = FakeOllamaWire::loadReply(chat, name, "load");
        if (load > 0.1) // a cold load takes its time before the answer
            r.delayMs = int(load * m_timeScale * 1000);
        return r;
    }

    FakeGeneration::Request plan;
    plan.promptTokens = promptTokensOf(body, chat);
    plan.maxTokens = options.value("num_predict", -1);
    if (plan.maxTokens < 0)
        plan.maxTokens = -1;
    plan.reasoning = FakeOllamaCatalog::alwaysThinks(*model) || think;
    plan.loadSeconds = load;
    plan.timeScale = m_timeScale;
    plan.fillToMax = m_fillToMax && plan.maxTokens > 0;
    plan.seed = options.contains("seed") ? quint32(options.value("seed", 0)) : m_seed++;
    FakeOllamaWire::Turn turn;
    turn.chat = chat;
    turn.model = name;
    turn.generation = FakeGeneration::plan(*model, plan);
    turn.startNs = nowNs();
    turn.failMidStream = m_failMidStream;
    touch(*model, context, keepAlive, qint64(turn.generation.totalMs) * 1'000'000);
    return body.value("stream", true) ? FakeOllamaWire::nativeStream(turn)
                                      : FakeOllamaWire::nativeSingle(turn);
}

FakeResponse FakeOllama::handleOpenAiChat(const FakeRequest &request)
{
    FakeResponse error;
    const std::optional<nlohmann::json> parsed = parseBody(request.body, &error, true);
    if (!parsed)
        return error;
    const nlohmann::json &body = *parsed;
    const QString name = qstr(body, "model");
    if (name.isEmpty())
        return FakeOllamaWire::openAiError(400, QStringLiteral("model is required"));
    const FakeModel *model = findModel(name);
    if (!model)
        return FakeOllamaWire::openAiError(404, QStringLiteral("model '%1' not found").arg(name));
    const auto messages = body.find("messages");
    if (messages == body.end() || !messages->is_array() || messages->empty())
        return FakeOllamaWire::openAiError(400, QStringLiteral("[] is too short - 'messages'"));

    const int context = std::min(kDefaultContext, model->contextLength);
    FakeGeneration::Request plan;
    plan.promptTokens = promptTokensOf(body, true);
    plan.maxTokens = body.value("max_completion_tokens", body.value("max_tokens", -1));
    if (plan.maxTokens < 0)
        plan.maxTokens = -1;
    plan.reasoning = FakeOllamaCatalog::alwaysThinks(*model) ||
                     (FakeOllamaCatalog::canThink(*model) && wantsThinking(body));
    plan.loadSeconds = loadSeconds(*model, context);
    plan.timeScale = m_timeScale;
    plan.fillToMax = m_fillToMax && plan.maxTokens > 0;
    plan.seed = body.contains("seed") && body["seed"].is_number_integer()
                    ? quint32(body.value("seed", 0))
                    : m_seed++;
    FakeOllamaWire::Turn turn;
    turn.model = name;
    turn.generation = FakeGeneration::plan(*model, plan);
    turn.startNs = nowNs();
    turn.failMidStream = m_failMidStream;
    turn.id = 100 + (m_nextId++ * 337) % 900;
    const nlohmann::json streamOptions = body.value("stream_options", nlohmann::json::object());
    turn.includeUsage = streamOptions.is_object() && streamOptions.value("include_usage", false);
    touch(*model, context, std::nullopt, qint64(turn.generation.totalMs) * 1'000'000);
    return body.value("stream", false) ? FakeOllamaWire::openAiStream(turn)
                                       : FakeOllamaWire::openAiSingle(turn);
}

} // namespace c41::fakes
