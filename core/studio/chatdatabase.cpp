// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace c41::studio {

namespace {
const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS conversations ("
    " id INTEGER PRIMARY KEY, title TEXT NOT NULL, server TEXT NOT NULL, model TEXT NOT NULL,"
    " persona TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS messages ("
    " id INTEGER PRIMARY KEY,"
    " conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,"
    " role TEXT NOT NULL, content TEXT NOT NULL, reasoning TEXT NOT NULL DEFAULT '',"
    " finish_reason TEXT NOT NULL DEFAULT '', error TEXT NOT NULL DEFAULT '',"
    " stats TEXT NOT NULL DEFAULT '{}', created_at TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS messages_by_conversation ON messages(conversation_id, id)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS messages_fts USING fts5("
    " content, reasoning, content='messages', content_rowid='id')",
    "CREATE TRIGGER IF NOT EXISTS messages_ai AFTER INSERT ON messages BEGIN"
    " INSERT INTO messages_fts(rowid, content, reasoning)"
    " VALUES (new.id, new.content, new.reasoning); END",
    "CREATE TRIGGER IF NOT EXISTS messages_ad AFTER DELETE ON messages BEGIN"
    " INSERT INTO messages_fts(messages_fts, rowid, content, reasoning)"
    " VALUES ('delete', old.id, old.content, old.reasoning); END",
    "CREATE TRIGGER IF NOT EXISTS messages_au AFTER UPDATE ON messages BEGIN"
    " INSERT INTO messages_fts(messages_fts, rowid, content, reasoning)"
    " VALUES ('delete', old.id, old.content, old.reasoning);"
    " INSERT INTO messages_fts(rowid, content, reasoning)"
    " VALUES (new.id, new.content, new.reasoning); END",
    "CREATE TABLE IF NOT EXISTS personas ("
    " name TEXT PRIMARY KEY, system_prompt TEXT NOT NULL, temperature REAL, top_p REAL,"
    " max_tokens INTEGER)",
};
} // namespace

ChatDatabase::ChatDatabase(QString path)
    : m_path(std::move(path))
{
    static std::atomic<int> counter{0};
    m_connection = QStringLiteral("c41chat-%1").arg(++counter);
}

ChatDatabase::~ChatDatabase()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

net::ApiError ChatDatabase::error(const QString &what, const QString &detail) const
{
    return net::ApiError::make(net::ApiError::Kind::Config, m_path,
                               what + QStringLiteral(": ") + detail);
}

net::Status ChatDatabase::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return error(QCoreApplication::translate("c41", "the chat database"), q.lastError().text());
    return net::Done{};
}

net::Status ChatDatabase::open()
{
    if (m_db.isOpen())
        return net::Done{};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_path);
    if (!m_db.open())
        return error(QCoreApplication::translate("c41", "cannot open the chat database"),
                     m_db.lastError().text());
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                               "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=3000"}) {
        if (auto s = exec(QString::fromLatin1(pragma)); !s.ok())
            return s;
    }
    for (const char *sql : kSchema) {
        if (auto s = exec(QString::fromLatin1(sql)); !s.ok())
            return s;
    }
    return net::Done{};
}

QString ChatDatabase::journalMode()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next())
        return q.value(0).toString().toLower();
    return {};
}

} // namespace c41::studio
