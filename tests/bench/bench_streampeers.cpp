// SPDX-License-Identifier: GPL-3.0-or-later
// CPU per streamed token: `c41ctl chat` against the official `openai` and `ollama` npm
// clients (run with node from tests/bench/node, installed there by scripts/bench-setup.sh),
// each consuming the same stream from the same fake server in this process: the fake
// llama.cpp (OpenAI-compatible SSE) and the fake Ollama (NDJSON), time-scaled to 30,000
// tok/s and answering TOKENS tokens (--max-tokens / max_tokens / num_predict). The
// children run one after the other, interleaved, ROUNDS times each; the figure is the best
// child's user+sys CPU time (getrusage(RUSAGE_CHILDREN)) divided by the tokens it printed.
// Target: ours <= 1/3 of theirs. c41ctl records the turn in a throwaway chat history.
// Not a ctest test. Prints a human table, then one "ROW\t..." line per comparison for
// scripts/bench.sh.
//   bench_streampeers [--tokens N] [--rounds R] [--node-dir DIR]
//   bench_streampeers --serve   (only the two fakes, for profiling a client by hand)
#include "fakeollama.h"
#include "fakeopenaiserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

using namespace c41::fakes;

namespace {

constexpr double kModelTokensPerSecond = 100;
constexpr double kTokensPerSecond = 30000;

FakeModel benchModel(const char *name)
{
    return {
        QString::fromLatin1(name), 4'000'000'000, QStringLiteral("llama"), QStringLiteral("8.0B"),
        QStringLiteral("Q4_K_M"),  1 << 20,       kModelTokensPerSecond,   1 << 20};
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
    QString error;
    double usPerToken() const { return tokens > 0 ? cpuSeconds * 1e6 / tokens : 0; }
};

// Runs one client to the end while this process keeps serving the fakes. Its stdout
// goes to /dev/null; the token count is read from its stderr with `tokens`.
Sample runChild(const QString &program, const QStringList &args, const QRegularExpression &tokens,
                const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardOutputFile(QProcess::nullDevice());
    Sample s;
    const double cpuBefore = childCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, [&loop, &s](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            s.error = QStringLiteral("failed to start");
            loop.quit();
        }
    });
    QTimer::singleShot(300000, &loop, [&p] { p.kill(); });
    p.start(program, args);
    loop.exec();
    if (!s.error.isEmpty())
        return s;
    s.wallSeconds = double(wall.elapsed()) / 1000.0;
    s.cpuSeconds = childCpuSeconds() - cpuBefore;
    const QString err = QString::fromUtf8(p.readAllStandardError());
    const auto match = tokens.match(err);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || !match.hasMatch()) {
        s.error = QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(err.trimmed().right(300));
        return s;
    }
    s.tokens = match.captured(1).toInt();
    return s;
}

// The lower-CPU of two samples (the one least disturbed by the rest of the machine).
void keepBest(Sample &best, const Sample &x)
{
    if (!x.error.isEmpty()) {
        if (best.tokens == 0)
            best = x;
        return;
    }
    if (best.tokens == 0 || x.usPerToken() < best.usPerToken())
        best = x;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption tokensOption(QStringLiteral("tokens"),
                                          QStringLiteral("Tokens per answer (100000)."),
                                          QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Runs of each client (3)."),
                                          QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption nodeDirOption(
        QStringLiteral("node-dir"), QStringLiteral("Folder with the npm peers (tests/bench/node)."),
        QStringLiteral("DIR"), QStringLiteral(C41_BENCH_NODE_DIR));
    const QCommandLineOption serveOption(
        QStringLiteral("serve"),
        QStringLiteral("Only serve the two fake streams and print their URLs (for profiling)."));
    parser.addOptions({tokensOption, roundsOption, nodeDirOption, serveOption});
    parser.addHelpOption();
    parser.process(app);
    const int maxTokens = std::max(100, parser.value(tokensOption).toInt());
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    const QDir nodeDir(parser.value(nodeDirOption));

    FakeOpenAiServer llama;
    llama.setModel(benchModel("bench-8b-q4_k_m.gguf"));
    llama.setParallel(1);
    llama.setContextSize(1 << 20);
    llama.setTimeScale(kModelTokensPerSecond / kTokensPerSecond);
    llama.setFillToMax(true);
    FakeOllama ollama;
    ollama.setModels({benchModel("bench:8b")});
    ollama.loadModel(QStringLiteral("bench:8b"), -1);
    ollama.setTimeScale(kModelTokensPerSecond / kTokensPerSecond);
    ollama.setFillToMax(true);
    if (!llama.listen() || !ollama.listen()) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1\n");
        return 1;
    }

    if (parser.isSet(serveOption)) {
        std::printf("openai+%s\nollama+%s\n", qPrintable(llama.url().toString()),
                    qPrintable(ollama.url().toString()));
        std::fflush(stdout);
        return app.exec();
    }

    QTemporaryDir history;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("C41_CHAT_DB"), history.filePath(QStringLiteral("chats.sqlite")));
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));

    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QRegularExpression oursTokens(QStringLiteral("\\] (\\d+) tokens"));
    const QRegularExpression theirTokens(QStringLiteral("(\\d+) tokens"));

    const struct
    {
        const char *label;
        const char *package;
        const char *script;
        QString ctlServer;
        QString url;
        QString model;
    } streams[] = {
        {"openai", "openai", "openai-chat.mjs", QStringLiteral("openai+") + llama.url().toString(),
         llama.url().toString(), llama.model().name},
        {"ollama", "ollama", "ollama-chat.mjs", QStringLiteral("ollama+") + ollama.url().toString(),
         ollama.url().toString(), QStringLiteral("bench:8b")},
    };

    std::printf("streaming: %d tokens at up to %.0f tok/s, best of %d runs per client\n", maxTokens,
                kTokensPerSecond, rounds);
    std::printf("%-26s %8s %8s %9s %9s %10s\n", "client", "tokens", "wall s", "tok/s", "cpu ms",
                "us/token");
    QStringList rows;
    int failures = 0;
    for (const auto &s : streams) {
        const QString script = nodeDir.filePath(QString::fromLatin1(s.script));
        const bool peerReady = !node.isEmpty() && QFileInfo::exists(script) &&
                               QFileInfo::exists(nodeDir.filePath(QStringLiteral("node_modules/") +
                                                                  QString::fromLatin1(s.package) +
                                                                  QStringLiteral("/package.json")));
        Sample ours;
        Sample theirs;
        for (int r = 0; r < rounds; ++r) {
            keepBest(ours, runChild(QStringLiteral(C41CTL_PATH),
                                    {QStringLiteral("chat"), s.ctlServer, s.model,
                                     QStringLiteral("Write at length."),
                                     QStringLiteral("--max-tokens"), QString::number(maxTokens)},
                                    oursTokens, env));
            if (peerReady)
                keepBest(theirs,
                         runChild(node, {script, s.url, s.model, QString::number(maxTokens)},
                                  theirTokens, env));
        }
        const QString figure = QStringLiteral("stream CPU/token, %1 (%2 tok)")
                                   .arg(QString::fromLatin1(s.label))
                                   .arg(maxTokens);
        const auto print = [](const QString &who, const Sample &x) {
            if (!x.error.isEmpty()) {
                std::printf("%-26s failed: %s\n", qPrintable(who), qPrintable(x.error));
                return;
            }
            std::printf("%-26s %8d %8.2f %9.0f %9.1f %10.2f\n", qPrintable(who), x.tokens,
                        x.wallSeconds, x.tokens / x.wallSeconds, x.cpuSeconds * 1e3,
                        x.usPerToken());
        };
        print(QStringLiteral("c41ctl chat (") + QString::fromLatin1(s.label) + u')', ours);
        if (!ours.error.isEmpty()) {
            ++failures;
            rows << QStringLiteral("ROW\t%1\tfailed\t-\t-\t<= 1/3\tFAIL").arg(figure);
            continue;
        }
        const QString oursText = QStringLiteral("%1 us").arg(ours.usPerToken(), 0, 'f', 2);
        if (!peerReady) {
            std::printf("%-26s skipped: %s\n",
                        qPrintable(QStringLiteral("npm ") + QString::fromLatin1(s.package)),
                        node.isEmpty() ? "node not found"
                                       : "not installed: run scripts/bench-setup.sh");
            rows << QStringLiteral("ROW\t%1\t%2\tskipped (run scripts/bench-setup.sh)\t-\t<= "
                                   "0.33\tSKIP")
                        .arg(figure, oursText);
            continue;
        }
        print(QStringLiteral("npm ") + QString::fromLatin1(s.package) + QStringLiteral(" (node)"),
              theirs);
        if (!theirs.error.isEmpty()) {
            rows << QStringLiteral("ROW\t%1\t%2\tfailed\t-\t<= 0.33\tSKIP").arg(figure, oursText);
            continue;
        }
        if (theirs.tokens != ours.tokens)
            std::printf("note: c41ctl counted %d tokens, the npm client %d\n", ours.tokens,
                        theirs.tokens);
        const double ratio = ours.usPerToken() / theirs.usPerToken();
        const bool pass = ratio <= 1.0 / 3.0;
        failures += pass ? 0 : 1;
        rows << QStringLiteral("ROW\t%1\t%2\t%3 us\t%4\t<= 0.33\t%5")
                    .arg(figure, oursText)
                    .arg(theirs.usPerToken(), 0, 'f', 2)
                    .arg(ratio, 0, 'f', 3)
                    .arg(pass ? QStringLiteral("PASS") : QStringLiteral("FAIL"));
    }
    for (const QString &row : std::as_const(rows))
        std::printf("%s\n", qPrintable(row));
    return failures == 0 ? 0 : 1;
}
