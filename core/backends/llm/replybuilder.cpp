// SPDX-License-Identifier: GPL-3.0-or-later
#include "replybuilder.h"

namespace c41::backends {

ReplyBuilder::ReplyBuilder(ChatSink sink)
    : m_sink(std::move(sink))
{
    m_clock.start();
}

bool ReplyBuilder::send(const ChatEvent &event)
{
    if (m_stopped)
        return false;
    if (m_sink && !m_sink(event))
        m_stopped = true;
    return !m_stopped;
}

bool ReplyBuilder::role(const QString &role)
{
    return send({ChatEvent::Kind::Role, role});
}

void ReplyBuilder::markToken()
{
    const qint64 now = m_clock.nsecsElapsed();
    if (m_firstTokenNs < 0)
        m_firstTokenNs = now;
    m_lastTokenNs = now;
    ++m_deltas;
}

bool ReplyBuilder::addText(bool isReasoning, QStringView text)
{
    if (text.isEmpty())
        return !m_stopped;
    (isReasoning ? m_reply.reasoning : m_reply.content).append(text);
    return send(
        {isReasoning ? ChatEvent::Kind::Reasoning : ChatEvent::Kind::Content, text.toString()});
}

bool ReplyBuilder::content(QStringView text)
{
    if (text.isEmpty())
        return !m_stopped;
    markToken();
    if (m_think.isPlainText(text))
        return addText(false, text);
    for (const ThinkSplitter::Piece &piece : m_think.feed(text)) {
        if (!addText(piece.reasoning, piece.text))
            return false;
    }
    return !m_stopped;
}

bool ReplyBuilder::reasoning(QStringView text)
{
    if (text.isEmpty())
        return !m_stopped;
    markToken();
    return addText(true, text);
}

void ReplyBuilder::usage(int promptTokens, int completionTokens)
{
    m_reply.promptTokens = promptTokens;
    m_reply.completionTokens = completionTokens;
    ChatEvent event{ChatEvent::Kind::Usage, {}};
    event.promptTokens = promptTokens;
    event.completionTokens = completionTokens;
    send(event);
}

void ReplyBuilder::finish(const QString &reason)
{
    m_reply.finishReason = reason.isEmpty() ? QStringLiteral("stop") : reason;
    send({ChatEvent::Kind::Finish, m_reply.finishReason});
}

void ReplyBuilder::fail(net::ApiError error)
{
    if (m_reply.error)
        return;
    const QString text = error.toString();
    m_reply.error = std::move(error);
    if (!m_stopped && m_sink)
        m_sink({ChatEvent::Kind::Error, text});
}

ChatReply ReplyBuilder::take()
{
    for (const ThinkSplitter::Piece &piece : m_think.finish())
        addText(piece.reasoning, piece.text);
    const double totalMs = m_clock.nsecsElapsed() / 1e6;
    ReplyStats stats;
    stats.source = QStringLiteral("client");
    stats.totalMs = totalMs;
    stats.promptTokens = m_reply.promptTokens;
    stats.completionTokens = m_reply.completionTokens >= 0 ? m_reply.completionTokens : m_deltas;
    if (m_firstTokenNs >= 0) {
        stats.timeToFirstTokenMs = m_firstTokenNs / 1e6;
        if (stats.promptTokens > 0 && m_firstTokenNs > 0)
            stats.prefillTokensPerSecond = stats.promptTokens * 1e9 / double(m_firstTokenNs);
        const qint64 span = m_lastTokenNs - m_firstTokenNs;
        if (stats.completionTokens > 1 && span > 0)
            stats.decodeTokensPerSecond = (stats.completionTokens - 1) * 1e9 / double(span);
    }
    if (m_serverStats) {
        const ReplyStats &s = *m_serverStats;
        stats.source = QStringLiteral("server");
        if (s.promptTokens >= 0)
            stats.promptTokens = s.promptTokens;
        if (s.completionTokens >= 0)
            stats.completionTokens = s.completionTokens;
        stats.prefillTokensPerSecond = s.prefillTokensPerSecond;
        stats.decodeTokensPerSecond = s.decodeTokensPerSecond;
        if (s.totalMs >= 0)
            stats.totalMs = s.totalMs;
    }
    m_reply.stats = stats;
    return std::move(m_reply);
}

} // namespace c41::backends
