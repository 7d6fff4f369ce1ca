// SPDX-License-Identifier: GPL-3.0-or-later
// A job dispatcher in a process of its own, for the kill-and-restart test
// (tst_jobkill): it dispatches the jobs of a shared database to one ComfyUI
// until it is killed, or, with --exit-when-idle, until nothing is left to do.
#include "jobs/comfyuijobexecutor.h"
#include "jobs/jobdispatcher.h"
#include "jobs/jobstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrl>

#include <cstdio>

using namespace c41::jobs;
using namespace std::chrono_literals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("job database"),
                                QStringLiteral("path"));
    const QCommandLineOption comfy(QStringLiteral("comfy"), QStringLiteral("ComfyUI URL"),
                                   QStringLiteral("url"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("output folder"),
                                 QStringLiteral("path"));
    const QCommandLineOption idle(QStringLiteral("exit-when-idle"),
                                  QStringLiteral("exit once no job is queued or active"));
    parser.addOptions({db, comfy, out, idle});
    parser.process(app);

    JobStore store(parser.value(db));
    if (auto s = store.open(); !s.ok()) {
        std::fprintf(stderr, "jobworker: %s\n", qPrintable(s.error().toString()));
        return 1;
    }
    QNetworkAccessManager nam;
    StaticJobServers servers;
    servers.add({QStringLiteral("comfy"), QStringLiteral("forge"), {JobKind::Image}, 1});
    ComfyUiJobExecutor executor(&nam, parser.value(out));
    executor.addServer(QStringLiteral("comfy"), QUrl(parser.value(comfy)));
    executor.setPollInterval(15ms);
    JobDispatcher dispatcher(&store, &servers);
    dispatcher.addExecutor(&executor);
    dispatcher.setTickInterval(15ms);
    dispatcher.start();

    QTimer check;
    if (parser.isSet(idle)) {
        QObject::connect(&check, &QTimer::timeout, &app, [&] {
            JobFilter open;
            open.states = {JobState::Queued, JobState::Dispatched, JobState::Running};
            auto n = store.count(open);
            if (n && *n == 0)
                app.quit();
        });
        check.start(50ms);
    }
    return app.exec();
}
