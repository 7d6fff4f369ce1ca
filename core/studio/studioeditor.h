// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studioconfig.h"

namespace c41::studio {

// Edits of a StudioConfig, each one checked the way the config file is read: the
// result is written to JSON and parsed again, so an edit the loader would refuse
// (a bad name, a name used twice, an unknown KIND) is refused here with the same
// words, and a valid one gives exactly what the file will hold. Nothing is saved:
// ConfigFile::save() does that.
class StudioEditor
{
public:
    static net::Result<StudioConfig> addBox(const StudioConfig &config, const QString &name,
                                            const QString &title);
    // Renames and/or retitles a box; its servers follow.
    static net::Result<StudioConfig> updateBox(const StudioConfig &config, const QString &box,
                                               const QString &name, const QString &title);
    // Removes the box and its servers.
    static net::Result<StudioConfig> removeBox(const StudioConfig &config, const QString &box);

    // `server.box` names the box it goes on (it must exist). Empty roles: the kind's
    // default role.
    static net::Result<StudioConfig> addServer(const StudioConfig &config, ServerConfig server);
    // Replaces the server called `name` (it may be renamed or moved to another box).
    // When the kind changes and the roles were the old kind's default, they follow
    // the new kind.
    static net::Result<StudioConfig> updateServer(const StudioConfig &config, const QString &name,
                                                  ServerConfig server);
    static net::Result<StudioConfig> removeServer(const StudioConfig &config, const QString &name);

    // A free name for a server found on `box`, e.g. "forge-comfyui", "forge-exporter-2".
    static QString suggestServerName(const StudioConfig &config, const QString &box,
                                     ServerKind kind);

    // The round trip through the file format.
    static net::Result<StudioConfig> validate(const StudioConfig &config);
};

} // namespace c41::studio
