// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatrecorder.h"

namespace c41::studio {

ChatRecorder::ChatRecorder(ChatStore &store, qint64 conversationId,
                           std::chrono::milliseconds interval)
    : m_store(store)
    , m_conversationId(conversationId)
    , m_interval(interval)
{
    m_answer.role = QStringLiteral("assistant");
}

net::Status ChatRecorder::begin(const QString &userText)
{
    StoredMessage user;
    user.role = QStringLiteral("user");
    user.content = userText;
    auto ids = m_store.appendMessages(m_conversationId, {user, m_answer});
    if (!ids.ok())
        return ids.error();
    ++m_writes;
    m_answer.id = ids->last();
    m_answer.conversationId = m_conversationId;
    m_sinceWrite.start();
    return net::Done{};
}

void ChatRecorder::event(const backends::ChatEvent &event)
{
    using Kind = backends::ChatEvent::Kind;
    if (event.kind == Kind::Content)
        m_answer.content.append(event.text);
    else if (event.kind == Kind::Reasoning)
        m_answer.reasoning.append(event.text);
    else
        return;
    m_dirty = true;
    if (m_answer.id != 0 && m_sinceWrite.isValid() && m_sinceWrite.elapsed() >= m_interval.count())
        checkpoint();
}

net::Status ChatRecorder::checkpoint()
{
    m_sinceWrite.restart();
    m_dirty = false;
    ++m_writes;
    return m_store.updateMessage(m_answer);
}

net::Status ChatRecorder::finish(const backends::ChatReply &reply)
{
    if (m_answer.id == 0)
        return net::Done{};
    m_answer.content = reply.content; // the reply is the reference (think tags split)
    m_answer.reasoning = reply.reasoning;
    m_answer.finishReason = reply.finishReason;
    m_answer.error = reply.error ? reply.error->toString() : QString();
    m_answer.stats = reply.stats;
    return checkpoint();
}

} // namespace c41::studio
