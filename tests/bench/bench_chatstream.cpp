// SPDX-License-Identifier: GPL-3.0-or-later
// CPU cost per streamed token of `c41ctl chat`, against a fast local stream: the
// fake llama.cpp server and the fake Ollama, time-scaled to 30,000 tok/s (about 20,000 arrive on 2
// busy cores), answering 1,000 and 100,000 tokens. The child's user+sys CPU time (getrusage)
// divided by the tokens it printed; the cost per token must not grow with length.
// Not a ctest test. Usage: bench_chatstream [rounds]   (prints a table)
#include "fakeollama.h"
#include "fakeopenaiserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>

using namespace c41::fakes;

namespace {

constexpr double kModelTokensPerSecond = 100;
constexpr double kTimeScale = kModelTokensPerSecond / 30000.0; // wall = model time * scale

FakeModel benchModel(const char *name)
{
    return {
        QString::fromLatin1(name), 4'000'000'000, QStringLiteral("llama"), QStringLiteral("8.0B"),
        QStringLiteral("Q4_K_M"),  1 << 20,       kModelTokensPerSecond,   100000};
}

double childCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Sample
{
    int tokens = 0;
    double cpuSeconds = 0;
    double wallSeconds = 0;
};

// Runs c41ctl chat to the end while this process keeps serving the fake.
Sample chat(const QString &server, const QString &model, int maxTokens)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    const double cpuBefore = childCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    p.start(QStringLiteral(C41CTL_PATH),
            {QStringLiteral("chat"), server, model, QStringLiteral("Write at length."),
             QStringLiteral("--max-tokens"), QString::number(maxTokens)});
    loop.exec();
    Sample s;
    s.wallSeconds = wall.elapsed() / 1000.0;
    s.cpuSeconds = childCpuSeconds() - cpuBefore;
    const QString err = QString::fromUtf8(p.readAllStandardError());
    const auto match = QRegularExpression(QStringLiteral("\\] (\\d+) tokens")).match(err);
    if (p.exitCode() != 0 || !match.hasMatch()) {
        std::fprintf(stderr, "c41ctl failed (%d): %s\n", p.exitCode(), qPrintable(err));
        std::exit(1);
    }
    s.tokens = match.captured(1).toInt();
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 3;

    FakeOpenAiServer llama;
    llama.setModel(benchModel("bench-8b-q4_k_m.gguf"));
    llama.setParallel(1);
    llama.setTimeScale(kTimeScale);
    llama.setFillToMax(true);
    FakeOllama ollama;
    ollama.setModels({benchModel("bench:8b")});
    ollama.loadModel(QStringLiteral("bench:8b"), -1);
    ollama.setTimeScale(kTimeScale);
    ollama.setFillToMax(true);
    if (!llama.listen() || !ollama.listen()) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1\n");
        return 1;
    }
    const struct
    {
        const char *label;
        QString server;
        QString model;
    } servers[] = {
        {"openai", QStringLiteral("openai+") + llama.url().toString(), llama.model().name},
        {"ollama", QStringLiteral("ollama+") + ollama.url().toString(), QStringLiteral("bench:8b")},
    };

    std::printf("%-7s %8s %8s %9s %9s %10s\n", "server", "tokens", "wall s", "tok/s", "cpu ms",
                "us/token");
    for (const auto &s : servers) {
        double perToken[2] = {0, 0};
        Sample samples[2];
        int i = 0;
        for (int tokens : {1000, 100000}) {
            Sample best;
            for (int r = 0; r < rounds; ++r) {
                const Sample x = chat(s.server, s.model, tokens);
                if (r == 0 || x.cpuSeconds < best.cpuSeconds)
                    best = x;
            }
            samples[i] = best;
            perToken[i++] = best.cpuSeconds * 1e6 / best.tokens;
            std::printf("%-7s %8d %8.2f %9.0f %9.1f %10.2f\n", s.label, best.tokens,
                        best.wallSeconds, best.tokens / best.wallSeconds, best.cpuSeconds * 1e3,
                        best.cpuSeconds * 1e6 / best.tokens);
        }
        const double marginal = (samples[1].cpuSeconds - samples[0].cpuSeconds) * 1e6 /
                                (samples[1].tokens - samples[0].tokens);
        std::printf("%-7s marginal %.2f us/token; 100k/1k cost per token %.2fx (the 1k run"
                    " includes start-up)\n",
                    s.label, marginal, perToken[1] / perToken[0]);
    }
    return 0;
}
