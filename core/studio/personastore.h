// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatdatabase.h"
#include "chattypes.h"

#include <QList>

#include <optional>

namespace c41::studio {

// Personas (a named system prompt with default parameters) in the chat database.
class PersonaStore
{
public:
    explicit PersonaStore(ChatDatabase &database);

    net::Status save(const Persona &persona); // insert or replace by name
    net::Result<std::optional<Persona>> persona(const QString &name);
    net::Result<QList<Persona>> personas(); // by name
    net::Status remove(const QString &name);

private:
    ChatDatabase &m_database;
};

} // namespace c41::studio
