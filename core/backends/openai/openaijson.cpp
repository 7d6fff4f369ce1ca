// SPDX-License-Identifier: GPL-3.0-or-later
#include "openaijson.h"

#include "backends/llm/llmjson.h"

namespace c41::backends {

using namespace llmjson;
using nlohmann::json;

QList<LlmModel> OpenAiJson::models(const json &list)
{
    QList<LlmModel> out;
    const json *data = find(list, "data");
    if (!data || !data->is_array())
        return out;
    for (const json &entry : *data) {
        LlmModel m;
        m.name = str(entry, "id");
        if (m.name.isEmpty())
            continue;
        if (const json *meta = find(entry, "meta")) {
            m.contextLength = int(integer(*meta, "n_ctx", 0));
            m.parameterCount = integer(*meta, "n_params", 0);
            m.sizeBytes = integer(*meta, "size", 0);
            m.loaded = true; // llama-server lists the model it has in memory
        }
        out << m;
    }
    return out;
}

void OpenAiJson::applyLmStudio(QList<LlmModel> &models, const json &v0)
{
    const json *data = find(v0, "data");
    if (!data || !data->is_array())
        return;
    for (const json &entry : *data) {
        const QString id = str(entry, "id");
        for (LlmModel &m : models) {
            if (m.name != id)
                continue;
            m.family = str(entry, "arch");
            m.quantization = str(entry, "quantization");
            m.contextLength = int(integer(entry, "max_context_length", 0));
            m.loaded = str(entry, "state") == QStringLiteral("loaded");
        }
    }
}

QList<LoadedModel> OpenAiJson::lmStudioLoaded(const json &v0)
{
    QList<LoadedModel> out;
    const json *data = find(v0, "data");
    if (!data || !data->is_array())
        return out;
    for (const json &entry : *data) {
        if (str(entry, "state") != QStringLiteral("loaded"))
            continue;
        LoadedModel m;
        m.name = str(entry, "id");
        m.contextLength = int(integer(entry, "max_context_length", 0));
        out << m;
    }
    return out;
}

void OpenAiJson::applyProps(ServerLoad &load, const json &props)
{
    const qint64 slotList = integer(props, "total_slots");
    if (slotList >= 0)
        load.totalSlots = int(slotList);
    if (const json *settings = find(props, "default_generation_settings")) {
        const qint64 ctx = integer(*settings, "n_ctx");
        if (ctx > 0)
            load.contextSize = int(ctx);
    }
}

void OpenAiJson::applySlots(ServerLoad &load, const json &slotList)
{
    if (!slotList.is_array())
        return;
    int busy = 0;
    int used = 0;
    for (const json &slot : slotList) {
        const json *processing = find(slot, "is_processing");
        const bool isBusy = processing ? processing->is_boolean() && processing->get<bool>()
                                       : integer(slot, "state", 0) == 1;
        if (!isBusy)
            continue;
        ++busy;
        qint64 tokens = std::max<qint64>(0, integer(slot, "n_prompt_tokens", 0));
        if (const json *next = find(slot, "next_token")) {
            const json &n = next->is_array() && !next->empty() ? next->front() : *next;
            tokens += std::max<qint64>(0, integer(n, "n_decoded", 0));
        }
        used = std::max(used, int(tokens));
        const qint64 ctx = integer(slot, "n_ctx");
        if (ctx > 0)
            load.contextSize = int(ctx);
    }
    load.busySlots = busy;
    load.totalSlots = std::max(load.totalSlots, int(slotList.size()));
    load.contextUsed = used;
}

QList<LoadedModel> OpenAiJson::running(const json &running)
{
    QList<LoadedModel> out;
    const json *list = find(running, "running");
    if (!list || !list->is_array())
        return out;
    for (const json &entry : *list) {
        LoadedModel m;
        m.name = str(entry, "model");
        m.state = str(entry, "state");
        const qint64 ttl = integer(entry, "ttl", 0);
        m.pinned = ttl <= 0;
        if (!m.name.isEmpty())
            out << m;
    }
    return out;
}

std::optional<ReplyStats> OpenAiJson::timings(const json &t)
{
    if (!t.is_object())
        return std::nullopt;
    ReplyStats s;
    s.source = QStringLiteral("server");
    s.promptTokens = int(integer(t, "prompt_n"));
    s.completionTokens = int(integer(t, "predicted_n"));
    s.prefillTokensPerSecond = num(t, "prompt_per_second");
    s.decodeTokensPerSecond = num(t, "predicted_per_second");
    const double promptMs = num(t, "prompt_ms");
    const double predictedMs = num(t, "predicted_ms");
    if (promptMs >= 0 && predictedMs >= 0)
        s.totalMs = promptMs + predictedMs;
    if (s.decodeTokensPerSecond < 0 && s.prefillTokensPerSecond < 0)
        return std::nullopt;
    return s;
}

json OpenAiJson::chatBody(const ChatRequest &request)
{
    json messages = json::array();
    if (!request.system.isEmpty())
        messages.push_back({{"role", "system"}, {"content", toStd(request.system)}});
    for (const ChatMessage &m : request.messages)
        messages.push_back({{"role", toStd(m.role)}, {"content", toStd(m.content)}});
    json body = {{"model", toStd(request.model)},
                 {"messages", messages},
                 {"stream", true},
                 {"stream_options", {{"include_usage", true}}}};
    if (request.temperature)
        body["temperature"] = *request.temperature;
    if (request.topP)
        body["top_p"] = *request.topP;
    if (request.maxTokens)
        body["max_tokens"] = *request.maxTokens;
    if (!request.stop.isEmpty()) {
        json stop = json::array();
        for (const QString &s : request.stop)
            stop.push_back(toStd(s));
        body["stop"] = stop;
    }
    return body;
}

} // namespace c41::backends
