// SPDX-License-Identifier: GPL-3.0-or-later
// The chat transcript under a 5,000 tok/s stream: tokens arrive from a 1 ms timer at
// that rate (words, paragraphs, a fenced code block now and then) into
// ChatTranscript::appendDelta, the way ChatSession's replyDelta feeds it, while a
// 1 ms heartbeat timer measures how late the event loop serves it (a stall).
// Reports the p50/p99/max stall, CPU % of one core, repaints per second, and the CPU
// cost per token with 1k and with 100k tokens already in the reply (must be flat).
// Not a ctest test. Usage: bench_chatview; C41_BENCH_SECONDS (default 30) shortens
// the main run. Runs offscreen unless QT_QPA_PLATFORM says otherwise.
#include "chat/chattranscript.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using c41::backends::ChatEvent;
using c41::ui::ChatTranscript;

namespace {

constexpr double kTokensPerSecond = 5000;

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Plausible tokens: words, a paragraph break every ~60 tokens, a code block every ~700.
class TokenSource
{
public:
    QString next()
    {
        static const char *words[] = {"the",      "model",  "streams", "tokens", "into",
                                      "a",        "reply",  "and",     "GPU",    "memory",
                                      "holds",    "layers", "while",   "cache",  "grows",
                                      "**bold**", "`code`", "quickly", "of",     "context"};
        ++m_n;
        if (m_inCode > 0) {
            --m_inCode;
            return m_inCode == 0 ? QStringLiteral("```\n\n")
                                 : QStringLiteral("    value = compute(%1);\n").arg(m_n);
        }
        if (m_n % 700 == 0) {
            m_inCode = 20;
            return QStringLiteral("\n\n```cpp\n");
        }
        if (m_n % 60 == 0)
            return QStringLiteral(".\n\n");
        return u' ' + QString::fromLatin1(words[m_n % 20]);
    }

private:
    qint64 m_n = 0;
    int m_inCode = 0;
};

struct Run
{
    qint64 tokens = 0;
    double wall = 0;
    double cpu = 0;
    int flushes = 0;
    std::vector<double> stallsMs;
};

// Streams at kTokensPerSecond for `seconds` into the transcript's current reply.
Run stream(ChatTranscript &transcript, TokenSource &source, double seconds)
{
    Run run;
    QElapsedTimer clock;
    QTimer producer;
    producer.setTimerType(Qt::PreciseTimer);
    producer.setInterval(1);
    QObject::connect(&producer, &QTimer::timeout, [&] {
        const qint64 due = qint64(clock.nsecsElapsed() / 1e9 * kTokensPerSecond);
        for (; run.tokens < due; ++run.tokens)
            transcript.appendDelta(ChatEvent::Kind::Content, source.next());
    });
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    QElapsedTimer beat;
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const double ms = beat.nsecsElapsed() / 1e6;
        beat.restart();
        run.stallsMs.push_back(std::max(0.0, ms - 1.0));
    });
    QEventLoop loop;
    QTimer::singleShot(int(seconds * 1000), &loop, &QEventLoop::quit);
    const int flushesBefore = transcript.flushCount();
    const double cpuBefore = cpuSeconds();
    clock.start();
    beat.start();
    producer.start();
    heartbeat.start();
    loop.exec();
    producer.stop();
    heartbeat.stop();
    run.wall = clock.nsecsElapsed() / 1e9;
    run.cpu = cpuSeconds() - cpuBefore;
    run.flushes = transcript.flushCount() - flushesBefore;
    return run;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

// Puts `tokens` tokens in the reply at once (frames of 5,000 tokens), uncounted.
void prefill(ChatTranscript &transcript, TokenSource &source, qint64 tokens)
{
    for (qint64 i = 0; i < tokens; ++i) {
        transcript.appendDelta(ChatEvent::Kind::Content, source.next());
        if (i % 5000 == 4999) {
            transcript.flush();
            QCoreApplication::processEvents();
        }
    }
    transcript.flush();
    QCoreApplication::processEvents();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const double seconds = std::max(1, qEnvironmentVariableIntValue("C41_BENCH_SECONDS") > 0
                                           ? qEnvironmentVariableIntValue("C41_BENCH_SECONDS")
                                           : 30);

    // C41_BENCH_PREFILL=N: only the per-token run with N tokens before (for profiling).
    const qint64 only = qEnvironmentVariableIntValue("C41_BENCH_PREFILL");
    // Main run: one reply streaming for `seconds`.
    if (only == 0) {
        ChatTranscript transcript;
        transcript.resize(1280, 800);
        transcript.show();
        QCoreApplication::processEvents();
        transcript.beginReply(QStringLiteral("bench"), false);
        TokenSource source;
        const Run r = stream(transcript, source, seconds);
        std::printf("stream %.0f tok/s for %.1f s: %lld tokens, %d repaints (%.0f/s)\n",
                    kTokensPerSecond, r.wall, static_cast<long long>(r.tokens), r.flushes,
                    r.flushes / r.wall);
        std::printf(
            "event-loop stall: p50 %.2f ms, p99 %.2f ms, max %.2f ms (target p99 <= 16 ms)\n",
            percentile(r.stallsMs, 0.5), percentile(r.stallsMs, 0.99), percentile(r.stallsMs, 1.0));
        std::printf("CPU: %.1f%% of one core (incl. the 1 ms producer and heartbeat timers)\n",
                    100.0 * r.cpu / r.wall);
    }

    // Per-token cost with 1k and 100k tokens already in the reply: 5 s of streaming each.
    std::printf("\n%-22s %10s %10s %12s %10s\n", "reply already holds", "tokens", "cpu ms",
                "us/token", "p99 ms");
    for (qint64 before : {1000LL, 100000LL}) {
        if (only > 0 && before != only)
            continue;
        ChatTranscript transcript;
        transcript.resize(1280, 800);
        transcript.show();
        QCoreApplication::processEvents();
        transcript.beginReply(QStringLiteral("bench"), false);
        TokenSource source;
        prefill(transcript, source, before);
        const Run r = stream(transcript, source, std::min(5.0, seconds));
        std::printf("%-22lld %10lld %10.0f %12.2f %10.2f\n", static_cast<long long>(before),
                    static_cast<long long>(r.tokens), r.cpu * 1000, r.cpu * 1e6 / double(r.tokens),
                    percentile(r.stallsMs, 0.99));
    }
    return 0;
}
