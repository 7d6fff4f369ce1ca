// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobexecutor.h"

#include <QString>

namespace c41::jobs {

// A job's folder under the studio output directory, and the job.json in it
// (gallery metadata: kind, prompt, seed, workflow, server, duration,
// parameters, outputs), enough to run the job again with the same parameters.
class JobFolder
{
public:
    // <root>/<yyyy-mm-dd of creation, local time>/<id>-<kind>
    static QString pathFor(const QString &root, const Job &job);
    // Writes <dir>/job.json atomically; `outcome` null while the job runs.
    static bool writeMetadata(const QString &dir, const Job &job, const JobOutcome *outcome);
};

} // namespace c41::jobs
