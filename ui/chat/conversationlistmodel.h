// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studio/chattypes.h"

#include <QAbstractListModel>

namespace c41::ui {

// The chat history for the conversation list: every conversation (latest first),
// or the hits of a search with the matching words in context.
class ConversationListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, SnippetRole };

    explicit ConversationListModel(QObject *parent = nullptr);

    void setConversations(const QList<studio::Conversation> &conversations);
    void setSearchHits(const QList<studio::SearchHit> &hits);
    bool isSearch() const { return m_search; }
    int rowOf(qint64 conversationId) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 id = 0;
        QString title;
        QString detail; // "server · model · when", or the search snippet
    };
    void reset(QList<Row> rows, bool search);

    QList<Row> m_rows;
    bool m_search = false;
};

} // namespace c41::ui
