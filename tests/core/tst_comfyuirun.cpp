// SPDX-License-Identifier: GPL-3.0-or-later
// ComfyUiRun against the fake ComfyUI: a job from submit to saved outputs,
// through every way it can end (success, cached re-run, validation error,
// execution error, interrupt, queue delete, socket drop, hostile file names),
// and the fake's audio/video outputs checked as real files.
#include "backends/comfyui/comfyuiclient.h"
#include "backends/comfyui/comfyuirun.h"
#include "fakecomfyui.h"
#include "fakecomfyuimedia.h"
#include "fakepng.h"
#include "fixtures.h"
#include "net/websocketchannel.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <qcorotask.h>

#include <memory>

using namespace c41::backends;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using c41::net::ApiError;
using c41::testing::readFixture;
using Json = nlohmann::json;
using Result = c41::net::Result<ComfyUiRunResult>;

namespace {

template <typename T>
QString why(const c41::net::Result<T> &r)
{
    return r.ok() ? QString() : r.error().toString();
}

Json fixtureWorkflow(const QString &name)
{
    const QByteArray bytes = readFixture(u"comfyui/"_s + name);
    return Json::parse(bytes.begin(), bytes.end());
}

Json fakeDataWorkflow(const QString &name)
{
    QFile f(QStringLiteral(C41_FIXTURES_DIR "/../fakes/data/comfyui/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    return Json::parse(bytes.begin(), bytes.end());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

quint32 le32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

// Walks a RIFF file: every chunk's size must fit its parent exactly (with pad
// bytes). Collects the fourccs seen (LIST types as "LIST:xxxx").
bool walkRiff(const QByteArray &b, qsizetype from, qsizetype to, QStringList *seen)
{
    qsizetype at = from;
    while (at < to) {
        if (to - at < 8)
            return false;
        const QByteArray id = b.mid(at, 4);
        const qsizetype size = le32(b, at + 4);
        const qsizetype end = at + 8 + size;
        if (end > to)
            return false;
        if (id == "LIST") {
            *seen << u"LIST:"_s + QString::fromLatin1(b.mid(at + 8, 4));
            if (!walkRiff(b, at + 12, end, seen))
                return false;
        } else {
            *seen << QString::fromLatin1(id);
        }
        at = end + (size % 2);
    }
    return at == to || at == to + 1;
}

// A whole RIFF file of the given form type ("WAVE", "AVI "): the header size is the file's.
bool validRiff(const QByteArray &b, const char *form, QStringList *seen)
{
    if (b.size() < 12 || !b.startsWith("RIFF") || b.mid(8, 4) != form)
        return false;
    if (qsizetype(le32(b, 4)) + 8 != b.size())
        return false;
    return walkRiff(b, 12, b.size(), seen);
}

} // namespace

class TestComfyUiRun : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<c41::fakes::FakeComfyUi> m_fake;
    std::unique_ptr<ComfyUiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;

    std::unique_ptr<ComfyUiRun> makeRun()
    {
        auto run = std::make_unique<ComfyUiRun>(m_client.get());
        run->setPollInterval(50ms);
        return run;
    }

    // Every file under the temporary folder, outside the output folder: must stay empty.
    QStringList filesOutsideOutput() const
    {
        QStringList out;
        QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            if (!f.startsWith(m_dir->filePath(u"out/"_s)))
                out << f;
        }
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<c41::fakes::FakeComfyUi>();
        m_fake->setTimeScale(0.001);
        QVERIFY(m_fake->listen());
        m_client = std::make_unique<ComfyUiClient>(&m_nam, u"forge-comfy"_s, m_fake->url());
        m_dir = std::make_unique<QTemporaryDir>();
    }
    void cleanup()
    {
        m_client.reset();
        m_fake.reset();
        m_dir.reset();
    }

    void successSavesOutputsAndReportsProgress()
    {
        auto run = makeRun();
        QSignalSpy progress(run.get(), &ComfyUiRun::progressChanged);
        QSignalSpy submitted(run.get(), &ComfyUiRun::submitted);
        const Result r = QCoro::waitFor(
            run->run(fixtureWorkflow(u"workflow_a_invert.json"_s), m_dir->filePath(u"out"_s)));
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QCOMPARE(r->files.size(), 1);
        QVERIFY(r->files.first().startsWith(QDir(m_dir->path()).canonicalPath() + u"/out/"));
        const QByteArray png = readFile(r->files.first());
        QVERIFY(c41::fakes::FakePng::isPng(png));
        QCOMPARE(qFromBigEndian<quint32>(png.constData() + 16), 512u); // EmptyImage 512²
        QVERIFY(!r->recoveredFromHistory);
        QVERIFY(r->cachedNodes.isEmpty());
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(submitted.first().at(0).toString(), r->promptId);
        // The user saw each node by class while it ran.
        QStringList classes;
        for (const auto &args : std::as_const(progress)) {
            const auto p = args.first().value<ComfyUiProgress>();
            if (!p.classType.isEmpty() && !classes.contains(p.classType))
                classes << p.classType;
        }
        QCOMPARE(classes, (QStringList{u"EmptyImage"_s, u"ImageInvert"_s, u"SaveImage"_s}));
        const ComfyUiProgress last = run->progress();
        QCOMPARE(last.stage, ComfyUiProgress::Stage::Done);
        QCOMPARE(last.nodesDone, 3);
        QCOMPARE(last.nodesTotal, 3);
        QVERIFY(filesOutsideOutput().isEmpty());
    }

    void cachedRerunStillYieldsOutputs()
    {
        const Json graph = fixtureWorkflow(u"workflow_a_invert.json"_s);
        auto first = makeRun();
        const Result a = QCoro::waitFor(first->run(graph, m_dir->filePath(u"out"_s)));
        QVERIFY(a.ok());
        auto second = makeRun();
        const Result b = QCoro::waitFor(second->run(graph, m_dir->filePath(u"out2"_s)));
        QVERIFY2(b.ok(), qPrintable(why(b)));
        QCOMPARE(b->cachedNodes, (QStringList{u"1"_s, u"2"_s, u"3"_s}));
        QCOMPARE(b->files.size(), 1);
        QCOMPARE(QFileInfo(b->files.first()).fileName(), QFileInfo(a->files.first()).fileName());
        QVERIFY(c41::fakes::FakePng::isPng(readFile(b->files.first())));
        QCOMPARE(second->progress().nodesDone, 3);
    }

    void samplerStepsAndPreviews()
    {
        const Json flux = fakeDataWorkflow(u"flux1-dev.json"_s);
        QVERIFY(flux.is_object() && !flux.empty());
        auto run = makeRun();
        QSignalSpy previews(run.get(), &ComfyUiRun::previewReceived);
        int maxSteps = 0;
        QString samplerClass;
        connect(run.get(), &ComfyUiRun::progressChanged, this, [&](const ComfyUiProgress &p) {
            if (p.steps > 0) {
                maxSteps = std::max(maxSteps, p.steps);
                samplerClass = p.classType;
            }
        });
        const Result r = QCoro::waitFor(run->run(flux, m_dir->filePath(u"out"_s)));
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QVERIFY(maxSteps > 1);
        QCOMPARE(samplerClass, u"SamplerCustomAdvanced"_s);
        QCOMPARE(r->previews, maxSteps); // one preview per step
        QCOMPARE(previews.size(), maxSteps);
        const auto format = previews.first().at(1).value<ComfyUiEvent::ImageFormat>();
        QCOMPARE(format, ComfyUiEvent::ImageFormat::Png);
        QVERIFY(c41::fakes::FakePng::isPng(previews.first().at(0).toByteArray()));
        QCOMPARE(r->files.size(), 1);
    }

    void validationErrorReachesTheUser()
    {
        auto run = makeRun();
        const Result r =
            QCoro::waitFor(run->run(fixtureWorkflow(u"workflow_c6_combo_value_not_in_list.json"_s),
                                    m_dir->filePath(u"out"_s)));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, 400);
        QVERIFY(r.error().toString().contains(u"no-such-method"));
        QCOMPARE(run->rejectionType(), u"prompt_outputs_failed_validation"_s);
        QVERIFY(run->nodeErrors().contains("2"));
        QVERIFY(!QDir(m_dir->filePath(u"out"_s)).exists());
    }

    void executionErrorNamesNodeAndMessage()
    {
        m_fake->failNextPrompt(u"CUDA out of memory. Tried to allocate 2.00 GiB"_s, u"2"_s);
        auto run = makeRun();
        const Result r = QCoro::waitFor(
            run->run(fixtureWorkflow(u"workflow_a_invert.json"_s), m_dir->filePath(u"out"_s)));
        QVERIFY(!r.ok());
        const QString text = r.error().toString();
        QVERIFY2(text.contains(u"node 2 (ImageInvert)"), qPrintable(text));
        QVERIFY2(text.contains(u"CUDA out of memory"), qPrintable(text));
        QVERIFY(text.contains(u"forge-comfy"));
        QVERIFY(r.error().kind != ApiError::Kind::Cancelled);
    }

    void cancelInterruptsTheRunningPrompt()
    {
        m_fake->setTimeScale(0.1); // ImageBlur ≈ 0.45 s each, 5 of them
        auto run = makeRun();
        c41::net::CancelToken cancel;
        connect(run.get(), &ComfyUiRun::progressChanged, this, [&](const ComfyUiProgress &p) {
            if (p.classType == u"ImageBlur")
                cancel.cancel();
        });
        const Result r =
            QCoro::waitFor(run->run(fixtureWorkflow(u"workflow_d_blur_chain_interrupt.json"_s),
                                    m_dir->filePath(u"out"_s), cancel));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Cancelled);
        QVERIFY2(r.error().message.contains(u"interrupted"), qPrintable(why(r)));
        // The server really stopped: the history says interrupted.
        const QString id = run->progress().promptId;
        ComfyUiHistoryEntry h;
        QTRY_VERIFY_WITH_TIMEOUT((h = QCoro::waitFor(m_client->history(id)).value()).found, 10000);
        QVERIFY(h.end);
        QCOMPARE(h.end->type, ComfyUiEvent::Type::ExecutionInterrupted);
    }

    void interruptFromElsewhereIsReported()
    {
        m_fake->setTimeScale(0.1);
        auto run = makeRun();
        bool sent = false;
        connect(run.get(), &ComfyUiRun::progressChanged, this, [&](const ComfyUiProgress &p) {
            if (!sent && p.nodeId == u"3") {
                sent = true;
                m_client->interrupt(); // another user presses Cancel in ComfyUI
            }
        });
        const Result r = QCoro::waitFor(run->run(
            fixtureWorkflow(u"workflow_d_blur_chain_interrupt.json"_s), m_dir->filePath(u"out"_s)));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Cancelled);
        QVERIFY2(r.error().message.contains(u"interrupted at node 4 (ImageBlur)"),
                 qPrintable(why(r)));
    }

    void cancelWhilePendingDeletesFromQueue()
    {
        m_fake->setTimeScale(0.1);
        // Something else occupies the worker.
        const Json blur = fixtureWorkflow(u"workflow_d_blur_chain_interrupt.json"_s);
        const ComfyUiSubmitReply busy = QCoro::waitFor(m_client->submit(blur, u"other"_s));
        QVERIFY(busy.queued);
        auto run = makeRun();
        c41::net::CancelToken cancel;
        QString ours;
        connect(run.get(), &ComfyUiRun::submitted, this, [&](const QString &id) {
            ours = id;
            cancel.cancel();
        });
        const Result r = QCoro::waitFor(run->run(fixtureWorkflow(u"workflow_a_invert.json"_s),
                                                 m_dir->filePath(u"out"_s), cancel));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Cancelled);
        QVERIFY2(r.error().message.contains(u"removed from the queue"), qPrintable(why(r)));
        auto q = QCoro::waitFor(m_client->queue());
        QVERIFY(q && !q->isPending(ours) && !q->isRunning(ours));
        QVERIFY(q->isRunning(busy.queued->promptId)); // the other job was left alone
        QVERIFY(QCoro::waitFor(m_client->interrupt()).ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->queueRemaining(), 0, 10000);
        auto never = QCoro::waitFor(m_client->history(ours));
        QVERIFY(never && !never->found);
    }

    void deletedByAnotherClientIsAnError()
    {
        m_fake->setTimeScale(0.1);
        const Json blur = fixtureWorkflow(u"workflow_d_blur_chain_interrupt.json"_s);
        QVERIFY(QCoro::waitFor(m_client->submit(blur, u"other"_s)).queued);
        auto run = makeRun();
        connect(run.get(), &ComfyUiRun::submitted, this,
                [&](const QString &id) { m_client->deleteFromQueue({id}); });
        const Result r = QCoro::waitFor(
            run->run(fixtureWorkflow(u"workflow_a_invert.json"_s), m_dir->filePath(u"out"_s)));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"removed from the queue"), qPrintable(why(r)));
        QVERIFY(QCoro::waitFor(m_client->interrupt()).ok());
    }

    void socketDropRecoversThroughHistory()
    {
        m_fake->setTimeScale(0.05); // ImageBlur ≈ 0.23 s each
        auto run = makeRun();
        bool dropped = false;
        connect(run.get(), &ComfyUiRun::progressChanged, this, [&](const ComfyUiProgress &p) {
            if (!dropped && p.nodeId == u"2") {
                dropped = true;
                // No socket for the rest of the job: every later event is lost.
                m_fake->setRefuseWebSockets(true);
                m_fake->dropWebSockets();
            }
        });
        const Result r = QCoro::waitFor(run->run(
            fixtureWorkflow(u"workflow_d_blur_chain_interrupt.json"_s), m_dir->filePath(u"out"_s)));
        QVERIFY(dropped);
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QVERIFY(r->recoveredFromHistory);
        QCOMPARE(r->files.size(), 1);
        QVERIFY(c41::fakes::FakePng::isPng(readFile(r->files.first())));
    }

    void socketReconnectMidJob()
    {
        m_fake->setTimeScale(0.05);
        auto run = makeRun();
        bool dropped = false;
        connect(run.get(), &ComfyUiRun::progressChanged, this, [&](const ComfyUiProgress &p) {
            if (!dropped && p.nodeId == u"2") {
                dropped = true;
                m_fake->dropWebSockets(); // the socket comes back at once
            }
        });
        const Result r = QCoro::waitFor(run->run(
            fixtureWorkflow(u"workflow_d_blur_chain_interrupt.json"_s), m_dir->filePath(u"out"_s)));
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QCOMPARE(r->files.size(), 1);
        QVERIFY(run->channel() == nullptr); // closed after the run
    }

    void noSocketAtAllStillFinishes()
    {
        m_fake->setRefuseWebSockets(true);
        auto run = makeRun();
        run->setConnectTimeout(300ms);
        const Result r = QCoro::waitFor(
            run->run(fixtureWorkflow(u"workflow_a_invert.json"_s), m_dir->filePath(u"out"_s)));
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QVERIFY(r->recoveredFromHistory);
        QCOMPARE(r->files.size(), 1);
    }

    void hostileOutputNameStaysInside_data()
    {
        QTest::addColumn<QString>("filename");
        QTest::addColumn<QString>("subfolder");
        QTest::newRow("dotdot") << u"../../evil.png"_s << QString();
        QTest::newRow("absolute") << u"/etc/x"_s << QString();
        QTest::newRow("backslashes") << u"a\\..\\b"_s << QString();
        QTest::newRow("subfolder dotdot") << u"evil.png"_s << u"../.."_s;
        QTest::newRow("absolute subfolder") << u"evil.png"_s << u"/tmp"_s;
    }
    void hostileOutputNameStaysInside()
    {
        QFETCH(QString, filename);
        QFETCH(QString, subfolder);
        m_fake->setNextOutputName(filename, subfolder);
        auto run = makeRun();
        const Result r = QCoro::waitFor(
            run->run(fixtureWorkflow(u"workflow_a_invert.json"_s), m_dir->filePath(u"out"_s)));
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QVERIFY(r->files.isEmpty());
        QCOMPARE(r->skipped.size(), 1);
        QVERIFY2(r->skipped.first().message.contains(u"not safe"),
                 qPrintable(r->skipped.first().toString()));
        QVERIFY(filesOutsideOutput().isEmpty());
        // Where a naive join would have written it: nothing there.
        const QString naive = QDir::cleanPath(m_dir->filePath(u"out"_s) + u'/' + subfolder + u'/' +
                                              QString(filename).replace(u'\\', u'/'));
        if (!naive.startsWith(u"/etc/"))
            QVERIFY2(!QFile::exists(naive), qPrintable(naive));
    }

    void videoOutputIsARealAvi()
    {
        const Json wan = fakeDataWorkflow(u"wan22-t2v-14b.json"_s);
        QVERIFY(wan.is_object() && !wan.empty());
        auto run = makeRun();
        const Result r = QCoro::waitFor(run->run(wan, m_dir->filePath(u"out"_s)));
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QCOMPARE(r->files.size(), 1);
        QVERIFY(r->files.first().endsWith(u".avi"));
        const QByteArray avi = readFile(r->files.first());
        QStringList chunks;
        QVERIFY(validRiff(avi, "AVI ", &chunks));
        QVERIFY(chunks.contains(u"LIST:hdrl"_s));
        QVERIFY(chunks.contains(u"avih"_s));
        QVERIFY(chunks.contains(u"LIST:movi"_s));
        QVERIFY(chunks.contains(u"idx1"_s));
        QCOMPARE(chunks.count(u"00db"_s), 8);
        QVERIFY(!chunks.contains(u"01wb"_s)); // no sound track without an audio input
    }

    // Video-to-audio shape: frames + a voice → CreateVideo → SaveVideo, and the
    // voice alone through SaveAudio. The fake's files are a real AVI with a sound
    // track and a real WAV.
    void audioAndVideoWithSoundOutputs()
    {
        const QByteArray voice = c41::fakes::FakeComfyUiMedia::wav(0.25, 9);
        auto stored = QCoro::waitFor(m_client->upload(voice, u"voice.wav"_s));
        QVERIFY2(stored.ok(), qPrintable(why(stored)));
        const Json graph = Json::parse(R"({
            "1": {"class_type": "EmptyImage", "inputs": {"width": 64, "height": 48, "batch_size": 8, "color": 0}},
            "2": {"class_type": "LoadAudio", "inputs": {"audio": "voice.wav"}},
            "3": {"class_type": "CreateVideo", "inputs": {"images": ["1", 0], "fps": 8.0, "audio": ["2", 0]}},
            "4": {"class_type": "SaveVideo", "inputs": {"video": ["3", 0], "filename_prefix": "video/v2a", "format": "auto", "codec": "auto"}},
            "5": {"class_type": "SaveAudio", "inputs": {"audio": ["2", 0], "filename_prefix": "audio/voice"}}
        })");
        auto run = makeRun();
        const Result r = QCoro::waitFor(run->run(graph, m_dir->filePath(u"out"_s)));
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QCOMPARE(r->files.size(), 2);
        QString avi, wav;
        for (const QString &f : std::as_const(r->files))
            (f.endsWith(u".avi") ? avi : wav) = f;
        QVERIFY(avi.contains(u"/out/video/v2a_"));
        QVERIFY(wav.contains(u"/out/audio/voice_") && wav.endsWith(u".wav"));
        QStringList chunks;
        QVERIFY(validRiff(readFile(avi), "AVI ", &chunks));
        QCOMPARE(chunks.count(u"LIST:strl"_s), 2); // video and sound
        QCOMPARE(chunks.count(u"01wb"_s), 8);
        chunks.clear();
        QVERIFY(validRiff(readFile(wav), "WAVE", &chunks));
        QVERIFY(chunks.contains(u"data"_s));
    }

    void mediaWritersAreValid()
    {
        QStringList chunks;
        const QByteArray wav = c41::fakes::FakeComfyUiMedia::wav(0.5, 3);
        QVERIFY(validRiff(wav, "WAVE", &chunks));
        QCOMPARE(chunks, (QStringList{u"fmt "_s, u"data"_s}));
        QCOMPARE(qFromLittleEndian<quint16>(wav.constData() + 20), quint16(1)); // PCM
        QCOMPARE(le32(wav, 24), quint32(c41::fakes::FakeComfyUiMedia::kSampleRate));
        QCOMPARE(le32(wav, 40), quint32(c41::fakes::FakeComfyUiMedia::kSampleRate)); // 0.5 s × 2 B

        chunks.clear();
        const QByteArray avi = c41::fakes::FakeComfyUiMedia::avi(64, 64, 8, 8, 1, true);
        QVERIFY(validRiff(avi, "AVI ", &chunks));
        QCOMPARE(chunks.count(u"00db"_s), 8);
        QCOMPARE(chunks.count(u"01wb"_s), 8);
        QCOMPARE(chunks.count(u"LIST:strl"_s), 2);
        // avih: 8 frames, 2 streams, 64 × 64.
        const qsizetype avih = avi.indexOf("avih");
        QCOMPARE(le32(avi, avih + 8 + 16), 8u);
        QCOMPARE(le32(avi, avih + 8 + 24), 2u);
        QCOMPARE(le32(avi, avih + 8 + 32), 64u);
        QCOMPARE(le32(avi, avih + 8 + 36), 64u);
        // idx1 offsets point at the chunks they name (relative to "movi").
        const qsizetype movi = avi.indexOf("movi");
        const qsizetype idx1 = avi.lastIndexOf("idx1");
        const int entries = int(le32(avi, idx1 + 4) / 16);
        QCOMPARE(entries, 16);
        for (int i = 0; i < entries; ++i) {
            const qsizetype e = idx1 + 8 + i * 16;
            const qsizetype at = movi + le32(avi, e + 8);
            QCOMPARE(avi.mid(at, 4), avi.mid(e, 4));
            QCOMPARE(le32(avi, at + 4), le32(avi, e + 12));
        }
    }
};

QTEST_GUILESS_MAIN(TestComfyUiRun)
#include "tst_comfyuirun.moc"
