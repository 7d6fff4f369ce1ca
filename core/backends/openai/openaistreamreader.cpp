// SPDX-License-Identifier: GPL-3.0-or-later
#include "openaistreamreader.h"

#include "backends/llm/llmjson.h"
#include "net/errorbody.h"
#include "openaijson.h"

#include <QCoreApplication>

namespace c41::backends {

using namespace llmjson;
using net::ApiError;
using nlohmann::json;

OpenAiStreamReader::OpenAiStreamReader(ReplyBuilder &reply, QString server)
    : m_reply(reply)
    , m_server(std::move(server))
    , m_pick({"error", "usage", "timings", "choices", "choices.0", "choices.0.delta",
              "choices.0.delta.role", "choices.0.delta.content",
              "choices.0.delta.reasoning_content", "choices.0.delta.reasoning",
              "choices.0.finish_reason"})
{
}

bool OpenAiStreamReader::feed(QByteArrayView bytes)
{
    if (m_done)
        return true;
    if (m_reply.failed())
        return false;
    auto events = m_decoder.feed(bytes);
    if (!events.ok()) {
        ApiError e = events.error();
        e.server = m_server;
        m_reply.fail(e);
        return false;
    }
    for (const net::SseEvent &e : std::as_const(*events)) {
        if (!event(e.data))
            return false;
        if (m_done)
            return true;
    }
    return !m_reply.stopped();
}

bool OpenAiStreamReader::delta(const QString &role, const QString &reasoning,
                               const QString &content)
{
    if (!role.isEmpty() && !m_sawRole) {
        m_sawRole = true;
        if (!m_reply.role(role))
            return false;
    }
    return m_reply.reasoning(reasoning) && m_reply.content(content);
}

std::optional<bool> OpenAiStreamReader::quickEvent(const QByteArray &data)
{
    using Kind = net::JsonPick::Kind;
    const auto absent = [this](int i) {
        return m_pick.field(i).kind == Kind::Absent || m_pick.field(i).kind == Kind::Null;
    };
    if (!m_pick.pick(data) || !absent(0) || !absent(1) || !absent(2) ||
        m_pick.field(3).kind != Kind::Array || m_pick.field(4).kind != Kind::Object || !absent(10))
        return std::nullopt;
    if (!absent(5)) { // "delta", whatever it holds, as the full parse reads it
        QString reasoning = m_pick.field(8).text();
        if (reasoning.isEmpty())
            reasoning = m_pick.field(9).text();
        if (!delta(m_pick.field(6).text(), reasoning, m_pick.field(7).text()))
            return false;
    }
    return !m_reply.stopped();
}

bool OpenAiStreamReader::event(const QByteArray &data)
{
    if (const std::optional<bool> quick = quickEvent(data))
        return *quick;
    if (data.trimmed() == "[DONE]") {
        m_done = true;
        return true;
    }
    const json j = json::parse(data.constData(), data.constData() + data.size(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        m_reply.fail(ApiError::make(
            ApiError::Kind::Malformed, m_server,
            QCoreApplication::translate("c41", "the chat stream had an event that is not JSON")));
        return false;
    }
    if (find(j, "error")) {
        QString message = net::extractServerMessage(data);
        if (message.isEmpty())
            message = QCoreApplication::translate("c41", "the server reported an error");
        m_reply.fail(ApiError::make(ApiError::Kind::Http, m_server, message));
        return false;
    }
    if (const json *usage = find(j, "usage"))
        m_reply.usage(int(integer(*usage, "prompt_tokens")),
                      int(integer(*usage, "completion_tokens")));
    if (const json *timings = find(j, "timings")) {
        if (auto stats = OpenAiJson::timings(*timings))
            m_reply.serverStats(*stats);
    }
    const json *choices = find(j, "choices");
    if (!choices || !choices->is_array() || choices->empty())
        return !m_reply.stopped();
    const json &choice = choices->front();
    if (const json *d = find(choice, "delta")) {
        QString reasoning = str(*d, "reasoning_content");
        if (reasoning.isEmpty())
            reasoning = str(*d, "reasoning");
        if (!delta(str(*d, "role"), reasoning, str(*d, "content")))
            return false;
    }
    const QString finish = str(choice, "finish_reason");
    if (!finish.isEmpty())
        m_reply.finish(finish);
    return !m_reply.stopped();
}

void OpenAiStreamReader::finish()
{
    if (m_done || m_reply.failed() || m_reply.stopped())
        return;
    auto rest = m_decoder.finish();
    if (rest.ok()) {
        for (const net::SseEvent &e : std::as_const(*rest)) {
            if (!event(e.data) || m_done)
                break;
        }
    }
    if (!m_done && !m_reply.failed() && !m_reply.finished()) {
        m_reply.fail(
            ApiError::make(ApiError::Kind::Network, m_server,
                           QCoreApplication::translate(
                               "c41", "the connection closed before the reply was complete")));
    }
}

} // namespace c41::backends
