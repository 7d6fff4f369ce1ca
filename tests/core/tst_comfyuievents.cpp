// SPDX-License-Identifier: GPL-3.0-or-later
// The ComfyUI WebSocket decoder against every captured frame
// (tests/fixtures/comfyui/ws_*.jsonl) and the binary preview shapes.
#include "backends/comfyui/comfyuievents.h"
#include "fixtures.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QTest>
#include <QtEndian>

using namespace c41::backends;
using c41::testing::readFixture;
using Type = ComfyUiEvent::Type;
using Json = nlohmann::json;

namespace {

QByteArray be32(quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    return QByteArray(b, 4);
}

// The text frames of a capture, as sent on the wire.
QList<QByteArray> textFrames(const QString &file)
{
    QList<QByteArray> frames;
    for (const QByteArray &line : readFixture(QStringLiteral("comfyui/") + file).split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const Json frame = Json::parse(line.toStdString());
        if (!frame.contains("frame")) // the CONSTRUCTED file holds bare messages
            frames << line;
        else if (frame.at("frame") == "text")
            frames << QByteArray::fromStdString(frame.at("msg").dump());
    }
    return frames;
}

QList<ComfyUiEvent> decodeAll(const QString &file)
{
    QList<ComfyUiEvent> events;
    const QList<QByteArray> frames = textFrames(file);
    for (const QByteArray &f : frames) {
        auto e = ComfyUiEvents::decodeText(f, QStringLiteral("forge-comfy"));
        if (!e)
            qWarning() << file << e.error().toString() << f.left(200);
        else
            events << *e;
    }
    return events;
}

const ComfyUiEvent *firstOf(const QList<ComfyUiEvent> &events, Type type)
{
    for (const ComfyUiEvent &e : events) {
        if (e.type == type)
            return &e;
    }
    return nullptr;
}

} // namespace

class TestComfyUiEvents : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyCapturedFrameDecodes()
    {
        const QStringList files = QDir(QStringLiteral(C41_FIXTURES_DIR "/comfyui"))
                                      .entryList({QStringLiteral("ws_*.jsonl")}, QDir::Files);
        QVERIFY(files.size() >= 12);
        int frames = 0;
        for (const QString &file : files) {
            const QList<QByteArray> raw = textFrames(file);
            for (const QByteArray &f : raw) {
                auto e = ComfyUiEvents::decodeText(f);
                QVERIFY2(e.ok(), qPrintable(file + u' ' + QString::fromUtf8(f.left(120))));
                if (!e->typeName.isEmpty() && e->typeName != u"feature_flags" &&
                    !file.contains(u"CONSTRUCTED"))
                    QVERIFY2(e->type != Type::Unknown, qPrintable(e->typeName));
                ++frames;
            }
        }
        QVERIFY(frames > 100);
    }

    void successfulPromptInOrder()
    {
        const QList<ComfyUiEvent> events = decodeAll(QStringLiteral("ws_a_invert.jsonl"));
        QCOMPARE(events.first().type, Type::Status);
        QCOMPARE(events.first().sid, QStringLiteral("fixture-a-7c9ad8c3"));
        QCOMPARE(events.first().queueRemaining, 0);
        const ComfyUiEvent *executed = firstOf(events, Type::Executed);
        QVERIFY(executed);
        QCOMPARE(executed->nodeId, QStringLiteral("3"));
        QVERIFY(executed->output.contains("images"));
        QVERIFY(firstOf(events, Type::ExecutionSuccess));
        const ComfyUiEvent &last = events.last();
        QCOMPARE(last.type, Type::Executing);
        QVERIFY(last.promptFinished);
        QCOMPARE(last.promptId, QStringLiteral("610bdc53-f4c4-4539-a2c7-842a93b5b930"));
        const ComfyUiEvent *state = firstOf(events, Type::ProgressState);
        QVERIFY(state);
        QCOMPARE(state->nodeStates.size(), 1);
        QCOMPARE(state->nodeStates.first().nodeId, QStringLiteral("1"));
        QVERIFY(!state->nodeStates.first().finished);
    }

    void cachedResubmitListsEveryNode()
    {
        const QList<ComfyUiEvent> events = decodeAll(QStringLiteral("ws_a2_cached_resubmit.jsonl"));
        const ComfyUiEvent *cached = firstOf(events, Type::ExecutionCached);
        QVERIFY(cached);
        QCOMPARE(cached->nodes.size(), 3);
        QVERIFY(firstOf(events, Type::Executed)); // cached outputs still announce their files
    }

    void executionErrorNamesTheNode()
    {
        const QList<ComfyUiEvent> events = decodeAll(QStringLiteral("ws_g2_execution_error.jsonl"));
        const ComfyUiEvent *error = firstOf(events, Type::ExecutionError);
        QVERIFY(error);
        QCOMPARE(error->nodeId, QStringLiteral("10"));
        QCOMPARE(error->nodeType, QStringLiteral("LoadImage"));
        QCOMPARE(error->exceptionType, QStringLiteral("PIL.UnidentifiedImageError"));
        QVERIFY(error->exceptionMessage.startsWith(u"cannot identify image file"));
        QVERIFY(!error->exceptionMessage.endsWith(u'\n'));
        QCOMPARE(error->nodes, (QStringList{QStringLiteral("2"), QStringLiteral("1")}));
        QVERIFY(!error->traceback.isEmpty());
    }

    void interruptNamesTheNode()
    {
        const QList<ComfyUiEvent> events = decodeAll(QStringLiteral("ws_d_interrupt.jsonl"));
        const ComfyUiEvent *stop = firstOf(events, Type::ExecutionInterrupted);
        QVERIFY(stop);
        QCOMPARE(stop->nodeId, QStringLiteral("4"));
        QCOMPARE(stop->nodeType, QStringLiteral("ImageBlur"));
        QCOMPARE(stop->nodes.size(), 3);
    }

    void reconnectExecutingHasNoPromptId()
    {
        const QList<ComfyUiEvent> events =
            decodeAll(QStringLiteral("ws_j_reconnect_second_socket.jsonl"));
        QCOMPARE(events.at(1).type, Type::Executing);
        QCOMPARE(events.at(1).nodeId, QStringLiteral("2"));
        QVERIFY(events.at(1).promptId.isEmpty());
        QVERIFY(!events.at(1).promptFinished);
    }

    void progressFrame()
    {
        auto e = ComfyUiEvents::decodeText(QByteArrayLiteral(
            R"({"type": "progress", "data": {"value": 7, "max": 20, "prompt_id": "p", "node": "13"}})"));
        QVERIFY(e.ok());
        QCOMPARE(e->type, Type::Progress);
        QCOMPARE(e->nodeId, QStringLiteral("13"));
        QCOMPARE(int(e->value), 7);
        QCOMPARE(int(e->max), 20);
    }

    void unknownTypeIsIgnoredNotAnError()
    {
        auto e = ComfyUiEvents::decodeText(
            QByteArrayLiteral(R"({"type": "crystools.monitor", "data": {"cpu_utilization": 3}})"));
        QVERIFY(e.ok());
        QCOMPARE(e->type, Type::Unknown);
        QCOMPARE(e->typeName, QStringLiteral("crystools.monitor"));
    }

    void garbageIsAnError_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArrayLiteral("{\"type\": ");
        QTest::newRow("array") << QByteArrayLiteral("[1,2]");
        QTest::newRow("no type") << QByteArrayLiteral("{\"data\": {}}");
        QTest::newRow("type not string") << QByteArrayLiteral("{\"type\": 3, \"data\": {}}");
        QTest::newRow("known type, data not object")
            << QByteArrayLiteral("{\"type\": \"executing\", \"data\": [1]}");
        QTest::newRow("executing without node")
            << QByteArrayLiteral("{\"type\": \"executing\", \"data\": {\"prompt_id\": \"x\"}}");
        QTest::newRow("progress_state without nodes")
            << QByteArrayLiteral("{\"type\": \"progress_state\", \"data\": {}}");
        QTest::newRow("invalid utf-8") << QByteArray("{\"type\": \"st\xff\xfe\"}");
    }
    void garbageIsAnError()
    {
        QFETCH(QByteArray, frame);
        auto e = ComfyUiEvents::decodeText(frame, QStringLiteral("forge-comfy"));
        QVERIFY(!e.ok());
        QCOMPARE(e.error().kind, c41::net::ApiError::Kind::Malformed);
        QCOMPARE(e.error().server, QStringLiteral("forge-comfy"));
    }

    void plainPreviewFrame()
    {
        const QByteArray png("\x89PNG\r\n\x1a\n-rest", 13);
        auto e = ComfyUiEvents::decodeBinary(be32(1) + be32(2) + png);
        QVERIFY(e.ok());
        QCOMPARE(e->type, Type::Preview);
        QCOMPARE(e->imageFormat, ComfyUiEvent::ImageFormat::Png);
        QCOMPARE(e->image, png);
        auto jpeg = ComfyUiEvents::decodeBinary(be32(1) + be32(1) + QByteArray("\xff\xd8\xff", 3));
        QVERIFY(jpeg.ok());
        QCOMPARE(jpeg->imageFormat, ComfyUiEvent::ImageFormat::Jpeg);
        QCOMPARE(ComfyUiEvents::extension(jpeg->imageFormat), QStringLiteral("jpg"));
    }

    void previewWithMetadata()
    {
        const QByteArray meta = R"({"node_id": "13", "prompt_id": "p1", "display_node_id": "13",)"
                                R"( "parent_node_id": null, "real_node_id": "13",)"
                                R"( "image_type": "image/jpeg"})";
        const QByteArray jpeg("\xff\xd8\xff\xe0", 4);
        auto e = ComfyUiEvents::decodeBinary(be32(4) + be32(quint32(meta.size())) + meta + jpeg);
        QVERIFY(e.ok());
        QCOMPARE(e->type, Type::Preview);
        QCOMPARE(e->nodeId, QStringLiteral("13"));
        QCOMPARE(e->promptId, QStringLiteral("p1"));
        QCOMPARE(e->imageFormat, ComfyUiEvent::ImageFormat::Jpeg);
        QCOMPARE(e->image, jpeg);
    }

    void capturedTextFrame()
    {
        // ws_i_observer_A: head 00000003 00000001, node "2", then the text.
        const QByteArray frame = be32(3) + be32(1) + QByteArray("2") +
                                 QByteArray("width: 96, height: 64\n batch size: 2");
        QCOMPARE(frame.size(), 45); // "length": 45 in the capture
        auto e = ComfyUiEvents::decodeBinary(frame);
        QVERIFY(e.ok());
        QCOMPARE(e->type, Type::Text);
        QCOMPARE(e->nodeId, QStringLiteral("2"));
        QCOMPARE(e->text, QStringLiteral("width: 96, height: 64\n batch size: 2"));
    }

    void badBinaryFrames_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("3 bytes") << QByteArray("\0\0\0", 3);
        QTest::newRow("preview without format") << be32(1);
        QTest::newRow("preview without image") << QByteArray(be32(1) + be32(2));
        QTest::newRow("text id overrun") << QByteArray(be32(3) + be32(0xffffffff) + "ab");
        QTest::newRow("metadata overrun") << QByteArray(be32(4) + be32(1000) + "{}");
        QTest::newRow("metadata not json") << QByteArray(be32(4) + be32(3) + "abcIMG");
        QTest::newRow("metadata without image") << QByteArray(be32(4) + be32(2) + "{}");
    }
    void badBinaryFrames()
    {
        QFETCH(QByteArray, frame);
        QVERIFY(!ComfyUiEvents::decodeBinary(frame).ok());
    }

    void unknownBinaryTypeIsIgnored()
    {
        auto e = ComfyUiEvents::decodeBinary(be32(2) + be32(0) + "raw");
        QVERIFY(e.ok());
        QCOMPARE(e->type, Type::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestComfyUiEvents)
#include "tst_comfyuievents.moc"
