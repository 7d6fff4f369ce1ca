// SPDX-License-Identifier: GPL-3.0-or-later
#include "ollamastreamreader.h"

#include "backends/llm/llmjson.h"
#include "ollamajson.h"

#include <QCoreApplication>

namespace c41::backends {

using namespace llmjson;
using net::ApiError;

OllamaStreamReader::OllamaStreamReader(ReplyBuilder &reply, QString server)
    : m_reply(reply)
    , m_server(std::move(server))
    , m_pick({"error", "done", "message", "message.content", "message.thinking", "message.role",
              "response", "thinking"})
{
}

bool OllamaStreamReader::feed(QByteArrayView bytes)
{
    if (m_done)
        return true; // nothing comes after "done"; let the body end by itself
    if (m_reply.failed())
        return false;
    auto lines = m_decoder.feed(bytes);
    if (!lines.ok()) {
        ApiError e = lines.error();
        e.server = m_server;
        m_reply.fail(e);
        return false;
    }
    for (const QByteArray &l : std::as_const(*lines)) {
        if (!line(l))
            return false;
        if (m_done)
            return true;
    }
    return !m_reply.stopped();
}

bool OllamaStreamReader::delta(const QString &content, const QString &thinking, const QString *role)
{
    if (role && !m_sawRole) {
        m_sawRole = true;
        if (!m_reply.role(role->isEmpty() ? QStringLiteral("assistant") : *role))
            return false;
    }
    return m_reply.reasoning(thinking) && m_reply.content(content);
}

std::optional<bool> OllamaStreamReader::quickLine(const QByteArray &text)
{
    using Kind = net::JsonPick::Kind;
    const auto absent = [](const net::JsonPick::Field &f) {
        return f.kind == Kind::Absent || f.kind == Kind::Null;
    };
    if (!m_pick.pick(text) || !absent(m_pick.field(0)) || m_pick.field(1).kind == Kind::True)
        return std::nullopt;
    if (!absent(m_pick.field(2))) { // "message", whatever it holds, as the full parse reads it
        const QString role = m_pick.field(5).text();
        return delta(m_pick.field(3).text(), m_pick.field(4).text(), &role);
    }
    return delta(m_pick.field(6).text(), m_pick.field(7).text(), nullptr);
}

bool OllamaStreamReader::line(const QByteArray &text)
{
    if (const std::optional<bool> quick = quickLine(text))
        return *quick;
    nlohmann::json j =
        nlohmann::json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        m_reply.fail(ApiError::make(
            ApiError::Kind::Malformed, m_server,
            QCoreApplication::translate("c41", "the chat stream had a line that is not JSON")));
        return false;
    }
    if (const nlohmann::json *error = find(j, "error")) {
        QString message = error->is_string() ? QString::fromStdString(error->get<std::string>())
                                             : QString::fromStdString(error->dump());
        m_reply.fail(ApiError::make(ApiError::Kind::Http, m_server, message));
        return false;
    }
    if (const nlohmann::json *message = find(j, "message")) {
        const QString role = str(*message, "role");
        if (!delta(str(*message, "content"), str(*message, "thinking"), &role))
            return false;
    } else if (!delta(str(j, "response"), str(j, "thinking"), nullptr)) {
        return false;
    }
    const nlohmann::json *done = find(j, "done");
    if (done && done->is_boolean() && done->get<bool>()) {
        m_done = true;
        if (auto stats = OllamaJson::stats(j)) {
            m_reply.serverStats(*stats);
            m_reply.usage(stats->promptTokens, stats->completionTokens);
        }
        m_reply.finish(str(j, "done_reason"));
    }
    return true;
}

void OllamaStreamReader::finish()
{
    if (m_done || m_reply.failed() || m_reply.stopped())
        return;
    auto rest = m_decoder.finish();
    if (rest.ok()) {
        for (const QByteArray &l : std::as_const(*rest)) {
            if (!line(l) || m_done)
                break;
        }
    }
    if (!m_done && !m_reply.failed()) {
        m_reply.fail(
            ApiError::make(ApiError::Kind::Network, m_server,
                           QCoreApplication::translate(
                               "c41", "the connection closed before the reply was complete")));
    }
}

} // namespace c41::backends
