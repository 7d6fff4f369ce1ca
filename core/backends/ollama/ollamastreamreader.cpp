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

bool OllamaStreamReader::line(const QByteArray &text)
{
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
    QString content;
    QString thinking;
    if (const nlohmann::json *message = find(j, "message")) {
        content = str(*message, "content");
        thinking = str(*message, "thinking");
        if (!m_sawRole) {
            m_sawRole = true;
            const QString role = str(*message, "role");
            if (!m_reply.role(role.isEmpty() ? QStringLiteral("assistant") : role))
                return false;
        }
    } else {
        content = str(j, "response");
        thinking = str(j, "thinking");
    }
    if (!m_reply.reasoning(thinking) || !m_reply.content(content))
        return false;
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
