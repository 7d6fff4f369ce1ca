// SPDX-License-Identifier: GPL-3.0-or-later
// The first window's model and view: boxes with their servers, live states, and
// the errors a user reads when a server is down.
#include "fakehttpserver.h"
#include "mainwindow.h"
#include "models/serverstatusmodel.h"
#include "studio/memorysecretstore.h"
#include "studio/studiomonitor.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTreeView>

using namespace c41;
using c41::fakes::FakeHttpServer;
using c41::fakes::FakeRequest;
using c41::fakes::FakeResponse;
using Model = c41::ui::ServerStatusModel;

class TestServerStatusModel : public QObject
{
    Q_OBJECT

private:
    FakeHttpServer m_ollama;
    quint16 m_closedPort = 0;
    QNetworkAccessManager m_nam;
    studio::MemorySecretStore m_secrets;

    studio::StudioConfig config() const
    {
        // Built without a raw string literal: moc takes "//" inside one for a comment.
        const QString ollama = m_ollama.url().toString();
        const QString comfy = QStringLiteral("http://127.0.0.1:%1").arg(m_closedPort);
        const QByteArray json =
            QStringLiteral(
                "{\"boxes\":["
                "{\"name\":\"brain\",\"title\":\"Mac Studio M3 Ultra 512 GB\",\"servers\":["
                "{\"name\":\"brain-ollama\",\"url\":\"ollama+%1\"}]},"
                "{\"name\":\"forge\",\"title\":\"RTX PRO 6000 96 GB\",\"servers\":["
                "{\"name\":\"forge-comfy\",\"url\":\"comfyui+%2\"},"
                "{\"name\":\"forge-ollama\",\"url\":\"ollama+%1\"}]}]}")
                .arg(ollama, comfy)
                .toUtf8();
        return *studio::StudioConfig::parse(json, QStringLiteral("t.json"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_ollama.listen());
        m_ollama.route("GET", QStringLiteral("/api/version"), [](const FakeRequest &) {
            return FakeResponse::json(R"({"version":"0.24.0"})");
        });
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        m_closedPort = probe.serverPort();
    }

    void treeOfBoxesAndServersPassesModelTester()
    {
        studio::StudioMonitor monitor(config(), &m_secrets, &m_nam);
        Model model(&monitor);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        QCOMPARE(model.rowCount(model.index(1, 0)), 2);
        QCOMPARE(model.index(0, Model::NameColumn).data().toString(),
                 QStringLiteral("Mac Studio M3 Ultra 512 GB"));
        QCOMPARE(model.index(0, Model::StateColumn).data().toString(), QStringLiteral("checking…"));
        QCoro::waitFor(monitor.checkAll());
        QCOMPARE(model.upCount(), 2);
        QCOMPARE(model.serverCount(), 3);
    }

    void statesAndErrorsAreShown()
    {
        studio::StudioMonitor monitor(config(), &m_secrets, &m_nam);
        Model model(&monitor);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCoro::waitFor(monitor.checkAll());
        QVERIFY(changed.count() >= 3);

        const QModelIndex brain = model.index(0, 0);
        const QModelIndex ollama = model.index(0, 0, brain);
        QCOMPARE(model.index(0, Model::StateColumn, brain).data().toString(), QStringLiteral("up"));
        QCOMPARE(model.index(0, Model::DetailColumn, brain).data().toString(),
                 QStringLiteral("Ollama 0.24.0"));
        QCOMPARE(ollama.data().toString(), QStringLiteral("brain-ollama"));
        QCOMPARE(model.index(0, Model::StateColumn).data().toString(), QStringLiteral("1 of 1 up"));

        const QModelIndex forge = model.index(1, 0);
        const QModelIndex comfyState = model.index(0, Model::StateColumn, forge);
        QCOMPARE(comfyState.data().toString(), QStringLiteral("down"));
        QCOMPARE(comfyState.data(Model::HealthRole).toInt(), int(Model::Health::Down));
        const QString detail = model.index(0, Model::DetailColumn, forge).data().toString();
        QVERIFY2(detail.contains(QStringLiteral("connection refused")), qPrintable(detail));
        const QString tip =
            model.index(0, Model::DetailColumn, forge).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.startsWith(QStringLiteral("forge-comfy: ")));
        QCOMPARE(model.index(1, Model::StateColumn).data().toString(), QStringLiteral("1 of 2 up"));
        QVERIFY(!comfyState.data(Qt::DecorationRole).isNull()); // the coloured dot
    }

    void windowShowsSummary()
    {
        studio::StudioMonitor monitor(config(), &m_secrets, &m_nam);
        ui::MainWindow window(&monitor, QStringLiteral("Config: t.json"));
        window.show();
        QCoro::waitFor(monitor.checkAll());
        bool found = false;
        for (QLabel *label : window.findChildren<QLabel *>()) {
            if (label->accessibleName() == QStringLiteral("Servers up")) {
                QCOMPARE(label->text(), QStringLiteral("2 of 3 servers are up"));
                found = true;
            }
        }
        QVERIFY(found);
    }
};

QTEST_MAIN(TestServerStatusModel)
#include "tst_serverstatusmodel.moc"
