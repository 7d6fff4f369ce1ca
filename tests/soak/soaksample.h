// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace c41::testing {

// The soak's figures at one moment of simulated time.
struct SoakSample
{
    double simHours = 0;
    double wallSeconds = 0;
    qint64 requests = 0; // telemetry polls + probes so far
    qint64 rssKb = 0;
    int fds = 0;
    qint64 jobsDbBytes = 0;  // the database file
    qint64 jobsWalBytes = 0; // its write-ahead log
    qint64 chatsDbBytes = 0;
    qint64 chatsWalBytes = 0;
    int jobs = 0;
    int chats = 0;
    qsizetype historySeries = 0;
};

} // namespace c41::testing
