// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationlistmodel.h"

#include <QDateTime>
#include <QLocale>

namespace c41::ui {

ConversationListModel::ConversationListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ConversationListModel::reset(QList<Row> rows, bool search)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_search = search;
    endResetModel();
}

void ConversationListModel::setConversations(const QList<studio::Conversation> &conversations)
{
    QList<Row> rows;
    const QDate today = QDate::currentDate();
    for (const studio::Conversation &c : conversations) {
        const QDateTime when = c.updatedAt.toLocalTime();
        const QString date = !when.isValid() ? QString()
                             : when.date() == today
                                 ? QLocale().toString(when.time(), QLocale::ShortFormat)
                                 : QLocale().toString(when.date(), QLocale::ShortFormat);
        QStringList detail;
        if (!c.model.isEmpty())
            detail << c.model;
        if (!date.isEmpty())
            detail << date;
        rows << Row{c.id, c.title.isEmpty() ? tr("Untitled") : c.title,
                    detail.join(QStringLiteral(" · "))};
    }
    reset(std::move(rows), false);
}

void ConversationListModel::setSearchHits(const QList<studio::SearchHit> &hits)
{
    QList<Row> rows;
    for (const studio::SearchHit &h : hits)
        rows << Row{h.conversationId, h.title.isEmpty() ? tr("Untitled") : h.title,
                    h.snippet.simplified()};
    reset(std::move(rows), true);
}

int ConversationListModel::rowOf(qint64 conversationId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == conversationId)
            return int(i);
    return -1;
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return row.detail.isEmpty() ? row.title : row.title + u'\n' + row.detail;
    case Qt::ToolTipRole:
        return row.detail.isEmpty() ? row.title : row.title + u'\n' + row.detail;
    case Qt::AccessibleTextRole:
    case TitleRole:
        return row.title;
    case IdRole:
        return row.id;
    case SnippetRole:
        return m_search ? row.detail : QString();
    }
    return {};
}

} // namespace c41::ui
