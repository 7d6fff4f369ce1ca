// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline for c41's start-up: a bare Qt Widgets + Charts window (a main window with a
// status bar and one line chart), built by the same CMake with the same flags. With
// C41_STARTUP_PROBE=1 it prints when it is first painted and quits, like c41 does.
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

namespace {
class FirstPaint final : public QObject
{
public:
    FirstPaint(QWidget *widget, const QElapsedTimer *sinceMain)
        : QObject(widget)
        , m_sinceMain(sinceMain)
    {
        widget->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("first-paint-epoch-ms=%lld\nfirst-paint-since-main-ms=%lld\n",
                        static_cast<long long>(QDateTime::currentMSecsSinceEpoch()),
                        static_cast<long long>(m_sinceMain->elapsed()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer *m_sinceMain;
    bool m_done = false;
};
} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QMainWindow window;
    auto *series = new QLineSeries;
    for (int i = 0; i < 60; ++i)
        series->append(i, (i * 37) % 100);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    auto *view = new QChartView(chart);
    window.setCentralWidget(view);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1280, 800);
    if (qEnvironmentVariableIsSet("C41_STARTUP_PROBE"))
        new FirstPaint(view->viewport(), &sinceMain);
    window.show();
    return app.exec();
}
