// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up to the first painted window: `c41 --demo` (to the first paint of its dashboard)
// against bench_bare_window (a bare Qt Widgets + Charts window), each launched RUNS times
// (default 7) with C41_STARTUP_PROBE=1, interleaved. The time runs from just before the process is
// started to the moment it reports its first paint event; the median and the best run
// are printed, and their ratio (target: c41 <= 1.5x the bare window).
//   bench_startup [RUNS]
#include <QCoreApplication>
#include <QDateTime>
#include <QProcess>
#include <QProcessEnvironment>

#include <algorithm>
#include <cstdio>

namespace {

struct Run
{
    qint64 toPaint = -1;   // ms from QProcess::start to the first paint
    qint64 sinceMain = -1; // ms from main() to the first paint, as the process saw it
};

Run launch(const QString &program, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("C41_STARTUP_PROBE"), QStringLiteral("1"));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    process.start(program, args);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
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
};

void report(Series &s)
{
    if (s.toPaint.isEmpty()) {
        std::printf("%-28s no first paint reported\n", s.label);
        return;
    }
    std::sort(s.toPaint.begin(), s.toPaint.end());
    std::sort(s.sinceMain.begin(), s.sinceMain.end());
    std::printf("%-28s median %5lld ms  best %5lld ms  (main() to paint: median %lld ms)\n",
                s.label, static_cast<long long>(s.toPaint.at(s.toPaint.size() / 2)),
                static_cast<long long>(s.toPaint.first()),
                static_cast<long long>(s.sinceMain.at(s.sinceMain.size() / 2)));
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
    Series bare{"bare Qt Widgets + Charts", QStringLiteral(C41_BARE_WINDOW_PATH), {}, {}, {}};
    Series c41{
        "c41 --demo (dashboard)", QStringLiteral(C41_PATH), {QStringLiteral("--demo")}, {}, {}};
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
        }
    }
    report(bare);
    report(c41);
    if (median(bare.toPaint) <= 0 || median(c41.toPaint) <= 0)
        return 1;
    std::printf("ratio (median): %.2fx  best: %.2fx  (target <= 1.5x)\n",
                double(median(c41.toPaint)) / median(bare.toPaint),
                double(c41.toPaint.first()) / bare.toPaint.first());
    return 0;
}
