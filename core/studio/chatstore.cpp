// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatstore.h"
#include "net/jsonbody.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

namespace c41::studio {

using net::Result;
using net::Status;
using nlohmann::json;

namespace {
// lupdate sees Text::tr() calls under the context c41 (a free tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(c41)
};

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime time(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString statsText(const backends::ReplyStats &s)
{
    if (s.source.isEmpty())
        return QStringLiteral("{}");
    const json j = {{"source", s.source.toStdString()},
                    {"ttft_ms", s.timeToFirstTokenMs},
                    {"prompt_tokens", s.promptTokens},
                    {"completion_tokens", s.completionTokens},
                    {"prefill_tps", s.prefillTokensPerSecond},
                    {"decode_tps", s.decodeTokensPerSecond},
                    {"total_ms", s.totalMs}};
    return QString::fromStdString(j.dump());
}

backends::ReplyStats statsFrom(const QString &text)
{
    backends::ReplyStats s;
    const json j = json::parse(text.toStdString(), nullptr, false);
    if (!j.is_object() || !j.contains("source"))
        return s;
    const auto num = [&j](const char *k) {
        const auto it = j.find(k);
        return it != j.end() && it->is_number() ? it->get<double>() : -1.0;
    };
    s.source = QString::fromStdString(net::stringField(j, "source"));
    s.timeToFirstTokenMs = num("ttft_ms");
    s.promptTokens = int(num("prompt_tokens"));
    s.completionTokens = int(num("completion_tokens"));
    s.prefillTokensPerSecond = num("prefill_tps");
    s.decodeTokensPerSecond = num("decode_tps");
    s.totalMs = num("total_ms");
    return s;
}
} // namespace

ChatStore::ChatStore(ChatDatabase &database)
    : m_database(database)
{
}

net::ApiError ChatStore::failed(const QString &what, const QSqlQuery &query) const
{
    return m_database.error(what, query.lastError().text());
}

Result<qint64> ChatStore::createConversation(Conversation c)
{
    QSqlQuery q(m_database.db());
    q.prepare(
        QStringLiteral("INSERT INTO conversations(title, server, model, persona, created_at,"
                       " updated_at) VALUES (COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''),"
                       " COALESCE(?, ''), ?, ?)"));
    const QString t = now();
    for (const QString &v : {c.title, c.server, c.model, c.persona, t, t})
        q.addBindValue(v);
    if (!q.exec())
        return failed(Text::tr("cannot save the conversation"), q);
    return q.lastInsertId().toLongLong();
}

Result<QList<Conversation>> ChatStore::conversations()
{
    QSqlQuery q(m_database.db());
    if (!q.exec(QStringLiteral("SELECT id, title, server, model, persona, created_at, updated_at"
                               " FROM conversations ORDER BY updated_at DESC, id DESC")))
        return failed(Text::tr("cannot read the conversations"), q);
    QList<Conversation> out;
    while (q.next()) {
        out << Conversation{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(),   q.value(4).toString(), time(q.value(5)),
                            time(q.value(6))};
    }
    return out;
}

Status ChatStore::renameConversation(qint64 id, const QString &title)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("UPDATE conversations SET title = ? WHERE id = ?"));
    q.addBindValue(title);
    q.addBindValue(id);
    if (!q.exec())
        return failed(Text::tr("cannot rename the conversation"), q);
    return net::Done{};
}

Status ChatStore::deleteConversation(qint64 id)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("DELETE FROM conversations WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return failed(Text::tr("cannot delete the conversation"), q);
    return net::Done{};
}

Result<QList<qint64>> ChatStore::appendMessages(qint64 conversationId,
                                                const QList<StoredMessage> &messages)
{
    QSqlDatabase &db = m_database.db();
    if (!db.transaction())
        return m_database.error(Text::tr("cannot save the messages"), db.lastError().text());
    QList<qint64> ids;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO messages(conversation_id, role, content, reasoning,"
                             " finish_reason, error, stats, created_at)"
                             " VALUES (?, ?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''),"
                             " COALESCE(?, ''), ?, ?)"));
    const QString t = now();
    for (const StoredMessage &m : messages) {
        q.addBindValue(conversationId);
        for (const QString &v :
             {m.role, m.content, m.reasoning, m.finishReason, m.error, statsText(m.stats), t})
            q.addBindValue(v);
        if (!q.exec()) {
            const net::ApiError e = failed(Text::tr("cannot save the messages"), q);
            db.rollback();
            return e;
        }
        ids << q.lastInsertId().toLongLong();
    }
    QSqlQuery touch(db);
    touch.prepare(QStringLiteral("UPDATE conversations SET updated_at = ? WHERE id = ?"));
    touch.addBindValue(t);
    touch.addBindValue(conversationId);
    if (!touch.exec() || touch.numRowsAffected() != 1) {
        const net::ApiError e = m_database.error(Text::tr("cannot save the messages"),
                                                 Text::tr("no such conversation"));
        db.rollback();
        return e;
    }
    if (!db.commit()) {
        const net::ApiError e =
            m_database.error(Text::tr("cannot save the messages"), db.lastError().text());
        db.rollback();
        return e;
    }
    return ids;
}

Result<QList<StoredMessage>> ChatStore::messages(qint64 conversationId)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT id, role, content, reasoning, finish_reason, error, stats,"
                             " created_at FROM messages WHERE conversation_id = ? ORDER BY id"));
    q.addBindValue(conversationId);
    if (!q.exec())
        return failed(Text::tr("cannot read the messages"), q);
    QList<StoredMessage> out;
    while (q.next()) {
        StoredMessage m;
        m.id = q.value(0).toLongLong();
        m.conversationId = conversationId;
        m.role = q.value(1).toString();
        m.content = q.value(2).toString();
        m.reasoning = q.value(3).toString();
        m.finishReason = q.value(4).toString();
        m.error = q.value(5).toString();
        m.stats = statsFrom(q.value(6).toString());
        m.createdAt = time(q.value(7));
        out << m;
    }
    return out;
}

Status ChatStore::updateMessage(const StoredMessage &m)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("UPDATE messages SET content = COALESCE(?, ''),"
                             " reasoning = COALESCE(?, ''), finish_reason = COALESCE(?, ''),"
                             " error = COALESCE(?, ''), stats = ? WHERE id = ?"));
    for (const QString &v : {m.content, m.reasoning, m.finishReason, m.error, statsText(m.stats)})
        q.addBindValue(v);
    q.addBindValue(m.id);
    if (!q.exec())
        return failed(Text::tr("cannot save the message"), q);
    if (q.numRowsAffected() != 1)
        return m_database.error(Text::tr("cannot save the message"), Text::tr("no such message"));
    return net::Done{};
}

Result<QList<SearchHit>> ChatStore::search(const QString &query, int limit)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT m.conversation_id, m.id, c.title,"
                             " snippet(messages_fts, -1, '[', ']', '…', 12)"
                             " FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid"
                             " JOIN conversations c ON c.id = m.conversation_id"
                             " WHERE messages_fts MATCH ? ORDER BY rank LIMIT ?"));
    q.addBindValue(query);
    q.addBindValue(limit);
    if (!q.exec())
        return failed(Text::tr("cannot search the chats"), q);
    QList<SearchHit> out;
    while (q.next())
        out << SearchHit{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                         q.value(3).toString()};
    return out;
}

} // namespace c41::studio
