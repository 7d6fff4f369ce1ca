// SPDX-License-Identifier: GPL-3.0-or-later
#include "studioeditor.h"

#include <QCoreApplication>

namespace c41::studio {

using net::ApiError;

namespace {
// lupdate sees Text::tr() calls under the context StudioEditor.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StudioEditor)
};

const QString kFile = QStringLiteral("studio.json");

ApiError configError(const QString &message)
{
    return ApiError::make(ApiError::Kind::Config, kFile, message);
}

BoxConfig *findBox(StudioConfig &config, const QString &name)
{
    for (BoxConfig &box : config.boxes) {
        if (box.name == name)
            return &box;
    }
    return nullptr;
}

qsizetype serverIndex(const StudioConfig &config, const QString &name)
{
    for (qsizetype i = 0; i < config.servers.size(); ++i) {
        if (config.servers[i].name == name)
            return i;
    }
    return -1;
}
} // namespace

net::Result<StudioConfig> StudioEditor::validate(const StudioConfig &config)
{
    return StudioConfig::parse(config.toJson(), kFile);
}

net::Result<StudioConfig> StudioEditor::addBox(const StudioConfig &config, const QString &name,
                                               const QString &title)
{
    StudioConfig edited = config;
    BoxConfig box;
    box.name = name.trimmed();
    box.title = title.trimmed();
    if (findBox(edited, box.name))
        return configError(Text::tr("there is already a box named '%1'").arg(box.name));
    edited.boxes << box;
    return validate(edited);
}

net::Result<StudioConfig> StudioEditor::updateBox(const StudioConfig &config, const QString &box,
                                                  const QString &name, const QString &title)
{
    StudioConfig edited = config;
    BoxConfig *b = findBox(edited, box);
    if (!b)
        return configError(Text::tr("no box named '%1'").arg(box));
    const QString newName = name.trimmed();
    if (newName != box && findBox(edited, newName))
        return configError(Text::tr("there is already a box named '%1'").arg(newName));
    b->name = newName;
    b->title = title.trimmed();
    for (ServerConfig &s : edited.servers) {
        if (s.box == box)
            s.box = newName;
    }
    return validate(edited);
}

net::Result<StudioConfig> StudioEditor::removeBox(const StudioConfig &config, const QString &box)
{
    StudioConfig edited = config;
    const BoxConfig *b = findBox(edited, box);
    if (!b)
        return configError(Text::tr("no box named '%1'").arg(box));
    const QStringList servers = b->servers;
    edited.servers.removeIf([&servers](const ServerConfig &s) { return servers.contains(s.name); });
    edited.boxes.removeIf([&box](const BoxConfig &x) { return x.name == box; });
    return validate(edited);
}

net::Result<StudioConfig> StudioEditor::addServer(const StudioConfig &config, ServerConfig server)
{
    StudioConfig edited = config;
    server.name = server.name.trimmed();
    BoxConfig *b = findBox(edited, server.box);
    if (!b)
        return configError(Text::tr("add a box first: a server runs on a box"));
    if (serverIndex(edited, server.name) >= 0)
        return configError(Text::tr("there is already a server named '%1'").arg(server.name));
    if (server.address.kind == ServerKind::Unknown)
        return configError(Text::tr("the server needs a KIND+URL"));
    if (server.roles.isEmpty())
        server.roles = {defaultRoleFor(server.address.kind)};
    b->servers << server.name;
    edited.servers << server;
    return validate(edited);
}

net::Result<StudioConfig> StudioEditor::updateServer(const StudioConfig &config,
                                                     const QString &name, ServerConfig server)
{
    StudioConfig edited = config;
    const qsizetype index = serverIndex(edited, name);
    if (index < 0)
        return configError(Text::tr("no server named '%1'").arg(name));
    server.name = server.name.trimmed();
    if (server.name != name && serverIndex(edited, server.name) >= 0)
        return configError(Text::tr("there is already a server named '%1'").arg(server.name));
    if (!findBox(edited, server.box))
        return configError(Text::tr("no box named '%1'").arg(server.box));
    if (server.address.kind == ServerKind::Unknown)
        return configError(Text::tr("the server needs a KIND+URL"));
    const ServerConfig &old = edited.servers[index];
    if (server.roles.isEmpty() || (old.address.kind != server.address.kind &&
                                   server.roles == QStringList{defaultRoleFor(old.address.kind)}))
        server.roles = {defaultRoleFor(server.address.kind)};
    // Keep its place on its box; a move goes to the end of the other box.
    const QString oldBox = old.box;
    for (BoxConfig &b : edited.boxes) {
        if (b.name == oldBox && oldBox == server.box) {
            b.servers.replace(b.servers.indexOf(name), server.name);
        } else if (b.name == oldBox) {
            b.servers.removeAll(name);
        } else if (b.name == server.box) {
            b.servers << server.name;
        }
    }
    edited.servers[index] = server;
    return validate(edited);
}

net::Result<StudioConfig> StudioEditor::removeServer(const StudioConfig &config,
                                                     const QString &name)
{
    StudioConfig edited = config;
    const qsizetype index = serverIndex(edited, name);
    if (index < 0)
        return configError(Text::tr("no server named '%1'").arg(name));
    edited.servers.removeAt(index);
    for (BoxConfig &b : edited.boxes)
        b.servers.removeAll(name);
    return validate(edited);
}

QString StudioEditor::suggestServerName(const StudioConfig &config, const QString &box,
                                        ServerKind kind)
{
    const QString base = box + u'-' + serverKindName(kind);
    QString name = base;
    for (int n = 2; config.server(name); ++n)
        name = base + u'-' + QString::number(n);
    return name;
}

} // namespace c41::studio
