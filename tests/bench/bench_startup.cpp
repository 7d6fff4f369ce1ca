// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up to the first painted window: `c41 --demo` (to the first paint of its dashboard)
// against bench_bare_window (a bare Qt Widgets + Charts window), each launched RUNS times
// (default 7) with C41_STARTUP_PROBE=1, interleaved. The time runs from just before the process is
// started to the moment it reports its first paint event; the median and the best run
// are printed, and their ratio (target: c41 <= 1.5x the bare window). Each child's peak RSS
// (ru_maxrss from wait4, i.e. VmHWM: it quits at its first paint) too (target: <= 2x).
// The last two lines are "ROW\t..." for scripts/bench.sh.
//   bench_startup [RUNS] [C41]   (C41: another c41 binary to measure, e.g. a scratch build)
#include <QCoreApplication>
#include <QDateTime>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct Run
{
    qint64 toPaint = -1;   // ms from just before the spawn to the first paint
    qint64 sinceMain = -1; // ms from main() to the first paint, as the process saw it
    qint64 maxRssKb = -1;  // the child's peak RSS (ru_maxrss of wait4): it quits at first paint
    qint64 cpuMs = -1;     // the child's user+sys CPU time, start to exit (just after the paint)
};

qint64 epochMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Starts `program` with C41_STARTUP_PROBE=1 (offscreen unless QT_QPA_PLATFORM says
// otherwise), reads its stdout to the end and reaps it with wait4 for its peak RSS.
Run launch(const QString &program, const QStringList &args)
{
    Run run;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("C41_STARTUP_PROBE"), QStringLiteral("1"));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // A fresh settings folder: no page or geometry restored from an earlier session.
    static const QTemporaryDir config;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    std::vector<QByteArray> envStore;
    for (const QString &entry : env.toStringList())
        envStore.push_back(entry.toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &entry : envStore)
        envp.push_back(entry.data());
    envp.push_back(nullptr);
    std::vector<QByteArray> argStore{program.toLocal8Bit()};
    for (const QString &arg : args)
        argStore.push_back(arg.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &arg : argStore)
        argv.push_back(arg.data());
    argv.push_back(nullptr);

    int out[2];
    if (pipe(out) != 0)
        return run;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    posix_spawn_file_actions_addclose(&actions, out[1]);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    const qint64 started = epochMs();
    pid_t pid = -1;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    if (spawned != 0) {
        close(out[0]);
        return run;
    }
    // The child quits right after its first paint; a hung one is killed after 30 s.
    QByteArray output;
    char buffer[4096];
    for (;;) {
        pollfd fd{out[0], POLLIN, 0};
        const int ready = poll(&fd, 1, int(std::max<qint64>(0, started + 30000 - epochMs())));
        if (ready <= 0) {
            kill(pid, SIGKILL);
            break;
        }
        const ssize_t n = read(out[0], buffer, sizeof buffer);
        if (n <= 0)
            break;
        output.append(buffer, n);
    }
    close(out[0]);
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return run;
    run.maxRssKb = usage.ru_maxrss;
    run.cpuMs = (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000 +
                (qint64(usage.ru_utime.tv_usec) + usage.ru_stime.tv_usec) / 1000;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("first-paint-epoch-ms="))
            run.toPaint = line.mid(21).toLongLong() - started;
        else if (line.startsWith("first-paint-since-main-ms="))
            run.sinceMain = line.mid(26).toLongLong();
    }
    return run;
}

struct Series
{
    const char *label;
    QString program;
    QStringList args;
    QList<qint64> toPaint;
    QList<qint64> sinceMain;
    QList<qint64> maxRssKb;
    QList<qint64> cpuMs;
};

void report(Series &s)
{
    if (s.toPaint.isEmpty()) {
        std::printf("%-28s no first paint reported\n", s.label);
        return;
    }
    std::sort(s.toPaint.begin(), s.toPaint.end());
    std::sort(s.sinceMain.begin(), s.sinceMain.end());
    std::sort(s.maxRssKb.begin(), s.maxRssKb.end());
    std::sort(s.cpuMs.begin(), s.cpuMs.end());
    std::printf("%-28s median %5lld ms  best %5lld ms  (main() to paint: median %lld ms)  "
                "peak RSS median %.1f MB  CPU median %lld ms\n",
                s.label, static_cast<long long>(s.toPaint.at(s.toPaint.size() / 2)),
                static_cast<long long>(s.toPaint.first()),
                static_cast<long long>(s.sinceMain.at(s.sinceMain.size() / 2)),
                double(s.maxRssKb.at(s.maxRssKb.size() / 2)) / 1024.0,
                static_cast<long long>(s.cpuMs.at(s.cpuMs.size() / 2)));
}

qint64 median(const QList<qint64> &sorted)
{
    return sorted.isEmpty() ? -1 : sorted.at(sorted.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 7;
    std::printf("start-up to the first painted window, %d runs each (QT_QPA_PLATFORM=%s)\n", runs,
                qEnvironmentVariableIsSet("QT_QPA_PLATFORM")
                    ? qgetenv("QT_QPA_PLATFORM").constData()
                    : "offscreen");
    Series bare{
        "bare Qt Widgets + Charts", QStringLiteral(C41_BARE_WINDOW_PATH), {}, {}, {}, {}, {}};
    Series c41{"c41 --demo (dashboard)",
               argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral(C41_PATH),
               {QStringLiteral("--demo")},
               {},
               {},
               {},
               {}};
    launch(bare.program, bare.args); // warm the page cache; not counted
    launch(c41.program, c41.args);
    // Interleaved, so both see the same machine load.
    for (int i = 0; i < runs; ++i) {
        for (Series *s : {&bare, &c41}) {
            const Run run = launch(s->program, s->args);
            if (run.toPaint < 0)
                continue;
            s->toPaint << run.toPaint;
            s->sinceMain << run.sinceMain;
            s->maxRssKb << run.maxRssKb;
            s->cpuMs << run.cpuMs;
        }
    }
    report(bare);
    report(c41);
    if (median(bare.toPaint) <= 0 || median(c41.toPaint) <= 0)
        return 1;
    const double timeRatio = double(median(c41.toPaint)) / double(median(bare.toPaint));
    const double rssRatio = double(median(c41.maxRssKb)) / double(median(bare.maxRssKb));
    std::printf("ratio (median): %.2fx  best: %.2fx  (target <= 1.5x); peak RSS %.2fx (target <= "
                "2x)\n",
                timeRatio, double(c41.toPaint.first()) / double(bare.toPaint.first()), rssRatio);
    std::printf("ROW\tstart-up to first paint (median of %d)\t%lld ms\t%lld ms\t%.2fx\t<= "
                "1.5x\t%s\n",
                runs, static_cast<long long>(median(c41.toPaint)),
                static_cast<long long>(median(bare.toPaint)), timeRatio,
                timeRatio <= 1.5 ? "PASS" : "FAIL");
    std::printf("ROW\tpeak RSS at first paint (VmHWM)\t%.1f MB\t%.1f MB\t%.2fx\t<= 2x\t%s\n",
                double(median(c41.maxRssKb)) / 1024.0, double(median(bare.maxRssKb)) / 1024.0,
                rssRatio, rssRatio <= 2.0 ? "PASS" : "FAIL");
    return timeRatio <= 1.5 && rssRatio <= 2.0 ? 0 : 1;
}
