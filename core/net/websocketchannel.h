// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "backoff.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <qcorotask.h>

#include <chrono>

class QTimer;
class QWebSocket;

namespace c41::net {

// A WebSocket that stays connected: start() opens it and, whenever it fails to open
// or the connection drops, tries again after a jittered exponential backoff (see
// Backoff), forever, until stop(). The backoff starts over after each successful open.
//
// Every loss of the connection, and every failed attempt, is reported once through
// disconnected(reason), where the reason names the server and says what failed
// (refused, timed out, closed by the server with its code and reason, message too
// large). stop() on a connected channel reports Kind::Cancelled.
//
// Opening and waiting are coroutines (QCoro); messages arrive through signals.
class WebSocketChannel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketChannel)
public:
    WebSocketChannel(QString serverName, QUrl url, QObject *parent = nullptr);
    ~WebSocketChannel() override;

    void start();
    void stop();
    bool isConnected() const { return m_connected; }
    bool isRunning() const { return m_running; }

    QString serverName() const { return m_serverName; }
    QUrl url() const { return m_url; }
    // Takes effect at the next (re)connection.
    void setUrl(QUrl url) { m_url = std::move(url); }
    void setBackoff(std::chrono::milliseconds min, std::chrono::milliseconds max);
    // How long one opening handshake may take (default 10 s).
    void setOpenTimeout(std::chrono::milliseconds timeout) { m_openTimeout = timeout; }
    // Incoming message and frame cap (default 16 MiB); a larger message closes the
    // connection with reason Kind::TooLarge.
    void setMaxMessageBytes(qint64 bytes);
    qint64 maxMessageBytes() const { return m_maxMessageBytes; }

    // False if not connected.
    bool sendText(const QString &message);

    // Reconnection attempts since start() (not reset by a successful open).
    int reconnectAttempts() const { return m_reconnectAttempts; }

Q_SIGNALS:
    void connected();
    void disconnected(const c41::net::ApiError &reason);
    // Emitted after a failure or a drop, before waiting `delayMs` to try again.
    void reconnectScheduled(qint64 delayMs);
    void textMessageReceived(const QString &message);
    void binaryMessageReceived(const QByteArray &message);

private:
    QCoro::Task<> connectLoop(quint64 generation, std::chrono::milliseconds firstDelay);
    QWebSocket *createSocket();
    void dropSocket();
    void wakeSleeper();
    void onSocketDisconnected(QWebSocket *socket);
    void scheduleReconnect(quint64 generation);
    ApiError openFailure(QWebSocket *socket) const;
    ApiError closeReason(QWebSocket *socket) const;

    QString m_serverName;
    QUrl m_url;
    Backoff m_backoff;
    std::chrono::milliseconds m_openTimeout{10'000};
    qint64 m_maxMessageBytes = 16LL * 1024 * 1024;
    QPointer<QWebSocket> m_socket;
    QPointer<QTimer> m_sleep; // the backoff wait of the running connectLoop(), if any
    quint64 m_generation = 0; // bumped by start()/stop(): stale coroutines give up
    int m_reconnectAttempts = 0;
    bool m_running = false;
    bool m_connected = false;
};

} // namespace c41::net
