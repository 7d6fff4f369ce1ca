// SPDX-License-Identifier: GPL-3.0-or-later
// The one HTTP stack: every error kind a user can meet, auth, caps, retries, streams.
#include "fakehttpserver.h"
#include "fixtures.h"
#include "net/httpclient.h"
#include "net/jsonbody.h"

#include <QNetworkAccessManager>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <qcorotask.h>

#include <memory>

using namespace c41::net;
using c41::fakes::FakeHttpServer;
using c41::fakes::FakeRequest;
using c41::fakes::FakeResponse;

class TestHttpClient : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    HttpClient client(const QUrl &base) { return {&m_nam, QStringLiteral("forge-comfy"), base}; }
    static RequestOptions quick()
    {
        RequestOptions o;
        o.totalTimeout = 3s;
        o.inactivityTimeout = 2s;
        o.maxRetries = 0;
        return o;
    }
    Result<HttpResponse> get(HttpClient &c, const QString &path, RequestOptions o = quick())
    {
        HttpRequest r = HttpRequest::get(path);
        r.options = o;
        return QCoro::waitFor(c.send(r));
    }

    // A server that answers every connection with the given bytes, written in pieces
    // (split inside lines and chunk sizes), then closes or keeps the connection open.
    struct RawServer
    {
        QTcpServer server;
        QByteArray request; // the last request head and body as sent
        RawServer(QList<QByteArray> pieces, bool closeAfter)
        {
            server.listen(QHostAddress::LocalHost);
            QObject::connect(&server, &QTcpServer::newConnection, &server, [=, this] {
                QTcpSocket *socket = server.nextPendingConnection();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [=, this] {
                    request += socket->readAll();
                    if (!request.contains("\r\n\r\n") || socket->property("answered").toBool())
                        return;
                    socket->setProperty("answered", true);
                    int delay = 0;
                    for (const QByteArray &piece : pieces) {
                        QTimer::singleShot(delay += 5, socket, [socket, piece] {
                            socket->write(piece);
                            socket->flush();
                        });
                    }
                    if (closeAfter)
                        QTimer::singleShot(delay + 20, socket, [socket] { socket->close(); });
                });
            });
        }
        QUrl url() const
        {
            return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
        }
    };

    Result<int> streamFrom(const QUrl &url, QByteArray *body)
    {
        auto c = client(url);
        HttpRequest req = HttpRequest::postJson(QStringLiteral("/v1/chat/completions"), "{}");
        req.options = quick();
        return QCoro::waitFor(c.stream(req, [body](const QByteArray &chunk) {
            *body += chunk;
            return true;
        }));
    }

private Q_SLOTS:
    void streamReadsChunkedBodiesSplitAnywhere()
    {
        // A 100 Continue first, chunk extensions, a trailer, and pieces cut mid-line.
        RawServer raw({"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Enc",
                       "oding: chunked\r\nContent-Type: text/event-stream\r\n\r\n0",
                       "d;note=x\r\ndata: hello\n\n\r", "\n5\r\nworld\r\n0\r\nX-T: 1\r\n\r\n"},
                      false); // kept open: the last chunk ends the reply, not the close
        QByteArray body;
        const auto r = streamFrom(raw.url(), &body);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(*r, 200);
        QCOMPARE(body, QByteArray("data: hello\n\nworld"));
        QVERIFY(raw.request.startsWith("POST /v1/chat/completions HTTP/1.1\r\n"));
        QVERIFY(raw.request.contains("\r\nContent-Length: 2\r\n"));
        QVERIFY(raw.request.endsWith("\r\n\r\n{}"));
    }

    void streamWithLengthOrCloseFraming()
    {
        RawServer sized({"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab", "cde"}, false);
        QByteArray body;
        auto r = streamFrom(sized.url(), &body);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(body, QByteArray("abcde"));
        RawServer closing({"HTTP/1.0 200 OK\r\n\r\nuntil ", "the end"}, true);
        body.clear();
        r = streamFrom(closing.url(), &body);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(body, QByteArray("until the end"));
    }

    void streamCutShortSaysSo()
    {
        RawServer raw({"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel"}, true);
        QByteArray body;
        const auto r = streamFrom(raw.url(), &body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Network);
        QVERIFY2(r.error().message.contains(QStringLiteral("before the reply was complete")),
                 qPrintable(r.error().message));
        QCOMPARE(r.error().server, QStringLiteral("forge-comfy"));
    }

    void streamGarbageIsNotHttp()
    {
        RawServer raw({"SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n"}, true);
        QByteArray body;
        const auto r = streamFrom(raw.url(), &body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Malformed);
        QVERIFY2(r.error().message.contains(QStringLiteral("not valid HTTP")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().hint.contains(QStringLiteral("port")));
        QVERIFY(body.isEmpty());
    }

    void streamRedirectIsExplained()
    {
        RawServer raw({"HTTP/1.1 308 Permanent Redirect\r\nLocation: https://llm.example/v1/chat/"
                       "completions\r\nContent-Length: 0\r\n\r\n"},
                      false);
        QByteArray body;
        const auto r = streamFrom(raw.url(), &body);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("https://llm.example/")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().hint.contains(QStringLiteral("URL")));
    }

    void streamRefusedNamesTheAddress()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QByteArray body;
        const auto r = streamFrom(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), &body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Refused);
        QVERIFY(r.error().message.contains(QString::number(port)));
    }

    void successReturnsBodyAndHeaders()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.route("GET", QStringLiteral("/api/version"), [](const FakeRequest &) {
            return FakeResponse::json(R"({"version":"0.24.0"})");
        });
        auto c = client(server.url());
        const auto r = get(c, QStringLiteral("/api/version"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->status, 200);
        QCOMPARE(r->body, QByteArray(R"({"version":"0.24.0"})"));
        QVERIFY(r->contentType.startsWith("application/json"));
        QCOMPARE(r->header("content-length"), QByteArray("20"));
    }

    void resolvesPathsAgainstBaseWithPath()
    {
        QNetworkAccessManager nam;
        HttpClient c(&nam, QStringLiteral("x"), QUrl(QStringLiteral("http://h:9835/metrics")));
        QCOMPARE(c.resolve(QString()).toString(), QStringLiteral("http://h:9835/metrics"));
        HttpClient d(&nam, QStringLiteral("y"), QUrl(QStringLiteral("http://h:8188/")));
        QCOMPARE(d.resolve(QStringLiteral("/view?filename=a b.png&type=output")).toString(),
                 QStringLiteral("http://h:8188/view?filename=a b.png&type=output"));
    }

    void sendsBearerAndApiKeyButNeverBoth()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.route("GET", QStringLiteral("/props"),
                     [](const FakeRequest &) { return FakeResponse::json("{}"); });
        auto c = client(server.url());
        c.setAuth({Auth::Scheme::Bearer, QStringLiteral("secret123")});
        QVERIFY(get(c, QStringLiteral("/props")).ok());
        QCOMPARE(server.recentRequests().last().header("Authorization"),
                 QByteArray("Bearer secret123"));
        QVERIFY(server.recentRequests().last().header("X-Api-Key").isEmpty());
        c.setAuth({Auth::Scheme::ApiKey, QStringLiteral("secret123")});
        QVERIFY(get(c, QStringLiteral("/props")).ok());
        QCOMPARE(server.recentRequests().last().header("X-Api-Key"), QByteArray("secret123"));
        QVERIFY(server.recentRequests().last().header("Authorization").isEmpty());
    }

    void refusedNamesServerAndPort()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        auto c = client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        const auto r = get(c, QStringLiteral("/"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Refused);
        QVERIFY(r.error().toString().startsWith(QStringLiteral("forge-comfy: ")));
        QVERIFY(r.error().toString().contains(QString::number(port)));
        QVERIFY(!r.error().hint.isEmpty());
    }

    void unknownHostIsDns()
    {
        auto c = client(QUrl(QStringLiteral("http://no-such-box.invalid:11434")));
        const auto r = get(c, QStringLiteral("/api/version"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Dns);
        QVERIFY(r.error().message.contains(QStringLiteral("no-such-box.invalid")));
    }

    void tlsToPlainServerIsTls()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost));
        connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
            QTcpSocket *s = plain.nextPendingConnection();
            s->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            s->disconnectFromHost();
        });
        // A manager of its own, destroyed here: its HTTP thread, the only one
        // that touched OpenSSL, is joined now rather than racing OpenSSL's
        // clean-up at process exit.
        auto nam = std::make_unique<QNetworkAccessManager>();
        {
            HttpClient c(nam.get(), QStringLiteral("forge-comfy"),
                         QUrl(QStringLiteral("https://127.0.0.1:%1").arg(plain.serverPort())));
            const auto r = get(c, QStringLiteral("/"));
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind, ApiError::Kind::Tls);
        }
        nam.reset();
    }

    void streamTlsToPlainServerIsTls()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        // The server answers the TLS hello in plain HTTP, as a plain port does.
        RawServer plain({"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"}, true);
        QObject::connect(&plain.server, &QTcpServer::newConnection, &plain.server, [&plain] {
            for (QTcpSocket *s : plain.server.findChildren<QTcpSocket *>())
                s->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        });
        QUrl url = plain.url();
        url.setScheme(QStringLiteral("https"));
        QByteArray body;
        const auto r = streamFrom(url, &body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Tls);
        QVERIFY(r.error().hint.contains(QStringLiteral("http://")));
    }

    void totalTimeoutWhenServerNeverAnswers()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setGlobalFault(FakeResponse::Fault::StallBeforeHeaders);
        auto c = client(server.url());
        RequestOptions o = quick();
        o.totalTimeout = 300ms;
        o.inactivityTimeout = 0ms;
        const auto r = get(c, QStringLiteral("/system_stats"), o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Timeout);
        QVERIFY(r.error().message.contains(QStringLiteral("0.3 s")));
    }

    void inactivityTimeoutOnStalledBody()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setGlobalFault(FakeResponse::Fault::Stall); // headers, then silence
        auto c = client(server.url());
        RequestOptions o = quick();
        o.totalTimeout = 0ms;
        o.inactivityTimeout = 250ms;
        const auto r = get(c, QStringLiteral("/"), o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Timeout);
        QVERIFY(r.error().message.contains(QStringLiteral("sent nothing")));
    }

    void httpErrorCarriesServerMessage_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("expected");
        QTest::newRow("llama.cpp nested")
            << QStringLiteral("llamacpp/apikey_missing.txt") << QStringLiteral("Invalid API Key");
        QTest::newRow("llama.cpp context") << QStringLiteral("llamacpp/chat_context_exceeded.txt")
                                           << QStringLiteral("exceeds the available context size");
        QTest::newRow("ollama string") << QStringLiteral("ollama/chat_unknown_model.txt")
                                       << QStringLiteral("model 'no-such-model' not found");
        QTest::newRow("ollama /v1 nested")
            << QStringLiteral("ollama/v1_chat_completions_unknown_model.txt")
            << QStringLiteral("not found");
        QTest::newRow("ollama plain text 404")
            << QStringLiteral("ollama/unknown_path.txt") << QStringLiteral("404 page not found");
        QTest::newRow("comfyui with details") << QStringLiteral("comfyui/http_c2_bad_node_type.txt")
                                              << QStringLiteral("NoSuchNodeType does not exist. "
                                                                "(Node ID '#2')");
    }
    void httpErrorCarriesServerMessage()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, expected);
        const auto t = c41::testing::readTranscript(fixture);
        QVERIFY(t.status >= 400);
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.route("*", QStringLiteral("/x"), [&t](const FakeRequest &) {
            return FakeResponse::json(t.responseBody, t.status);
        });
        auto c = client(server.url());
        const auto r = get(c, QStringLiteral("/x"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Http);
        QCOMPARE(r.error().httpStatus, t.status);
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
        QVERIFY(r.error().toString().contains(QStringLiteral("HTTP %1").arg(t.status)));
    }

    void httpErrorShapesWithoutCaptures_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("vLLM nested")
            << QByteArray(
                   R"({"error":{"message":"The model `x` does not exist.","type":"NotFoundError","param":null,"code":404}})")
            << QStringLiteral("The model `x` does not exist.");
        QTest::newRow("vLLM flat")
            << QByteArray(
                   R"({"object":"error","message":"max_tokens too large","type":"BadRequestError","param":null,"code":400})")
            << QStringLiteral("max_tokens too large");
        QTest::newRow("mlx string")
            << QByteArray(R"({"error": "Model not found"})") << QStringLiteral("Model not found");
        QTest::newRow("fastapi detail") << QByteArray(R"({"detail":"Voice 'zz' not found"})")
                                        << QStringLiteral("Voice 'zz' not found");
        QTest::newRow("fastapi list")
            << QByteArray(
                   R"({"detail":[{"loc":["body","input"],"msg":"field required","type":"value_error.missing"}]})")
            << QStringLiteral("field required");
        QTest::newRow("html page")
            << QByteArray("<html><body>Bad gateway</body></html>")
            << QStringLiteral("Bad Request"); // falls back to the reason phrase
    }
    void httpErrorShapesWithoutCaptures()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.route("*", QStringLiteral("/x"),
                     [&body](const FakeRequest &) { return FakeResponse::json(body, 400); });
        auto c = client(server.url());
        const auto r = get(c, QStringLiteral("/x"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, expected);
    }

    void garbageIsMalformed()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setGlobalFault(FakeResponse::Fault::Garbage);
        auto c = client(server.url());
        const auto r = get(c, QStringLiteral("/"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().kind == ApiError::Kind::Malformed ||
                     r.error().kind == ApiError::Kind::Network,
                 qPrintable(r.error().toString()));
    }

    void invalidJsonAndInvalidUtf8AreMalformed()
    {
        const auto truncated =
            parseJson(R"({"models":[{"name":"gpt-oss:120b")", QStringLiteral("brain-ollama"),
                      QStringLiteral("the model list"));
        QVERIFY(!truncated.ok());
        QCOMPARE(truncated.error().kind, ApiError::Kind::Malformed);
        QVERIFY(truncated.error().toString().startsWith(
            QStringLiteral("brain-ollama: sent the model list")));
        const auto badUtf8 =
            parseJson("{\"name\":\"\xff\xfe\"}", QStringLiteral("s"), QStringLiteral("x"));
        QVERIFY(!badUtf8.ok());
        QCOMPARE(badUtf8.error().kind, ApiError::Kind::Malformed);
        const auto empty = parseJson("", QStringLiteral("s"), QStringLiteral("x"));
        QVERIFY(empty.error().message.contains(QStringLiteral("empty")));
    }

    void oversizeBodyIsTooLarge()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.route("GET", QStringLiteral("/big"), [](const FakeRequest &) {
            return FakeResponse::text(QByteArray(2 * 1024 * 1024, 'x'));
        });
        server.route("GET", QStringLiteral("/bigstream"), [](const FakeRequest &) {
            QList<FakeResponse::Chunk> chunks;
            for (int i = 0; i < 40; ++i)
                chunks.append({0, QByteArray(64 * 1024, 'y')});
            return FakeResponse::stream("text/plain", chunks);
        });
        auto c = client(server.url());
        RequestOptions o = quick();
        o.maxResponseBytes = 1024 * 1024;
        for (const QString &path : {QStringLiteral("/big"), QStringLiteral("/bigstream")}) {
            const auto r = get(c, path, o);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind, ApiError::Kind::TooLarge);
            QVERIFY(r.error().message.contains(QStringLiteral("1.0 MiB")));
        }
    }

    void closeMidBodyIsNetworkError()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.route("GET", QStringLiteral("/api/tags"), [](const FakeRequest &) {
            FakeResponse r = FakeResponse::json(QByteArray(4000, ' ') + "{}");
            r.fault = FakeResponse::Fault::CloseMidBody;
            return r;
        });
        auto c = client(server.url());
        const auto r = get(c, QStringLiteral("/api/tags"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Network);
        QVERIFY(r.error().message.contains(QStringLiteral("closed the connection")));
    }

    void cancelStopsAStalledRequest()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setGlobalFault(FakeResponse::Fault::StallBeforeHeaders);
        auto c = client(server.url());
        CancelToken token;
        QTimer::singleShot(100, [token]() mutable { token.cancel(); });
        HttpRequest req = HttpRequest::get(QStringLiteral("/"));
        req.options = quick();
        const auto r = QCoro::waitFor(c.send(req, token));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Cancelled);
    }

    void retriesIdempotentRequestsOnly()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        int calls = 0;
        const auto flaky = [&calls](const FakeRequest &) {
            ++calls;
            if (calls % 3 != 0)
                return FakeResponse::json(
                    R"({"error":{"message":"Loading model","type":"unavailable_error","code":503}})",
                    503);
            return FakeResponse::json(R"({"status":"ok"})");
        };
        server.route("*", QStringLiteral("/health"), flaky);
        auto c = client(server.url());
        RequestOptions o = quick();
        o.maxRetries = 2;
        o.retryBaseDelay = 10ms;
        const auto r = get(c, QStringLiteral("/health"), o);
        QVERIFY(r.ok());
        QCOMPARE(calls, 3);

        calls = 0;
        HttpRequest post = HttpRequest::postJson(QStringLiteral("/health"), "{}");
        post.options = o;
        const auto p = QCoro::waitFor(c.send(post));
        QVERIFY(!p.ok());
        QCOMPARE(p.error().httpStatus, 503);
        QCOMPARE(calls, 1); // a POST is never sent twice
        QVERIFY(p.error().toString().contains(QStringLiteral("Loading model")));
    }

    void streamDeliversChunksAsTheyArrive()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.route("POST", QStringLiteral("/api/chat"), [](const FakeRequest &) {
            return FakeResponse::stream(
                "application/x-ndjson",
                {{0, "{\"a\":1}\n"}, {30, "{\"a\":2}\n"}, {30, "{\"a\":3}\n"}});
        });
        auto c = client(server.url());
        HttpRequest req = HttpRequest::postJson(QStringLiteral("/api/chat"), "{}");
        req.options = quick();
        QByteArray all;
        int pieces = 0;
        const auto r = QCoro::waitFor(c.stream(req, [&](const QByteArray &chunk) {
            all += chunk;
            ++pieces;
            return true;
        }));
        QVERIFY(r.ok());
        QCOMPARE(*r, 200);
        QCOMPARE(all, QByteArray("{\"a\":1}\n{\"a\":2}\n{\"a\":3}\n"));
        QVERIFY(pieces >= 2); // not buffered until the end
    }

    void streamStopFromSinkClosesConnection()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.route("POST", QStringLiteral("/v1/chat/completions"), [](const FakeRequest &) {
            QList<FakeResponse::Chunk> chunks;
            for (int i = 0; i < 50; ++i)
                chunks.append({20, "data: {\"n\":" + QByteArray::number(i) + "}\n\n"});
            return FakeResponse::stream("text/event-stream", chunks);
        });
        auto c = client(server.url());
        HttpRequest req = HttpRequest::postJson(QStringLiteral("/v1/chat/completions"), "{}");
        req.options = quick();
        int seen = 0;
        const auto r =
            QCoro::waitFor(c.stream(req, [&](const QByteArray &) { return ++seen < 3; }));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Cancelled);
        QTRY_COMPARE(server.abortedStreams(), 1); // the server saw the client go
    }

    void streamHttpErrorIsReadable()
    {
        const auto t =
            c41::testing::readTranscript(QStringLiteral("llamacpp/apikey_missing_stream.txt"));
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.route("POST", QStringLiteral("/v1/chat/completions"), [&t](const FakeRequest &) {
            return FakeResponse::json(t.responseBody, t.status);
        });
        auto c = client(server.url());
        HttpRequest req = HttpRequest::postJson(QStringLiteral("/v1/chat/completions"), "{}");
        req.options = quick();
        bool sinkCalled = false;
        const auto r =
            QCoro::waitFor(c.stream(req, [&](const QByteArray &) { return sinkCalled = true; }));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, 401);
        QCOMPARE(r.error().message, QStringLiteral("Invalid API Key"));
        QVERIFY(!sinkCalled); // an error body is never fed to the SSE decoder
        QVERIFY(r.error().hint.contains(QStringLiteral("API key")));
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
