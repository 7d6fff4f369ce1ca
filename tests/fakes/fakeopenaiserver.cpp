// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeopenaiserver.h"

#include "fakegeneration.h"
#include "fakellmtext.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>

#include <algorithm>

namespace c41::fakes {

namespace {
using Json = FakeLlamaCppWire::Json;

QByteArray dump(const Json &j)
{
    return QByteArray::fromStdString(j.dump());
}

int promptTokensOf(const nlohmann::json &messages)
{
    int tokens = 3; // the assistant header the template appends
    for (const auto &m : messages) {
        if (m.is_object() && m.contains("content") && m["content"].is_string())
            tokens += 4 + FakeLlmText::estimateTokens(
                              QString::fromStdString(m["content"].get<std::string>()));
    }
    return tokens;
}
} // namespace

FakeOpenAiServer::FakeOpenAiServer(QObject *parent)
    : QObject(parent)
    , m_http(new FakeHttpServer(this))
    , m_model(defaultModel())
{
    QElapsedTimer clock; // llama.cpp sends ggml_time_us() here, not Unix time
    clock.start();
    m_startMicros = clock.msecsSinceReference() * 1000 % 1'000'000'000'000;
    setParallel(4);

    const auto health = [](const FakeRequest &) {
        return FakeResponse::json(QByteArrayLiteral("{\"status\":\"ok\"}"));
    };
    on("GET", QStringLiteral("/health"), true, health);
    on("GET", QStringLiteral("/v1/health"), true, health);
    const auto models = [this](const FakeRequest &) {
        return FakeResponse::json(dump(FakeLlamaCppWire::models(m_model, slotContext())));
    };
    on("GET", QStringLiteral("/models"), true, models);
    on("GET", QStringLiteral("/v1/models"), true, models);
    on("GET", QStringLiteral("/props"), false, [this](const FakeRequest &) {
        return FakeResponse::json(
            dump(FakeLlamaCppWire::props(m_model, slotContext(), int(m_slots.size()))));
    });
    on("POST", QStringLiteral("/props"), false, [](const FakeRequest &) {
        return FakeLlamaCppWire::error(501,
                                       QStringLiteral("This server does not support changing "
                                                      "global properties. Start it with `--props`"),
                                       "not_supported_error", true);
    });
    on("GET", QStringLiteral("/slots"), false,
       [this](const FakeRequest &r) { return slotsReply(r); });
    on("GET", QStringLiteral("/metrics"), false, [this](const FakeRequest &) { return scrape(); });
    const auto chat = [this](const FakeRequest &r) { return handleChat(r); };
    on("POST", QStringLiteral("/v1/chat/completions"), false, chat);
    on("POST", QStringLiteral("/chat/completions"), false, chat);
    m_http->routePrefix("*", QStringLiteral("/"), [this](const FakeRequest &r) {
        return serve(
            r,
            [](const FakeRequest &) {
                return FakeLlamaCppWire::error(404, QStringLiteral("File Not Found"),
                                               "not_found_error", false);
            },
            false);
    });
}

bool FakeOpenAiServer::listen(quint16 port)
{
    return m_http->listen(port);
}

QUrl FakeOpenAiServer::url() const
{
    return m_http->url();
}

FakeModel FakeOpenAiServer::defaultModel()
{
    return {QStringLiteral("gpt-oss-20b-mxfp4.gguf"),
            12109565632,
            QStringLiteral("gpt-oss"),
            QStringLiteral("20.9B"),
            QStringLiteral("MXFP4"),
            131072,
            62,
            1100};
}

void FakeOpenAiServer::setModel(FakeModel model)
{
    m_model = std::move(model);
    resetSlots();
}

void FakeOpenAiServer::setParallel(int count)
{
    m_slots.resize(std::max(1, count));
    resetSlots();
}

void FakeOpenAiServer::setContextSize(int tokens)
{
    m_contextSize = std::max(0, tokens);
}

int FakeOpenAiServer::slotContext() const
{
    const int total = m_contextSize > 0 ? m_contextSize : m_model.contextLength;
    return total / int(std::max<qsizetype>(1, m_slots.size()));
}

void FakeOpenAiServer::resetSlots()
{
    for (qsizetype i = 0; i < m_slots.size(); ++i) {
        m_slots[i] = Slot();
        m_slots[i].id = int(i);
    }
}

int FakeOpenAiServer::busySlots() const
{
    return int(std::count_if(m_slots.cbegin(), m_slots.cend(),
                             [](const Slot &s) { return s.processing; }));
}

void FakeOpenAiServer::on(QByteArray method, QString path, bool isPublic, Endpoint endpoint)
{
    m_http->route(std::move(method), std::move(path),
                  [this, isPublic, endpoint = std::move(endpoint)](const FakeRequest &r) {
                      return serve(r, endpoint, isPublic);
                  });
}

bool FakeOpenAiServer::authorized(const FakeRequest &request) const
{
    if (m_apiKey.isEmpty())
        return true;
    const QByteArray key = m_apiKey.toUtf8();
    return request.header("Authorization") == "Bearer " + key || request.header("X-Api-Key") == key;
}

FakeResponse FakeOpenAiServer::serve(const FakeRequest &request, const Endpoint &endpoint,
                                     bool isPublic)
{
    // The order of llama-server's pre-routing handler: CORS preflight, then the
    // loading state, then the API key, then the route.
    FakeResponse r;
    if (request.method == "OPTIONS") {
        r = FakeResponse::text({}, 200, QByteArrayLiteral("text/html"));
        r.headers = {{QByteArrayLiteral("Access-Control-Allow-Credentials"), "true"},
                     {QByteArrayLiteral("Access-Control-Allow-Headers"), "*"},
                     {QByteArrayLiteral("Access-Control-Allow-Methods"), "GET, POST"}};
    } else if (m_loading) {
        r = FakeLlamaCppWire::error(503, QStringLiteral("Loading model"), "unavailable_error",
                                    false);
    } else if (!isPublic && !authorized(request)) {
        r = FakeLlamaCppWire::error(401, QStringLiteral("Invalid API Key"), "authentication_error",
                                    false);
    } else {
        r = endpoint(request);
    }
    if (r.status < 400 && request.header("Connection").toLower() != "close")
        r.headers.prepend({QByteArrayLiteral("Keep-Alive"), "timeout=5, max=100"});
    r.headers.append({QByteArrayLiteral("Server"), QByteArrayLiteral("llama.cpp")});
    r.headers.append({QByteArrayLiteral("Access-Control-Allow-Origin"), request.header("Origin")});
    return r;
}

FakeResponse FakeOpenAiServer::slotsReply(const FakeRequest &request) const
{
    if (request.query.queryItemValue(QStringLiteral("fail_on_no_slot")) == u"1" &&
        busySlots() == m_slots.size())
        return FakeLlamaCppWire::error(503, QStringLiteral("no slot available"),
                                       "unavailable_error", true);
    Json out = Json::array();
    for (const Slot &s : m_slots) {
        Json j{{"id", s.id},
               {"n_ctx", slotContext()},
               {"speculative", false},
               {"is_processing", s.processing}};
        if (s.used) {
            j["id_task"] = s.idTask;
            j["params"] = s.params;
            j["next_token"] = Json::array(
                {Json{{"has_next_token", s.processing},
                      {"has_new_line", false},
                      {"n_remain", s.nPredict < 0 ? -1 : std::max(0, s.nPredict - s.nDecoded)},
                      {"n_decoded", s.nDecoded}}});
        }
        out.push_back(std::move(j));
    }
    return FakeResponse::json(dump(out));
}

FakeResponse FakeOpenAiServer::scrape()
{
    m_metrics.processing = busySlots();
    FakeResponse r = FakeResponse::text(FakeLlamaCppWire::metricsText(m_metrics), 200,
                                        QByteArrayLiteral("text/plain; version=0.0.4"));
    r.headers.append(
        {QByteArrayLiteral("Process-Start-Time-Unix"), QByteArray::number(m_startMicros)});
    // The throughput gauges cover the time since the previous scrape.
    m_metrics.bucketPromptTokens = 0;
    m_metrics.bucketPromptSeconds = 0;
    m_metrics.bucketPredictedTokens = 0;
    m_metrics.bucketPredictedSeconds = 0;
    return r;
}

FakeResponse FakeOpenAiServer::handleChat(const FakeRequest &request)
{
    nlohmann::json body;
    try {
        body = nlohmann::json::parse(request.body.constData(),
                                     request.body.constData() + request.body.size());
    } catch (const nlohmann::json::exception &e) {
        return FakeLlamaCppWire::error(500, QString::fromUtf8(e.what()), "server_error", true);
    }
    try {
        if (!body.is_object() || !body.contains("messages"))
            return FakeLlamaCppWire::error(400, QStringLiteral("'messages' is required"),
                                           "invalid_request_error", true);
        const nlohmann::json &messages = body["messages"];
        if (!messages.is_array())
            return FakeLlamaCppWire::error(400,
                                           QStringLiteral("Expected 'messages' to be an array"),
                                           "invalid_request_error", true);
        const int prompt = promptTokensOf(messages);
        const int nCtx = slotContext();
        if (prompt > nCtx)
            return FakeLlamaCppWire::error(
                400,
                QStringLiteral("request (%1 tokens) exceeds the available context size (%2 "
                               "tokens), try increasing it")
                    .arg(prompt)
                    .arg(nCtx),
                "exceed_context_size_error", true,
                Json{{"n_prompt_tokens", prompt}, {"n_ctx", nCtx}});

        int maxTokens = -1;
        for (const char *key : {"max_completion_tokens", "max_tokens", "n_predict"}) {
            if (body.contains(key) && body[key].is_number_integer()) {
                maxTokens = body[key].get<int>();
                break;
            }
        }
        const int room = nCtx - prompt; // the slot's context bounds the answer too
        const int limit = maxTokens < 0 ? room : std::min(maxTokens, room);

        // A free slot: the one whose cache holds this conversation, else the least
        // recently used one, as llama-server picks them.
        const std::string key = messages.dump();
        const size_t hash = std::hash<std::string>{}(key);
        int slotIndex = -1;
        for (const Slot &s : std::as_const(m_slots)) {
            if (s.processing)
                continue;
            if (s.used && s.promptHash == hash) {
                slotIndex = s.id;
                break;
            }
            if (slotIndex < 0 || s.lastUsed < m_slots[slotIndex].lastUsed)
                slotIndex = s.id;
        }
        FakeGeneration::Request plan;
        plan.promptTokens = prompt;
        plan.cachedTokens =
            slotIndex >= 0 && m_slots[slotIndex].promptHash == hash ? prompt - 1 : 0;
        plan.maxTokens = maxTokens < 0 && limit >= 1024 ? -1 : limit;
        plan.fillToMax = m_fillToMax || body.value("ignore_eos", false);
        plan.reasoning = m_reasoning;
        plan.timeScale = m_timeScale;
        plan.seed = body.contains("seed") && body["seed"].is_number_integer()
                        ? body["seed"].get<quint32>()
                        : quint32(m_nextTask * 2654435761U);
        FakeLlamaCppWire::Turn turn;
        turn.model = m_model.name;
        turn.generation = FakeGeneration::plan(m_model, plan);
        turn.id = FakeLlamaCppWire::completionId();
        turn.created = QDateTime::currentSecsSinceEpoch();
        turn.failMidStream = m_failMidStream;
        const bool stream = body.value("stream", false);
        const nlohmann::json options = body.value("stream_options", nlohmann::json::object());
        turn.includeUsage = options.is_object() && options.value("include_usage", false);

        const int task = m_nextTask++;
        if (slotIndex >= 0) {
            Slot &slot = m_slots[slotIndex];
            slot.used = true;
            slot.processing = true;
            slot.idTask = task;
            slot.nDecoded = 0;
            slot.nPredict = maxTokens;
            slot.promptHash = hash;
            slot.lastUsed = task + 1;
            slot.params = FakeLlamaCppWire::defaultParams();
            slot.params["seed"] = plan.seed;
            slot.params["max_tokens"] = maxTokens;
            slot.params["n_predict"] = maxTokens;
            slot.params["ignore_eos"] = plan.fillToMax;
            slot.params["stream"] = stream;
            slot.params["dry_penalty_last_n"] = nCtx;
            slot.params["chat_format"] = m_reasoning ? "GPT-OSS" : "peg-native";
            slot.params["reasoning_format"] = "deepseek";
            slot.params["generation_prompt"] = "<|im_start|>assistant\n";
        } else {
            ++m_metrics.deferred;
        }
        const FakeGeneration &g = turn.generation;
        m_metrics.promptTokens += g.promptTokens;
        m_metrics.promptSeconds += g.promptSeconds;
        m_metrics.bucketPromptTokens += g.promptTokens;
        m_metrics.bucketPromptSeconds += g.promptSeconds;
        ++m_metrics.decodes;
        m_metrics.busySlotDecodes += std::max(1, busySlots());

        FakeResponse r =
            stream ? FakeLlamaCppWire::chatStream(turn) : FakeLlamaCppWire::chatSingle(turn);
        const int tokens = g.tokenCount();
        const double perToken = tokens > 0 ? g.evalSeconds / tokens : 0;
        const int total = g.promptTokens + g.cachedTokens;
        QPointer<FakeOpenAiServer> self(this);
        const auto decoded = [self, slotIndex, task, perToken, total](int count) {
            if (!self)
                return;
            FakeLlamaCppWire::Metrics &m = self->m_metrics;
            m.predictedTokens += count;
            m.predictedSeconds += perToken * count;
            m.bucketPredictedTokens += count;
            m.bucketPredictedSeconds += perToken * count;
            m.decodes += count;
            m.busySlotDecodes += qint64(count) * std::max(1, self->busySlots());
            if (slotIndex >= 0 && slotIndex < self->m_slots.size() &&
                self->m_slots[slotIndex].idTask == task) {
                Slot &slot = self->m_slots[slotIndex];
                slot.nDecoded += count;
                m.tokensMax = std::max<qint64>(m.tokensMax, total + slot.nDecoded);
            }
        };
        const int failAt = m_failMidStream ? std::min(3, tokens) : tokens;
        r.onChunkWritten = [decoded, failAt](int index) {
            if (index < failAt)
                decoded(1);
        };
        r.onFinished = [self, decoded, slotIndex, task, stream, tokens](bool completed) {
            if (!self)
                return;
            if (!stream && completed)
                decoded(tokens);
            if (slotIndex < 0)
                --self->m_metrics.deferred;
            else if (slotIndex < self->m_slots.size() && self->m_slots[slotIndex].idTask == task)
                self->m_slots[slotIndex].processing = false;
        };
        return r;
    } catch (const nlohmann::json::exception &e) {
        return FakeLlamaCppWire::error(500, QString::fromUtf8(e.what()), "server_error", true);
    }
}

} // namespace c41::fakes
