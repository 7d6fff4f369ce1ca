// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobpaths.h"

#include "studio/appsettings.h"

#include <QStandardPaths>

namespace c41::app {

QString JobPaths::database()
{
    const QString env = qEnvironmentVariable("C41_JOBS_DB");
    if (!env.isEmpty())
        return env;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/jobs.sqlite");
}

QString JobPaths::outputRoot()
{
    const QString env = qEnvironmentVariable("C41_OUTPUT_DIR");
    if (!env.isEmpty())
        return env;
    // The folder chosen in Settings (the app and c41ctl share the preference).
    if (const QString chosen = studio::AppSettings().outputFolder(); !chosen.isEmpty())
        return chosen;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/outputs");
}

} // namespace c41::app
