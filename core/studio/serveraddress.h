// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/result.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace c41::studio {

enum class ServerKind { Unknown, Ollama, OpenAi, ComfyUi, Tts, Prometheus, Exporter, Macmon };

QString serverKindName(ServerKind kind);         // "ollama", "openai", …
ServerKind serverKindFromName(QStringView name); // Unknown if not one of ours
QStringList serverKindNames();                   // every valid name, for messages
QString defaultRoleFor(ServerKind kind);         // "llm", "gen", "tts", "telemetry"
QStringList validRoles();

// A server addressed like a database URL: KIND+URL, e.g. "ollama+http://host:11434"
// or "exporter+http://forge:9835/metrics".
struct ServerAddress
{
    ServerKind kind = ServerKind::Unknown;
    QUrl url;

    static net::Result<ServerAddress> parse(const QString &text);
    static bool looksLikeAddress(const QString &text); // has a "+http(s)://"
    QString toString() const;                          // back to KIND+URL
    bool operator==(const ServerAddress &) const = default;
};

} // namespace c41::studio
