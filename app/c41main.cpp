// SPDX-License-Identifier: GPL-3.0-or-later
// c41: the desktop app.
//   c41 [--demo] [--config FILE] [--screenshot FILE.png] [--verbose]
#include "logging.h"
#include "mainwindow.h"
#include "studio/studiomonitor.h"
#include "studiosource.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

namespace {
// Saves a picture of the window once the first round of checks is in (or after
// a few seconds if a server hangs), then quits. For the README and for review.
void screenshotWhenReady(c41::ui::MainWindow *window, c41::studio::StudioMonitor *monitor,
                         const QString &path)
{
    auto shoot = [window, path] {
        static bool done = false;
        if (done)
            return;
        done = true;
        const bool saved = window->grab().save(path);
        if (!saved)
            std::fprintf(stderr, "c41: cannot write the screenshot to %s\n", qPrintable(path));
        QCoreApplication::exit(saved ? 0 : 1);
    };
    QObject::connect(monitor, &c41::studio::StudioMonitor::roundFinished, window,
                     [shoot] { QTimer::singleShot(300, shoot); });
    QTimer::singleShot(8000, window, shoot);
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("c41"));
    QApplication::setOrganizationName(QStringLiteral("c41"));
    QApplication::setApplicationDisplayName(QStringLiteral("C41 Control Center"));
    QApplication::setApplicationVersion(QStringLiteral(C41_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/c41/c41.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("c41", "One window for every AI box in the studio."));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("c41", "Run against the built-in demo studio."));
    const QCommandLineOption config(QStringLiteral("config"),
                                    QApplication::translate("c41", "Read the studio from FILE."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("c41", "Save the window to FILE (PNG) once it shows live data, "
                                       "then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QApplication::translate("c41", "Log requests to stderr."));
    parser.addOptions({demo, config, screenshot, verbose});
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    c41::setVerboseLogging(parser.isSet(verbose));

    auto source = c41::app::StudioSource::open(parser.isSet(demo), parser.value(config));
    if (!source.ok()) {
        const QString message = source.error().toString();
        std::fprintf(stderr, "c41: %s\n", qPrintable(message));
        if (!parser.isSet(screenshot))
            QMessageBox::critical(nullptr, QApplication::translate("c41", "C41 Control Center"),
                                  message);
        return 1;
    }
    QNetworkAccessManager nam;
    c41::studio::StudioMonitor monitor((*source)->config, (*source)->secrets.get(), &nam);
    c41::ui::MainWindow window(&monitor, (*source)->label);
    window.show();
    monitor.start();
    if (parser.isSet(screenshot))
        screenshotWhenReady(&window, &monitor, parser.value(screenshot));
    return app.exec();
}
