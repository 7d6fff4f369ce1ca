// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatdatabase.h"
#include "chattypes.h"

#include <QList>

namespace c41::studio {

// Conversations and their messages in the chat database, with full-text search.
// A turn is written once it is over (appendMessages, one transaction), never per
// token; a failure rolls the whole batch back.
class ChatStore
{
public:
    explicit ChatStore(ChatDatabase &database);

    net::Result<qint64> createConversation(Conversation conversation);
    net::Result<QList<Conversation>> conversations(); // latest first
    net::Status renameConversation(qint64 id, const QString &title);
    net::Status deleteConversation(qint64 id);

    // All or nothing; returns the new messages' ids.
    net::Result<QList<qint64>> appendMessages(qint64 conversationId,
                                              const QList<StoredMessage> &messages);
    net::Result<QList<StoredMessage>> messages(qint64 conversationId);
    // Rewrites a message's text, reasoning, finish, error and stats (by id): a
    // streamed answer's checkpoint.
    net::Status updateMessage(const StoredMessage &message);

    // FTS5 query over content and reasoning (words, "phrases", prefix*), best first.
    net::Result<QList<SearchHit>> search(const QString &query, int limit = 50);

private:
    net::ApiError failed(const QString &what, const class QSqlQuery &query) const;

    ChatDatabase &m_database;
};

} // namespace c41::studio
