// SPDX-License-Identifier: GPL-3.0-or-later
#include "ollamajson.h"

#include "backends/llm/llmjson.h"

#include <QTimeZone>

namespace c41::backends {

using namespace llmjson;
using nlohmann::json;

namespace {
void readDetails(LlmModel &m, const json &details)
{
    m.family = str(details, "family");
    m.parameterSize = str(details, "parameter_size");
    m.quantization = str(details, "quantization_level");
    const qint64 ctx = integer(details, "context_length", 0);
    if (ctx > 0)
        m.contextLength = int(ctx);
}

QString nameOf(const json &entry)
{
    const QString name = str(entry, "name");
    return name.isEmpty() ? str(entry, "model") : name;
}
} // namespace

QList<LlmModel> OllamaJson::models(const json &tags)
{
    QList<LlmModel> out;
    const json *list = find(tags, "models");
    if (!list || !list->is_array())
        return out;
    for (const json &entry : *list) {
        LlmModel m;
        m.name = nameOf(entry);
        if (m.name.isEmpty())
            continue;
        m.sizeBytes = integer(entry, "size", 0);
        if (const json *details = find(entry, "details"))
            readDetails(m, *details);
        out << m;
    }
    return out;
}

void OllamaJson::applyShow(LlmModel &model, const json &show)
{
    if (const json *details = find(show, "details")) {
        LlmModel d;
        readDetails(d, *details);
        if (model.family.isEmpty())
            model.family = d.family;
        if (model.parameterSize.isEmpty())
            model.parameterSize = d.parameterSize;
        if (model.quantization.isEmpty())
            model.quantization = d.quantization;
    }
    const json *info = find(show, "model_info");
    if (!info || !info->is_object())
        return;
    model.parameterCount = integer(*info, "general.parameter_count", 0);
    const std::string arch = toStd(str(*info, "general.architecture"));
    if (!arch.empty()) {
        const qint64 ctx = integer(*info, (arch + ".context_length").c_str(), 0);
        if (ctx > 0)
            model.contextLength = int(ctx);
    }
}

QDateTime OllamaJson::parseTime(const QString &text)
{
    // Variable-width fractions (up to 9 digits): keep milliseconds.
    QString t = text;
    const qsizetype dot = t.indexOf(u'.');
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < t.size() && t[end].isDigit())
            ++end;
        const QString fraction = t.mid(dot + 1, end - dot - 1).left(3).leftJustified(3, u'0');
        t = t.left(dot + 1) + fraction + t.mid(end);
    }
    return QDateTime::fromString(t, Qt::ISODateWithMs);
}

QList<LoadedModel> OllamaJson::loaded(const json &ps, const QDateTime &now)
{
    QList<LoadedModel> out;
    const json *list = find(ps, "models");
    if (!list || !list->is_array())
        return out;
    const QDateTime pinnedAfter = now.addYears(20);
    for (const json &entry : *list) {
        LoadedModel m;
        m.name = nameOf(entry);
        m.sizeBytes = integer(entry, "size", 0);
        m.vramBytes = integer(entry, "size_vram", -1);
        m.contextLength = int(integer(entry, "context_length", 0));
        m.expiresAt = parseTime(str(entry, "expires_at"));
        m.pinned = m.expiresAt.isValid() && m.expiresAt > pinnedAfter;
        out << m;
    }
    return out;
}

std::optional<ReplyStats> OllamaJson::stats(const json &done)
{
    const qint64 evalCount = integer(done, "eval_count");
    const qint64 evalNs = integer(done, "eval_duration");
    if (evalCount < 0 || evalNs <= 0)
        return std::nullopt;
    ReplyStats s;
    s.source = QStringLiteral("server");
    s.completionTokens = int(evalCount);
    s.decodeTokensPerSecond = evalCount * 1e9 / double(evalNs);
    const qint64 promptCount = integer(done, "prompt_eval_count");
    const qint64 promptNs = integer(done, "prompt_eval_duration");
    s.promptTokens = int(promptCount);
    if (promptCount > 0 && promptNs > 0)
        s.prefillTokensPerSecond = promptCount * 1e9 / double(promptNs);
    const qint64 total = integer(done, "total_duration");
    if (total > 0)
        s.totalMs = total / 1e6;
    return s;
}

json OllamaJson::chatBody(const ChatRequest &request)
{
    json messages = json::array();
    if (!request.system.isEmpty())
        messages.push_back({{"role", "system"}, {"content", toStd(request.system)}});
    for (const ChatMessage &m : request.messages)
        messages.push_back({{"role", toStd(m.role)}, {"content", toStd(m.content)}});
    json options = json::object();
    if (request.temperature)
        options["temperature"] = *request.temperature;
    if (request.topP)
        options["top_p"] = *request.topP;
    if (request.maxTokens)
        options["num_predict"] = *request.maxTokens;
    if (!request.stop.isEmpty()) {
        json stop = json::array();
        for (const QString &s : request.stop)
            stop.push_back(toStd(s));
        options["stop"] = stop;
    }
    json body = {{"model", toStd(request.model)}, {"messages", messages}, {"stream", true}};
    if (!options.empty())
        body["options"] = options;
    return body;
}

} // namespace c41::backends
