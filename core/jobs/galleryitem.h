// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "job.h"

#include <QByteArray>
#include <QString>

namespace c41::jobs {

// What a saved file is, from its name: how the gallery shows it.
enum class MediaKind { Image, Video, Audio, Other };

// One saved file of a succeeded job, as the gallery lists it. The strings of the
// outputs of one job share their data (implicit sharing), and so do server names.
struct GalleryItem
{
    qint64 jobId = 0;
    JobKind jobKind = JobKind::Image;
    MediaKind media = MediaKind::Other;
    qint64 finishedMs = 0; // ms since the epoch, UTC; the creation time if it never finished
    QString path;          // absolute path of the file
    QString server;
    QString title; // the prompt (or the kind), one line
    // Lower case UTF-8 (half the memory of a QString, and a byte search): the prompt,
    // the plain parameters and the file name, for the text filter.
    QByteArray searchText;
};

} // namespace c41::jobs
