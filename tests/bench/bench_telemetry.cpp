// SPDX-License-Identifier: GPL-3.0-or-later
// CPU cost of live telemetry: 20 boxes × 3 sources (nvidia_gpu_exporter, node_exporter,
// macmon /json) polled at 1 Hz by TelemetryService, with 1-second batched updates and
// the 1-hour history. The fakes run in a child process (this binary with --serve), so
// the figure is the poller's own: CPU time of this process / wall time, as % of one
// core (target ≤ 2 %). Not a ctest test. Usage: bench_telemetry [seconds]
#include "fakeexporter.h"
#include "fakemacmon.h"
#include "studio/telemetryservice.h"
#include "studio/telemetrysource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

using c41::fakes::FakeExporter;
using c41::fakes::FakeMacmon;
using c41::studio::ServerAddress;
using c41::studio::ServerConfig;
using c41::studio::TelemetryService;

namespace {

constexpr int kBoxes = 20;

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

int serve(QCoreApplication &app)
{
    std::vector<std::unique_ptr<QObject>> keep;
    for (int i = 0; i < kBoxes; ++i) {
        auto gpu = std::make_unique<FakeExporter>(FakeExporter::Flavour::NvidiaGpuExporter);
        auto node = std::make_unique<FakeExporter>(FakeExporter::Flavour::NodeExporter);
        auto mac = std::make_unique<FakeMacmon>();
        if (!gpu->listen() || !node->listen() || !mac->listen())
            return 1;
        std::printf("%s %s %s\n", qPrintable(gpu->metricsUrl().toString()),
                    qPrintable(node->metricsUrl().toString()), qPrintable(mac->url().toString()));
        keep.push_back(std::move(gpu));
        keep.push_back(std::move(node));
        keep.push_back(std::move(mac));
    }
    std::fflush(stdout);
    return app.exec();
}

ServerConfig server(const QString &name, const QString &kind, const QByteArray &url)
{
    ServerConfig config;
    config.name = name;
    config.address = *ServerAddress::parse(kind + u'+' + QString::fromUtf8(url));
    return config;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && QByteArray(argv[1]) == "--serve")
        return serve(app);
    const int seconds = argc > 1 ? std::max(5, std::atoi(argv[1])) : 20;

    QProcess fakes;
    fakes.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    fakes.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--serve")});
    QList<QByteArray> lines;
    while (lines.size() < kBoxes && fakes.waitForReadyRead(10000)) {
        while (fakes.canReadLine())
            lines << fakes.readLine().trimmed();
    }
    if (lines.size() < kBoxes) {
        std::fprintf(stderr, "the fakes did not start\n");
        return 1;
    }

    QNetworkAccessManager nam;
    TelemetryService service(&nam);
    for (int i = 0; i < kBoxes; ++i) {
        const QList<QByteArray> urls = lines[i].split(' ');
        const QString box = QStringLiteral("box%1").arg(i);
        service.addSource(
            box, server(box + QStringLiteral("-gpu"), QStringLiteral("exporter"), urls.value(0)));
        service.addSource(
            box, server(box + QStringLiteral("-node"), QStringLiteral("exporter"), urls.value(1)));
        service.addSource(
            box, server(box + QStringLiteral("-mac"), QStringLiteral("macmon"), urls.value(2)));
    }
    int updates = 0;
    QObject::connect(&service, &TelemetryService::updated, [&] { ++updates; });
    service.start();

    // Warm up (connections, first scrapes), then measure.
    QTimer::singleShot(2000, &app, &QCoreApplication::quit);
    app.exec();
    int polls = 0;
    const auto countPolls = [&] {
        int n = 0;
        for (const QString &box : service.boxes()) {
            for (auto *source : service.sources(box))
                n += source->polls();
        }
        return n;
    };
    polls = countPolls();
    updates = 0;
    const double cpu0 = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    app.exec();
    const double cpu = cpuSeconds() - cpu0;
    const double elapsed = double(wall.nsecsElapsed()) / 1e9;
    const int measuredPolls = countPolls() - polls;
    service.stop();
    fakes.kill();
    fakes.waitForFinished();

    int errors = 0;
    for (const QString &box : service.boxes()) {
        for (const auto &source : service.box(box).sources)
            errors += !source.error.isEmpty();
    }
    std::printf("%d boxes x 3 sources at 1 Hz for %.1f s: %d polls (%.1f/s), %d box updates, "
                "%d sources failing\n",
                kBoxes, elapsed, measuredPolls, measuredPolls / elapsed, updates, errors);
    std::printf("poller CPU: %.2f%% of one core (%.1f ms CPU per second)\n", 100.0 * cpu / elapsed,
                1000.0 * cpu / elapsed);
    return 0;
}
