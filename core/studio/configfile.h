// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studioconfig.h"

namespace c41::studio {

// Reading and writing the studio config file (JSON). Lives in QStandardPaths'
// config location unless --config names another file.
class ConfigFile
{
public:
    static QString defaultPath();

    // A missing file is an empty studio, not an error. An unreadable or invalid
    // file is an error naming the file, line and field.
    static net::Result<StudioConfig> load(const QString &path);

    // Writes atomically (QSaveFile). Refuses to replace a file that exists but
    // does not parse, so a hand-edited file with a typo is never lost.
    static net::Status save(const QString &path, const StudioConfig &config);
};

} // namespace c41::studio
