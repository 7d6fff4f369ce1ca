// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeollamawire.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>

#include <chrono>

namespace c41::fakes {

namespace {
constexpr qint64 kNsPerSec = 1'000'000'000;
const QString kStreamError = QStringLiteral("an error was encountered while running the model");

qint64 ns(double seconds)
{
    return qint64(seconds * 1e9);
}

QByteArray dump(const FakeOllamaWire::Json &j)
{
    return QByteArray::fromStdString(
        j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

std::string utf8(const QString &s)
{
    return s.toStdString();
}
} // namespace

qint64 FakeOllamaWire::nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

QByteArray FakeOllamaWire::timestamp(qint64 ns)
{
    return timestamp(ns, 0);
}

QByteArray FakeOllamaWire::timestamp(qint64 baseNs, qint64 addNs)
{
    qint64 secs = baseNs / kNsPerSec + addNs / kNsPerSec;
    qint64 nanos = baseNs % kNsPerSec + addNs % kNsPerSec;
    if (nanos >= kNsPerSec) {
        ++secs;
        nanos -= kNsPerSec;
    }
    QByteArray out = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC)
                         .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
                         .toLatin1();
    if (nanos > 0) {
        QByteArray frac = QByteArray::number(nanos).rightJustified(9, '0');
        while (frac.endsWith('0'))
            frac.chop(1);
        out += '.' + frac;
    }
    return out + 'Z';
}

QByteArray FakeOllamaWire::httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(),
                  QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

QString FakeOllamaWire::goJsonError(const QByteArray &body,
                                    const nlohmann::json::parse_error &error)
{
    // nlohmann counts bytes from 1 and points one past the end for a truncated body.
    const qsizetype at = qsizetype(error.byte) - 1;
    if (at >= body.trimmed().size() || at < 0)
        return QStringLiteral("unexpected EOF");
    const char bad = body.at(at);
    char before = 0;
    for (qsizetype i = at - 1; i >= 0 && !before; --i) {
        if (!QChar::isSpace(uchar(body.at(i))))
            before = body.at(i);
    }
    QString context = QStringLiteral("looking for beginning of value");
    if (before == '{' || before == ',')
        context = QStringLiteral("looking for beginning of object key string");
    else if (before == '"' || (before >= '0' && before <= '9') || before == 'e' || before == 'l')
        context = QStringLiteral("after object key:value pair");
    return QStringLiteral("invalid character '%1' %2").arg(QChar::fromLatin1(bad), context);
}

FakeResponse FakeOllamaWire::error(int status, const QString &message)
{
    Json j;
    j["error"] = utf8(message);
    return FakeResponse::json(dump(j), status);
}

FakeResponse FakeOllamaWire::openAiError(int status, const QString &message)
{
    Json j;
    j["error"]["message"] = utf8(message);
    j["error"]["type"] = status == 404   ? "not_found_error"
                         : status == 400 ? "invalid_request_error"
                                         : "api_error";
    j["error"]["param"] = nullptr;
    j["error"]["code"] = nullptr;
    FakeResponse r = FakeResponse::json(dump(j), status);
    // As captured: gin's own 400s carry a charset, the OpenAI layer's 404 does not.
    if (status != 400)
        r.contentType = QByteArrayLiteral("application/json");
    return r;
}

FakeResponse FakeOllamaWire::loadReply(bool chat, const QString &model, const char *doneReason)
{
    Json j;
    j["model"] = utf8(model);
    j["created_at"] = timestamp(nowNs()).toStdString();
    if (chat)
        j["message"] = Json{{"role", "assistant"}, {"content", ""}};
    else
        j["response"] = "";
    j["done"] = true;
    j["done_reason"] = doneReason;
    return FakeResponse::json(dump(j));
}

FakeOllamaWire::Json FakeOllamaWire::nativeLine(const Turn &turn, qint64 atNs,
                                                const QString &thinking, const QString &content,
                                                bool done)
{
    Json j;
    j["model"] = utf8(turn.model);
    j["created_at"] = timestamp(atNs).toStdString();
    if (turn.chat) {
        Json message{{"role", "assistant"}, {"content", utf8(content)}};
        if (!thinking.isEmpty())
            message["thinking"] = utf8(thinking);
        j["message"] = std::move(message);
    } else {
        j["response"] = utf8(content);
        if (!thinking.isEmpty())
            j["thinking"] = utf8(thinking);
    }
    j["done"] = done;
    return j;
}

void FakeOllamaWire::addStats(Json &line, const Turn &turn)
{
    const FakeGeneration &g = turn.generation;
    line["done_reason"] = g.truncated ? "length" : "stop";
    if (!turn.chat) {
        // The deprecated token-id context of /api/generate: prompt plus answer.
        QRandomGenerator rng(quint32(turn.startNs));
        Json context = Json::array();
        for (int i = 0; i < g.promptTokens + g.cachedTokens + g.tokenCount(); ++i)
            context.push_back(100 + int(rng.bounded(31900)));
        line["context"] = std::move(context);
    }
    line["total_duration"] = ns(g.totalSeconds()) + 1'200'000 + (turn.startNs % 900'000);
    line["load_duration"] = ns(g.loadSeconds);
    line["prompt_eval_count"] = g.promptTokens + g.cachedTokens;
    line["prompt_eval_duration"] = ns(g.promptSeconds);
    line["eval_count"] = g.tokenCount();
    line["eval_duration"] = ns(g.evalSeconds);
}

FakeResponse FakeOllamaWire::nativeStream(const Turn &turn)
{
    const FakeGeneration &g = turn.generation;
    QList<FakeResponse::Chunk> chunks;
    qint64 atNs = turn.startNs;
    const int tokens = g.tokenCount();
    const int failAt = turn.failMidStream ? std::min(3, tokens) : -1;
    for (int i = 0; i < tokens; ++i) {
        if (i == failAt)
            break;
        const int delay = g.delaysMs.value(i);
        atNs += qint64(delay) * 1'000'000 + 1'000 + (i * 7919) % 700'000;
        const bool thinking = i < g.reasoning.size();
        const QString piece = thinking ? g.reasoning.at(i) : g.content.at(i - g.reasoning.size());
        const Json line = nativeLine(turn, atNs, thinking ? piece : QString(),
                                     thinking ? QString() : piece, false);
        chunks.append({delay, dump(line) + '\n'});
    }
    if (failAt >= 0) {
        chunks.append(
            {g.delaysMs.value(failAt, g.leadMs), dump(Json{{"error", utf8(kStreamError)}}) + '\n'});
    } else {
        Json last = nativeLine(turn, atNs + 8'000, {}, {}, true);
        addStats(last, turn);
        chunks.append({tokens == 0 ? g.leadMs : 0, dump(last) + '\n'});
    }
    return FakeResponse::stream(QByteArrayLiteral("application/x-ndjson"), std::move(chunks));
}

FakeResponse FakeOllamaWire::nativeSingle(const Turn &turn)
{
    const FakeGeneration &g = turn.generation;
    if (turn.failMidStream) {
        FakeResponse r = error(500, kStreamError);
        r.delayMs = g.totalMs;
        return r;
    }
    Json j = nativeLine(turn, turn.startNs + qint64(g.totalMs) * 1'000'000,
                        g.reasoning.join(QString()), g.content.join(QString()), true);
    addStats(j, turn);
    FakeResponse r = FakeResponse::json(dump(j));
    r.delayMs = g.totalMs;
    return r;
}

FakeOllamaWire::Json FakeOllamaWire::openAiChunk(const Turn &turn, Json choices)
{
    Json j;
    j["id"] = "chatcmpl-" + std::to_string(turn.id);
    j["object"] = "chat.completion.chunk";
    j["created"] = turn.startNs / kNsPerSec;
    j["model"] = utf8(turn.model);
    j["system_fingerprint"] = "fp_ollama";
    j["choices"] = std::move(choices);
    return j;
}

FakeResponse FakeOllamaWire::openAiStream(const Turn &turn)
{
    const FakeGeneration &g = turn.generation;
    const auto event = [](const Json &j) -> QByteArray { return "data: " + dump(j) + "\n\n"; };
    QList<FakeResponse::Chunk> chunks;
    const int tokens = g.tokenCount();
    const int failAt = turn.failMidStream ? std::min(3, tokens) : -1;
    for (int i = 0; i < tokens && i != failAt; ++i) {
        Json delta{{"role", "assistant"}, {"content", ""}};
        if (i < g.reasoning.size())
            delta["reasoning"] = utf8(g.reasoning.at(i));
        else
            delta["content"] = utf8(g.content.at(i - g.reasoning.size()));
        const Json choice{{"index", 0}, {"delta", std::move(delta)}, {"finish_reason", nullptr}};
        chunks.append({g.delaysMs.value(i), event(openAiChunk(turn, Json::array({choice})))});
    }
    if (failAt >= 0) {
        Json err;
        err["error"] = Json{{"message", utf8(kStreamError)},
                            {"type", "api_error"},
                            {"param", nullptr},
                            {"code", nullptr}};
        chunks.append({g.delaysMs.value(failAt, g.leadMs), event(err)});
        return FakeResponse::stream(QByteArrayLiteral("text/event-stream"), std::move(chunks));
    }
    const Json finish{{"index", 0},
                      {"delta", Json{{"role", "assistant"}, {"content", ""}}},
                      {"finish_reason", g.truncated ? "length" : "stop"}};
    chunks.append({tokens == 0 ? g.leadMs : 0, event(openAiChunk(turn, Json::array({finish})))});
    if (turn.includeUsage) {
        Json usage = openAiChunk(turn, Json::array());
        const int prompt = g.promptTokens + g.cachedTokens;
        usage["usage"] = Json{{"prompt_tokens", prompt},
                              {"completion_tokens", tokens},
                              {"total_tokens", prompt + tokens}};
        chunks.append({0, event(usage)});
    }
    chunks.append({0, QByteArrayLiteral("data: [DONE]\n\n")});
    return FakeResponse::stream(QByteArrayLiteral("text/event-stream"), std::move(chunks));
}

FakeResponse FakeOllamaWire::openAiSingle(const Turn &turn)
{
    const FakeGeneration &g = turn.generation;
    if (turn.failMidStream) {
        FakeResponse r = openAiError(500, kStreamError);
        r.delayMs = g.totalMs;
        return r;
    }
    Json message{{"role", "assistant"}, {"content", utf8(g.content.join(QString()))}};
    if (!g.reasoning.isEmpty())
        message["reasoning"] = utf8(g.reasoning.join(QString()));
    Json j =
        openAiChunk(turn, Json::array({Json{{"index", 0},
                                            {"message", std::move(message)},
                                            {"finish_reason", g.truncated ? "length" : "stop"}}}));
    j["object"] = "chat.completion";
    const int prompt = g.promptTokens + g.cachedTokens;
    j["usage"] = Json{{"prompt_tokens", prompt},
                      {"completion_tokens", g.tokenCount()},
                      {"total_tokens", prompt + g.tokenCount()}};
    FakeResponse r = FakeResponse::json(dump(j));
    r.contentType = QByteArrayLiteral("application/json");
    r.delayMs = g.totalMs;
    return r;
}

} // namespace c41::fakes
