// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app as the README and reviewers use it: `c41 --demo --screenshot DIR` opens
// every page against the demo lab, waits for live data and writes one PNG per page;
// `--screenshot FILE.png` writes the dashboard alone. Run offscreen.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSize>
#include <QTemporaryDir>
#include <QTest>

class TestC41Screenshot : public QObject
{
    Q_OBJECT

private:
    static int run(const QStringList &args, QByteArray *err = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(C41_PATH), args);
        if (!p.waitForFinished(60000)) { // a test process, not the GUI thread
            p.kill();
            return -1;
        }
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    // The size a PNG file says it has (IHDR), without QtGui: an invalid size if it is not one.
    static QSize pngSize(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QByteArray head = file.read(24);
        if (head.size() < 24 || !head.startsWith("\x89PNG\r\n\x1a\n") || head.mid(12, 4) != "IHDR")
            return {};
        const auto be32 = [&head](int at) {
            return (quint32(quint8(head[at])) << 24) | (quint32(quint8(head[at + 1])) << 16) |
                   (quint32(quint8(head[at + 2])) << 8) | quint32(quint8(head[at + 3]));
        };
        return QSize(int(be32(16)), int(be32(20)));
    }

private Q_SLOTS:
    void onePngPerPage()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString shots = dir.filePath(QStringLiteral("shots"));
        QByteArray err;
        QCOMPARE(run({QStringLiteral("--demo"), QStringLiteral("--screenshot"), shots,
                      QStringLiteral("--window-size"), QStringLiteral("1280x800")},
                     &err),
                 0);
        QVERIFY2(!err.contains("no live data"), err.constData());
        const QStringList files = QDir(shots).entryList({QStringLiteral("*.png")}, QDir::Files);
        QVERIFY2(files.contains(QStringLiteral("dashboard.png")), qPrintable(files.join(u' ')));
        QVERIFY(files.contains(QStringLiteral("settings.png")));
        for (const QString &file : files) {
            QCOMPARE(pngSize(QDir(shots).filePath(file)), QSize(1280, 800));
        }
    }

    void singleFileIsTheDashboard()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("dashboard.png"));
        QCOMPARE(run({QStringLiteral("--demo"), QStringLiteral("--screenshot"), file}), 0);
        QVERIFY(pngSize(file).isValid());
    }

    void badWindowSizeIsAUsageError()
    {
        QCOMPARE(run({QStringLiteral("--demo"), QStringLiteral("--window-size"),
                      QStringLiteral("huge")}),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestC41Screenshot)
#include "tst_c41screenshot.moc"
