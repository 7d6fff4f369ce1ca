// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llmtypes.h"
#include "thinksplitter.h"

#include <QElapsedTimer>

namespace c41::backends {

// Assembles one streamed reply from protocol-neutral pieces: forwards events to
// the caller's sink, keeps the answer and the reasoning apart (also splitting
// <think> tags out of the content), and times it. Appends only: O(n) in the
// length of the answer.
class ReplyBuilder
{
public:
    explicit ReplyBuilder(ChatSink sink);

    // Each returns false once the sink asked to stop.
    bool role(const QString &role);
    bool content(QStringView text);
    bool reasoning(QStringView text);
    void usage(int promptTokens, int completionTokens);
    void finish(const QString &reason);
    void serverStats(const ReplyStats &stats) { m_serverStats = stats; }
    void fail(net::ApiError error);

    bool stopped() const { return m_stopped; }
    bool finished() const { return !m_reply.finishReason.isEmpty(); }
    bool failed() const { return m_reply.error.has_value(); }

    // The reply, with throughput from the server's timings when given, else measured.
    ChatReply take();

private:
    bool send(const ChatEvent &event);
    bool addText(bool isReasoning, QStringView text);
    void markToken();

    ChatSink m_sink;
    ThinkSplitter m_think;
    ChatReply m_reply;
    std::optional<ReplyStats> m_serverStats;
    QElapsedTimer m_clock;
    qint64 m_firstTokenNs = -1;
    qint64 m_lastTokenNs = -1;
    int m_deltas = 0;
    bool m_stopped = false;
};

} // namespace c41::backends
