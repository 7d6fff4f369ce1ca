// SPDX-License-Identifier: GPL-3.0-or-later
// c41ctl lipsync and v2a, the real binary: against the demo lab's ComfyUI (a
// portrait + a voice → a talking AVI; a silent AVI + a prompt → an AVI with an
// audio stream), and against an in-process server whose /object_info lacks a
// custom-node pack (named, nothing uploaded nor submitted).
#include "fakecomfyuicatalog.h"
#include "fakecomfyuimedia.h"
#include "fakehttpserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using c41::fakes::FakeComfyUiCatalog;
using c41::fakes::FakeComfyUiMedia;
using c41::fakes::FakeHttpServer;
using c41::fakes::FakeRequest;
using c41::fakes::FakeResponse;

class TestC41ctlMedia : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    // Runs c41ctl while this process's event loop keeps serving the in-process fakes.
    static Run run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(C41CTL_PATH), args);
        if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 90000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    static Run demo(const QStringList &args) { return run(QStringList{u"--demo"_s} + args); }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }
    // A valid 1×1 RGB PNG.
    static QByteArray tinyPng()
    {
        return QByteArray::fromHex(
            "89504e470d0a1a0a0000000d49484452000000010000000108020000009077"
            "53de0000000c4944415408d763f8cfc000000301010018dd8db0000000004945"
            "4e44ae426082");
    }
    static bool isAvi(const QByteArray &b)
    {
        return b.size() > 12 && b.startsWith("RIFF") && b.mid(8, 4) == "AVI ";
    }
    // Whether an AVI has a stream header ('strh') of type 'auds'.
    static bool hasAudioStream(const QByteArray &avi)
    {
        for (qsizetype at = avi.indexOf("strh"); at >= 0; at = avi.indexOf("strh", at + 4))
            if (avi.mid(at + 8, 4) == "auds")
                return true;
        return false;
    }
    static QStringList lines(const QByteArray &out)
    {
        return QString::fromUtf8(out).trimmed().split(u'\n', Qt::SkipEmptyParts);
    }

    // A server that answers /object_info like ComfyUI without `withoutPacks`, and
    // records everything else it is asked (uploads, prompts) without doing it.
    struct PacklessServer
    {
        explicit PacklessServer(const QStringList &withoutPacks)
            : catalog(withoutPacks)
        {
            for (const QString &path : {u"/object_info"_s, u"/api/object_info"_s})
                http.route("GET", path, [this](const FakeRequest &) {
                    return FakeResponse::json(catalog.objectInfoBody());
                });
            http.routePrefix("*", u"/"_s, [this](const FakeRequest &r) {
                others << QString::fromLatin1(r.method) + u' ' + r.path;
                return FakeResponse::json(R"({"error": "not here"})", 404);
            });
            listening = http.listen();
        }
        QString address() const { return u"comfyui+"_s + http.url().toString(); }

        FakeComfyUiCatalog catalog;
        FakeHttpServer http;
        QStringList others;
        bool listening = false;
    };

private Q_SLOTS:
    void lipsyncTurnsAPortraitAndAVoiceIntoAVideo()
    {
        QTemporaryDir dir;
        const QString png = writeFile(dir, u"portrait.png"_s, tinyPng());
        const QString wav = writeFile(dir, u"voice.wav"_s, FakeComfyUiMedia::wav(1.0, 7));
        const QString out = dir.filePath(u"out"_s);
        // The default template (the first the server has the nodes for); one sampler
        // step keeps the demo's realistic pace short.
        const Run r = demo({u"lipsync"_s, u"forge-comfy"_s, u"--image"_s, png, u"--audio"_s, wav,
                            u"--out"_s, out, u"--set"_s, u"steps=1"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QStringList files = lines(r.out);
        QCOMPARE(files.size(), 1);
        QVERIFY(files.first().startsWith(QDir(out).canonicalPath()));
        const QByteArray video = readFile(files.first());
        QVERIFY(isAvi(video));
        QVERIFY(hasAudioStream(video)); // the voice is in the talking video
        // Both inputs went up, and the progress went to stderr.
        QVERIFY2(r.err.contains(QByteArray("uploading " + png.toUtf8())), r.err.constData());
        QVERIFY(r.err.contains(QByteArray("uploading " + wav.toUtf8())));
        QVERIFY(r.err.contains("queued "));
        QVERIFY(r.err.contains("step 1/1"));
    }

    void lipsyncJsonNamesTheTemplateChosen()
    {
        QTemporaryDir dir;
        const QString png = writeFile(dir, u"p.png"_s, tinyPng());
        const QString wav = writeFile(dir, u"v.wav"_s, FakeComfyUiMedia::wav(0.5, 1));
        const Run r =
            demo({u"--json"_s, u"lipsync"_s, u"forge-comfy"_s, u"--image"_s, png, u"--audio"_s, wav,
                  u"--out"_s, dir.path(), u"--template"_s, u"humo-wanvideowrapper"_s, u"--prompt"_s,
                  u"a woman says hello"_s, u"--seed"_s, u"42"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(result.value(u"prompt_id").toString().size(), 36);
        QCOMPARE(result.value(u"server").toString(), u"forge-comfy"_s);
        QCOMPARE(result.value(u"template").toString(), u"humo-wanvideowrapper"_s);
        QVERIFY(result.value(u"seconds").toDouble() > 0);
        const QJsonArray files = result.value(u"files").toArray();
        QCOMPARE(files.size(), 1);
        QVERIFY(isAvi(readFile(files.first().toString())));
    }

    void v2aAddsASoundtrackToAVideo()
    {
        QTemporaryDir dir;
        const QByteArray silent = FakeComfyUiMedia::avi(64, 48, 25, 25, 3, false);
        QVERIFY(!hasAudioStream(silent));
        const QString avi = writeFile(dir, u"clip.avi"_s, silent);
        const QString out = dir.filePath(u"out"_s);
        const Run r = demo({u"v2a"_s, u"forge-comfy"_s, u"--video"_s, avi, u"--prompt"_s,
                            u"rain on a tin roof"_s, u"--out"_s, out, u"--seconds"_s, u"1"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QStringList files = lines(r.out);
        QVERIFY(!files.isEmpty());
        QStringList videos;
        for (const QString &f : files) {
            QVERIFY(f.startsWith(QDir(out).canonicalPath()));
            QVERIFY(QFileInfo(f).size() > 0);
            if (f.endsWith(u".avi"_s))
                videos << f;
        }
        QCOMPARE(videos.size(), 1);
        const QByteArray video = readFile(videos.first());
        QVERIFY(isAvi(video));
        QVERIFY(hasAudioStream(video));
        QVERIFY(r.err.contains("MMAudioSampler"));
    }

    void aMissingInputFileIsAUsageErrorAndNothingIsAsked()
    {
        PacklessServer server({});
        QVERIFY(server.listening);
        QTemporaryDir dir;
        const QString png = writeFile(dir, u"p.png"_s, tinyPng());
        const QString missing = dir.filePath(u"nothere.wav"_s);
        const Run r = run({u"lipsync"_s, server.address(), u"--image"_s, png, u"--audio"_s, missing,
                           u"--out"_s, dir.path()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QByteArray("--audio: no such file " + missing.toUtf8())),
                 r.err.constData());
        QCOMPARE(server.http.requestCount(), 0);

        const Run v = demo({u"v2a"_s, u"forge-comfy"_s, u"--video"_s, missing + u".avi"_s,
                            u"--prompt"_s, u"rain"_s, u"--out"_s, dir.path()});
        QCOMPARE(v.code, 2);
        QVERIFY2(v.err.contains("--video: no such file"), v.err.constData());
        QVERIFY(v.out.isEmpty());
        QVERIFY(!v.err.contains("queued"));
    }

    void aVideoForAStillImageInputIsExplained()
    {
        PacklessServer server({});
        QVERIFY(server.listening);
        QTemporaryDir dir;
        const QString avi =
            writeFile(dir, u"face.avi"_s, FakeComfyUiMedia::avi(32, 32, 5, 25, 1, false));
        const QString wav = writeFile(dir, u"v.wav"_s, FakeComfyUiMedia::wav(0.5, 1));
        const Run r = run({u"lipsync"_s, server.address(), u"--image"_s, avi, u"--audio"_s, wav,
                           u"--out"_s, dir.path(), u"--template"_s, u"humo-core"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("is a video, but template humo-core takes a still portrait image"),
                 r.err.constData());
        QCOMPARE(server.others, QStringList{}); // nothing uploaded, nothing submitted
    }

    void aMissingPackIsNamed_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("pack");
        QTest::newRow("lipsync WanVideoWrapper") << QStringList{u"lipsync"_s,
                                                                u"--image"_s,
                                                                u"@p.png"_s,
                                                                u"--audio"_s,
                                                                u"@v.wav"_s,
                                                                u"--template"_s,
                                                                u"humo-wanvideowrapper"_s}
                                                 << u"ComfyUI-WanVideoWrapper"_s;
        QTest::newRow("v2a MMAudio") << QStringList{u"v2a"_s, u"--video"_s, u"@c.avi"_s,
                                                    u"--prompt"_s, u"rain on a tin roof"_s}
                                     << u"ComfyUI-MMAudio"_s;
        QTest::newRow("v2a VideoHelperSuite")
            << QStringList{u"v2a"_s, u"--video"_s, u"@c.avi"_s, u"--prompt"_s, u"rain"_s}
            << u"ComfyUI-VideoHelperSuite"_s;
    }

    void aMissingPackIsNamed()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, pack);
        PacklessServer server({pack});
        QVERIFY(server.listening);
        QTemporaryDir dir;
        writeFile(dir, u"p.png"_s, tinyPng());
        writeFile(dir, u"v.wav"_s, FakeComfyUiMedia::wav(0.5, 1));
        writeFile(dir, u"c.avi"_s, FakeComfyUiMedia::avi(32, 32, 5, 25, 1, false));
        for (QString &a : args)
            if (a.startsWith(u'@'))
                a = dir.filePath(a.mid(1));
        args.insert(1, server.address());
        const Run r = run(args + QStringList{u"--out"_s, dir.path()});
        QCOMPARE(r.code, 1);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(u"needs "_s + pack), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(server.others, QStringList{}); // nothing uploaded, nothing submitted
    }
};

QTEST_GUILESS_MAIN(TestC41ctlMedia)
#include "tst_c41ctl_media.moc"
