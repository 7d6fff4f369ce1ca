// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "galleryitem.h"
#include "net/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <atomic>

namespace c41::jobs {

// What one read of the job database gives the gallery.
struct GalleryScan
{
    QList<GalleryItem> items; // the outputs of succeeded jobs, newest first
    QList<qint64> pending;    // jobs queued or running at the time: they may succeed later
    qint64 maxId = 0;         // the newest job id seen
    int succeededJobs = 0;    // succeeded jobs read by this scan (with outputs or not)
    int totalSucceeded = 0;   // succeeded jobs in the database at the time
};

// The gallery's reads of the studio's job database. Each scan opens its own
// connection to the database file and closes it again, so it may run on a worker
// thread while the GUI's JobStore goes on; it reads only the columns the gallery
// shows, in one read transaction. Errors are values.
class GalleryIndex
{
public:
    // Every output of every succeeded job, and the jobs that may still succeed.
    // `cancel` (optional) set from another thread stops the read early (an error).
    static net::Result<GalleryScan> scanAll(const QString &databasePath,
                                            const std::atomic<bool> *cancel = nullptr);
    // What changed since a scan: jobs of `pending` that succeeded since, and jobs
    // newer than `afterId`. `succeededJobs` counts the newly succeeded ones; compare
    // the running total with `totalSucceeded` to notice deletions (a purge).
    static net::Result<GalleryScan> scanChanges(const QString &databasePath,
                                                const QList<qint64> &pending, qint64 afterId);

    // From the file name: .png → Image, .mp4 → Video, .wav → Audio…
    static MediaKind mediaKindOf(const QString &path);
    // The saved files a job lists in `outputs` (strings, or objects with a "path").
    static QStringList outputPaths(const nlohmann::json &outputs);
    // The job's parameters as indented JSON text (what "copy parameters" copies).
    static QString parametersJson(const Job &job);
    // Lower-case UTF-8 text the gallery's search matches: the title, the
    // parameters' plain values (not the workflow graph) and the file name.
    static QByteArray searchText(const QString &title, const nlohmann::json &params,
                                 const QString &fileName);
};

} // namespace c41::jobs
