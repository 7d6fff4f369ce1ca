// SPDX-License-Identifier: GPL-3.0-or-later
// c41ctl tts: the real binary against the demo lab's speech server (forge-tts).
#include <nlohmann/json.hpp>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using nlohmann::json;
using namespace Qt::StringLiterals;

class TestC41ctlTts : public QObject
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
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // A RIFF/WAVE file whose sizes agree: RIFF size = file − 8, a "fmt " chunk, and a
    // "data" chunk that ends exactly at the end of the file. Returns the data size.
    static qint64 checkWav(const QByteArray &wav)
    {
        if (wav.size() < 44 || !wav.startsWith("RIFF") || wav.mid(8, 4) != "WAVE")
            return -1;
        if (qFromLittleEndian<quint32>(wav.constData() + 4) != quint32(wav.size() - 8))
            return -1;
        bool sawFmt = false;
        qsizetype at = 12;
        while (at + 8 <= wav.size()) {
            const QByteArray id = wav.mid(at, 4);
            const quint32 size = qFromLittleEndian<quint32>(wav.constData() + at + 4);
            if (id == "fmt ") {
                sawFmt = size >= 16 && qFromLittleEndian<quint16>(wav.constData() + at + 8) == 1;
            } else if (id == "data") {
                return sawFmt && at + 8 + qint64(size) == wav.size() ? qint64(size) : -1;
            }
            at += 8 + size + (size & 1);
        }
        return -1;
    }

private Q_SLOTS:
    void speaksIntoAValidWav()
    {
        QTemporaryDir dir;
        // A folder that does not exist yet is made, as with comfy run --out.
        const QString out = dir.filePath(u"speech/hello.wav"_s);
        const Run r =
            run({u"--demo"_s, u"tts"_s, u"forge-tts"_s, u"Hello studio, the render is done."_s,
                 u"--voice"_s, u"alloy"_s, u"--out"_s, out});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), out.toUtf8()); // the path, nothing else, on stdout
        const QByteArray wav = readAll(out);
        const qint64 data = checkWav(wav);
        QVERIFY2(data > 0, "not a consistent RIFF/WAVE file");
        // 24 kHz mono 16-bit: about a second and a half of speech for this sentence.
        QCOMPARE(qFromLittleEndian<quint32>(wav.constData() + 24), quint32(24000));
        QVERIFY(data > 24000 * 2 && data < 24000 * 2 * 10);
    }

    void jsonSaysWhatWasWritten()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"slow.wav"_s);
        const Run r = run({u"--demo"_s, u"--json"_s, u"tts"_s, u"forge-tts"_s, u"Slowly now."_s,
                           u"--voice"_s, u"alloy"_s, u"--out"_s, out, u"--speed"_s, u"0.5"_s,
                           u"--instructions"_s, u"calm"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const json doc = json::parse(r.out.toStdString(), nullptr, false);
        QVERIFY(doc.is_object());
        QCOMPARE(doc["path"].get<std::string>(), out.toStdString());
        QCOMPARE(doc["bytes"].get<qint64>(), qint64(readAll(out).size()));
        QCOMPARE(doc["format"].get<std::string>(), std::string("wav"));
        QCOMPARE(doc["model"].get<std::string>(),
                 std::string("Qwen/Qwen3-TTS-12Hz-1.7B-CustomVoice")); // the server's model
        QVERIFY(checkWav(readAll(out)) > 0);
    }

    void serverErrorsAreShownAndNoFileIsLeft()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"x.wav"_s);
        const Run voice = run({u"--demo"_s, u"tts"_s, u"forge-tts"_s, u"Hi."_s, u"--voice"_s,
                               u"nobody"_s, u"--out"_s, out});
        QCOMPARE(voice.code, 1);
        QVERIFY2(voice.err.contains("Voice 'nobody' not found"), voice.err.constData());
        QVERIFY2(voice.err.contains("forge-tts"), voice.err.constData());
        QVERIFY(voice.out.isEmpty());
        QVERIFY(!QFile::exists(out));
        // mp3 from the extension: this server renders wav and pcm only, and says so.
        const Run mp3 = run({u"--demo"_s, u"tts"_s, u"forge-tts"_s, u"Hi."_s, u"--voice"_s,
                             u"alloy"_s, u"--out"_s, dir.filePath(u"x.mp3"_s)});
        QCOMPARE(mp3.code, 1);
        QVERIFY2(mp3.err.contains("response_format"), mp3.err.constData());
        QVERIFY(!QFile::exists(dir.filePath(u"x.mp3"_s)));
    }

    void usageErrors()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"u.wav"_s);
        QCOMPARE(run({u"--demo"_s, u"tts"_s, u"forge-tts"_s, u"Hi."_s, u"--out"_s, out}).code, 2);
        QCOMPARE(
            run({u"--demo"_s, u"tts"_s, u"forge-tts"_s, u"Hi."_s, u"--voice"_s, u"alloy"_s}).code,
            2);
        QCOMPARE(
            run({u"--demo"_s, u"tts"_s, u"forge-tts"_s, u"--voice"_s, u"alloy"_s, u"--out"_s, out})
                .code,
            2); // no TEXT
        const Run ollama = run({u"--demo"_s, u"tts"_s, u"brain-ollama"_s, u"Hi."_s, u"--voice"_s,
                                u"alloy"_s, u"--out"_s, out});
        QCOMPARE(ollama.code, 2);
        QVERIFY2(ollama.err.contains("not a text-to-speech server"), ollama.err.constData());
        QCOMPARE(run({u"--demo"_s, u"tts"_s, u"forge-tts"_s, u"Hi."_s, u"--voice"_s, u"alloy"_s,
                      u"--out"_s, out, u"--speed"_s, u"9"_s})
                     .code,
                 2);
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestC41ctlTts)
#include "tst_c41ctl_tts.moc"
