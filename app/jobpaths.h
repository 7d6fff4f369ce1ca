// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace c41::app {

// Where the studio's job queue lives, one rule for c41 and c41ctl.
class JobPaths
{
public:
    // $C41_JOBS_DB, else jobs.sqlite in the user's data folder; empty if neither.
    static QString database();
    // $C41_OUTPUT_DIR, else "outputs" in the user's data folder. Each job gets
    // <dir>/<yyyy-mm-dd>/<id>-<kind>/.
    static QString outputRoot();
};

} // namespace c41::app
