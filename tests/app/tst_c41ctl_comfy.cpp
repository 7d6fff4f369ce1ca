// SPDX-License-Identifier: GPL-3.0-or-later
// c41ctl comfy run|queue|interrupt|free, the real binary against the demo lab's
// ComfyUI: progress on stderr, saved files on stdout, the server's message and
// a non-zero exit on validation errors, usage errors.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;

class TestC41ctlComfy : public QObject
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
        p.start(QStringLiteral(C41CTL_PATH), QStringList{u"--demo"_s} + args);
        if (!p.waitForFinished(90000)) { // a test process, not the GUI thread
            p.kill();
            return {};
        }
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    static QString fixture(const QString &name)
    {
        return QStringLiteral(C41_FIXTURES_DIR "/comfyui/") + name;
    }
    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static bool isPng(const QByteArray &b) { return b.startsWith("\x89PNG\r\n\x1a\n"); }

private Q_SLOTS:
    void runPrintsProgressAndSavesTheOutput()
    {
        QTemporaryDir dir;
        const Run r = run({u"comfy"_s, u"run"_s, u"forge-comfy"_s,
                           fixture(u"workflow_a_invert.json"_s), u"--out"_s, dir.path()});
        QVERIFY2(r.code == 0, r.err.constData());
        const QStringList files = QString::fromUtf8(r.out).trimmed().split(u'\n');
        QCOMPARE(files.size(), 1);
        QVERIFY(files.first().startsWith(QDir(dir.path()).canonicalPath()));
        QVERIFY(isPng(readFile(files.first())));
        QVERIFY2(r.err.contains("ImageInvert (node 2)"), r.err.constData());
        QVERIFY(r.err.contains("queued "));
    }

    void setChangesAnInput()
    {
        QTemporaryDir dir;
        const Run r = run({u"comfy"_s, u"run"_s, u"forge-comfy"_s,
                           fixture(u"workflow_a_invert.json"_s), u"--set"_s, u"1.width=96"_s,
                           u"--set"_s, u"1.height=40"_s, u"--out"_s, dir.path(), u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(result.value(u"prompt_id").toString().size(), 36);
        const QJsonArray files = result.value(u"files").toArray();
        QCOMPARE(files.size(), 1);
        const QByteArray png = readFile(files.first().toString());
        QVERIFY(isPng(png));
        QCOMPARE(qFromBigEndian<quint32>(png.constData() + 16), 96u);
        QCOMPARE(qFromBigEndian<quint32>(png.constData() + 20), 40u);
    }

    void templateRunsWithStepsAndPreviews()
    {
        QTemporaryDir dir;
        const Run r = run(
            {u"comfy"_s, u"run"_s, u"forge-comfy"_s, u"flux1-schnell"_s, u"--out"_s, dir.path()});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString file = QString::fromUtf8(r.out).trimmed();
        QVERIFY(isPng(readFile(file)));
        QVERIFY2(r.err.contains("step 4/4"), r.err.constData());
        QVERIFY2(r.err.contains("4 previews") || r.err.contains("4 preview(s)"), r.err.constData());
    }

    void validationErrorExitsNonZeroWithTheServersWords()
    {
        QTemporaryDir dir;
        const Run r =
            run({u"comfy"_s, u"run"_s, u"forge-comfy"_s,
                 fixture(u"workflow_c6_combo_value_not_in_list.json"_s), u"--out"_s, dir.path()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("no-such-method"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void queueInterruptFree()
    {
        const Run q = run({u"comfy"_s, u"queue"_s, u"forge-comfy"_s, u"--json"_s});
        QVERIFY2(q.code == 0, q.err.constData());
        const QJsonObject queue = QJsonDocument::fromJson(q.out).object();
        QVERIFY(queue.value(u"running").isArray());
        QVERIFY(queue.value(u"pending").isArray());
        const Run i = run({u"comfy"_s, u"interrupt"_s, u"forge-comfy"_s});
        QVERIFY2(i.code == 0, i.err.constData());
        const Run f = run({u"comfy"_s, u"free"_s, u"forge-comfy"_s});
        QVERIFY2(f.code == 0, f.err.constData());
        // Scripts get JSON from every form when they ask for it.
        const Run fj = run({u"comfy"_s, u"free"_s, u"forge-comfy"_s, u"--json"_s});
        QVERIFY2(fj.code == 0, fj.err.constData());
        const QJsonObject freed = QJsonDocument::fromJson(fj.out).object();
        QCOMPARE(freed.value(u"ok").toBool(), true);
        QCOMPARE(freed.value(u"server").toString(), u"forge-comfy"_s);
        QCOMPARE(freed.value(u"action").toString(), u"free"_s);
    }

    void usageErrors()
    {
        QCOMPARE(run({u"comfy"_s}).code, 2);
        QCOMPARE(run({u"comfy"_s, u"run"_s, u"forge-comfy"_s}).code, 2);
        const Run notComfy = run({u"comfy"_s, u"queue"_s, u"brain-ollama"_s});
        QCOMPARE(notComfy.code, 2);
        QVERIFY(notComfy.err.contains("not ComfyUI"));
        const Run missing = run({u"comfy"_s, u"run"_s, u"forge-comfy"_s, u"/nonexistent.json"_s});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains("no such file or template"));
    }
};

QTEST_GUILESS_MAIN(TestC41ctlComfy)
#include "tst_c41ctl_comfy.moc"
