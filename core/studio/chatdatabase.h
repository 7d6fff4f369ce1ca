// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/result.h"

#include <QSqlDatabase>
#include <QString>

namespace c41::studio {

// The SQLite file that holds chats and personas (Qt SQL, QSQLITE): opened in WAL
// mode with the schema created or kept, an FTS5 index over message text. One
// connection per instance, used from the thread that made it.
class ChatDatabase
{
public:
    explicit ChatDatabase(QString path);
    ~ChatDatabase();
    ChatDatabase(const ChatDatabase &) = delete;
    ChatDatabase &operator=(const ChatDatabase &) = delete;

    net::Status open();
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &db() { return m_db; }
    QString path() const { return m_path; }
    QString journalMode(); // "wal" once open

    // An error value naming the database for a failed query.
    net::ApiError error(const QString &what, const QString &detail) const;

private:
    net::Status exec(const QString &sql);

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
};

} // namespace c41::studio
