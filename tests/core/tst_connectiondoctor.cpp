// SPDX-License-Identifier: GPL-3.0-or-later
// The connection doctor: per endpoint phase times from libcurl and a diagnosis a
// user can act on, for every way a server can be unreachable.
#include "diagnostics/connectiondoctor.h"
#include "fakecomfyui.h"
#include "fakehttpserver.h"
#include "fakeollama.h"
#include "fakeopenaiserver.h"
#include "fixtures.h"
#include "studio/memorysecretstore.h"

#include <QElapsedTimer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <qcorotask.h>

using namespace std::chrono_literals;
using c41::diagnostics::ConnectionDoctor;
using c41::diagnostics::EndpointCheck;
using c41::diagnostics::ServerDiagnosis;
using c41::fakes::FakeHttpServer;
using c41::fakes::FakeRequest;
using c41::fakes::FakeResponse;
using c41::studio::MemorySecretStore;
using c41::studio::StudioConfig;
using Verdict = EndpointCheck::Verdict;

class TestConnectionDoctor : public QObject
{
    Q_OBJECT

private:
    static ServerDiagnosis examine(ConnectionDoctor &doctor, const QString &server)
    {
        const auto r = QCoro::waitFor(doctor.examine(server));
        if (!r.ok())
            qWarning() << r.error().toString();
        return r.ok() ? *r : ServerDiagnosis{};
    }
    // Limits so wide that only the fault under test can trip them, even under
    // valgrind (a TLS handshake there takes seconds).
    static void relax(ConnectionDoctor &doctor)
    {
        auto options = doctor.options();
        options.connectTimeout = 30s;
        options.totalTimeout = 60s;
        options.slowFirstByte = 60s;
        doctor.setOptions(options);
    }
    static ServerDiagnosis examine(const QString &server)
    {
        ConnectionDoctor doctor(StudioConfig{}, nullptr);
        relax(doctor);
        return examine(doctor, server);
    }
    static quint16 closedPort()
    {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost);
        return s.serverPort();
    }
    static QString address(const char *kind, const QUrl &url)
    {
        QUrl base = url;
        base.setPath(QString());
        return QString::fromLatin1(kind) + u'+' + base.toString();
    }
    // A studio with one server that wants an API key.
    static StudioConfig keyedStudio(const QUrl &url)
    {
        const QByteArray text = "{\"version\":1,\"boxes\":[{\"name\":\"brain\",\"servers\":[{"
                                "\"name\":\"brain-vllm\",\"url\":\"openai+" +
                                url.toString().toUtf8() + "\",\"auth\":\"bearer\"}]}]}";
        auto config = StudioConfig::parse(text, QStringLiteral("studio.json"));
        if (!config.ok())
            qWarning() << config.error().toString();
        return config.ok() ? *config : StudioConfig{};
    }

private Q_SLOTS:
    void healthyOllamaHasEveryPlainHttpPhaseInOrder()
    {
        c41::fakes::FakeOllama ollama;
        QVERIFY(ollama.listen());
        const ServerDiagnosis d = examine(address("ollama", ollama.url()));
        QVERIFY2(d.healthy(), qPrintable(d.toText()));
        QCOMPARE(d.endpoints.size(), 2);
        const EndpointCheck &probe = d.endpoints[0];
        QCOMPARE(probe.role, EndpointCheck::Role::Probe);
        QCOMPARE(probe.endpointLabel(), QStringLiteral("/api/version"));
        QCOMPARE(probe.httpStatus, 200);
        QCOMPARE(probe.verdict, Verdict::Ok);
        QVERIFY2(probe.diagnosis.startsWith(u"Ollama "), qPrintable(probe.diagnosis));
        // Plain HTTP: DNS, connect and first byte in that order, no TLS phase.
        QVERIFY(probe.times.dns && probe.times.connect && probe.times.firstByte);
        QVERIFY(!probe.times.tls);
        QVERIFY(*probe.times.dns <= *probe.times.connect);
        QVERIFY(*probe.times.connect <= *probe.times.firstByte);
        QVERIFY(*probe.times.firstByte <= probe.times.total);
        QCOMPARE(d.endpoints[1].role, EndpointCheck::Role::Base);
        QCOMPARE(d.endpoints[1].verdict, Verdict::Ok);
        QVERIFY(d.toText().contains(u"/api/version"));
    }

    void comfyUiWebSocketUpgradeIsCheckedAndOptional()
    {
        c41::fakes::FakeComfyUi comfy;
        QVERIFY(comfy.listen());
        ServerDiagnosis d = examine(address("comfyui", comfy.url()));
        QVERIFY2(d.healthy(), qPrintable(d.toText()));
        QCOMPARE(d.endpoints.size(), 3);
        const EndpointCheck &ws = d.endpoints[2];
        QCOMPARE(ws.role, EndpointCheck::Role::WebSocket);
        QCOMPARE(ws.endpointLabel(), QStringLiteral("/ws"));
        QCOMPARE(ws.httpStatus, 101);
        QCOMPARE(ws.verdict, Verdict::Ok);
        QVERIFY(ws.optional);
        QVERIFY(d.endpoints[0].diagnosis.startsWith(u"ComfyUI"));
    }

    void comfyUiBehindAProxyThatDropsTheUpgradeOnlyWarns()
    {
        // aiohttp answers 400 when the Upgrade header went missing on the way.
        FakeHttpServer server;
        server.route("GET", QStringLiteral("/system_stats"), [](const FakeRequest &) {
            return FakeResponse::json(
                R"({"system":{"comfyui_version":"0.3.64"},"devices":[{"name":"cpu"}]})");
        });
        server.route("GET", QStringLiteral("/ws"), [](const FakeRequest &) {
            return FakeResponse::text("No WebSocket UPGRADE hdr: None", 400);
        });
        QVERIFY(server.listen());
        const ServerDiagnosis d = examine(address("comfyui", server.url()));
        QVERIFY2(d.healthy(), qPrintable(d.toText()));
        QCOMPARE(d.endpoints[2].httpStatus, 400);
        QCOMPARE(d.endpoints[2].verdict, Verdict::Warning);
        QVERIFY2(d.endpoints[2].diagnosis.contains(u"live progress will not show"),
                 qPrintable(d.endpoints[2].diagnosis));
    }

    void closedPortSaysConnectionRefusedWithTheKindsHint()
    {
        const QString server = QStringLiteral("comfyui+http://127.0.0.1:%1").arg(closedPort());
        const ServerDiagnosis d = examine(server);
        QVERIFY(!d.healthy());
        const EndpointCheck &probe = d.endpoints[0];
        QCOMPARE(probe.verdict, Verdict::Problem);
        QCOMPARE(probe.diagnosis,
                 QStringLiteral("connection refused: is ComfyUI running with --listen?"));
        QCOMPARE(probe.httpStatus, 0);
        QVERIFY(!probe.times.connect);
        QVERIFY(!probe.times.firstByte);
        // The optional /ws fails the same way, but only warns.
        QCOMPARE(d.endpoints[2].verdict, Verdict::Warning);
    }

    void unknownHostSaysNameNotFound()
    {
        const ServerDiagnosis d = examine(QStringLiteral("ollama+http://nosuch.invalid:11434"));
        QVERIFY(!d.healthy());
        QCOMPARE(d.endpoints[0].diagnosis,
                 QStringLiteral("name not found: check the host name \"nosuch.invalid\""));
        QVERIFY(!d.endpoints[0].times.connect);
    }

    void missingApiKeyIsHttp401NamingTheSecretCommand()
    {
        // Like vLLM started with --api-key: /v1/models wants the key.
        FakeHttpServer server;
        server.route("GET", QStringLiteral("/v1/models"), [](const FakeRequest &r) {
            if (r.header("Authorization") != "Bearer sekrit")
                return FakeResponse::json(R"({"error":"Unauthorized"})", 401);
            return FakeResponse::json(R"({"object":"list","data":[{"id":"qwen3","object":"model",
                "owned_by":"vllm"}]})");
        });
        QVERIFY(server.listen());
        MemorySecretStore secrets;
        ConnectionDoctor doctor(keyedStudio(server.url()), &secrets);
        relax(doctor);

        ServerDiagnosis d = examine(doctor, QStringLiteral("brain-vllm"));
        QVERIFY(!d.healthy());
        QCOMPARE(d.endpoints[0].httpStatus, 401);
        QCOMPARE(d.endpoints[0].diagnosis,
                 QStringLiteral("HTTP 401: the API key is missing or wrong (c41ctl secret set "
                                "brain-vllm)"));

        // With the key in the secret store the doctor sends it as HttpClient does.
        QVERIFY(QCoro::waitFor(
                    secrets.write(QStringLiteral("server/brain-vllm"), QStringLiteral("sekrit")))
                    .ok());
        d = examine(doctor, QStringLiteral("brain-vllm"));
        QVERIFY2(d.healthy(), qPrintable(d.toText()));
        QCOMPARE(d.endpoints[0].diagnosis, QStringLiteral("qwen3"));
    }

    void editedStudioIsCheckedAfterSetConfig()
    {
        c41::fakes::FakeOllama ollama;
        QVERIFY(ollama.listen());
        ConnectionDoctor doctor(StudioConfig{}, nullptr);
        relax(doctor);
        const auto unknown = QCoro::waitFor(doctor.examine(QStringLiteral("brain-vllm")));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().toString().contains(u"brain-vllm"));
        QUrl url = ollama.url();
        url.setPath(QString());
        QByteArray text = "{\"version\":1,\"boxes\":[{\"name\":\"brain\",\"servers\":[{"
                          "\"name\":\"brain-ollama\",\"url\":\"ollama+" +
                          url.toString().toUtf8() + "\"}]}]}";
        const auto config = StudioConfig::parse(text, QStringLiteral("studio.json"));
        QVERIFY(config.ok());
        doctor.setConfig(*config);
        const ServerDiagnosis d = examine(doctor, QStringLiteral("brain-ollama"));
        QVERIFY2(d.healthy(), qPrintable(d.toText()));
        QCOMPARE(d.server, QStringLiteral("brain-ollama"));
        QVERIFY(
            d.toText().startsWith(u"Connection doctor: brain-ollama (ollama+http://127.0.0.1:"));
    }

    void llamaServerLoadingItsModelIsNotReady()
    {
        c41::fakes::FakeOpenAiServer llama;
        llama.setLoading(true);
        QVERIFY(llama.listen());
        const ServerDiagnosis d = examine(address("openai", llama.url()));
        QVERIFY(!d.healthy());
        QCOMPARE(d.endpoints[0].httpStatus, 503);
        QVERIFY2(d.endpoints[0].diagnosis.startsWith(
                     u"HTTP 503: the server is up but not ready (model loading?)"),
                 qPrintable(d.endpoints[0].diagnosis));
        // Loaded: the same server is healthy.
        llama.setLoading(false);
        QVERIFY(examine(address("openai", llama.url())).healthy());
    }

    void slowFirstByteWarnsModelLoading()
    {
        FakeHttpServer server;
        server.route("GET", QStringLiteral("/api/version"), [](const FakeRequest &) {
            FakeResponse r = FakeResponse::json(R"({"version":"0.24.0"})");
            r.delayMs = 400; // thinking before the first byte
            return r;
        });
        QVERIFY(server.listen());
        ConnectionDoctor doctor(StudioConfig{}, nullptr);
        relax(doctor);
        auto options = doctor.options();
        options.slowFirstByte = 200ms;
        doctor.setOptions(options);
        const ServerDiagnosis d = examine(doctor, address("ollama", server.url()));
        const EndpointCheck &probe = d.endpoints[0];
        QCOMPARE(probe.verdict, Verdict::Warning);
        QVERIFY2(probe.diagnosis.startsWith(u"slow first byte ("), qPrintable(probe.diagnosis));
        QVERIFY(probe.diagnosis.endsWith(u"model loading?"));
        QVERIFY(*probe.times.serverWait() >= 350);
        // A warning is not a problem: the server works.
        QVERIFY(d.healthy());
        QCOMPARE(d.verdict(), Verdict::Warning);
    }

    void stallBeforeHeadersTimesOutWithoutFreezingTheCaller()
    {
        FakeHttpServer server;
        server.setGlobalFault(FakeResponse::Fault::StallBeforeHeaders);
        QVERIFY(server.listen());
        ConnectionDoctor doctor(StudioConfig{}, nullptr);
        auto options = doctor.options();
        options.totalTimeout = 600ms;
        doctor.setOptions(options);
        // The calling thread keeps its event loop: a 20 ms timer keeps ticking.
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
        timer.start(20);
        const ServerDiagnosis d = examine(doctor, address("ollama", server.url()));
        timer.stop();
        QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
        const EndpointCheck &probe = d.endpoints[0];
        QCOMPARE(probe.verdict, Verdict::Problem);
        QVERIFY(probe.times.connect);
        QVERIFY(!probe.times.firstByte);
        QVERIFY2(probe.diagnosis.startsWith(u"connected, but no answer within 0.6 s"),
                 qPrintable(probe.diagnosis));
    }

    void answerFromAnotherKindOfServerIsNamed()
    {
        FakeHttpServer server;
        server.route("GET", QStringLiteral("/api/version"), [](const FakeRequest &) {
            return FakeResponse::text("<html>router login</html>", 200, "text/html");
        });
        QVERIFY(server.listen());
        const ServerDiagnosis d = examine(address("ollama", server.url()));
        QVERIFY(!d.healthy());
        QVERIFY2(d.endpoints[0].diagnosis.startsWith(u"answers, but not like an Ollama server"),
                 qPrintable(d.endpoints[0].diagnosis));
        // Nothing at the probe path at all.
        const ServerDiagnosis other = examine(address("comfyui", server.url()));
        QCOMPARE(other.endpoints[0].httpStatus, 404);
        QVERIFY2(other.endpoints[0].diagnosis.startsWith(
                     u"answers, but not like a ComfyUI server (HTTP 404 at /system_stats)"),
                 qPrintable(other.endpoints[0].diagnosis));
    }

    // An HTTPS server with the self-signed test certificate that answers like Ollama.
    static bool listenTls(QSslServer &tls)
    {
        const QSslCertificate cert(c41::testing::readFixture(QStringLiteral("tls/selfsigned.crt")));
        const QSslKey key(c41::testing::readFixture(QStringLiteral("tls/selfsigned.key")),
                          QSsl::Rsa);
        if (cert.isNull() || key.isNull())
            return false;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(cert);
        config.setPrivateKey(key);
        tls.setSslConfiguration(config);
        connect(&tls, &QTcpServer::pendingConnectionAvailable, &tls, [&tls] {
            QTcpSocket *socket = tls.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                const QByteArray body = "{\"version\":\"0.24.0\"}";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Connection: close\r\nContent-Length: " +
                              QByteArray::number(body.size()) + "\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        });
        return tls.listen(QHostAddress::LocalHost);
    }

    void selfSignedCertificateIsNotTrusted()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        QSslServer tls;
        QVERIFY(listenTls(tls));
        const ServerDiagnosis d =
            examine(QStringLiteral("ollama+https://127.0.0.1:%1").arg(tls.serverPort()));
        const EndpointCheck &probe = d.endpoints[0];
        QCOMPARE(probe.verdict, Verdict::Problem);
        QVERIFY2(probe.diagnosis.startsWith(u"TLS certificate not trusted"),
                 qPrintable(probe.diagnosis + u" / " + probe.curlMessage));
        QVERIFY(probe.times.connect); // TCP went through; the handshake did not
        QVERIFY(!probe.times.tls);
        QVERIFY(!probe.times.firstByte);
    }

    void trustedTlsServerShowsTheHandshakePhase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        QSslServer tls;
        QVERIFY(listenTls(tls));
        ConnectionDoctor doctor(StudioConfig{}, nullptr);
        relax(doctor);
        auto options = doctor.options();
        options.caFile = QStringLiteral(C41_FIXTURES_DIR "/tls/selfsigned.crt");
        doctor.setOptions(options);
        const ServerDiagnosis d =
            examine(doctor, QStringLiteral("ollama+https://127.0.0.1:%1").arg(tls.serverPort()));
        const EndpointCheck &probe = d.endpoints[0];
        QVERIFY2(probe.verdict == Verdict::Ok, qPrintable(d.toText()));
        QCOMPARE(probe.diagnosis, QStringLiteral("Ollama 0.24.0"));
        QVERIFY(probe.times.connect && probe.times.tls && probe.times.firstByte);
        QVERIFY(*probe.times.connect <= *probe.times.tls);
        QVERIFY(*probe.times.tls <= *probe.times.firstByte);
        QVERIFY(d.toText().contains(u"TLS " + ServerDiagnosis::formatMs(probe.times.tls)));
    }

    void plainHttpPortSpokenToOverTlsSaysSo()
    {
        // A plain HTTP server answers a TLS hello with "400 Bad Request", as Go's
        // net/http (Ollama) and most others do.
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost));
        connect(&plain, &QTcpServer::newConnection, this, [&plain] {
            QTcpSocket *socket = plain.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
        });
        const ServerDiagnosis d =
            examine(QStringLiteral("ollama+https://127.0.0.1:%1").arg(plain.serverPort()));
        QVERIFY(!d.healthy());
        QVERIFY2(d.endpoints[0].diagnosis.startsWith(u"TLS handshake failed"),
                 qPrintable(d.endpoints[0].diagnosis + u" / " + d.endpoints[0].curlMessage));
    }

    void cancelStopsAStalledCheckQuickly()
    {
        FakeHttpServer server;
        server.setGlobalFault(FakeResponse::Fault::StallBeforeHeaders);
        QVERIFY(server.listen());
        ConnectionDoctor doctor(StudioConfig{}, nullptr);
        c41::net::CancelToken token;
        QTimer::singleShot(100, this, [token]() mutable { token.cancel(); });
        QElapsedTimer clock;
        clock.start();
        const auto r = QCoro::waitFor(doctor.examine(address("ollama", server.url()), token));
        QVERIFY(clock.elapsed() < 2000); // not the 15 s timeout
        QVERIFY(r.ok());
        QVERIFY(r->cancelled);
        QVERIFY(!r->healthy());
        QCOMPARE(r->endpoints[0].diagnosis, QStringLiteral("cancelled"));
    }

    void checkSignalsForViews()
    {
        c41::fakes::FakeOllama ollama;
        QVERIFY(ollama.listen());
        ConnectionDoctor doctor(StudioConfig{}, nullptr);
        QList<ServerDiagnosis> finished;
        QStringList failed;
        connect(&doctor, &ConnectionDoctor::checkFinished, this,
                [&](const ServerDiagnosis &d) { finished << d; });
        connect(&doctor, &ConnectionDoctor::checkFailed, this,
                [&](const QString &server, const QString &) { failed << server; });
        const QString server = address("ollama", ollama.url());
        doctor.check(server);
        QVERIFY(doctor.isChecking(server));
        // Asked again before the first answered: only the second reports.
        doctor.check(server);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished[0].server, server);
        QVERIFY(finished[0].healthy());
        QVERIFY(!doctor.isChecking(server));

        doctor.check(QStringLiteral("no-such-server"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        QCOMPARE(failed[0], QStringLiteral("no-such-server"));
    }

    void destroyingTheDoctorMidCheckIsSafe()
    {
        FakeHttpServer server;
        server.setGlobalFault(FakeResponse::Fault::StallBeforeHeaders);
        QVERIFY(server.listen());
        auto doctor = std::make_unique<ConnectionDoctor>(StudioConfig{}, nullptr);
        bool reported = false;
        connect(doctor.get(), &ConnectionDoctor::checkFinished, this, [&] { reported = true; });
        doctor->check(address("ollama", server.url()));
        QTest::qWait(50);
        doctor.reset();
        QTest::qWait(300); // the worker notices within 100 ms; nothing may touch the dead doctor
        QVERIFY(!reported);
    }
};

QTEST_GUILESS_MAIN(TestConnectionDoctor)
#include "tst_connectiondoctor.moc"
