// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httpclient.h"
#include "net/result.h"
#include "serveraddress.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace c41::studio {

struct ServerConfig
{
    QString name;
    ServerAddress address;
    QString box;       // the box it runs on (may be empty for ad-hoc servers)
    QStringList roles; // llm, gen, tts, telemetry; defaults from the kind
    net::Auth::Scheme auth = net::Auth::Scheme::None; // the secret lives in the SecretStore

    // The SecretStore key for this server's API key.
    QString secretKey() const { return QStringLiteral("server/") + name; }
};

struct BoxConfig
{
    QString name;
    QString title;       // what the user sees, e.g. "Mac Studio M3 Ultra 512 GB"
    QStringList servers; // server names, in config order
    QStringList roles;   // union of its servers' roles
};

// The studio as the config file describes it. The file never holds secrets.
//
// {
//   "version": 1,
//   "boxes": [
//     { "name": "brain", "title": "Mac Studio M3 Ultra 512 GB",
//       "servers": [
//         { "name": "brain-ollama", "url": "ollama+http://mac-studio.local:11434" },
//         { "name": "brain-llama", "url": "openai+http://mac-studio.local:8080",
//           "roles": ["llm"], "auth": "bearer" } ] } ]
// }
struct StudioConfig
{
    QList<BoxConfig> boxes;
    QList<ServerConfig> servers;

    const ServerConfig *server(const QString &name) const;
    const BoxConfig *box(const QString &name) const;

    // Parses the file's text. Errors name the file, the line and the field, e.g.
    // "studio.json:7: boxes[0].servers[1].url: unknown server kind 'olama'".
    static net::Result<StudioConfig> parse(const QByteArray &text, const QString &fileName);
    QByteArray toJson() const;

    // A SERVER argument: a configured name, or a KIND+URL for a server not in the
    // config (it gets that text as its name).
    net::Result<ServerConfig> resolveServer(const QString &nameOrAddress) const;
};

} // namespace c41::studio
