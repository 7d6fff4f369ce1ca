// SPDX-License-Identifier: GPL-3.0-or-later
// Contract test: the fake ComfyUI answers the captured requests of a real
// ComfyUI 0.3.64 (tests/fixtures/comfyui) with the same status, content type and
// JSON shape, and runs prompts with the captured WebSocket event order.
#include "fakecomfyui.h"
#include "fakehttpserver.h"
#include "fixtures.h"
#include "jsonshape.h"

#include <nlohmann/json.hpp>

#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QtEndian>

using namespace c41::fakes;
using c41::testing::readFixture;
using c41::testing::readTranscript;
using c41::testing::shapeDifferences;
using c41::testing::Transcript;
using Json = nlohmann::json;

namespace {

struct HttpResult
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QNetworkReply *reply = nullptr; // for headers; owned by the test's manager
};

Json parse(const QByteArray &bytes)
{
    return Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

QByteArray transcriptHeader(const Transcript &t, QByteArrayView name)
{
    for (const auto &[key, value] : t.responseHeaders) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// The captured WebSocket frames of a scenario: text frames as their "type", binary as "binary".
QStringList capturedTypes(const QString &file)
{
    QStringList types;
    for (const QByteArray &line : readFixture(QStringLiteral("comfyui/") + file).split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const Json frame = parse(line);
        if (frame.at("frame") == "text")
            types << QString::fromStdString(frame.at("msg").at("type").get<std::string>());
        else if (frame.at("frame") == "binary")
            types << QStringLiteral("binary");
    }
    return types;
}

QList<Json> capturedMessages(const QString &file)
{
    QList<Json> messages;
    for (const QByteArray &line : readFixture(QStringLiteral("comfyui/") + file).split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const Json frame = parse(line);
        if (frame.at("frame") == "text")
            messages << frame.at("msg");
    }
    return messages;
}

// A /ws client that records every frame.
class WsClient
{
public:
    WsClient()
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &text) {
                             texts << parse(text.toUtf8());
                             types << QString::fromStdString(texts.last().value("type", ""));
                         });
        QObject::connect(&socket, &QWebSocket::binaryMessageReceived, &socket,
                         [this](const QByteArray &data) {
                             binaries << data;
                             types << QStringLiteral("binary");
                         });
    }
    bool open(const QUrl &base, const QString &clientId)
    {
        QUrl url = base;
        url.setScheme(QStringLiteral("ws"));
        url.setPath(QStringLiteral("/ws"));
        if (!clientId.isEmpty())
            url.setQuery(QStringLiteral("clientId=") + clientId);
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(url);
        return connected.wait(5000);
    }
    bool finished(const std::string &promptId) const
    {
        for (const Json &m : texts) {
            if (m.value("type", "") == "executing" && m.at("data").at("node").is_null() &&
                m.at("data").value("prompt_id", "") == promptId)
                return true;
        }
        return false;
    }
    bool executingNode(const std::string &node) const
    {
        for (const Json &m : texts) {
            if (m.value("type", "") == "executing" && m.at("data").at("node") == node)
                return true;
        }
        return false;
    }
    const Json *last(const std::string &type) const
    {
        for (auto it = texts.crbegin(); it != texts.crend(); ++it) {
            if (it->value("type", "") == type)
                return &*it;
        }
        return nullptr;
    }
    int count(const QString &type) const { return int(types.count(type)); }

    QWebSocket socket;
    QList<Json> texts;
    QList<QByteArray> binaries;
    QStringList types;
};

} // namespace

class TestFakeComfyUiContract : public QObject
{
    Q_OBJECT

private:
    HttpResult send(const QByteArray &method, const QString &target, const QByteArray &body = {},
                    const QByteArray &contentType = "application/json")
    {
        QNetworkRequest request(m_fake->url().resolved(QUrl(target)));
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.contentType = reply->rawHeader("Content-Type");
        r.body = reply->readAll();
        r.reply = reply;
        return r;
    }
    HttpResult sendCaptured(const Transcript &t)
    {
        const QList<QByteArray> parts = t.requestLine.split(' ');
        return send(parts.at(0), QString::fromUtf8(parts.at(1)), t.requestBody);
    }
    // Sends the captured request and checks status, content type and body shape.
    // keyedById: the body maps prompt ids to entries (GET /history), so compare
    // entries, not keys.
    void checkAgainstCapture(const QString &file, HttpResult *out = nullptr, bool keyedById = false)
    {
        const Transcript t = readTranscript(QStringLiteral("comfyui/") + file);
        const HttpResult r = sendCaptured(t);
        if (out)
            *out = r;
        QCOMPARE(r.status, t.status);
        QCOMPARE(r.contentType, transcriptHeader(t, "Content-Type"));
        if (transcriptHeader(t, "Content-Type").startsWith("application/json")) {
            const Json captured = parse(t.responseBody);
            const Json actual = parse(r.body);
            QVERIFY2(!actual.is_discarded(), r.body.constData());
            QStringList diff;
            if (keyedById && !captured.empty()) {
                for (auto it = actual.begin(); it != actual.end(); ++it)
                    diff << shapeDifferences(captured.begin().value(), it.value(), "/" + it.key());
            } else {
                diff = shapeDifferences(captured, actual);
            }
            QVERIFY2(diff.isEmpty(), qPrintable(file + u": " + diff.join(u"; ")));
        } else if (!t.responseBody.startsWith("# <binary body")) {
            QCOMPARE(r.body.size(), t.responseBody.trimmed().size());
        }
    }
    // POST /prompt {"prompt": <fixture workflow>, "client_id": …}; returns the prompt id.
    std::string submit(const Json &prompt, const QString &clientId)
    {
        Json body{{"prompt", prompt}};
        if (!clientId.isEmpty())
            body["client_id"] = clientId.toStdString();
        const HttpResult r =
            send("POST", QStringLiteral("/prompt"), QByteArray::fromStdString(body.dump()));
        const Json response = parse(r.body);
        if (r.status != 200 || !response.contains("prompt_id"))
            return {};
        return response.at("prompt_id").get<std::string>();
    }
    static Json workflow(const QString &name)
    {
        return parse(readFixture(QStringLiteral("comfyui/") + name));
    }
    // Same types in the same order, and each message's data shaped like the capture's.
    void compareWithCapture(const WsClient &ws, const QString &file)
    {
        QStringList expected = capturedTypes(file);
        QCOMPARE(ws.types, expected);
        const QList<Json> captured = capturedMessages(file);
        QCOMPARE(ws.texts.size(), captured.size());
        for (qsizetype i = 0; i < captured.size(); ++i) {
            const QStringList diff =
                shapeDifferences(captured.at(i).at("data"), ws.texts.at(i).at("data"));
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("%1 #%2 %3: %4")
                                                    .arg(file)
                                                    .arg(i)
                                                    .arg(ws.types.at(i), diff.join(u"; "))));
        }
    }
    QHttpMultiPart *uploadForm(const QByteArray &filename, const QByteArray &bytes, bool overwrite)
    {
        auto *form = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        const auto field = [form](const QByteArray &name, const QByteArray &value) {
            QHttpPart part;
            part.setHeader(QNetworkRequest::ContentDispositionHeader,
                           QByteArray("form-data; name=\"" + name + '"'));
            part.setBody(value);
            form->append(part);
        };
        field("type", "input");
        if (overwrite)
            field("overwrite", "true");
        QHttpPart image;
        image.setHeader(QNetworkRequest::ContentDispositionHeader,
                        QByteArray("form-data; name=\"image\"; filename=\"" + filename + '"'));
        image.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("image/png"));
        image.setBody(bytes);
        form->append(image);
        return form;
    }
    HttpResult upload(const QByteArray &filename, const QByteArray &bytes, bool overwrite)
    {
        QHttpMultiPart *form = uploadForm(filename, bytes, overwrite);
        QNetworkReply *reply = m_nam.post(
            QNetworkRequest(m_fake->url().resolved(QUrl(QStringLiteral("/upload/image")))), form);
        form->setParent(reply);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->rawHeader("Content-Type"), reply->readAll(), reply};
    }

    QNetworkAccessManager m_nam;
    std::unique_ptr<FakeComfyUi> m_fake;

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<FakeComfyUi>();
        m_fake->setTimeScale(0.001);
        QVERIFY(m_fake->listen());
    }
    void cleanup() { m_fake.reset(); }

    void staticGets_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("sameBytes");
        for (const char *f :
             {"http_queue_idle.txt", "http_history_empty.txt", "http_history_max_items.txt",
              "http_prompt_get.txt", "http_embeddings.txt", "http_extensions.txt",
              "http_models.txt", "http_features.txt", "http_object_info_ImageInvert.txt",
              "http_object_info_unknown_node.txt"})
            QTest::newRow(f) << QString::fromUtf8(f) << true;
        QTest::newRow("system_stats") << QStringLiteral("http_system_stats.txt") << false;
        QTest::newRow("models/checkpoints")
            << QStringLiteral("http_models_checkpoints.txt") << false;
    }
    void staticGets()
    {
        QFETCH(QString, file);
        QFETCH(bool, sameBytes);
        HttpResult r;
        checkAgainstCapture(file, &r);
        if (sameBytes) // Python's json.dumps spacing, key order and all
            QCOMPARE(r.body,
                     readTranscript(QStringLiteral("comfyui/") + file).responseBody.trimmed());
    }

    void everyRouteAlsoUnderApi()
    {
        const HttpResult plain = send("GET", QStringLiteral("/object_info/ImageInvert"));
        const HttpResult api = send("GET", QStringLiteral("/api/object_info/ImageInvert"));
        QCOMPARE(api.status, 200);
        QCOMPARE(api.body, plain.body);
        QCOMPARE(send("GET", QStringLiteral("/api/queue")).status, 200);
        const HttpResult missing = send("GET", QStringLiteral("/no/such/route"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.body, QByteArray("404: Not Found"));
    }

    void systemStatsDescribesTheStudioGpu()
    {
        Json stats = parse(send("GET", QStringLiteral("/api/system_stats")).body);
        const Json &device = stats.at("devices").at(0);
        QCOMPARE(device.at("type").get<std::string>(), "cuda");
        QCOMPARE(device.at("index").get<int>(), 0);
        QCOMPARE(device.at("name").get<std::string>(),
                 "cuda:0 NVIDIA RTX PRO 6000 Blackwell Workstation Edition : cudaMallocAsync");
        QCOMPARE(device.at("vram_total").get<qint64>(), qint64(102641958912));
        QVERIFY(device.at("vram_free").get<qint64>() <= device.at("vram_total").get<qint64>());
        QVERIFY(device.at("torch_vram_free").get<qint64>() <=
                device.at("torch_vram_total").get<qint64>());
        QVERIFY(stats.at("system").at("ram_free").get<qint64>() <
                stats.at("system").at("ram_total").get<qint64>());

        m_fake->setGpu(QStringLiteral("NVIDIA GeForce RTX 5090"), 34190917632);
        stats = parse(send("GET", QStringLiteral("/system_stats")).body);
        QCOMPARE(stats.at("devices").at(0).at("name").get<std::string>(),
                 "cuda:0 NVIDIA GeForce RTX 5090 : cudaMallocAsync");
        QCOMPARE(stats.at("devices").at(0).at("vram_total").get<qint64>(), qint64(34190917632));
    }

    void objectInfoHasCapturedAndStudioNodes()
    {
        const HttpResult r = send("GET", QStringLiteral("/object_info"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("application/json; charset=utf-8"));
        const Json info = parse(r.body);
        const Json used = parse(readFixture(QStringLiteral("comfyui/object_info_used_nodes.json")));
        for (auto it = used.begin(); it != used.end(); ++it) {
            QVERIFY2(info.contains(it.key()), it.key().c_str());
            QCOMPARE(info.at(it.key()).at("input_order"), it.value().at("input_order"));
        }
        // Every class the demo's Flux and Wan templates use, with the classic key set.
        for (const char *file :
             {"comfyui-templates/flux1-dev.json", "comfyui-templates/flux1-schnell.json",
              "comfyui-templates/wan22-t2v-14b.json", "comfyui-templates/wan22-ti2v-5b.json"}) {
            const Json graph = parse(readFixture(QString::fromUtf8(file)));
            for (auto it = graph.begin(); it != graph.end(); ++it) {
                const std::string c = it.value().at("class_type").get<std::string>();
                QVERIFY2(info.contains(c), c.c_str());
                for (const char *key :
                     {"input", "input_order", "output", "output_is_list", "output_name", "name",
                      "display_name", "description", "python_module", "category", "output_node"})
                    QVERIFY2(info.at(c).contains(key), (c + "." + key).c_str());
            }
        }
    }

    void validationErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("sameBytes");
        QTest::newRow("c1 missing input")
            << QStringLiteral("http_c1_missing_required_input.txt") << true;
        QTest::newRow("c2 bad node type") << QStringLiteral("http_c2_bad_node_type.txt") << true;
        QTest::newRow("c3 no output") << QStringLiteral("http_c3_no_output_node.txt") << true;
        QTest::newRow("c4 range and type")
            << QStringLiteral("http_c4_value_out_of_range_and_bad_type.txt") << true;
        QTest::newRow("c5 bad link") << QStringLiteral("http_c5_bad_link_target.txt") << false;
        QTest::newRow("c6 combo") << QStringLiteral("http_c6_combo_value_not_in_list.txt") << true;
        QTest::newRow("c7 no prompt") << QStringLiteral("http_c7_no_prompt_key.txt") << true;
        QTest::newRow("g1 missing image")
            << QStringLiteral("http_g1_loadimage_missing_file.txt") << true;
    }
    void validationErrors()
    {
        QFETCH(QString, file);
        QFETCH(bool, sameBytes);
        WsClient ws;
        QVERIFY(ws.open(m_fake->url(), QStringLiteral("fixture-c-f5854d5f")));
        HttpResult r;
        checkAgainstCapture(file, &r);
        if (sameBytes)
            QCOMPARE(r.body,
                     readTranscript(QStringLiteral("comfyui/") + file).responseBody.trimmed());
        // Rejected prompts produce no WebSocket traffic (ws_c_validation_errors.jsonl).
        QTest::qWait(30);
        QCOMPARE(ws.types, capturedTypes(QStringLiteral("ws_c_validation_errors.jsonl")));
        QCOMPARE(m_fake->queueRemaining(), 0);
    }

    void everyPostConsumesANumber()
    {
        send("POST", QStringLiteral("/prompt"), R"({"client_id": "x"})"); // 400, number 0
        const Json ok = parse(
            send("POST", QStringLiteral("/prompt"),
                 QByteArray::fromStdString(
                     Json{{"prompt", workflow(QStringLiteral("workflow_a_invert.json"))}}.dump()))
                .body);
        QCOMPARE(ok.at("number").get<int>(), 1);
        QVERIFY(ok.at("node_errors").empty());
        // A client-supplied prompt_id is honoured.
        const Json mine =
            parse(send("POST", QStringLiteral("/prompt"),
                       QByteArray::fromStdString(Json{
                           {"prompt", workflow(QStringLiteral("workflow_a_invert.json"))},
                           {"prompt_id",
                            "my-own-id"}}.dump()))
                      .body);
        QCOMPARE(mine.at("prompt_id").get<std::string>(), "my-own-id");
    }

    void runsAPromptLikeTheCapture()
    {
        // Scenario (a): the socket announces feature flags first, as the capture's did.
        WsClient ws;
        QVERIFY(ws.open(m_fake->url(), QStringLiteral("fixture-a-7c9ad8c3")));
        ws.socket.sendTextMessage(QStringLiteral(
            R"({"type": "feature_flags", "data": {"supports_preview_metadata": true}})"));
        QTRY_COMPARE(ws.texts.size(), 2);
        QCOMPARE(ws.texts.at(0).at("data").at("sid").get<std::string>(), "fixture-a-7c9ad8c3");

        HttpResult r;
        checkAgainstCapture(QStringLiteral("http_a_prompt.txt"), &r);
        const std::string id = parse(r.body).at("prompt_id").get<std::string>();
        QTRY_VERIFY(ws.finished(id));
        compareWithCapture(ws, QStringLiteral("ws_a_invert.jsonl"));

        // History and queue afterwards (http_f_history_prompt, http_a_queue_after).
        const Transcript history =
            readTranscript(QStringLiteral("comfyui/http_f_history_prompt.txt"));
        const HttpResult h = send("GET", QStringLiteral("/history/") + QString::fromStdString(id));
        const Json entry = parse(h.body);
        {
            const QStringList diff =
                shapeDifferences(parse(history.responseBody).begin().value(), entry.at(id));
            QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u"; ")));
        }
        QCOMPARE(entry.at(id).at("status").at("status_str").get<std::string>(), "success");
        QCOMPARE(
            entry.at(id).at("outputs").at("3").at("images").at(0).at("filename").get<std::string>(),
            "fixture_a_00001_.png");
        checkAgainstCapture(QStringLiteral("http_a_queue_after.txt"));
        checkAgainstCapture(QStringLiteral("http_f_history_all.txt"), nullptr, true);

        // The output image (http_f_view_output) and a missing one (http_f_view_missing).
        const Transcript view = readTranscript(QStringLiteral("comfyui/http_f_view_output.txt"));
        const HttpResult png = sendCaptured(view);
        QCOMPARE(png.status, 200);
        QCOMPARE(png.contentType, QByteArray("image/png"));
        QCOMPARE(png.body.left(16).toHex(), QByteArray("89504e470d0a1a0a0000000d49484452"));
        QCOMPARE(png.reply->rawHeader("Content-Disposition"),
                 QByteArray("filename=\"fixture_a_00001_.png\""));
        for (const char *header : {"Etag", "Last-Modified", "Accept-Ranges"})
            QVERIFY2(png.reply->hasRawHeader(header), header);
        QCOMPARE(png.body.mid(16, 8).toHex(), QByteArray("0000020000000200")); // 512 × 512
        checkAgainstCapture(QStringLiteral("http_f_view_missing.txt"));

        // Scenario (a2): the same prompt again runs "all cached".
        WsClient again;
        QVERIFY(again.open(m_fake->url(), QStringLiteral("fixture-a2-08177ecc")));
        QTRY_COMPARE(again.texts.size(), 1);
        HttpResult r2;
        checkAgainstCapture(QStringLiteral("http_a2_prompt.txt"), &r2);
        const std::string id2 = parse(r2.body).at("prompt_id").get<std::string>();
        QTRY_VERIFY(again.finished(id2));
        compareWithCapture(again, QStringLiteral("ws_a2_cached_resubmit.jsonl"));
        QCOMPARE(again.last("execution_cached")->at("data").at("nodes"), Json({"1", "2", "3"}));
    }

    void uploadsLikeTheCapture()
    {
        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(130, 'x');
        const Transcript captured =
            readTranscript(QStringLiteral("comfyui/http_b_upload_image.txt"));
        HttpResult r = upload("fixture_gradient.png", png, true);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, transcriptHeader(captured, "Content-Type"));
        QCOMPARE(r.body, captured.responseBody.trimmed());
        // Same name, same bytes, no overwrite: the same name comes back (the capture).
        r = upload("fixture_gradient.png", png, false);
        QCOMPARE(
            r.body,
            readTranscript(QStringLiteral("comfyui/http_b_upload_image_duplicate_no_overwrite.txt"))
                .responseBody.trimmed());
        // Different bytes: ComfyUI picks "name (1).ext".
        r = upload("fixture_gradient.png", png + "changed", false);
        QCOMPARE(parse(r.body).at("name").get<std::string>(), "fixture_gradient (1).png");
        // The file can be viewed back, and LoadImage now offers it.
        const HttpResult view =
            sendCaptured(readTranscript(QStringLiteral("comfyui/http_b_view_input.txt")));
        QCOMPARE(view.status, 200);
        QCOMPARE(view.body, png);
        const Json loadImage = parse(send("GET", QStringLiteral("/object_info/LoadImage")).body);
        const Json files = loadImage.at("LoadImage").at("input").at("required").at("image").at(0);
        QVERIFY(std::find(files.begin(), files.end(), "fixture_gradient.png") != files.end());
        QVERIFY(std::find(files.begin(), files.end(), "fixture_gradient (1).png") != files.end());
    }

    void loadImageWorkflowWritesIntoASubfolder()
    {
        QVERIFY(
            upload("fixture_gradient.png", QByteArray::fromHex("89504e470d0a1a0a"), true).status ==
            200);
        WsClient ws;
        QVERIFY(ws.open(m_fake->url(), QStringLiteral("fixture-b-8a1e2c44")));
        QTRY_COMPARE(ws.texts.size(), 1);
        const std::string id = submit(workflow(QStringLiteral("workflow_b_loadimage_scale.json")),
                                      QStringLiteral("fixture-b-8a1e2c44"));
        QVERIFY(!id.empty());
        QTRY_VERIFY(ws.finished(id));
        QCOMPARE(ws.types, capturedTypes(QStringLiteral("ws_b_loadimage.jsonl")));
        checkAgainstCapture(QStringLiteral("http_b_view_output_subfolder.txt"));
    }

    void executionErrorLikeTheCapture()
    {
        QCOMPARE(upload("fixture_corrupt.png", "this is not a PNG file\n", true).status, 200);
        WsClient ws;
        QVERIFY(ws.open(m_fake->url(), QStringLiteral("fixture-g2-23e35038")));
        QTRY_COMPARE(ws.texts.size(), 1);
        m_fake->failNextPrompt(QStringLiteral("cannot identify image file"), QStringLiteral("10"));
        QSignalSpy finished(m_fake.get(), &FakeComfyUi::promptFinished);
        HttpResult r;
        checkAgainstCapture(QStringLiteral("http_g2_prompt.txt"), &r);
        const std::string id = parse(r.body).at("prompt_id").get<std::string>();
        QTRY_VERIFY(ws.finished(id));
        compareWithCapture(ws, QStringLiteral("ws_g2_execution_error.jsonl"));
        const Json &error = ws.last("execution_error")->at("data");
        QCOMPARE(error.at("node_id").get<std::string>(), "10");
        QCOMPARE(error.at("exception_message").get<std::string>(), "cannot identify image file\n");
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("error"));

        const Transcript history =
            readTranscript(QStringLiteral("comfyui/http_g2_history_prompt.txt"));
        const Json entry =
            parse(send("GET", QStringLiteral("/api/history/") + QString::fromStdString(id)).body);
        {
            const QStringList diff =
                shapeDifferences(parse(history.responseBody).begin().value(), entry.at(id));
            QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u"; ")));
        }
        QCOMPARE(entry.at(id).at("status").at("completed").get<bool>(), false);
        QVERIFY(entry.at(id).at("outputs").contains("2")); // the branch that ran keeps its image
    }

    void interruptStopsAtTheNextNode()
    {
        m_fake->setTimeScale(0.05); // ImageBlur: 4.5 s × 0.05
        WsClient ws;
        QVERIFY(ws.open(m_fake->url(), QStringLiteral("fixture-d-bdfb4c37")));
        QTRY_COMPARE(ws.texts.size(), 1);
        HttpResult r;
        checkAgainstCapture(QStringLiteral("http_d_prompt.txt"), &r);
        const std::string id = parse(r.body).at("prompt_id").get<std::string>();
        QTRY_VERIFY(ws.executingNode("3"));
        const HttpResult stop = send("POST", QStringLiteral("/interrupt"),
                                     QByteArray::fromStdString(Json{{"prompt_id", id}}.dump()));
        const Transcript captured = readTranscript(QStringLiteral("comfyui/http_d_interrupt.txt"));
        QCOMPARE(stop.status, captured.status);
        QCOMPARE(stop.contentType, QByteArray("application/octet-stream"));
        QVERIFY(stop.body.isEmpty());
        QTRY_VERIFY(ws.finished(id));
        compareWithCapture(ws, QStringLiteral("ws_d_interrupt.jsonl"));
        const Json &data = ws.last("execution_interrupted")->at("data");
        QCOMPARE(data.at("node_id").get<std::string>(), "4");

        const Transcript history =
            readTranscript(QStringLiteral("comfyui/http_d_history_prompt.txt"));
        const Json entry =
            parse(send("GET", QStringLiteral("/history/") + QString::fromStdString(id)).body);
        {
            const QStringList diff =
                shapeDifferences(parse(history.responseBody).begin().value(), entry.at(id));
            QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u"; ")));
        }
        QCOMPARE(entry.at(id).at("status").at("status_str").get<std::string>(), "error");
        QCOMPARE(entry.at(id).at("status").at("messages").back().at(0).get<std::string>(),
                 "execution_interrupted");
    }

    void queueHoldsPendingPromptsAndDeletes()
    {
        m_fake->setTimeScale(0.05);
        QSignalSpy finished(m_fake.get(), &FakeComfyUi::promptFinished);
        const std::string first = submit(workflow(QStringLiteral("workflow_e_queued_1.json")),
                                         QStringLiteral("fixture-e-ab2004f2"));
        const std::string second = submit(workflow(QStringLiteral("workflow_e_queued_2.json")),
                                          QStringLiteral("fixture-e-ab2004f2"));
        const std::string third = submit(workflow(QStringLiteral("workflow_e_queued_3.json")),
                                         QStringLiteral("fixture-e-ab2004f2"));
        QTRY_VERIFY(parse(send("GET", QStringLiteral("/queue")).body).at("queue_running").size() ==
                    1);
        HttpResult queue;
        checkAgainstCapture(QStringLiteral("http_e_queue_while_waiting.txt"), &queue);
        const Json q = parse(queue.body);
        QCOMPARE(q.at("queue_running").at(0).at(1).get<std::string>(), first);
        QCOMPARE(q.at("queue_pending").size(), size_t(2));
        checkAgainstCapture(QStringLiteral("http_e_prompt_get_while_waiting.txt"));
        QCOMPARE(parse(send("GET", QStringLiteral("/prompt")).body),
                 Json::parse(R"({"exec_info": {"queue_remaining": 3}})"));

        const HttpResult del = send("POST", QStringLiteral("/queue"),
                                    QByteArray::fromStdString(Json{{"delete", {third}}}.dump()));
        QCOMPARE(del.status, 200);
        QCOMPARE(del.contentType, QByteArray("application/octet-stream"));
        QCOMPARE(parse(send("GET", QStringLiteral("/queue")).body).at("queue_pending").size(),
                 size_t(1));

        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        QCOMPARE(finished.at(0).at(0).toString().toStdString(), first);
        QCOMPARE(finished.at(1).at(0).toString().toStdString(), second);
        // A deleted prompt never runs: its history is {} (http_e_history_deleted_prompt).
        QCOMPARE(send("GET", QStringLiteral("/history/") + QString::fromStdString(third)).body,
                 QByteArray("{}"));
        checkAgainstCapture(QStringLiteral("http_e_queue_idle_after.txt"));
        // GET /history?max_items=1 (http_j_history_max_items_1, another workflow: compare the
        // parts that do not depend on node ids) gives the newest entry.
        const Transcript maxOne =
            readTranscript(QStringLiteral("comfyui/http_j_history_max_items_1.txt"));
        const HttpResult last = sendCaptured(maxOne);
        QCOMPARE(last.status, maxOne.status);
        QCOMPARE(last.contentType, transcriptHeader(maxOne, "Content-Type"));
        const Json newest = parse(last.body);
        QCOMPARE(newest.size(), size_t(1));
        QCOMPARE(newest.begin().key(), second);
        const Json captured = parse(maxOne.responseBody).begin().value();
        for (const char *key : {"prompt", "outputs", "status", "meta"})
            QVERIFY2(newest.begin().value().contains(key), key);
        const QStringList diff =
            shapeDifferences(captured.at("status"), newest.begin().value().at("status"));
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u"; ")));
    }

    void clearEmptiesQueueAndHistory()
    {
        m_fake->setTimeScale(0.05);
        WsClient ws;
        QVERIFY(ws.open(m_fake->url(), QStringLiteral("fixture-e-clear")));
        QTRY_COMPARE(ws.texts.size(), 1);
        QSignalSpy finished(m_fake.get(), &FakeComfyUi::promptFinished);
        for (const char *file :
             {"workflow_e_queued_1.json", "workflow_e_queued_2.json", "workflow_e_queued_3.json"})
            QVERIFY(!submit(workflow(QString::fromUtf8(file)), QStringLiteral("fixture-e-clear"))
                         .empty());
        QTRY_COMPARE(m_fake->queueRemaining(), 3);
        const HttpResult clear = send("POST", QStringLiteral("/api/queue"), R"({"clear": true})");
        QCOMPARE(clear.status, 200);
        QVERIFY(clear.body.isEmpty());
        const Json queue = parse(send("GET", QStringLiteral("/queue")).body);
        QCOMPARE(queue.at("queue_pending").size(), size_t(0));
        QCOMPARE(queue.at("queue_running").size(),
                 size_t(1)); // clearing does not stop the running one
        // The clear was announced to every socket.
        QTRY_VERIFY(
            ws.last("status") &&
            ws.last("status")->at("data").at("status").at("exec_info").at("queue_remaining") == 1);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(parse(send("GET", QStringLiteral("/history")).body).size(), size_t(1));
        QCOMPARE(send("POST", QStringLiteral("/history"), R"({"clear": true})").status, 200);
        QCOMPARE(send("GET", QStringLiteral("/history")).body, QByteArray("{}"));
    }

    void otherClientsSeeOnlyBroadcasts()
    {
        // Scenario (i): A observes, B submits; then a prompt without client_id.
        WsClient a, b;
        QVERIFY(a.open(m_fake->url(), QStringLiteral("fixture-observerA-1")));
        QVERIFY(b.open(m_fake->url(), QStringLiteral("fixture-submitterB-8bed83ce")));
        QTRY_VERIFY(a.texts.size() == 1 && b.texts.size() == 1);
        HttpResult r;
        checkAgainstCapture(QStringLiteral("http_i_prompt_clientB.txt"), &r);
        const std::string idB = parse(r.body).at("prompt_id").get<std::string>();
        QTRY_VERIFY(b.finished(idB));
        QSignalSpy finished(m_fake.get(), &FakeComfyUi::promptFinished);
        checkAgainstCapture(QStringLiteral("http_i_prompt_no_client_id.txt"));
        QTRY_COMPARE(finished.count(), 1);
        QTest::qWait(20);

        QCOMPARE(b.types, capturedTypes(QStringLiteral("ws_i_submitter_B.jsonl")));
        QCOMPARE(a.types, capturedTypes(QStringLiteral("ws_i_observer_A.jsonl")));
        // GetImageSize's TEXT frame: u32 3, u32 node-id length, node id, text.
        QCOMPARE(a.binaries.at(0).left(8).toHex(), QByteArray("0000000300000001"));
        QCOMPARE(a.binaries.at(0).mid(8), QByteArray("2width: 96, height: 64\n batch size: 2"));
        const Json history = parse(send("GET", QStringLiteral("/history")).body);
        QCOMPARE(history.size(), size_t(2));
        const Json preview = history.at(idB).at("outputs").at("4").at("images");
        QCOMPARE(preview.size(), size_t(2)); // batch_size 2
        QCOMPARE(preview.at(0).at("type").get<std::string>(), "temp");
        QVERIFY(preview.at(0).at("filename").get<std::string>().rfind("ComfyUI_temp_", 0) == 0);
    }

    void reconnectingClientLearnsTheCurrentNode()
    {
        m_fake->setTimeScale(0.1);
        auto first = std::make_unique<WsClient>();
        QVERIFY(first->open(m_fake->url(), QStringLiteral("fixture-j-44cf3f88")));
        QTRY_COMPARE(first->texts.size(), 1);
        const std::string id =
            submit(workflow(QStringLiteral("workflow_j_blur_chain_reconnect.json")),
                   QStringLiteral("fixture-j-44cf3f88"));
        QTRY_VERIFY(first->executingNode("2"));
        first->socket.close();
        QTRY_COMPARE(first->types,
                     capturedTypes(QStringLiteral("ws_j_reconnect_first_socket.jsonl")));

        WsClient second;
        QVERIFY(second.open(m_fake->url(), QStringLiteral("fixture-j-44cf3f88")));
        QTRY_VERIFY(second.texts.size() >= 2);
        QCOMPARE(second.texts.at(1),
                 Json::parse(R"({"type": "executing", "data": {"node": "2"}})"));
        QTRY_VERIFY(second.executingNode("3"));
        const HttpResult stop = sendCaptured(
            readTranscript(QStringLiteral("comfyui/http_j_interrupt_global_no_body.txt")));
        QCOMPARE(stop.status, 200);
        QTRY_VERIFY(second.finished(id));
        QCOMPARE(second.types, capturedTypes(QStringLiteral("ws_j_reconnect_second_socket.jsonl")));

        // POST /history {"delete": [id]} (http_j_history_delete) removes it.
        const HttpResult del = send("POST", QStringLiteral("/history"),
                                    QByteArray::fromStdString(Json{{"delete", {id}}}.dump()));
        QCOMPARE(del.status, 200);
        QCOMPARE(del.contentType, QByteArray("application/octet-stream"));
        QCOMPARE(send("GET", QStringLiteral("/history/") + QString::fromStdString(id)).body,
                 QByteArray("{}"));
    }

    void samplerSendsProgressAndPreviews()
    {
        WsClient plain, withMetadata;
        QVERIFY(plain.open(m_fake->url(), QStringLiteral("studio-plain")));
        QVERIFY(withMetadata.open(m_fake->url(), QStringLiteral("studio-metadata")));
        withMetadata.socket.sendTextMessage(QStringLiteral(
            R"({"type": "feature_flags", "data": {"supports_preview_metadata": true}})"));
        QTRY_COMPARE(withMetadata.texts.size(), 2);

        QSignalSpy load(m_fake.get(), &FakeComfyUi::gpuLoadChanged);
        const Json flux =
            parse(readFixture(QStringLiteral("comfyui-templates/flux1-schnell.json")));
        const std::string id = submit(flux, QStringLiteral("studio-plain"));
        QVERIFY(!id.empty());
        QTRY_VERIFY(plain.finished(id));
        // Schnell: 4 steps of SamplerCustomAdvanced (node 13), each a progress message…
        QCOMPARE(plain.count(QStringLiteral("progress")), 4);
        int step = 0;
        for (const Json &m : plain.texts) {
            if (m.at("type") != "progress")
                continue;
            ++step;
            QVERIFY(shapeDifferences(
                        parse(readFixture(QStringLiteral("comfyui/ws_messages_CONSTRUCTED.jsonl"))
                                  .split('\n')
                                  .at(3))
                            .at("data"),
                        m.at("data"))
                        .isEmpty());
            QCOMPARE(m.at("data").at("value").get<int>(), step);
            QCOMPARE(m.at("data").at("max").get<int>(), 4);
            QCOMPARE(m.at("data").at("node").get<std::string>(), "13");
        }
        // …and a preview: u32 1 (PREVIEW_IMAGE), u32 2 (PNG), PNG bytes.
        QCOMPARE(plain.binaries.size(), 4);
        for (const QByteArray &frame : std::as_const(plain.binaries)) {
            QCOMPARE(frame.left(8).toHex(), QByteArray("0000000100000002"));
            QCOMPARE(frame.mid(8, 8).toHex(), QByteArray("89504e470d0a1a0a"));
        }
        // The other client gets no events of this prompt, previews included.
        QCOMPARE(withMetadata.binaries.size(), 0);
        QCOMPARE(withMetadata.count(QStringLiteral("progress")), 0);
        const Json executed = plain.last("executed")->at("data");
        QCOMPARE(executed.at("node").get<std::string>(), "9");
        const std::string file =
            executed.at("output").at("images").at(0).at("filename").get<std::string>();
        QCOMPARE(file, "flux1-schnell_00001_.png");
        const HttpResult png =
            send("GET", QStringLiteral("/view?filename=%1&type=output&subfolder=")
                            .arg(QString::fromStdString(file)));
        QCOMPARE(png.status, 200);
        QCOMPARE(png.body.mid(16, 8).toHex(), QByteArray("0000040000000400")); // 1024 × 1024
        bool sampled = false;
        for (const auto &args : std::as_const(load))
            sampled = sampled || args.at(0).toDouble() > 0.9;
        QVERIFY(sampled);

        // Type 4 previews for a client that announced supports_preview_metadata.
        const Json schnell2 = [&] {
            Json g = flux;
            g["25"]["inputs"]["noise_seed"] = 42;
            return g;
        }();
        const std::string id2 = submit(schnell2, QStringLiteral("studio-metadata"));
        QTRY_VERIFY(withMetadata.finished(id2));
        QCOMPARE(withMetadata.binaries.size(), 4);
        const QByteArray frame = withMetadata.binaries.first();
        QCOMPARE(frame.left(4).toHex(), QByteArray("00000004"));
        const quint32 length = qFromBigEndian<quint32>(frame.constData() + 4);
        const Json metadata = parse(frame.mid(8, length));
        QCOMPARE(metadata.at("node_id").get<std::string>(), "13");
        QCOMPARE(metadata.at("prompt_id").get<std::string>(), id2);
        QCOMPARE(metadata.at("image_type").get<std::string>(), "image/png");
        QCOMPARE(frame.mid(8 + length, 8).toHex(), QByteArray("89504e470d0a1a0a"));
    }

    void freeReleasesVram()
    {
        QSignalSpy finished(m_fake.get(), &FakeComfyUi::promptFinished);
        const std::string id =
            submit(parse(readFixture(QStringLiteral("comfyui-templates/flux1-schnell.json"))), {});
        QTRY_COMPARE(finished.count(), 1);
        const auto device = [this] {
            return parse(send("GET", QStringLiteral("/system_stats")).body).at("devices").at(0);
        };
        const Json busy = device();
        QVERIFY(busy.at("torch_vram_total").get<qint64>() > qint64(20e9)); // Flux is loaded
        QVERIFY(busy.at("vram_free").get<qint64>() <
                busy.at("vram_total").get<qint64>() - qint64(20e9));
        HttpResult r;
        checkAgainstCapture(QStringLiteral("http_j_free.txt"), &r);
        QVERIFY(r.body.isEmpty());
        const Json freed = device();
        QVERIFY(freed.at("vram_free").get<qint64>() >
                busy.at("vram_free").get<qint64>() + qint64(20e9));
        QCOMPARE(freed.at("torch_vram_total").get<qint64>(), qint64(0));
        QCOMPARE(QString::fromStdString(id).size(), qsizetype(36)); // a uuid4
    }

    void demoActivityKeepsTheGpuBusy()
    {
        WsClient observer;
        QVERIFY(observer.open(m_fake->url(), QStringLiteral("c41-demo-window")));
        QSignalSpy queued(m_fake.get(), &FakeComfyUi::promptQueued);
        QSignalSpy finished(m_fake.get(), &FakeComfyUi::promptFinished);
        m_fake->setDemoActivity(true);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 2, 15000);
        m_fake->setDemoActivity(false);
        QVERIFY(queued.count() >= 2);
        QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("success"));
        // Demo jobs carry no client_id, so every window sees their progress.
        QVERIFY(observer.count(QStringLiteral("progress")) > 0);
        QVERIFY(observer.count(QStringLiteral("progress_state")) > 0);
        QCOMPARE(observer.count(QStringLiteral("execution_start")), 0);
        const Json history = parse(send("GET", QStringLiteral("/history")).body);
        QVERIFY(history.size() >= 2);
        const Json entry = history.begin().value();
        QCOMPARE(entry.at("status").at("status_str").get<std::string>(), "success");
        QVERIFY(entry.at("prompt").at(3).empty()); // extra_data without client_id
    }
};

QTEST_GUILESS_MAIN(TestFakeComfyUiContract)
#include "tst_fakecomfyui_contract.moc"
