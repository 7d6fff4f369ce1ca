// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatstore.h"

#include <QElapsedTimer>

#include <chrono>

namespace c41::studio {

// Saves one streamed turn as it arrives, in batches: the user message and an
// empty answer first (one transaction), then the answer so far at most once per
// interval, then the whole reply at the end. A crash loses at most one interval;
// tokens never cost a write each. Appends only: O(n) in the answer's length
// plus one O(n) write per interval.
class ChatRecorder
{
public:
    ChatRecorder(ChatStore &store, qint64 conversationId,
                 std::chrono::milliseconds interval = std::chrono::seconds(2));

    net::Status begin(const QString &userText);
    void event(const backends::ChatEvent &event); // checkpoints when the interval passed
    net::Status finish(const backends::ChatReply &reply);

    int writes() const { return m_writes; }
    bool hasUnsavedText() const { return m_dirty; }
    qint64 answerId() const { return m_answer.id; }

private:
    net::Status checkpoint();

    ChatStore &m_store;
    qint64 m_conversationId;
    std::chrono::milliseconds m_interval;
    StoredMessage m_answer;
    QElapsedTimer m_sinceWrite;
    bool m_dirty = false;
    int m_writes = 0;
};

} // namespace c41::studio
