// SPDX-License-Identifier: GPL-3.0-or-later
// Throughput of PrometheusTextParser on a ~1 MB scrape built from the captured
// exporter fixtures (node_exporter, nvidia_gpu_exporter, dcgm-exporter): every family
// once, its samples repeated with a distinct `replica` label. The same text is then
// parsed by Python's prometheus_client (text_string_to_metric_families) in the same
// run, and the ratio reported; that side is skipped with a message when python3 or
// prometheus_client is missing (Debian: python3-prometheus-client).
// Not a ctest test. Usage: bench_prometheus [rounds]
// The last line is "ROW\t..." for scripts/bench.sh (target: >= 20x faster).
#include "backends/prometheus/prometheustextparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryFile>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <limits>

using c41::prometheus::PrometheusTextParser;

namespace {

constexpr qsizetype kTargetBytes = 1 << 20;

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(C41_FIXTURES_DIR "/telemetry/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read fixture %s\n", name);
        std::exit(1);
    }
    return file.readAll();
}

// One family: its HELP/TYPE lines and its sample lines.
struct Block
{
    QList<QByteArray> comments;
    QList<QByteArray> samples;
};

QList<Block> blocks(const QByteArray &text)
{
    QList<Block> out;
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith("# HELP") || line.startsWith("# TYPE")) {
            if (out.isEmpty() || !out.last().samples.isEmpty())
                out.append(Block{});
            out.last().comments.append(line);
        } else if (!line.isEmpty() && !line.startsWith('#')) {
            if (out.isEmpty())
                out.append(Block{});
            out.last().samples.append(line);
        }
    }
    return out;
}

QByteArray withReplica(const QByteArray &line, int replica)
{
    const QByteArray label = "replica=\"" + QByteArray::number(replica) + "\"";
    const qsizetype brace = line.indexOf('{');
    const qsizetype space = line.indexOf(' ');
    if (brace >= 0 && brace < space)
        return line.left(brace + 1) + label + "," + line.mid(brace + 1);
    return line.left(space) + "{" + label + "}" + line.mid(space);
}

QByteArray buildScrape(qsizetype &samples)
{
    QList<Block> all;
    for (const char *name :
         {"node_exporter_linux.txt", "nvidia_gpu_exporter_l40s_595.80_load.txt",
          "nvidia_gpu_exporter_demo_2gpu_h200_mig.txt", "dcgm_exporter_SYNTHETIC_rtx_pro_6000.txt"})
        all.append(blocks(fixture(name)));
    qsizetype once = 0;
    for (const Block &block : std::as_const(all)) {
        for (const QByteArray &line : block.samples)
            once += line.size() + 12;
    }
    const int replicas = int(std::max<qsizetype>(1, kTargetBytes / once));
    QByteArray text;
    samples = 0;
    for (const Block &block : std::as_const(all)) {
        for (const QByteArray &line : block.comments)
            text += line + '\n';
        for (int r = 0; r < replicas; ++r) {
            for (const QByteArray &line : block.samples) {
                text += withReplica(line, r) + '\n';
                ++samples;
            }
        }
    }
    return text;
}

const char kPython[] = "import sys, time\n"
                       "from prometheus_client.parser import text_string_to_metric_families\n"
                       "text = open(sys.argv[1]).read()\n"
                       "best = 1e9\n"
                       "for _ in range(int(sys.argv[2])):\n"
                       "    t = time.perf_counter()\n"
                       "    n = sum(len(f.samples) for f in text_string_to_metric_families(text))\n"
                       "    best = min(best, time.perf_counter() - t)\n"
                       "print(best, n)\n";

// Best seconds per scrape in Python, or a negative number when it could not run.
// Tries $C41_PYTHON, /usr/bin/python3 (Debian's python3-prometheus-client lives there,
// whatever pyenv or venv python comes first in PATH), then python3 on PATH.
double pythonSeconds(const QByteArray &text, int rounds, qsizetype expected)
{
    QTemporaryFile file;
    if (!file.open() || file.write(text) != text.size() || !file.flush())
        return -1;
    QStringList candidates = {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")};
    if (qEnvironmentVariableIsSet("C41_PYTHON"))
        candidates.prepend(qEnvironmentVariable("C41_PYTHON"));
    QByteArray why = "python3 not found";
    for (const QString &program : std::as_const(candidates)) {
        QProcess python;
        python.start(program, {QStringLiteral("-c"), QString::fromLatin1(kPython), file.fileName(),
                               QString::number(rounds)});
        if (!python.waitForStarted(10000))
            continue;
        python.waitForFinished(600000);
        if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
            const QByteArray err = python.readAllStandardError().trimmed();
            why = err.contains("No module named") ? "python3-prometheus-client not installed"
                                                  : err.right(200);
            continue;
        }
        const QList<QByteArray> out = python.readAllStandardOutput().trimmed().split(' ');
        std::printf("prometheus_client (%s): ", qPrintable(program));
        if (out.size() != 2 || out.at(1).toLongLong() != expected)
            std::printf("counted %s samples, we %lld; ", out.value(1).constData(),
                        qlonglong(expected));
        return out.value(0).toDouble();
    }
    std::printf("prometheus_client: skipped (%s)\n", why.constData());
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::atoi(argv[1]) : 50;
    qsizetype expected = 0;
    const QByteArray text = buildScrape(expected);

    qint64 best = std::numeric_limits<qint64>::max();
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer timer;
        timer.start();
        const auto scrape = PrometheusTextParser::parse(text);
        best = std::min(best, timer.nsecsElapsed());
        if (!scrape || scrape->size() != expected) {
            std::fprintf(stderr, "parse failed or wrong sample count\n");
            return 1;
        }
    }
    const double seconds = double(best) / 1e9;
    std::printf("scrape: %.2f MB, %lld samples\n", double(text.size()) / 1e6, qlonglong(expected));
    std::printf("PrometheusTextParser: %.1f MB/s, %.0f us per scrape, %.0f ns per sample (best "
                "of %d)\n",
                double(text.size()) / 1e6 / seconds, seconds * 1e6,
                seconds * 1e9 / double(expected), rounds);
    const QString figure =
        QStringLiteral("Prometheus parse, %1 MB scrape").arg(double(text.size()) / 1e6, 0, 'f', 2);

    const double python = pythonSeconds(text, std::max(3, rounds / 10), expected);
    if (python <= 0) {
        std::printf("ROW\t%s\t%.1f MB/s\tskipped (/usr/bin/python3 with "
                    "python3-prometheus-client)\t-\t>= 20x\tSKIP\n",
                    qPrintable(figure), double(text.size()) / 1e6 / seconds);
        return 0;
    }
    std::printf("%.1f MB/s, %.0f us per scrape\n", double(text.size()) / 1e6 / python,
                python * 1e6);
    std::printf("ratio: PrometheusTextParser is %.1fx faster\n", python / seconds);
    const bool pass = python / seconds >= 20;
    std::printf("ROW\t%s\t%.1f MB/s\t%.2f MB/s\t%.1fx\t>= 20x\t%s\n", qPrintable(figure),
                double(text.size()) / 1e6 / seconds, double(text.size()) / 1e6 / python,
                python / seconds, pass ? "PASS" : "FAIL");
    return pass ? 0 : 1;
}
