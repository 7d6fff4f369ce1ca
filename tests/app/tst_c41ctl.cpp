// SPDX-License-Identifier: GPL-3.0-or-later
// c41ctl as scripts use it: the real binary, its exit codes, stdout and stderr.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestC41ctl : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(C41CTL_PATH), args);
        if (!p.waitForFinished(30000)) { // a test process, not the GUI thread
            p.kill();
            return {};
        }
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    static quint16 closedPort()
    {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost);
        return s.serverPort();
    }

private Q_SLOTS:
    void versionPrintsTheProjectVersion()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("c41ctl " C41_VERSION));
    }

    void demoServersJsonListsEveryServerReachable()
    {
        const Run r =
            run({QStringLiteral("--demo"), QStringLiteral("servers"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.err.isEmpty());
        const QJsonArray servers =
            QJsonDocument::fromJson(r.out).object().value(u"servers").toArray();
        QCOMPARE(servers.size(), 7);
        QStringList kinds;
        for (const auto &v : servers) {
            const QJsonObject s = v.toObject();
            QVERIFY2(s.value(u"reachable").toBool(), qPrintable(s.value(u"name").toString()));
            QVERIFY(s.value(u"healthy").toBool());
            QVERIFY(s.value(u"error").isNull());
            QVERIFY(s.value(u"latency_ms").toInt() >= 0);
            QVERIFY(s.value(u"url").toString().startsWith(u"http://127.0.0.1:"));
            QVERIFY(!s.value(u"box").toString().isEmpty());
            kinds << s.value(u"kind").toString();
        }
        for (const char *kind : {"ollama", "openai", "comfyui", "tts", "exporter", "macmon"})
            QVERIFY2(kinds.contains(QLatin1StringView(kind)), kind);
    }

    void closedPortFailsWithOneLineNamingTheServer()
    {
        const QString server = QStringLiteral("ollama+http://127.0.0.1:%1").arg(closedPort());
        const Run r = run({QStringLiteral("servers"), server, QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(
            lines[0].startsWith(QByteArray("c41ctl: " + server.toUtf8() + ": connection refused")),
            lines[0].constData());
        const QJsonObject s =
            QJsonDocument::fromJson(r.out).object().value(u"servers").toArray().at(0).toObject();
        QCOMPARE(s.value(u"reachable").toBool(), false);
        QCOMPARE(s.value(u"error").toObject().value(u"kind").toString(), QStringLiteral("refused"));
    }

    void tableOutputForPeople()
    {
        const Run r = run(
            {QStringLiteral("--demo"), QStringLiteral("servers"), QStringLiteral("brain-ollama")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("BOX"));
        QVERIFY(r.out.contains("brain-ollama"));
        QVERIFY(r.out.contains("Ollama 0.24.0"));
        QVERIFY(!r.out.contains("forge-comfy"));
    }

    void badConfigNamesFileLineAndField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("studio.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"boxes\": [ { \"name\": \"forge\",\n    \"servers\": [ { \"name\": \"c\", "
                "\"url\": \"comfy+http://forge:8188\" } ] } ]\n}\n");
        f.close();
        const Run r = run({QStringLiteral("--config"), path, QStringLiteral("servers")});
        QCOMPARE(r.code, 1);
        QVERIFY2(
            r.err.contains("studio.json:3: boxes[0].servers[0].url: unknown server kind 'comfy'"),
            r.err.constData());
    }

    void usageErrorsExitWithTwo()
    {
        QCOMPARE(run({}).code, 2);
        const Run unknown = run({QStringLiteral("--demo"), QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains("unknown command"));
        const Run badServer =
            run({QStringLiteral("--demo"), QStringLiteral("servers"), QStringLiteral("nosuch")});
        QCOMPARE(badServer.code, 2);
        QVERIFY(badServer.err.contains("Known servers: brain-ollama"));
    }
};

QTEST_GUILESS_MAIN(TestC41ctl)
#include "tst_c41ctl.moc"
