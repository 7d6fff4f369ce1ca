// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakellamacppwire.h"

#include "fakeollamacatalog.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>

namespace c41::fakes {

namespace {
using Json = FakeLlamaCppWire::Json;

QByteArray dump(const Json &j)
{
    return QByteArray::fromStdString(
        j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

std::string utf8(const QString &s)
{
    return s.toStdString();
}

QByteArray randomAlnum(int n)
{
    static const char kAlphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray out(n, Qt::Uninitialized);
    for (char &c : out)
        c = kAlphabet[QRandomGenerator::global()->bounded(int(sizeof(kAlphabet) - 1))];
    return out;
}

int vocabulary(const FakeModel &model)
{
    if (model.family.contains(u"gpt-oss") || model.family == u"gptoss")
        return 201088;
    if (model.family.startsWith(u"qwen"))
        return 151936;
    if (model.family == u"llama" && model.sizeBytes > 100'000'000)
        return 128256;
    return 32000;
}
int embedding(const FakeModel &model, double params)
{
    if (vocabulary(model) == 201088)
        return 2880; // gpt-oss
    if (params < 1e9)
        return 64;
    return params < 1e10 ? 3072 : params < 4e10 ? 5120 : params < 1.5e11 ? 6144 : 7168;
}
} // namespace

QByteArray FakeLlamaCppWire::completionId()
{
    return "chatcmpl-" + randomAlnum(32);
}

FakeResponse FakeLlamaCppWire::error(int code, const QString &message, const char *type,
                                     bool handlerOrder, const Json &extra)
{
    Json e;
    if (handlerOrder)
        e["code"] = code;
    e["message"] = utf8(message);
    e["type"] = type;
    if (!handlerOrder)
        e["code"] = code;
    for (auto it = extra.begin(); it != extra.end(); ++it)
        e[it.key()] = it.value();
    return FakeResponse::json(dump(Json{{"error", std::move(e)}}), code);
}

const Json &FakeLlamaCppWire::defaultParams()
{
    // As b9187 reports them for a server started without sampling flags.
    static const Json params = Json::parse(R"({"seed":4294967295,"temperature":0.800000011920929,
"dynatemp_range":0.0,"dynatemp_exponent":1.0,"top_k":40,"top_p":0.949999988079071,
"min_p":0.05000000074505806,"top_n_sigma":-1.0,"xtc_probability":0.0,"xtc_threshold":0.10000000149011612,
"typical_p":1.0,"repeat_last_n":64,"repeat_penalty":1.0,"presence_penalty":0.0,"frequency_penalty":0.0,
"dry_multiplier":0.0,"dry_base":1.75,"dry_allowed_length":2,"dry_penalty_last_n":-1,"mirostat":0,
"mirostat_tau":5.0,"mirostat_eta":0.10000000149011612,"max_tokens":-1,"n_predict":-1,"n_keep":0,
"n_discard":0,"ignore_eos":false,"stream":true,"n_probs":0,"min_keep":0,"chat_format":"Content-only",
"reasoning_format":"none","reasoning_in_content":false,"generation_prompt":"",
"samplers":["penalties","dry","top_n_sigma","top_k","typ_p","top_p","min_p","xtc","temperature"],
"speculative.types":"none","timings_per_token":false,"post_sampling_probs":false,
"backend_sampling":false,"lora":[]})");
    return params;
}

Json FakeLlamaCppWire::props(const FakeModel &model, int slotContext, int slotCount)
{
    static const QByteArray marker = "<__media_" + randomAlnum(32) + "__>";
    Json j;
    j["default_generation_settings"] = Json{{"params", defaultParams()}, {"n_ctx", slotContext}};
    j["total_slots"] = slotCount;
    j["model_alias"] = utf8(model.name);
    j["model_path"] = utf8(model.name);
    j["modalities"] = Json{{"vision", false}, {"audio", false}};
    j["media_marker"] = marker.toStdString();
    j["endpoint_slots"] = true;
    j["endpoint_props"] = false;
    j["endpoint_metrics"] = true;
    j["ui"] = false;
    j["ui_settings"] = Json::object();
    j["webui"] = false;
    j["webui_settings"] = Json::object();
    j["chat_template"] =
        "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + "
        "message['content'] + '<|im_end|>' + '\\n' }}{% endfor %}{% if "
        "add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";
    j["chat_template_caps"] = Json{{"supports_object_arguments", false},
                                   {"supports_parallel_tool_calls", false},
                                   {"supports_preserve_reasoning", false},
                                   {"supports_string_content", true},
                                   {"supports_system_role", true},
                                   {"supports_tool_calls", false},
                                   {"supports_tools", false},
                                   {"supports_typed_content", false}};
    j["bos_token"] = "<s>";
    j["eos_token"] = "</s>";
    j["build_info"] = kBuild;
    j["is_sleeping"] = false;
    return j;
}

Json FakeLlamaCppWire::models(const FakeModel &model, int slotContext)
{
    const std::string name = utf8(model.name);
    Json details{{"parent_model", ""},   {"format", "gguf"},
                 {"family", ""},         {"families", Json::array({""})},
                 {"parameter_size", ""}, {"quantization_level", ""}};
    Json entry{{"name", name},
               {"model", name},
               {"modified_at", ""},
               {"size", ""},
               {"digest", ""},
               {"type", "model"},
               {"description", ""},
               {"tags", Json::array({""})},
               {"capabilities", Json::array({"completion"})},
               {"parameters", ""},
               {"details", std::move(details)}};
    const double params = FakeOllamaCatalog::parameterCount(model);
    const int vocab = vocabulary(model);
    Json meta{{"vocab_type", vocab == 32000 ? 1 : 2},
              {"n_vocab", vocab},
              {"n_ctx", slotContext},
              {"n_ctx_train", model.contextLength},
              {"n_embd", embedding(model, params)},
              {"n_params", qint64(params)},
              {"size", model.sizeBytes}};
    Json data{{"id", name},
              {"aliases", Json::array()},
              {"tags", Json::array()},
              {"object", "model"},
              {"created", QDateTime::currentSecsSinceEpoch()},
              {"owned_by", "llamacpp"},
              {"meta", std::move(meta)}};
    return Json{{"models", Json::array({std::move(entry)})},
                {"object", "list"},
                {"data", Json::array({std::move(data)})}};
}

Json FakeLlamaCppWire::timings(const FakeGeneration &g)
{
    const double promptMs = g.promptSeconds * 1000;
    const double predictedMs = g.evalSeconds * 1000;
    const int predicted = g.tokenCount();
    return Json{{"cache_n", g.cachedTokens},
                {"prompt_n", g.promptTokens},
                {"prompt_ms", promptMs},
                {"prompt_per_token_ms", promptMs / std::max(1, g.promptTokens)},
                {"prompt_per_second", promptMs > 0 ? 1e3 / promptMs * g.promptTokens : 0.0},
                {"predicted_n", predicted},
                {"predicted_ms", predictedMs},
                {"predicted_per_token_ms", predictedMs / std::max(1, predicted)},
                {"predicted_per_second", predictedMs > 0 ? 1e3 / predictedMs * predicted : 0.0}};
}

Json FakeLlamaCppWire::usage(const FakeGeneration &g)
{
    const int prompt = g.promptTokens + g.cachedTokens;
    return Json{{"completion_tokens", g.tokenCount()},
                {"prompt_tokens", prompt},
                {"total_tokens", prompt + g.tokenCount()},
                {"prompt_tokens_details", Json{{"cached_tokens", g.cachedTokens}}}};
}

Json FakeLlamaCppWire::chunk(const Turn &turn, Json choices)
{
    return Json{{"choices", std::move(choices)}, {"created", turn.created},
                {"id", turn.id.toStdString()},   {"model", utf8(turn.model)},
                {"system_fingerprint", kBuild},  {"object", "chat.completion.chunk"}};
}

QByteArray FakeLlamaCppWire::event(const Json &j)
{
    return "data: " + dump(j) + "\n\n";
}

FakeResponse FakeLlamaCppWire::chatStream(const Turn &turn)
{
    const FakeGeneration &g = turn.generation;
    const auto choice = [](Json delta, Json finish = nullptr) {
        return Json::array({Json{
            {"finish_reason", std::move(finish)}, {"index", 0}, {"delta", std::move(delta)}}});
    };
    // The role chunk goes out with the first token, in one HTTP chunk, as captured;
    // chunk i carries token i.
    QByteArray pending =
        event(chunk(turn, choice(Json{{"role", "assistant"}, {"content", nullptr}})));
    QList<FakeResponse::Chunk> chunks;
    const int tokens = g.tokenCount();
    const int failAt = turn.failMidStream ? std::min(3, tokens) : -1;
    QString text;
    for (int i = 0; i < tokens && i != failAt; ++i) {
        const bool thinking = i < g.reasoning.size();
        const QString piece = thinking ? g.reasoning.at(i) : g.content.at(i - g.reasoning.size());
        text += piece;
        const Json delta{{thinking ? "reasoning_content" : "content", utf8(piece)}};
        chunks.append({g.delaysMs.value(i), pending + event(chunk(turn, choice(delta)))});
        pending.clear();
    }
    if (failAt >= 0) {
        // The server gives up mid-stream: an error event, then the end without [DONE].
        const Json err{
            {"code", 500},
            {"message",
             utf8(
                 QStringLiteral("Failed to parse input at pos %1: %2").arg(text.size()).arg(text))},
            {"type", "server_error"}};
        chunks.append({g.delaysMs.value(failAt, g.leadMs), pending + event(Json{{"error", err}})});
        FakeResponse r =
            FakeResponse::stream(QByteArrayLiteral("text/event-stream"), std::move(chunks));
        r.closeWhenDone = true;
        return r;
    }
    Json finish = chunk(turn, choice(Json::object(), g.truncated ? "length" : "stop"));
    if (!turn.includeUsage)
        finish["timings"] = timings(g);
    QByteArray tail = pending + event(finish);
    if (turn.includeUsage) {
        Json usageChunk = chunk(turn, Json::array());
        usageChunk["usage"] = usage(g);
        usageChunk["timings"] = timings(g);
        tail += event(usageChunk);
    }
    chunks.append({tokens == 0 ? g.leadMs : 0, tail});
    chunks.append({0, QByteArrayLiteral("data: [DONE]\n\n")});
    return FakeResponse::stream(QByteArrayLiteral("text/event-stream"), std::move(chunks));
}

FakeResponse FakeLlamaCppWire::chatSingle(const Turn &turn)
{
    const FakeGeneration &g = turn.generation;
    FakeResponse r;
    if (turn.failMidStream) {
        r = error(500, QStringLiteral("Failed to parse input at pos 0: "), "server_error", true);
    } else {
        Json message{{"role", "assistant"}, {"content", utf8(g.content.join(QString()))}};
        if (!g.reasoning.isEmpty())
            message["reasoning_content"] = utf8(g.reasoning.join(QString()));
        Json j{{"choices", Json::array({Json{{"finish_reason", g.truncated ? "length" : "stop"},
                                             {"index", 0},
                                             {"message", std::move(message)}}})},
               {"created", turn.created},
               {"model", utf8(turn.model)},
               {"system_fingerprint", kBuild},
               {"object", "chat.completion"},
               {"usage", usage(g)},
               {"id", turn.id.toStdString()},
               {"timings", timings(g)}};
        r = FakeResponse::json(dump(j));
    }
    r.delayMs = g.totalMs;
    return r;
}

QByteArray FakeLlamaCppWire::metricsText(const Metrics &m)
{
    QByteArray out;
    out.reserve(1800);
    const auto metric = [&out](const char *name, const char *type, const char *help,
                               const QByteArray &value) {
        out += QByteArray("# HELP llamacpp:") + name + ' ' + help + "\n# TYPE llamacpp:" + name +
               ' ' + type + "\nllamacpp:" + name + ' ' + value + '\n';
    };
    const auto num = [](double v) { return QByteArray::number(v, 'g', 6); };
    const auto rate = [](qint64 tokens, double seconds) {
        return seconds > 0 ? double(tokens) / seconds : 0.0;
    };
    metric("prompt_tokens_total", "counter", "Number of prompt tokens processed.",
           QByteArray::number(m.promptTokens));
    metric("prompt_seconds_total", "counter", "Prompt process time", num(m.promptSeconds));
    metric("tokens_predicted_total", "counter", "Number of generation tokens processed.",
           QByteArray::number(m.predictedTokens));
    metric("tokens_predicted_seconds_total", "counter", "Predict process time",
           num(m.predictedSeconds));
    metric("n_decode_total", "counter", "Total number of llama_decode() calls",
           QByteArray::number(m.decodes));
    metric("n_tokens_max", "counter", "Largest observed n_tokens.",
           QByteArray::number(m.tokensMax));
    metric("prompt_tokens_seconds", "gauge", "Average prompt throughput in tokens/s.",
           num(rate(m.bucketPromptTokens, m.bucketPromptSeconds)));
    metric("predicted_tokens_seconds", "gauge", "Average generation throughput in tokens/s.",
           num(rate(m.bucketPredictedTokens, m.bucketPredictedSeconds)));
    metric("requests_processing", "gauge", "Number of requests processing.",
           QByteArray::number(m.processing));
    metric("requests_deferred", "gauge", "Number of requests deferred.",
           QByteArray::number(m.deferred));
    metric("n_busy_slots_per_decode", "gauge",
           "Average number of busy slots per llama_decode() call",
           num(m.decodes > 0 ? double(m.busySlotDecodes) / double(m.decodes) : 0.0));
    return out;
}

} // namespace c41::fakes
