// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "soaksample.h"

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace c41::testing {

// The soak's table (one row per sample) and its verdict: after the warm-up sample,
// RSS may grow by at most `rssLimitKb`, open file descriptors by at most `fdLimit`,
// each SQLite database file by what its rows need (`bytesPerRow` per job or chat
// turn), and no write-ahead log may pass `walSlackBytes` (checkpoints keep it small).
class SoakReport
{
public:
    struct Limits
    {
        qint64 rssLimitKb = 5 * 1024;
        int fdLimit = 8;
        qint64 bytesPerRow = 32 * 1024;
        qint64 walSlackBytes = 8 * 1024 * 1024;
    };

    explicit SoakReport(Limits limits)
        : m_limits(limits)
    {
    }

    void add(const SoakSample &sample, bool warmUp);
    static void printHeader(QTextStream &out);
    static void printRow(QTextStream &out, const SoakSample &sample, bool warmUp);
    void addProblem(const QString &problem) { m_problems << problem; }
    // Prints the verdict lines; true when every limit held.
    bool verdict(QTextStream &out) const;

private:
    Limits m_limits;
    QList<SoakSample> m_samples;
    int m_warmUpIndex = -1;
    QStringList m_problems;
};

} // namespace c41::testing
