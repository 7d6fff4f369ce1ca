// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/websocketchannel.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

using c41::net::ApiError;
using c41::net::WebSocketChannel;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

// A WebSocket server on 127.0.0.1 that keeps the sockets of its clients.
struct TestServer
{
    TestServer()
    {
        QObject::connect(&server, &QWebSocketServer::newConnection, &server, [this] {
            while (QWebSocket *peer = server.nextPendingConnection()) {
                peer->setParent(&server); // the server hands them over unowned
                peers.append(peer);
            }
        });
        listening = server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(server.serverPort())); }

    QWebSocketServer server{u"c41 test"_s, QWebSocketServer::NonSecureMode};
    QList<QWebSocket *> peers;
    bool listening = false;
};

// A port nothing listens on.
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// Records every disconnected(reason) and reconnectScheduled(delay).
struct Recorder
{
    explicit Recorder(WebSocketChannel *channel)
    {
        QObject::connect(channel, &WebSocketChannel::disconnected, channel,
                         [this](const ApiError &reason) { reasons.append(reason); });
        QObject::connect(channel, &WebSocketChannel::reconnectScheduled, channel,
                         [this](qint64 ms) { delays.append(ms); });
    }
    QList<ApiError> reasons;
    QList<qint64> delays;
};

const QString kServer = u"comfyui+http://forge:8188"_s;

} // namespace

class TestWebSocketChannel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void receivesTextAndBinaryAndSends()
    {
        TestServer server;
        QVERIFY(server.listening);
        WebSocketChannel channel(kServer, server.url());
        QSignalSpy connected(&channel, &WebSocketChannel::connected);
        QSignalSpy texts(&channel, &WebSocketChannel::textMessageReceived);
        QSignalSpy binaries(&channel, &WebSocketChannel::binaryMessageReceived);
        QVERIFY(!channel.sendText(u"too early"_s));
        channel.start();
        QTRY_COMPARE(connected.count(), 1);
        QVERIFY(channel.isConnected());
        QTRY_COMPARE(server.peers.size(), 1);

        const QString status = u"{\"type\":\"status\",\"data\":{\"queue\":\"ø\"}}"_s;
        const QByteArray preview("\x00\x00\x00\x01\x89PNG", 8);
        server.peers.first()->sendTextMessage(status);
        server.peers.first()->sendBinaryMessage(preview);
        QTRY_COMPARE(binaries.count(), 1);
        QCOMPARE(texts.count(), 1);
        QCOMPARE(texts.first().first().toString(), status);
        QCOMPARE(binaries.first().first().toByteArray(), preview);

        QSignalSpy serverGot(server.peers.first(), &QWebSocket::textMessageReceived);
        QVERIFY(channel.sendText(u"{\"type\":\"hello\"}"_s));
        QTRY_COMPARE(serverGot.count(), 1);
        QCOMPARE(serverGot.first().first().toString(), u"{\"type\":\"hello\"}"_s);
        channel.stop();
    }

    void reconnectsAfterServerCloses()
    {
        TestServer server;
        WebSocketChannel channel(kServer, server.url());
        channel.setBackoff(20ms, 200ms);
        Recorder recorder(&channel);
        QSignalSpy connected(&channel, &WebSocketChannel::connected);
        channel.start();
        QTRY_COMPARE(server.peers.size(), 1);
        QTRY_COMPARE(connected.count(), 1);
        QCOMPARE(channel.reconnectAttempts(), 0);

        server.peers.first()->close(QWebSocketProtocol::CloseCodeGoingAway, u"restarting"_s);
        QTRY_COMPARE(recorder.reasons.size(), 1);
        const ApiError reason = recorder.reasons.first();
        QCOMPARE(reason.kind, ApiError::Kind::Network);
        QCOMPARE(reason.server, kServer);
        QVERIFY2(reason.message.contains(u"closed by the server"_s) &&
                     reason.message.contains(u"1001"_s) && reason.message.contains(u"restarting"_s),
                 qPrintable(reason.toString()));
        QVERIFY(reason.toString().startsWith(kServer));

        QTRY_COMPARE(connected.count(), 2); // back by itself
        QVERIFY(channel.isConnected());
        QCOMPARE(channel.reconnectAttempts(), 1);
        QCOMPARE(recorder.delays, QList<qint64>{20}); // first backoff step is the minimum
        QTRY_COMPARE(server.peers.size(), 2);

        // Backoff starts over after a successful open.
        server.peers.last()->close(QWebSocketProtocol::CloseCodeGoingAway, u"again"_s);
        QTRY_COMPARE(connected.count(), 3);
        QCOMPARE(recorder.delays, (QList<qint64>{20, 20}));
        QCOMPARE(channel.reconnectAttempts(), 2);
        channel.stop();
    }

    void abruptDropIsReportedAndReconnects()
    {
        TestServer server;
        WebSocketChannel channel(kServer, server.url());
        channel.setBackoff(20ms, 200ms);
        Recorder recorder(&channel);
        QSignalSpy connected(&channel, &WebSocketChannel::connected);
        channel.start();
        QTRY_COMPARE(server.peers.size(), 1);
        QTRY_COMPARE(connected.count(), 1);
        server.peers.first()->abort(); // TCP reset, no close frame (server crashed)
        QTRY_COMPARE(recorder.reasons.size(), 1);
        QCOMPARE(recorder.reasons.first().kind, ApiError::Kind::Network);
        QVERIFY2(recorder.reasons.first().message.contains(u"connection lost"_s),
                 qPrintable(recorder.reasons.first().toString()));
        QTRY_COMPARE(connected.count(), 2);
        channel.stop();
    }

    void refusedPortBacksOffWithinBounds()
    {
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        const QString name = u"ollama+http://127.0.0.1:%1"_s.arg(port);
        WebSocketChannel channel(name, QUrl(u"ws://127.0.0.1:%1/"_s.arg(port)));
        channel.setBackoff(20ms, 160ms);
        Recorder recorder(&channel);
        QSignalSpy connected(&channel, &WebSocketChannel::connected);
        channel.start();
        QTRY_VERIFY(recorder.reasons.size() >= 6);
        QCOMPARE(connected.count(), 0);
        QVERIFY(!channel.isConnected());
        for (const ApiError &reason : std::as_const(recorder.reasons)) {
            QCOMPARE(reason.kind, ApiError::Kind::Refused);
            QCOMPARE(reason.server, name);
            QVERIFY2(reason.message.contains(u"refused"_s), qPrintable(reason.message));
            QVERIFY(!reason.hint.isEmpty());
        }
        // 20, then [20,40], [40,80], [80,160], then the plateau [80,160].
        const QList<qint64> delays = recorder.delays;
        QCOMPARE(delays.first(), 20);
        for (qsizetype i = 1; i < delays.size(); ++i) {
            QVERIFY2(delays.at(i) <= 160, qPrintable(QString::number(delays.at(i))));
            if (i <= 3)
                QVERIFY(delays.at(i) >= delays.at(i - 1));
            else
                QVERIFY(delays.at(i) >= 80);
        }
        QVERIFY(channel.reconnectAttempts() >= 5);

        channel.stop();
        const qsizetype failures = recorder.reasons.size();
        const int attempts = channel.reconnectAttempts();
        QTest::qWait(400); // longer than the largest backoff
        QCOMPARE(recorder.reasons.size(), failures);
        QCOMPARE(channel.reconnectAttempts(), attempts);
    }

    void badUrlIsConfigErrorUntilSetUrlFixesIt()
    {
        TestServer server;
        WebSocketChannel channel(kServer, QUrl(u"http://forge:8188/ws"_s));
        channel.setBackoff(20ms, 40ms);
        Recorder recorder(&channel);
        QSignalSpy connected(&channel, &WebSocketChannel::connected);
        channel.start();
        QTRY_VERIFY(!recorder.reasons.isEmpty());
        QCOMPARE(recorder.reasons.first().kind, ApiError::Kind::Config);
        QVERIFY(recorder.reasons.first().message.contains(u"http://forge:8188/ws"_s));

        channel.setUrl(server.url()); // taken at the next attempt, no restart needed
        QTRY_COMPARE(connected.count(), 1);
        QCOMPARE(channel.url(), server.url());
        channel.stop();
    }

    void oversizedMessageIsTooLarge()
    {
        TestServer server;
        WebSocketChannel channel(kServer, server.url());
        channel.setBackoff(1s, 2s);
        channel.setMaxMessageBytes(1024);
        Recorder recorder(&channel);
        QSignalSpy texts(&channel, &WebSocketChannel::textMessageReceived);
        QSignalSpy connected(&channel, &WebSocketChannel::connected);
        channel.start();
        QTRY_COMPARE(server.peers.size(), 1);
        QTRY_COMPARE(connected.count(), 1);
        server.peers.first()->sendTextMessage(QString(4096, u'x'));
        QTRY_COMPARE(recorder.reasons.size(), 1);
        QCOMPARE(recorder.reasons.first().kind, ApiError::Kind::TooLarge);
        QVERIFY2(recorder.reasons.first().message.contains(u"1 KiB"_s),
                 qPrintable(recorder.reasons.first().message));
        QCOMPARE(texts.count(), 0);
        QVERIFY(!channel.isConnected());
        channel.stop();
    }

    void silentServerTimesOut()
    {
        QTcpServer silent; // accepts TCP, never answers the WebSocket handshake
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        WebSocketChannel channel(kServer, QUrl(u"ws://127.0.0.1:%1/"_s.arg(silent.serverPort())));
        channel.setOpenTimeout(150ms);
        channel.setBackoff(5s, 10s);
        Recorder recorder(&channel);
        channel.start();
        QTRY_COMPARE(recorder.reasons.size(), 1);
        QCOMPARE(recorder.reasons.first().kind, ApiError::Kind::Timeout);
        QVERIFY(recorder.reasons.first().message.contains(u"150 ms"_s));
        channel.stop();
    }

    void stopClosesAndStopsReconnecting()
    {
        TestServer server;
        WebSocketChannel channel(kServer, server.url());
        channel.setBackoff(20ms, 40ms);
        Recorder recorder(&channel);
        QSignalSpy connected(&channel, &WebSocketChannel::connected);
        channel.start();
        QTRY_COMPARE(server.peers.size(), 1);
        QTRY_COMPARE(connected.count(), 1);
        QSignalSpy peerGone(server.peers.first(), &QWebSocket::disconnected);

        channel.stop();
        QVERIFY(!channel.isConnected());
        QCOMPARE(recorder.reasons.size(), 1);
        QCOMPARE(recorder.reasons.first().kind, ApiError::Kind::Cancelled);
        QTRY_COMPARE(peerGone.count(), 1);
        QCOMPARE(server.peers.first()->closeCode(), QWebSocketProtocol::CloseCodeNormal);
        QTest::qWait(200);
        QCOMPARE(connected.count(), 1);
        QCOMPARE(server.peers.size(), 1);

        channel.start(); // and it can be started again
        QTRY_COMPARE(connected.count(), 2);
        channel.stop();
    }

    void destroyedWhileReconnecting()
    {
        auto channel = std::make_unique<WebSocketChannel>(
            kServer, QUrl(u"ws://127.0.0.1:%1/"_s.arg(closedPort())));
        channel->setBackoff(30ms, 60ms);
        Recorder recorder(channel.get());
        channel->start();
        QTRY_VERIFY(!recorder.reasons.isEmpty());
        channel.reset(); // a backoff sleep is pending: it must find the channel gone
        QTest::qWait(150);
    }
};

QTEST_GUILESS_MAIN(TestWebSocketChannel)
#include "tst_websocketchannel.moc"
