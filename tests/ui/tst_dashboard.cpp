// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard: a box card shows the figures of the BoxTelemetry it is fed, greys an
// offline or stale box with the reason, asks for unloads and shows their result, and its
// history chart follows the range switch and redraws at most once per second.
#include "dashboard/boxcard.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/devicepanel.h"
#include "dashboard/historychart.h"
#include "dashboard/loadedmodelslist.h"
#include "models/loadedmodelsmodel.h"
#include "studio/memorysecretstore.h"
#include "studio/studiomonitor.h"
#include "studio/telemetryhistory.h"
#include "studio/telemetryservice.h"
#include "widgets/gauge.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QDateTimeAxis>
#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace c41;
using studio::BoxTelemetry;
using studio::DeviceSample;
using ui::BoxCard;

namespace {
constexpr double GiB = 1024.0 * 1024 * 1024;

BoxTelemetry forge(const QDateTime &now)
{
    BoxTelemetry t;
    t.box = QStringLiteral("forge");
    DeviceSample d;
    d.id = QStringLiteral("GPU-1");
    d.name = QStringLiteral("NVIDIA RTX PRO 6000 Blackwell");
    d.utilisationPercent = 42;
    d.memoryUsedBytes = 41.2 * GiB;
    d.memoryTotalBytes = 96 * GiB;
    d.temperatureC = 67;
    d.powerW = 310;
    d.powerLimitW = 600;
    d.source = QStringLiteral("forge-gpu");
    d.sampledAt = now;
    t.devices << d;
    studio::SourceState s;
    s.name = QStringLiteral("forge-gpu");
    s.kind = QStringLiteral("exporter");
    s.lastSuccess = now;
    s.deviceCount = 1;
    t.sources << s;
    return t;
}

studio::LlmServerSample ollama(const QDateTime &now)
{
    studio::LlmServerSample server;
    server.server = QStringLiteral("brain-ollama");
    server.kind = QStringLiteral("ollama");
    studio::LlmModelSample a;
    a.name = QStringLiteral("qwen3:32b");
    a.sizeBytes = 21.5 * GiB;
    a.expiresAt = now.addSecs(4 * 60);
    studio::LlmModelSample b;
    b.name = QStringLiteral("llama3.3:70b");
    b.sizeBytes = 48 * GiB;
    b.pinned = true;
    server.models << a << b;
    server.sampledAt = now;
    return server;
}
} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cardShowsTheDeviceFigures()
    {
        studio::TelemetryHistory history;
        BoxCard card(QStringLiteral("forge"), QStringLiteral("RTX PRO 6000 workstation"), &history);
        card.setTelemetry(forge(QDateTime::currentDateTimeUtc()));
        QCOMPARE(card.devicePanels().size(), 1);
        ui::DevicePanel *panel = card.devicePanels().first();
        QCOMPARE(panel->title(), QStringLiteral("NVIDIA RTX PRO 6000 Blackwell"));
        QCOMPARE(panel->utilisationGauge()->valueText(), QStringLiteral("42%"));
        QCOMPARE(*panel->utilisationGauge()->fraction(), 0.42);
        QCOMPARE(panel->memoryGauge()->valueText(), QStringLiteral("43%"));
        QCOMPARE(panel->memoryGauge()->detail(), QStringLiteral("41.2 / 96.0 GiB"));
        QCOMPARE(panel->memoryGauge()->caption(), QStringLiteral("VRAM"));
        QCOMPARE(panel->temperatureGauge()->valueText(), QStringLiteral("67 °C"));
        QCOMPARE(panel->powerGauge()->valueText(), QStringLiteral("310 W"));
        QCOMPARE(panel->powerGauge()->detail(), QStringLiteral("of 600 W"));
        QVERIFY(!card.isGreyedOut());
        QCOMPARE(card.statusText(), QStringLiteral("Live"));
        QVERIFY(card.reasonText().isEmpty());
    }

    void unknownFiguresAreNotZero()
    {
        studio::TelemetryHistory history;
        BoxCard card(QStringLiteral("spark"), {}, &history);
        BoxTelemetry t = forge(QDateTime::currentDateTimeUtc());
        t.devices[0].kind = studio::DeviceKind::UnifiedMemory;
        t.devices[0].utilisationPercent.reset();
        t.devices[0].powerLimitW.reset();
        card.setTelemetry(t);
        ui::DevicePanel *panel = card.devicePanels().first();
        QVERIFY(!panel->utilisationGauge()->fraction());
        QCOMPARE(panel->utilisationGauge()->valueText(), QStringLiteral("—"));
        QCOMPARE(panel->memoryGauge()->caption(), QStringLiteral("Unified"));
        QCOMPARE(panel->powerGauge()->valueText(), QStringLiteral("310 W"));
        QVERIFY(!panel->powerGauge()->fraction());
    }

    void offlineBoxIsGreyedWithItsReason()
    {
        studio::TelemetryHistory history;
        BoxCard card(QStringLiteral("forge"), {}, &history);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        card.setTelemetry(forge(now));
        BoxTelemetry t = forge(now);
        t.sources[0].error = QStringLiteral("forge-gpu: connection refused");
        card.setTelemetry(t);
        QVERIFY(card.isGreyedOut());
        QCOMPARE(card.statusText(), QStringLiteral("Offline"));
        QVERIFY2(card.reasonText().contains(QStringLiteral("connection refused")),
                 qPrintable(card.reasonText()));
        QVERIFY(!card.devicePanels().first()->isEnabled()); // greyed
        // It comes back: live again, nothing greyed.
        card.setTelemetry(forge(now));
        QVERIFY(!card.isGreyedOut());
        QVERIFY(card.devicePanels().first()->isEnabled());
    }

    void staleBoxIsGreyedWithSince()
    {
        studio::TelemetryHistory history;
        BoxCard card(QStringLiteral("forge"), {}, &history);
        BoxTelemetry t = forge(QDateTime::currentDateTimeUtc());
        t.staleDevices.insert(QStringLiteral("GPU-1"), true);
        card.setTelemetry(t);
        QVERIFY(card.isGreyedOut());
        QCOMPARE(card.statusText(), QStringLiteral("Stale"));
        QVERIFY(card.reasonText().startsWith(QStringLiteral("No fresh figures since")));
    }

    void unloadAsksAndShowsTheResult()
    {
        studio::TelemetryHistory history;
        BoxCard card(QStringLiteral("brain"), {}, &history);
        card.show();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        BoxTelemetry t = forge(now);
        t.llmServers << ollama(now);
        card.setTelemetry(t, now);
        QSignalSpy asked(&card, &BoxCard::unloadRequested);
        QPushButton *button = card.loadedModels()->unloadButton(QStringLiteral("brain-ollama"),
                                                                QStringLiteral("qwen3:32b"));
        QVERIFY(button);
        QVERIFY(!button->accessibleName().isEmpty());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("brain-ollama"));
        QCOMPARE(asked.at(0).at(1).toString(), QStringLiteral("qwen3:32b"));
        QVERIFY(!button->isEnabled()); // in progress
        QVERIFY(card.loadedModels()->resultText().startsWith(QStringLiteral("Unloading")));

        // A telemetry tick while it runs keeps the button busy.
        card.setTelemetry(t, now);
        QVERIFY(!card.loadedModels()
                     ->unloadButton(QStringLiteral("brain-ollama"), QStringLiteral("qwen3:32b"))
                     ->isEnabled());

        card.showUnloadResult(QStringLiteral("brain-ollama"), QStringLiteral("qwen3:32b"),
                              QStringLiteral("brain-ollama: HTTP 500: model is busy"));
        QVERIFY(card.loadedModels()->resultText().contains(QStringLiteral("model is busy")));
        QVERIFY(button->isEnabled());

        QTest::mouseClick(button, Qt::LeftButton);
        card.showUnloadResult(QStringLiteral("brain-ollama"), QStringLiteral("qwen3:32b"), {});
        QCOMPARE(card.loadedModels()->resultText(),
                 QStringLiteral("Unloaded qwen3:32b from brain-ollama."));
    }

    void historyRangeSwitchChangesTheAxis()
    {
        studio::TelemetryHistory history;
        BoxCard card(QStringLiteral("forge"), {}, &history);
        card.show();
        ui::HistoryChart *chart = card.historyChart();
        const auto span = [chart] {
            return chart->timeAxis()->min().secsTo(chart->timeAxis()->max());
        };
        QCOMPARE(chart->rangeMinutes(), 5);
        QCOMPARE(span(), 5 * 60);
        auto *fifteen = chart->findChild<QToolButton *>(QStringLiteral("range15"));
        QVERIFY(fifteen);
        QTest::mouseClick(fifteen, Qt::LeftButton);
        QCOMPARE(chart->rangeMinutes(), 15);
        QCOMPARE(span(), 15 * 60);
        QTest::mouseClick(chart->findChild<QToolButton *>(QStringLiteral("range60")),
                          Qt::LeftButton);
        QCOMPARE(span(), 60 * 60);
    }

    void chartIsBoundedAndRateLimited()
    {
        // An hour of 1 s samples: the 60-minute view draws at most kMaxPoints points.
        studio::TelemetryHistory history;
        const QDateTime now = QDateTime::currentDateTime();
        for (int i = 3600; i > 0; --i) {
            BoxTelemetry t = forge(now.addSecs(-i));
            t.devices[0].utilisationPercent = i % 100;
            history.record(t);
        }
        ui::HistoryChart chart(&history, QStringLiteral("forge"));
        chart.setDevices({{QStringLiteral("GPU-1"), QStringLiteral("RTX"), 96 * GiB}});
        chart.setRangeMinutes(60);
        chart.redrawNow(now);
        const auto series = chart.chart()->series();
        QCOMPARE(series.size(), 2); // utilisation and memory, reused from here on
        for (QAbstractSeries *s : series) {
            const auto *line = qobject_cast<QLineSeries *>(s);
            QVERIFY(line->count() > 100);
            QVERIFY(line->count() <= ui::HistoryChart::kMaxPoints + 1);
        }
        // The memory line is in % of the total.
        const auto *memory = qobject_cast<QLineSeries *>(series.at(1));
        QVERIFY(qAbs(memory->at(0).y() - 41.2 / 96 * 100) < 0.01);
        // 5 minutes of 1 s samples are drawn as they are.
        chart.setRangeMinutes(5);
        chart.redrawNow(now);
        QVERIFY(qAbs(qobject_cast<QLineSeries *>(series.at(0))->count() - 300) <= 1);

        // Many refreshes within a second: one redraw now, one more at most a second later.
        chart.redrawNow(now);
        const int before = chart.redrawCount();
        for (int i = 0; i < 50; ++i)
            chart.refresh();
        QCOMPARE(chart.redrawCount(), before);
        QTRY_COMPARE_WITH_TIMEOUT(chart.redrawCount(), before + 1, 2000);
        QTest::qWait(300);
        QCOMPARE(chart.redrawCount(), before + 1);
        QCOMPARE(chart.chart()->series().size(), 2);
    }

    void followsADarkPalette()
    {
        // No hard-coded white: with a dark scheme the card, its gauges and its chart are dark.
        const QPalette before = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x21, 0x24));
        dark.setColor(QPalette::Base, QColor(0x2a, 0x2b, 0x2e));
        dark.setColor(QPalette::AlternateBase, QColor(0x30, 0x31, 0x34));
        dark.setColor(QPalette::Button, QColor(0x35, 0x36, 0x3a));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(role, QColor(0xe8, 0xea, 0xed));
        QApplication::setPalette(dark);
        {
            studio::TelemetryHistory history;
            const QDateTime now = QDateTime::currentDateTime();
            for (int i = 60; i > 0; --i)
                history.record(forge(now.addSecs(-i)));
            BoxCard card(QStringLiteral("forge"), QStringLiteral("Forge"), &history);
            card.resize(620, 700);
            BoxTelemetry t = forge(now);
            t.llmServers << ollama(now);
            card.setTelemetry(t);
            card.historyChart()->redrawNow(now);
            card.show();
            const QImage image = card.grab().toImage();
            if (qEnvironmentVariableIsSet("C41_SAVE_GRABS"))
                image.save(QDir::temp().filePath(QStringLiteral("tst_dashboard_dark.png")));
            double lightness = 0;
            int n = 0;
            for (int y = 0; y < image.height(); y += 4) {
                for (int x = 0; x < image.width(); x += 4, ++n)
                    lightness += QColor(image.pixel(x, y)).lightnessF();
            }
            QVERIFY2(lightness / n < 0.35, qPrintable(QString::number(lightness / n)));
        }
        QApplication::setPalette(before);
    }

    void loadedModelsModel()
    {
        ui::LoadedModelsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setServers({ollama(now)}, now);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(resets.count(), 1);
        using M = ui::LoadedModelsModel;
        QCOMPARE(model.index(0, M::NameColumn).data().toString(), QStringLiteral("qwen3:32b"));
        QCOMPARE(model.index(0, M::MemoryColumn).data().toString(), QStringLiteral("21.5 GiB"));
        QCOMPARE(model.index(0, M::UnloadsColumn).data().toString(),
                 QStringLiteral("unloads in 4 min"));
        QCOMPARE(model.index(1, M::UnloadsColumn).data().toString(), QStringLiteral("pinned"));
        QCOMPARE(model.index(1, 0).data(M::ServerRole).toString(), QStringLiteral("brain-ollama"));
        QVERIFY(model.index(1, 0).data(M::PinnedRole).toBool());

        // Same models a minute later: the countdown moves, no reset.
        model.setServers({ollama(now)}, now.addSecs(60));
        QCOMPARE(resets.count(), 1);
        QVERIFY(changes.count() >= 1);
        QCOMPARE(model.index(0, M::UnloadsColumn).data().toString(),
                 QStringLiteral("unloads in 3 min"));

        // One unloaded: the rows change; an error is kept for the view.
        studio::LlmServerSample fewer = ollama(now);
        fewer.models.removeFirst();
        studio::LlmServerSample broken;
        broken.server = QStringLiteral("brain-llama");
        broken.error = QStringLiteral("connection refused");
        model.setServers({fewer, broken}, now);
        QCOMPARE(resets.count(), 2);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.errors(), QStringList{QStringLiteral("brain-llama: connection refused")});
        model.setServers({}, now);
        QCOMPARE(model.rowCount(), 0);
    }

    void pageHasACardPerBoxAndRoutesUnloads()
    {
        const QByteArray json =
            QStringLiteral(
                "{\"boxes\":["
                "{\"name\":\"brain\",\"title\":\"Mac Studio\",\"servers\":["
                "{\"name\":\"brain-ollama\",\"url\":\"ollama+http:\\/\\/127.0.0.1:9\"},"
                "{\"name\":\"brain-macmon\",\"url\":\"macmon+http:\\/\\/127.0.0.1:9\"}]},"
                "{\"name\":\"forge\",\"title\":\"Forge\",\"servers\":["
                "{\"name\":\"forge-comfy\",\"url\":\"comfyui+http:\\/\\/127.0.0.1:9\"}]},"
                "{\"name\":\"quiet\",\"servers\":["
                "{\"name\":\"quiet-tts\",\"url\":\"tts+http:\\/\\/127.0.0.1:9\"}]}]}")
                .toUtf8();
        const auto config = studio::StudioConfig::parse(json, QStringLiteral("t.json"));
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
        QNetworkAccessManager nam;
        studio::MemorySecretStore secrets;
        studio::StudioMonitor monitor(*config, &secrets, &nam);
        studio::TelemetryService telemetry(&nam);
        telemetry.setConfig(*config);
        ui::DashboardPage page(&telemetry, &monitor);
        page.resize(1300, 800);
        page.show();
        QCOMPARE(page.boxes(), QStringList({QStringLiteral("brain"), QStringLiteral("forge"),
                                            QStringLiteral("quiet")}));
        QCOMPARE(page.columnCount(), 2);
        // A box without telemetry sources still lists its servers.
        QVERIFY(page.card(QStringLiteral("quiet"))
                    ->serverText(QStringLiteral("quiet-tts"))
                    .contains(QStringLiteral("checking")));
        page.resize(700, 800);
        QTRY_COMPARE(page.columnCount(), 1);

        BoxCard *brain = page.card(QStringLiteral("brain"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        BoxTelemetry t = forge(now);
        t.box = QStringLiteral("brain");
        t.llmServers << ollama(now);
        brain->setTelemetry(t, now);
        QSignalSpy asked(&page, &ui::DashboardPage::unloadRequested);
        QTest::mouseClick(brain->loadedModels()->unloadButton(QStringLiteral("brain-ollama"),
                                                              QStringLiteral("llama3.3:70b")),
                          Qt::LeftButton);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("brain"));
        QCOMPARE(asked.at(0).at(2).toString(), QStringLiteral("llama3.3:70b"));
        page.showUnloadResult(QStringLiteral("brain"), QStringLiteral("brain-ollama"),
                              QStringLiteral("llama3.3:70b"), {});
        QCOMPARE(brain->loadedModels()->resultText(),
                 QStringLiteral("Unloaded llama3.3:70b from brain-ollama."));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
