// SPDX-License-Identifier: GPL-3.0-or-later
#include "websocketchannel.h"

#include "decoderlimits.h"

#include <QTimer>
#include <QWebSocket>

#include <algorithm>

#include <qcorotimer.h>
#include <qcorowebsocket.h>

namespace c41::net {

using namespace std::chrono_literals;

WebSocketChannel::WebSocketChannel(QString serverName, QUrl url, QObject *parent)
    : QObject(parent)
    , m_serverName(std::move(serverName))
    , m_url(std::move(url))
    , m_backoff(500ms, 30s)
{
}

WebSocketChannel::~WebSocketChannel()
{
    ++m_generation; // any coroutine still suspended sees it is stale (or that we are gone)
    wakeSleeper();
    if (m_socket)
        disconnect(m_socket.data(), nullptr, this, nullptr);
}

void WebSocketChannel::start()
{
    if (m_running)
        return;
    m_running = true;
    m_reconnectAttempts = 0;
    m_backoff.reset();
    // Fire and forget: the loop guards itself with QPointer + generation, and cannot fail.
    connectLoop(++m_generation, 0ms);
}

void WebSocketChannel::stop()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    wakeSleeper();
    const bool wasConnected = m_connected;
    m_connected = false;
    dropSocket();
    if (wasConnected) {
        Q_EMIT disconnected(ApiError::make(ApiError::Kind::Cancelled, m_serverName,
                                           tr("WebSocket connection closed by this app")));
    }
}

void WebSocketChannel::wakeSleeper()
{
    // The sleeping connectLoop() resumes at the next event loop pass, sees that its
    // generation is stale (or that the channel is gone) and ends.
    if (m_sleep)
        m_sleep->start(0);
}

void WebSocketChannel::setBackoff(std::chrono::milliseconds min, std::chrono::milliseconds max)
{
    m_backoff = Backoff(min, max);
}

void WebSocketChannel::setMaxMessageBytes(qint64 bytes)
{
    m_maxMessageBytes = std::max<qint64>(bytes, 1);
    if (m_socket) {
        m_socket->setMaxAllowedIncomingMessageSize(quint64(m_maxMessageBytes));
        m_socket->setMaxAllowedIncomingFrameSize(quint64(m_maxMessageBytes));
    }
}

bool WebSocketChannel::sendText(const QString &message)
{
    if (!m_connected || !m_socket)
        return false;
    return m_socket->sendTextMessage(message) >= 0;
}

QCoro::Task<> WebSocketChannel::connectLoop(quint64 generation,
                                            std::chrono::milliseconds firstDelay)
{
    QPointer<WebSocketChannel> self(this);
    std::chrono::milliseconds delay = firstDelay;
    for (;;) {
        if (delay > 0ms) {
            // A timer of our own rather than QCoro::sleepFor(), so that stop() and the
            // destructor can cut the wait short (wakeSleeper()) instead of leaving this
            // frame asleep for up to the maximum backoff.
            QTimer sleep;
            sleep.setSingleShot(true);
            sleep.start(delay);
            m_sleep = &sleep;
            co_await sleep;
            if (!self || generation != m_generation)
                co_return;
            m_sleep = nullptr;
            ++m_reconnectAttempts;
        }
        ApiError reason;
        if (const QString scheme = m_url.scheme();
            !m_url.isValid() || m_url.host().isEmpty() || (scheme != u"ws" && scheme != u"wss")) {
            // Keep trying: setUrl() may fix it without a restart.
            reason = ApiError::make(ApiError::Kind::Config, m_serverName,
                                    tr("not a WebSocket URL: \"%1\"").arg(m_url.toDisplayString()),
                                    tr("Use a ws:// or wss:// URL with a host."));
        } else {
            const QPointer<QWebSocket> socket = createSocket();
            const bool opened = co_await qCoro(socket.data()).open(m_url, m_openTimeout);
            if (!self || generation != m_generation || !socket || socket != m_socket)
                co_return; // stopped, restarted, or already dropped and rescheduled
            if (opened && m_connected)
                co_return; // the connected handler announced it; onSocketDisconnected() takes over
            reason = openFailure(socket);
            dropSocket();
        }
        Q_EMIT disconnected(reason);
        if (!self || generation != m_generation)
            co_return; // a slot called stop() or start()
        delay = m_backoff.next();
        Q_EMIT reconnectScheduled(delay.count());
        if (!self || generation != m_generation)
            co_return;
    }
}

QWebSocket *WebSocketChannel::createSocket()
{
    dropSocket();
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    socket->setMaxAllowedIncomingMessageSize(quint64(m_maxMessageBytes));
    socket->setMaxAllowedIncomingFrameSize(quint64(m_maxMessageBytes));
    connect(socket, &QWebSocket::connected, this, [this, socket] {
        if (socket != m_socket)
            return;
        m_connected = true;
        m_backoff.reset();
        Q_EMIT connected();
    });
    connect(socket, &QWebSocket::disconnected, this,
            [this, socket] { onSocketDisconnected(socket); });
    connect(socket, &QWebSocket::textMessageReceived, this, &WebSocketChannel::textMessageReceived);
    connect(socket, &QWebSocket::binaryMessageReceived, this,
            &WebSocketChannel::binaryMessageReceived);
    m_socket = socket;
    return socket;
}

void WebSocketChannel::dropSocket()
{
    QWebSocket *socket = m_socket.data();
    m_socket = nullptr;
    if (!socket)
        return;
    disconnect(socket, nullptr, this, nullptr);
    if (socket->state() == QAbstractSocket::ConnectedState) {
        // Say goodbye properly, then let it go once the close handshake is done.
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(2s, socket, &QObject::deleteLater);
        socket->close(QWebSocketProtocol::CloseCodeNormal);
    } else {
        socket->abort();
        socket->deleteLater();
    }
}

void WebSocketChannel::onSocketDisconnected(QWebSocket *socket)
{
    if (socket != m_socket || !m_connected)
        return; // a failed open: connectLoop() reports it
    m_connected = false;
    const ApiError reason = closeReason(socket);
    dropSocket();
    const quint64 generation = m_generation;
    QPointer<WebSocketChannel> self(this);
    Q_EMIT disconnected(reason);
    if (!self || generation != m_generation || !m_running)
        return;
    const std::chrono::milliseconds delay = m_backoff.next();
    Q_EMIT reconnectScheduled(delay.count());
    if (!self || generation != m_generation)
        return;
    connectLoop(generation, delay);
}

ApiError WebSocketChannel::openFailure(QWebSocket *socket) const
{
    const QString where = m_url.toDisplayString();
    const QAbstractSocket::SocketError error = socket->error();
    if (socket->state() != QAbstractSocket::UnconnectedState ||
        error == QAbstractSocket::SocketTimeoutError) {
        return ApiError::make(
            ApiError::Kind::Timeout, m_serverName,
            tr("no WebSocket connection to %1 within %2 ms").arg(where).arg(m_openTimeout.count()),
            tr("Check that the host is up and reachable from this computer."));
    }
    const QString detail = socket->errorString();
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        // Qt reports a refused HTTP upgrade (e.g. 404) with this code too; the detail says which.
        return ApiError::make(
            ApiError::Kind::Refused, m_serverName,
            tr("WebSocket connection to %1 refused (%2)").arg(where, detail),
            tr("Is the server running, listening on that port, and is the path right?"));
    case QAbstractSocket::HostNotFoundError:
        return ApiError::make(ApiError::Kind::Dns, m_serverName,
                              tr("host of %1 not found").arg(where),
                              tr("Check the host name in the server's URL."));
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return ApiError::make(ApiError::Kind::Tls, m_serverName,
                              tr("TLS failure opening %1 (%2)").arg(where, detail),
                              tr("Check the server's certificate, or use ws:// on a trusted LAN."));
    default:
        return ApiError::make(ApiError::Kind::Network, m_serverName,
                              tr("could not open WebSocket %1 (%2)").arg(where, detail));
    }
}

ApiError WebSocketChannel::closeReason(QWebSocket *socket) const
{
    const QWebSocketProtocol::CloseCode code = socket->closeCode();
    const QString reason = socket->closeReason();
    if (code == QWebSocketProtocol::CloseCodeTooMuchData) {
        return ApiError::make(
            ApiError::Kind::TooLarge, m_serverName,
            tr("a WebSocket message exceeded %1").arg(describeByteLimit(m_maxMessageBytes)),
            tr("The server sent more in one message than this app accepts."));
    }
    if (code == QWebSocketProtocol::CloseCodeNormal && reason.isEmpty() &&
        socket->error() != QAbstractSocket::UnknownSocketError) {
        return ApiError::make(ApiError::Kind::Network, m_serverName,
                              tr("WebSocket connection lost (%1)").arg(socket->errorString()));
    }
    const QString why = reason.isEmpty() ? QString() : QStringLiteral(": ") + reason;
    return ApiError::make(ApiError::Kind::Network, m_serverName,
                          tr("WebSocket closed by the server (code %1%2)").arg(int(code)).arg(why));
}

} // namespace c41::net
