// SPDX-License-Identifier: GPL-3.0-or-later
// soak [--hours H] [--jobs-per-hour N] [--chats-per-hour N] [--samples N] [--warmup-hours W]
// An accelerated soak (issue 9): H hours of 1 Hz polling of the demo studio (two boxes)
// and a steady trickle of jobs and chats, as fast as the machine runs it; prints a table
// of RSS, open files and database sizes, and fails when one grows without bound.
#include "processstats.h"
#include "soakreport.h"
#include "soakrig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <qcorotask.h>
#include <qcorotimer.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

// AddressSanitizer slows everything down and keeps freed memory in quarantine.
#if defined(__SANITIZE_ADDRESS__)
#define C41_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define C41_UNDER_ASAN 1
#endif
#endif

using namespace std::chrono_literals;
using c41::testing::ProcessStats;
using c41::testing::SoakReport;
using c41::testing::SoakRig;
using c41::testing::SoakSample;

namespace {

struct Options
{
    double hours = 0.5;
    double jobsPerHour = 12;
    double chatsPerHour = 30;
    int samples = 12;
    double warmUpHours = -1;
};

SoakSample sample(SoakRig &rig, const QElapsedTimer &wall)
{
    SoakSample s;
    s.simHours = rig.seconds() / 3600.0;
    s.wallSeconds = wall.elapsed() / 1000.0;
    s.requests = rig.requests();
    s.rssKb = ProcessStats::rssKb();
    s.fds = ProcessStats::openFds();
    s.jobsDbBytes = ProcessStats::fileBytes(rig.jobsDb());
    s.jobsWalBytes = ProcessStats::fileBytes(rig.jobsDb() + QStringLiteral("-wal"));
    s.chatsDbBytes = ProcessStats::fileBytes(rig.chatsDb());
    s.chatsWalBytes = ProcessStats::fileBytes(rig.chatsDb() + QStringLiteral("-wal"));
    s.jobs = rig.jobsSubmitted();
    s.chats = rig.chatsSent();
    s.historySeries = rig.historySeries();
    return s;
}

QCoro::Task<int> soak(Options o, QTextStream &out)
{
    QTemporaryDir dir;
    SoakRig rig(dir.path());
    if (const QString why = rig.start(); !why.isEmpty() || !dir.isValid()) {
        out << "soak: cannot start: " << why << '\n';
        co_return 2;
    }
    const qint64 total = std::llround(o.hours * 3600);
    const qint64 jobEvery = std::max<qint64>(1, std::llround(3600 / o.jobsPerHour));
    const qint64 chatEvery = std::max<qint64>(1, std::llround(3600 / o.chatsPerHour));
    const qint64 sampleEvery = std::max<qint64>(1, total / std::max(2, o.samples));
    const double warmUpHours =
        o.warmUpHours >= 0 ? o.warmUpHours : (o.hours >= 4 ? 2.0 : o.hours * 0.25);
    const qint64 warmUp = std::llround(warmUpHours * 3600);
    out << QStringLiteral("soak: %1 simulated hours of 1 Hz polling (2 boxes, 7 servers), "
                          "a job every %2 s, a chat turn every %3 s; warm-up %4 h\n")
               .arg(o.hours)
               .arg(jobEvery)
               .arg(chatEvery)
               .arg(warmUpHours);
    SoakReport::Limits limits;
#ifdef C41_UNDER_ASAN
    limits.rssLimitKb = 1LL << 40; // the quarantine grows RSS by design
    out << "soak: AddressSanitizer build: the RSS limit is not applied (quarantine)\n";
#endif
    SoakReport report(limits);
    SoakReport::printHeader(out);
    QElapsedTimer wall;
    wall.start();
    bool baselineTaken = false;
    for (qint64 s = 0; s < total; ++s) {
        if (s % jobEvery == jobEvery / 2)
            rig.submitJob();
        if (s % chatEvery == chatEvery / 3)
            rig.chat();
        if (s % 3600 == 1800)
            rig.clearServerHistory();
        co_await rig.second();
        const qint64 done = s + 1;
        const bool isBaseline = !baselineTaken && done >= warmUp && done % sampleEvery == 0;
        if (done % sampleEvery == 0 || done == total || isBaseline) {
            const SoakSample now = sample(rig, wall);
            baselineTaken = baselineTaken || isBaseline;
            report.add(now, isBaseline);
            SoakReport::printRow(out, now, isBaseline);
        }
    }
    // Let the last job and chat end, then nothing may be left hanging.
    QElapsedTimer settle;
    settle.start();
    while ((rig.jobsUnfinished() > 0 || rig.chatsOk() + rig.chatsFailed() < rig.chatsSent()) &&
           settle.elapsed() < 10000)
        co_await QCoro::sleepFor(20ms);
    out << QStringLiteral("jobs: %1 submitted, %2 succeeded, %3 unfinished; chat turns: %4 sent, "
                          "%5 answered, %6 failed\n")
               .arg(rig.jobsSubmitted())
               .arg(rig.jobsSucceeded())
               .arg(rig.jobsUnfinished())
               .arg(rig.chatsSent())
               .arg(rig.chatsOk())
               .arg(rig.chatsFailed());
    if (rig.jobsSucceeded() != rig.jobsSubmitted())
        report.addProblem(QStringLiteral("not every job succeeded"));
    if (rig.chatsFailed() > 0 || rig.chatsOk() != rig.chatsSent())
        report.addProblem(QStringLiteral("not every chat turn was answered"));
    if (rig.jobsSubmitted() == 0 || rig.chatsSent() == 0)
        report.addProblem(QStringLiteral("the trickle of jobs and chats never started"));
    co_return report.verdict(out) ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "c41.*.debug=false");
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Accelerated soak of the control center."));
    parser.addHelpOption();
    const QCommandLineOption hours(QStringLiteral("hours"), QStringLiteral("Simulated hours."),
                                   QStringLiteral("H"), QStringLiteral("0.5"));
    const QCommandLineOption jobs(QStringLiteral("jobs-per-hour"),
                                  QStringLiteral("ComfyUI jobs per simulated hour."),
                                  QStringLiteral("N"), QStringLiteral("12"));
    const QCommandLineOption chats(QStringLiteral("chats-per-hour"),
                                   QStringLiteral("Chat turns per simulated hour."),
                                   QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption samples(QStringLiteral("samples"), QStringLiteral("Table rows."),
                                     QStringLiteral("N"), QStringLiteral("12"));
    const QCommandLineOption warmUp(QStringLiteral("warmup-hours"),
                                    QStringLiteral("Simulated hours before the RSS baseline "
                                                   "(default: 2, or a quarter of short runs)."),
                                    QStringLiteral("W"), QStringLiteral("-1"));
    parser.addOptions({hours, jobs, chats, samples, warmUp});
    parser.process(app);
    Options o;
    bool ok[5] = {};
    o.hours = parser.value(hours).toDouble(&ok[0]);
    o.jobsPerHour = parser.value(jobs).toDouble(&ok[1]);
    o.chatsPerHour = parser.value(chats).toDouble(&ok[2]);
    o.samples = parser.value(samples).toInt(&ok[3]);
    o.warmUpHours = parser.value(warmUp).toDouble(&ok[4]);
    if (!std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }) || o.hours <= 0 ||
        o.jobsPerHour <= 0 || o.chatsPerHour <= 0) {
        std::fputs("soak: --hours, --jobs-per-hour and --chats-per-hour take positive numbers\n",
                   stderr);
        return 2;
    }
    QTextStream out(stdout);
    return QCoro::waitFor(soak(o, out));
}
