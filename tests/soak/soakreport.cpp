// SPDX-License-Identifier: GPL-3.0-or-later
#include "soakreport.h"

#include <algorithm>

namespace c41::testing {

void SoakReport::add(const SoakSample &sample, bool warmUp)
{
    m_samples << sample;
    if (warmUp)
        m_warmUpIndex = static_cast<int>(m_samples.size()) - 1;
}

void SoakReport::printHeader(QTextStream &out)
{
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
               .arg(QStringLiteral("sim h"), 7)
               .arg(QStringLiteral("wall s"), 8)
               .arg(QStringLiteral("requests"), 10)
               .arg(QStringLiteral("RSS MB"), 8)
               .arg(QStringLiteral("fds"), 5)
               .arg(QStringLiteral("jobs.db+wal KB"), 16)
               .arg(QStringLiteral("chats+wal KB"), 16)
               .arg(QStringLiteral("jobs/turns"), 11)
               .arg(QStringLiteral("series"), 7);
}

void SoakReport::printRow(QTextStream &out, const SoakSample &s, bool warmUp)
{
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9%10\n")
               .arg(s.simHours, 7, 'f', 2)
               .arg(s.wallSeconds, 8, 'f', 1)
               .arg(s.requests, 10)
               .arg(s.rssKb / 1024.0, 8, 'f', 2)
               .arg(s.fds, 5)
               .arg(QStringLiteral("%1+%2").arg(s.jobsDbBytes / 1024).arg(s.jobsWalBytes / 1024),
                    16)
               .arg(QStringLiteral("%1+%2").arg(s.chatsDbBytes / 1024).arg(s.chatsWalBytes / 1024),
                    16)
               .arg(QStringLiteral("%1/%2").arg(s.jobs).arg(s.chats), 11)
               .arg(s.historySeries, 7)
               .arg(warmUp ? QStringLiteral("  <- warm-up baseline") : QString());
    out.flush();
}

bool SoakReport::verdict(QTextStream &out) const
{
    QStringList problems = m_problems;
    if (m_samples.size() < 2 || m_warmUpIndex < 0 || m_warmUpIndex >= m_samples.size() - 1) {
        problems << QStringLiteral("too few samples after the warm-up");
    } else {
        const SoakSample &base = m_samples.at(m_warmUpIndex);
        const SoakSample &last = m_samples.constLast();
        qint64 maxRss = 0;
        int maxFds = 0;
        for (qsizetype i = m_warmUpIndex; i < m_samples.size(); ++i) {
            maxRss = std::max(maxRss, m_samples.at(i).rssKb);
            maxFds = std::max(maxFds, m_samples.at(i).fds);
        }
        const qint64 rssGrowth = maxRss - base.rssKb;
        const int fdGrowth = maxFds - base.fds;
        const auto allowed = [this](int rows) {
            return static_cast<qint64>(rows) * m_limits.bytesPerRow + 64 * 1024;
        };
        const qint64 jobsGrowth = last.jobsDbBytes - base.jobsDbBytes;
        const qint64 chatsGrowth = last.chatsDbBytes - base.chatsDbBytes;
        qint64 maxWal = 0;
        for (const SoakSample &s : m_samples)
            maxWal = std::max({maxWal, s.jobsWalBytes, s.chatsWalBytes});
        const int newJobs = last.jobs - base.jobs;
        const int newChats = last.chats - base.chats;
        out << QStringLiteral("\n== soak summary ==\n");
        out << QStringLiteral("simulated:         %1 h in %2 s wall (%3 requests, %4x real time)\n")
                   .arg(last.simHours, 0, 'f', 2)
                   .arg(last.wallSeconds, 0, 'f', 1)
                   .arg(last.requests)
                   .arg(last.wallSeconds > 0 ? last.simHours * 3600 / last.wallSeconds : 0, 0, 'f',
                        0);
        out << QStringLiteral("RSS growth:        %1 MB after warm-up (limit %2 MB)\n")
                   .arg(rssGrowth / 1024.0, 0, 'f', 2)
                   .arg(m_limits.rssLimitKb / 1024.0, 0, 'f', 1);
        out << QStringLiteral("open fds:          %1 at warm-up, max %2 after (limit +%3)\n")
                   .arg(base.fds)
                   .arg(maxFds)
                   .arg(m_limits.fdLimit);
        out << QStringLiteral("jobs.db:           +%1 KB for %2 jobs (%3 B/job, WAL not counted)\n")
                   .arg(jobsGrowth / 1024)
                   .arg(newJobs)
                   .arg(newJobs > 0 ? jobsGrowth / newJobs : 0);
        out << QStringLiteral(
                   "chats.sqlite:      +%1 KB for %2 turns (%3 B/turn, WAL not counted)\n")
                   .arg(chatsGrowth / 1024)
                   .arg(newChats)
                   .arg(newChats > 0 ? chatsGrowth / newChats : 0);
        out << QStringLiteral("largest WAL:       %1 KB (limit %2 KB)\n")
                   .arg(maxWal / 1024)
                   .arg(m_limits.walSlackBytes / 1024);
        out << QStringLiteral("history series:    %1 (in memory, 1 h ring)\n")
                   .arg(last.historySeries);
        if (rssGrowth > m_limits.rssLimitKb)
            problems << QStringLiteral("RSS grew %1 KB after warm-up").arg(rssGrowth);
        if (fdGrowth > m_limits.fdLimit)
            problems << QStringLiteral("open fds grew by %1").arg(fdGrowth);
        if (maxWal > m_limits.walSlackBytes)
            problems << QStringLiteral("a write-ahead log grew to %1 bytes").arg(maxWal);
        if (jobsGrowth > allowed(newJobs))
            problems
                << QStringLiteral("jobs.db grew %1 bytes for %2 jobs").arg(jobsGrowth).arg(newJobs);
        if (chatsGrowth > allowed(newChats))
            problems << QStringLiteral("chats.sqlite grew %1 bytes for %2 turns")
                            .arg(chatsGrowth)
                            .arg(newChats);
    }
    for (const QString &p : std::as_const(problems))
        out << QStringLiteral("PROBLEM: ") << p << '\n';
    out << (problems.isEmpty() ? "RESULT: PASS\n" : "RESULT: FAIL\n");
    out.flush();
    return problems.isEmpty();
}

} // namespace c41::testing
