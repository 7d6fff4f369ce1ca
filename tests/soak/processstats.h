// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace c41::testing {

// What the soak watches of its own process and files (Linux /proc).
class ProcessStats
{
public:
    static qint64 rssKb();                        // VmRSS of /proc/self/status; -1 if unknown
    static int openFds();                         // entries of /proc/self/fd; -1 if unknown
    static qint64 fileBytes(const QString &path); // 0 if absent
};

} // namespace c41::testing
