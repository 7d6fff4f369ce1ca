// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/result.h"

#include <QString>

namespace c41::backends {

// Where a ComfyUI output file goes on our disk. The server gives a filename and
// a subfolder; both are untrusted. relativePath() accepts only plain names:
// no "..", no absolute paths, no drive letters or backslashes, no control
// characters, no empty or over-long names. resolveInside() then creates the
// folders and checks, on canonical paths, that the result stays inside the
// job's output folder (a symlink inside it cannot lead out).
class ComfyUiOutputPaths
{
public:
    // "sub/dir/name.png" (forward slashes), or Kind::Malformed naming the bad part.
    static net::Result<QString> relativePath(const QString &subfolder, const QString &filename,
                                             const QString &server = {});
    // The absolute file path for `relative` under outputDir, its parent folders created.
    static net::Result<QString> resolveInside(const QString &outputDir, const QString &relative,
                                              const QString &server = {});
};

} // namespace c41::backends
