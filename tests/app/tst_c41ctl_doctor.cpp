// SPDX-License-Identifier: GPL-3.0-or-later
// c41ctl doctor: the real binary against the demo lab and a dead server.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

class TestC41ctlDoctor : public QObject
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
    void demoStudioIsHealthyEverywhere()
    {
        const Run r = run({QStringLiteral("--demo"), QStringLiteral("doctor")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.err.isEmpty());
        const QString out = QString::fromUtf8(r.out);
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.first().startsWith(u"SERVER"), qPrintable(out));
        for (const char *column : {"DNS", "CONNECT", "TLS", "FIRST BYTE", "TOTAL", "HTTP"})
            QVERIFY2(lines.first().contains(QLatin1StringView(column)), column);
        for (const char *server : {"brain-ollama", "brain-llama", "brain-macmon", "forge-comfy",
                                   "forge-tts", "forge-gpu", "forge-node"})
            QVERIFY2(out.contains(QLatin1StringView(server)), server);
        QVERIFY(out.contains(u"ok: Ollama "));
        QVERIFY(out.contains(u"/ws"));
        QVERIFY(!out.contains(u"PROBLEM"));
    }

    void jsonHasThePhaseFiguresInMilliseconds()
    {
        const Run r = run({QStringLiteral("--demo"), QStringLiteral("doctor"),
                           QStringLiteral("forge-comfy"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray servers =
            QJsonDocument::fromJson(r.out).object().value(u"servers").toArray();
        QCOMPARE(servers.size(), 1);
        const QJsonObject comfy = servers[0].toObject();
        QCOMPARE(comfy.value(u"name").toString(), QStringLiteral("forge-comfy"));
        QCOMPARE(comfy.value(u"kind").toString(), QStringLiteral("comfyui"));
        QVERIFY(comfy.value(u"healthy").toBool());
        const QJsonArray endpoints = comfy.value(u"endpoints").toArray();
        QCOMPARE(endpoints.size(), 3);
        QStringList roles;
        for (const auto &v : endpoints) {
            const QJsonObject e = v.toObject();
            roles << e.value(u"endpoint").toString();
            QCOMPARE(e.value(u"verdict").toString(), QStringLiteral("ok"));
            QVERIFY(e.value(u"dns_ms").isDouble());
            QVERIFY(e.value(u"connect_ms").isDouble());
            QVERIFY(e.value(u"tls_ms").isNull()); // plain http
            QVERIFY(e.value(u"first_byte_ms").toDouble() >= e.value(u"connect_ms").toDouble());
            QVERIFY(e.value(u"total_ms").toDouble() >= e.value(u"first_byte_ms").toDouble());
            QVERIFY(e.value(u"http_status").isDouble());
            QVERIFY(!e.value(u"diagnosis").toString().isEmpty());
            QVERIFY(e.value(u"url").toString().startsWith(u"http://127.0.0.1:"));
        }
        QCOMPARE(roles, (QStringList{QStringLiteral("probe"), QStringLiteral("base"),
                                     QStringLiteral("websocket")}));
        QCOMPARE(endpoints[2].toObject().value(u"http_status").toInt(), 101);
    }

    void deadServerIsRefusedAndExitsOne()
    {
        const QString server = QStringLiteral("comfyui+http://127.0.0.1:%1").arg(closedPort());
        const Run r = run({QStringLiteral("doctor"), server});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("PROBLEM: connection refused: is ComfyUI running with --listen?"),
                 r.out.constData());
        QVERIFY2(r.err.startsWith(QByteArray("c41ctl: not healthy: " + server.toUtf8())),
                 r.err.constData());

        const Run j = run({QStringLiteral("doctor"), server, QStringLiteral("--json")});
        QCOMPARE(j.code, 1);
        const QJsonObject s =
            QJsonDocument::fromJson(j.out).object().value(u"servers").toArray().at(0).toObject();
        QVERIFY(!s.value(u"healthy").toBool());
        const QJsonObject probe = s.value(u"endpoints").toArray().at(0).toObject();
        QCOMPARE(probe.value(u"verdict").toString(), QStringLiteral("problem"));
        QVERIFY(probe.value(u"connect_ms").isNull());
        QVERIFY(probe.value(u"http_status").isNull());
        QCOMPARE(probe.value(u"diagnosis").toString(),
                 QStringLiteral("connection refused: is ComfyUI running with --listen?"));
    }

    void unknownServerIsAUsageError()
    {
        const Run r = run(
            {QStringLiteral("--demo"), QStringLiteral("doctor"), QStringLiteral("no-such-server")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.startsWith("c41ctl: "));
    }
};

QTEST_GUILESS_MAIN(TestC41ctlDoctor)
#include "tst_c41ctl_doctor.moc"
