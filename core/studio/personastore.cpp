// SPDX-License-Identifier: GPL-3.0-or-later
#include "personastore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace c41::studio {

namespace {
// lupdate sees Text::tr() calls under the context c41 (a free tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(c41)
};

template <typename T>
QVariant optional(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

Persona read(const QSqlQuery &q)
{
    Persona p;
    p.name = q.value(0).toString();
    p.systemPrompt = q.value(1).toString();
    if (!q.value(2).isNull())
        p.temperature = q.value(2).toDouble();
    if (!q.value(3).isNull())
        p.topP = q.value(3).toDouble();
    if (!q.value(4).isNull())
        p.maxTokens = q.value(4).toInt();
    return p;
}

const QString kColumns = QStringLiteral("name, system_prompt, temperature, top_p, max_tokens");
} // namespace

PersonaStore::PersonaStore(ChatDatabase &database)
    : m_database(database)
{
}

net::Status PersonaStore::save(const Persona &p)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO personas(") + kColumns +
              QStringLiteral(") VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(p.name);
    q.addBindValue(p.systemPrompt);
    q.addBindValue(optional(p.temperature));
    q.addBindValue(optional(p.topP));
    q.addBindValue(optional(p.maxTokens));
    if (!q.exec())
        return m_database.error(Text::tr("cannot save the persona"), q.lastError().text());
    return net::Done{};
}

net::Result<std::optional<Persona>> PersonaStore::persona(const QString &name)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM personas WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return m_database.error(Text::tr("cannot read the personas"), q.lastError().text());
    if (!q.next())
        return std::optional<Persona>();
    return std::optional<Persona>(read(q));
}

net::Result<QList<Persona>> PersonaStore::personas()
{
    QSqlQuery q(m_database.db());
    if (!q.exec(QStringLiteral("SELECT ") + kColumns +
                QStringLiteral(" FROM personas ORDER BY name")))
        return m_database.error(Text::tr("cannot read the personas"), q.lastError().text());
    QList<Persona> out;
    while (q.next())
        out << read(q);
    return out;
}

net::Status PersonaStore::remove(const QString &name)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("DELETE FROM personas WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return m_database.error(Text::tr("cannot delete the persona"), q.lastError().text());
    return net::Done{};
}

} // namespace c41::studio
