// SPDX-License-Identifier: GPL-3.0-or-later
// ComfyUiClient: the captured replies of a real ComfyUI 0.3.64 (tests/fixtures/
// comfyui) parsed, and every endpoint against the fake ComfyUI.
#include "backends/comfyui/comfyuiclient.h"
#include "backends/comfyui/comfyuioutputpaths.h"
#include "fakecomfyui.h"
#include "fakepng.h"
#include "fixtures.h"
#include "testmacros.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <qcorotask.h>

#include <memory>

using namespace c41::backends;
using c41::net::ApiError;
using c41::testing::readFixture;
using c41::testing::readTranscript;
using Json = nlohmann::json;
using namespace Qt::StringLiterals;

namespace {

template <typename T>
QString why(const c41::net::Result<T> &r)
{
    return r.ok() ? QString() : r.error().toString();
}

Json workflow(const QString &name)
{
    const QByteArray bytes = readFixture(QStringLiteral("comfyui/") + name);
    return Json::parse(bytes.begin(), bytes.end());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestComfyUiClient : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<c41::fakes::FakeComfyUi> m_fake;
    std::unique_ptr<ComfyUiClient> m_client;

    // Submits and waits until the prompt is in the history.
    ComfyUiHistoryEntry runToEnd(const Json &graph)
    {
        ComfyUiSubmitReply reply = QCoro::waitFor(m_client->submit(graph, QStringLiteral("t")));
        if (!reply.queued) {
            qWarning() << reply.queued.error().toString();
            return {};
        }
        const QString id = reply.queued->promptId;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 10000) {
            auto entry = QCoro::waitFor(m_client->history(id));
            if (entry && entry->found)
                return *entry;
            QTest::qWait(20);
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<c41::fakes::FakeComfyUi>();
        m_fake->setTimeScale(0.001);
        QVERIFY(m_fake->listen());
        m_client =
            std::make_unique<ComfyUiClient>(&m_nam, QStringLiteral("forge-comfy"), m_fake->url());
    }
    void cleanup()
    {
        m_client.reset();
        m_fake.reset();
    }

    // Every captured 400 body reaches the user with the server's words.
    void capturedRejections_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QString>("errorNode");
        QTest::newRow("c1") << u"http_c1_missing_required_input.txt"_s
                            << u"prompt_outputs_failed_validation"_s
                            << QStringList{u"Required input is missing"_s, u"image"_s,
                                           u"ImageInvert"_s, u"node 2"_s}
                            << u"2"_s;
        QTest::newRow("c2") << u"http_c2_bad_node_type.txt"_s << u"invalid_prompt"_s
                            << QStringList{u"NoSuchNodeType does not exist"_s, u"Node ID '#2'"_s}
                            << u""_s;
        QTest::newRow("c3") << u"http_c3_no_output_node.txt"_s << u"prompt_no_outputs"_s
                            << QStringList{u"Prompt has no outputs"_s} << u""_s;
        QTest::newRow("c4") << u"http_c4_value_out_of_range_and_bad_type.txt"_s
                            << u"prompt_outputs_failed_validation"_s
                            << QStringList{u"Value 0 smaller than min of 1"_s, u"width"_s,
                                           u"Failed to convert an input value to a INT value"_s,
                                           u"EmptyImage"_s}
                            << u"1"_s;
        QTest::newRow("c5") << u"http_c5_bad_link_target.txt"_s
                            << u"prompt_outputs_failed_validation"_s
                            << QStringList{u"Exception when validating node"_s, u"'99'"_s}
                            << u"3"_s;
        QTest::newRow("c6") << u"http_c6_combo_value_not_in_list.txt"_s
                            << u"prompt_outputs_failed_validation"_s
                            << QStringList{u"Value not in list"_s, u"no-such-method"_s,
                                           u"ImageScale"_s}
                            << u"2"_s;
        QTest::newRow("c7") << u"http_c7_no_prompt_key.txt"_s << u"no_prompt"_s
                            << QStringList{u"No prompt provided"_s} << u""_s;
        QTest::newRow("g1") << u"http_g1_loadimage_missing_file.txt"_s
                            << u"prompt_outputs_failed_validation"_s
                            << QStringList{u"Invalid image file: this_file_does_not_exist.png"_s,
                                           u"LoadImage"_s}
                            << u"10"_s;
    }
    void capturedRejections()
    {
        QFETCH(QString, file);
        QFETCH(QString, type);
        QFETCH(QStringList, words);
        QFETCH(QString, errorNode);
        const auto t = readTranscript(QStringLiteral("comfyui/") + file);
        QCOMPARE(t.status, 400);
        const ComfyUiSubmitReply reply = ComfyUiClient::parseSubmitReply(
            t.status, t.responseBody, QStringLiteral("forge-comfy"));
        QVERIFY(!reply.queued);
        const ApiError &e = reply.queued.error();
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QCOMPARE(e.httpStatus, 400);
        QCOMPARE(reply.errorType, type);
        for (const QString &w : std::as_const(words))
            QVERIFY2(e.toString().contains(w), qPrintable(e.toString() + u" lacks " + w));
        if (errorNode.isEmpty()) {
            QVERIFY(reply.nodeErrors.empty());
        } else {
            QVERIFY(reply.nodeErrors.contains(errorNode.toStdString()));
            QVERIFY(reply.nodeErrors.at(errorNode.toStdString()).at("errors").is_array());
        }
    }

    // The same workflows, sent to the fake: the same words come back.
    void liveRejections_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("words");
        QTest::newRow("c1") << u"workflow_c1_missing_required_input.json"_s
                            << u"Required input is missing"_s;
        QTest::newRow("c2") << u"workflow_c2_bad_node_type.json"_s << u"NoSuchNodeType"_s;
        QTest::newRow("c3") << u"workflow_c3_no_output_node.json"_s << u"Prompt has no outputs"_s;
        QTest::newRow("c4") << u"workflow_c4_value_out_of_range_and_bad_type.json"_s
                            << u"smaller than min of 1"_s;
        QTest::newRow("c5") << u"workflow_c5_bad_link_target.json"_s << u"'99'"_s;
        QTest::newRow("c6") << u"workflow_c6_combo_value_not_in_list.json"_s << u"no-such-method"_s;
        QTest::newRow("g1") << u"workflow_g1_loadimage_missing_file.json"_s
                            << u"this_file_does_not_exist.png"_s;
    }
    void liveRejections()
    {
        QFETCH(QString, file);
        QFETCH(QString, words);
        const ComfyUiSubmitReply reply =
            QCoro::waitFor(m_client->submit(workflow(file), QStringLiteral("t")));
        QVERIFY(!reply.queued);
        QCOMPARE(reply.queued.error().httpStatus, 400);
        QVERIFY2(reply.queued.error().toString().contains(words),
                 qPrintable(reply.queued.error().toString()));
        QCOMPARE(m_fake->queueRemaining(), 0);
    }

    void submitQueuesAndHistoryListsOutputs()
    {
        const ComfyUiHistoryEntry entry =
            runToEnd(workflow(QStringLiteral("workflow_a_invert.json")));
        QVERIFY(entry.found);
        QCOMPARE(entry.statusStr, QStringLiteral("success"));
        QVERIFY(entry.completed);
        QCOMPARE(entry.outputs.size(), 1);
        QCOMPARE(entry.outputs.first().nodeId, QStringLiteral("3"));
        QCOMPARE(entry.outputs.first().kind, QStringLiteral("images"));
        QCOMPARE(entry.outputs.first().ref.type, QStringLiteral("output"));
        QVERIFY(entry.outputs.first().ref.filename.endsWith(u"_.png"));
    }

    void submitReturnsIdAndNumber()
    {
        const Json graph = workflow(QStringLiteral("workflow_a_invert.json"));
        const ComfyUiSubmitReply a = QCoro::waitFor(m_client->submit(graph, QStringLiteral("t")));
        const ComfyUiSubmitReply b = QCoro::waitFor(m_client->submit(graph, QStringLiteral("t")));
        QVERIFY(a.queued && b.queued);
        QCOMPARE(a.queued->promptId.size(), 36); // uuid4
        QVERIFY(a.queued->promptId != b.queued->promptId);
        QCOMPARE(b.queued->number, a.queued->number + 1);
    }

    void capturedHistories()
    {
        const auto f = readTranscript(QStringLiteral("comfyui/http_f_history_prompt.txt"));
        const Json root = Json::parse(f.responseBody.begin(), f.responseBody.end());
        const QString id = QString::fromStdString(root.begin().key());
        auto ok = ComfyUiClient::parseHistory(f.responseBody, id, QStringLiteral("s"));
        QVERIFY(ok && ok->found);
        QCOMPARE(ok->statusStr, QStringLiteral("success"));
        QCOMPARE(ok->outputs.size(), 1);
        QVERIFY(!ok->end);

        // g2: the error, and the image the other branch had already saved.
        const auto g = readTranscript(QStringLiteral("comfyui/http_g2_history_prompt.txt"));
        const Json groot = Json::parse(g.responseBody.begin(), g.responseBody.end());
        const QString gid = QString::fromStdString(groot.begin().key());
        auto failed = ComfyUiClient::parseHistory(g.responseBody, gid, QStringLiteral("s"));
        QVERIFY(failed && failed->found);
        QCOMPARE(failed->statusStr, QStringLiteral("error"));
        QVERIFY(!failed->completed);
        QVERIFY(failed->end);
        QCOMPARE(failed->end->type, ComfyUiEvent::Type::ExecutionError);
        QCOMPARE(failed->end->nodeType, QStringLiteral("LoadImage"));
        QCOMPARE(failed->outputs.size(), 1);

        // d: interrupted.
        const auto d = readTranscript(QStringLiteral("comfyui/http_d_history_prompt.txt"));
        const Json droot = Json::parse(d.responseBody.begin(), d.responseBody.end());
        auto stopped = ComfyUiClient::parseHistory(
            d.responseBody, QString::fromStdString(droot.begin().key()), QStringLiteral("s"));
        QVERIFY(stopped && stopped->end);
        QCOMPARE(stopped->end->type, ComfyUiEvent::Type::ExecutionInterrupted);

        // e: a deleted prompt is "{}".
        const auto e = readTranscript(QStringLiteral("comfyui/http_e_history_deleted_prompt.txt"));
        auto none = ComfyUiClient::parseHistory(e.responseBody, QStringLiteral("x"), {});
        QVERIFY(none && !none->found);
        QVERIFY(!ComfyUiClient::parseHistory("<html>", QStringLiteral("x"), {}).ok());
    }

    void capturedQueue()
    {
        const auto t = readTranscript(QStringLiteral("comfyui/http_e_queue_while_waiting.txt"));
        auto q = ComfyUiClient::parseQueue(t.responseBody, QStringLiteral("s"));
        QVERIFY(q.ok());
        QCOMPARE(q->running.size(), 1);
        QCOMPARE(q->pending.size(), 2);
        QVERIFY(q->pending.at(0).number < q->pending.at(1).number);
        QVERIFY(!q->running.first().clientId.isEmpty());
        QCOMPARE(q->running.first().outputNodes.size(), 1);
        QVERIFY(q->isPending(q->pending.at(1).promptId));
        QVERIFY(q->isRunning(q->running.first().promptId));
    }

    void queueDeletePending()
    {
        m_fake->setTimeScale(0.2); // ImageBlur ≈ 1 s each
        const Json blur = workflow(QStringLiteral("workflow_d_blur_chain_interrupt.json"));
        auto first = QCoro::waitFor(m_client->submit(blur, QStringLiteral("t")));
        Json other = blur;
        other["1"]["inputs"]["color"] = 1234; // not cached
        auto second = QCoro::waitFor(m_client->submit(other, QStringLiteral("t")));
        QVERIFY(first.queued && second.queued);
        QTRY_VERIFY(QCoro::waitFor(m_client->queue())->isRunning(first.queued->promptId));
        auto q = QCoro::waitFor(m_client->queue());
        QVERIFY(q && q->isPending(second.queued->promptId));
        QVERIFY(QCoro::waitFor(m_client->deleteFromQueue({second.queued->promptId})).ok());
        q = QCoro::waitFor(m_client->queue());
        QVERIFY(q && !q->isPending(second.queued->promptId));
        QCOMPARE(q->pending.size(), 0);
        // Interrupt the running one: it ends as interrupted, the deleted one never runs.
        QVERIFY(QCoro::waitFor(m_client->interrupt(first.queued->promptId)).ok());
        ComfyUiHistoryEntry h;
        QTRY_VERIFY_WITH_TIMEOUT(
            (h = QCoro::waitFor(m_client->history(first.queued->promptId)).value()).found, 10000);
        QVERIFY(h.end);
        QCOMPARE(h.end->type, ComfyUiEvent::Type::ExecutionInterrupted);
        QCOMPARE(m_fake->queueRemaining(), 0);
        auto deleted = QCoro::waitFor(m_client->history(second.queued->promptId));
        QVERIFY(deleted && !deleted->found);
    }

    void statsObjectInfoAndFree()
    {
        auto stats = QCoro::waitFor(m_client->systemStats());
        QVERIFY(stats.ok());
        QVERIFY(stats->at("system").contains("comfyui_version"));
        auto info = QCoro::waitFor(m_client->objectInfo());
        QVERIFY(info.ok());
        QVERIFY(info->contains("SaveImage"));
        QVERIFY(info->at("SaveImage").value("output_node", false));
        QVERIFY(QCoro::waitFor(m_client->free(true, true)).ok());
        QVERIFY(QCoro::waitFor(m_client->interrupt()).ok()); // global, nothing running
    }

    void uploadThenRunAndDownload()
    {
        const QByteArray png = c41::fakes::FakePng::image(40, 30, 7);
        auto stored = QCoro::waitFor(m_client->upload(png, QStringLiteral("fixture_gradient.png")));
        QVERIFY2(stored.ok(), qPrintable(why(stored)));
        QCOMPARE(stored->filename, QStringLiteral("fixture_gradient.png"));
        QCOMPARE(stored->type, QStringLiteral("input"));
        // Same bytes without overwrite: the same name (http_b_upload_image_duplicate_no_overwrite).
        auto again = QCoro::waitFor(m_client->upload(png, QStringLiteral("fixture_gradient.png"),
                                                     QStringLiteral("input"), false));
        QVERIFY(again.ok());
        QCOMPARE(again->filename, QStringLiteral("fixture_gradient.png"));

        const ComfyUiHistoryEntry entry =
            runToEnd(workflow(QStringLiteral("workflow_b_loadimage_scale.json")));
        QVERIFY(entry.found);
        QCOMPARE(entry.outputs.size(), 1);
        QCOMPARE(entry.outputs.first().ref.subfolder, QStringLiteral("fixture_b"));
        QTemporaryDir dir;
        auto saved = QCoro::waitFor(m_client->download(entry.outputs.first().ref, dir.path()));
        QVERIFY2(saved.ok(), qPrintable(why(saved)));
        QVERIFY(saved->startsWith(QDir(dir.path()).canonicalPath() + u"/fixture_b/"));
        const QByteArray bytes = readFile(*saved);
        QVERIFY(c41::fakes::FakePng::isPng(bytes));
        // IHDR: 128 × 96 as ImageScale asked.
        QCOMPARE(qFromBigEndian<quint32>(bytes.constData() + 16), 128u);
        QCOMPARE(qFromBigEndian<quint32>(bytes.constData() + 20), 96u);
        // No temporary file is left behind.
        QCOMPARE(QDir(dir.path() + u"/fixture_b").entryList(QDir::Files).size(), 1);
    }

    void uploadFileFromDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("voice.wav"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("RIFF....WAVEfmt ");
        f.close();
        auto stored = QCoro::waitFor(m_client->uploadFile(path));
        QVERIFY(stored.ok());
        QCOMPARE(stored->filename, QStringLiteral("voice.wav"));
        auto missing = QCoro::waitFor(m_client->uploadFile(dir.filePath(QStringLiteral("no.wav"))));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ApiError::Kind::Config);
    }

    void missingFileIs404AndLeavesNothing()
    {
        QTemporaryDir dir;
        ComfyUiFileRef ref{QStringLiteral("nope_00001_.png"), {}, QStringLiteral("output")};
        auto saved = QCoro::waitFor(m_client->download(ref, dir.path()));
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().httpStatus, 404);
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
    }

    void hostileNamesAreRefused_data()
    {
        QTest::addColumn<QString>("subfolder");
        QTest::addColumn<QString>("filename");
        QTest::newRow("dotdot") << u""_s << u"../../evil.png"_s;
        QTest::newRow("absolute") << u""_s << u"/etc/x"_s;
        QTest::newRow("backslash dotdot") << u""_s << u"a\\..\\b"_s;
        QTest::newRow("dotdot name") << u""_s << u".."_s;
        QTest::newRow("empty") << u""_s << u""_s;
        QTest::newRow("drive") << u""_s << u"C:evil.png"_s;
        QTest::newRow("control") << u""_s << u"a\nb.png"_s;
        QTest::newRow("nul") << u""_s
                             << QString(QStringLiteral("a") + QChar(0) + QStringLiteral(".png"));
        QTest::newRow("sub dotdot") << u"../.."_s << u"x.png"_s;
        QTest::newRow("sub inner dotdot") << u"a/../../b"_s << u"x.png"_s;
        QTest::newRow("sub absolute") << u"/tmp"_s << u"x.png"_s;
        QTest::newRow("sub windows") << u"C:\\Windows"_s << u"x.png"_s;
        QTest::newRow("long") << u""_s << QString(300, u'a');
    }
    void hostileNamesAreRefused()
    {
        QFETCH(QString, subfolder);
        QFETCH(QString, filename);
        auto rel = ComfyUiOutputPaths::relativePath(subfolder, filename, QStringLiteral("s"));
        QVERIFY(!rel.ok());
        QVERIFY(rel.error().message.contains(u"not safe"));
        QTemporaryDir dir;
        ComfyUiFileRef ref{filename, subfolder, QStringLiteral("output")};
        auto saved = QCoro::waitFor(m_client->download(ref, dir.filePath(QStringLiteral("out"))));
        QVERIFY(!saved.ok());
        // Nothing was written anywhere under the temporary folder but the output folder itself.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList());
    }

    void plainNamesAreKept()
    {
        QCOMPARE(ComfyUiOutputPaths::relativePath({}, QStringLiteral("ComfyUI_00001_.png")).value(),
                 QStringLiteral("ComfyUI_00001_.png"));
        QCOMPARE(ComfyUiOutputPaths::relativePath(QStringLiteral("video/wan/"),
                                                  QStringLiteral("clip 1.avi"))
                     .value(),
                 QStringLiteral("video/wan/clip 1.avi"));
    }

    void symlinkOutOfTheFolderIsRefused()
    {
        QTemporaryDir dir;
        QTemporaryDir outside;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("out"))));
        QVERIFY(QFile::link(outside.path(), dir.filePath(QStringLiteral("out/video"))));
        auto target = ComfyUiOutputPaths::resolveInside(dir.filePath(QStringLiteral("out")),
                                                        QStringLiteral("video/x.avi"));
        QVERIFY(!target.ok());
        auto fine = ComfyUiOutputPaths::resolveInside(dir.filePath(QStringLiteral("out")),
                                                      QStringLiteral("images/x.png"));
        QVERIFY(fine.ok());
        QVERIFY(fine->endsWith(u"/out/images/x.png"));
    }

    void refusedServerIsAnError()
    {
        ComfyUiClient dead(&m_nam, QStringLiteral("forge-comfy"),
                           QUrl(QStringLiteral("http://127.0.0.1:1")));
        const ComfyUiSubmitReply reply = QCoro::waitFor(
            dead.submit(workflow(QStringLiteral("workflow_a_invert.json")), QStringLiteral("t")));
        QVERIFY(!reply.queued);
        QCOMPARE(reply.queued.error().kind, ApiError::Kind::Refused);
        QCOMPARE(reply.queued.error().server, QStringLiteral("forge-comfy"));
    }

    void webSocketUrl()
    {
        ComfyUiClient c(&m_nam, QStringLiteral("x"),
                        QUrl(QStringLiteral("https://box:8188/comfy/")));
        QCOMPARE(c.webSocketUrl(QStringLiteral("abc")).toString(),
                 QStringLiteral("wss://box:8188/comfy/ws?clientId=abc"));
    }
};

QTEST_GUILESS_MAIN(TestComfyUiClient)
#include "tst_comfyuiclient.moc"
