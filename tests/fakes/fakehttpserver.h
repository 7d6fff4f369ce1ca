// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace c41::fakes {

struct FakeRequest
{
    QByteArray method;
    QString path; // without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const; // case-insensitive, empty if absent
};

// What a fake answers. Either a whole body (sent with Content-Length), or a list of
// chunks sent with Transfer-Encoding: chunked, each after its own delay, as real
// streaming servers do. A fault makes the server misbehave on purpose.
struct FakeResponse
{
    enum class Fault {
        None,
        CloseBeforeHeaders, // accept, read the request, close without a byte
        CloseMidBody,       // send headers and half the body (or the first chunks), then close
        Stall,              // send headers, then nothing, forever (slowloris)
        StallBeforeHeaders, // send nothing, keep the connection open
        Garbage,            // send bytes that are not HTTP at all
        // Added for the fault rounds (tests/fault):
        Oversized,   // 200, then a chunked body of kOversizedBytes without one newline
        InvalidUtf8, // the real answer, with spaces between letters made invalid UTF-8 bytes
    };
    // What Fault::Oversized sends: more than any client cap (HttpClient 32 MiB buffered,
    // decoders 1 MiB per line), in 1 MiB chunks written one per event-loop turn.
    static constexpr qsizetype kOversizedBytes = 40LL * 1024 * 1024;
    struct Chunk
    {
        int delayMs = 0;
        QByteArray data;
    };

    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool chunked = false;
    QList<Chunk> chunks;
    Fault fault = Fault::None;
    // Wait this long before sending anything (a model that thinks before it answers).
    int delayMs = 0;
    // Close the connection after this response without announcing it in the headers
    // (llama-server dropping the connection after an in-stream error).
    bool closeWhenDone = false;
    // Streams: called after chunk `index` went out, e.g. to count generated tokens.
    std::function<void(int index)> onChunkWritten;
    // Called once when the response is over: true when all of it went out, false when
    // the client left first or a fault cut it short (a slot is free again either way).
    std::function<void(bool completed)> onFinished;

    static FakeResponse json(QByteArray body, int status = 200);
    static FakeResponse
    text(QByteArray body, int status = 200,
         QByteArray contentType = QByteArrayLiteral("text/plain; charset=utf-8"));
    static FakeResponse stream(QByteArray contentType, QList<Chunk> chunks, int status = 200);
    static FakeResponse faulty(Fault fault);
};

using FakeHandler = std::function<FakeResponse(const FakeRequest &)>;
using FakeWebSocketHandler = std::function<void(QWebSocket *socket, const FakeRequest &request)>;

// A small HTTP/1.1 server on 127.0.0.1 for tests and the demo lab. Hand-written on
// QTcpServer instead of QHttpServer because fakes must stream with exact chunk
// timing, misbehave on command (stall, close mid-body, garbage) and share one port
// between HTTP and a WebSocket upgrade, as ComfyUI does; QHttpServer 6.4 can do
// none of that.
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool listen(quint16 port = 0); // always 127.0.0.1
    void close();
    quint16 port() const;
    QUrl url(const QString &path = {}) const; // http://127.0.0.1:PORT/path

    // Exact path match; method "*" matches any method.
    void route(QByteArray method, QString path, FakeHandler handler);
    // Longest matching prefix wins after exact routes.
    void routePrefix(QByteArray method, QString prefix, FakeHandler handler);
    // Upgrades requests for this path to a WebSocket and hands it to the handler.
    void routeWebSocket(QString path, FakeWebSocketHandler handler);

    // Applies to every following request until cleared (fault injection).
    void setGlobalFault(FakeResponse::Fault fault) { m_globalFault = fault; }
    FakeResponse::Fault globalFault() const { return m_globalFault; }
    // A process that is gone: stop listening (connections are refused) and drop every
    // open connection. false listens again on the same port, as a restarted server would.
    bool setRefusingConnections(bool refuse);
    bool isRefusingConnections() const { return m_refusing; }
    // Drops every open connection (stalled ones included) without closing the listener.
    void dropConnections();
    // Whether error answers (status >= 400) close the connection, as llama.cpp does
    // (the default). Ollama keeps it open.
    void setCloseOnError(bool close) { m_closeOnError = close; }

    int requestCount() const { return m_requestCount; }
    // The last requests (bounded), newest last.
    const QList<FakeRequest> &recentRequests() const { return m_recent; }
    // Streams whose client went away before the last chunk (cancel detection).
    int abortedStreams() const { return m_abortedStreams; }

Q_SIGNALS:
    void requestServed(const c41::fakes::FakeRequest &request);

private:
    struct Connection;
    struct Stream;
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    bool tryUpgrade(QTcpSocket *socket, const QByteArray &head);
    void handleRequest(QTcpSocket *socket, FakeRequest request, bool keepAlive);
    void writeResponse(QTcpSocket *socket, const FakeResponse &response, bool keepAlive,
                       bool headOnly);
    void writeChunks(const std::shared_ptr<Stream> &stream, bool delayDone);
    void abortStream(Stream &stream);
    void writeOversized(QPointer<QTcpSocket> socket, qsizetype left);
    void finishResponse(QTcpSocket *socket, bool keepAlive);
    FakeHandler findHandler(const FakeRequest &request) const;

    QTcpServer *m_server = nullptr;
    QWebSocketServer *m_wsServer = nullptr;
    struct Route
    {
        QByteArray method;
        QString path;
        bool prefix = false;
        FakeHandler handler;
    };
    QList<Route> m_routes;
    QHash<QString, FakeWebSocketHandler> m_wsRoutes;
    QHash<QTcpSocket *, Connection *> m_connections;
    QList<FakeRequest> m_recent;
    FakeResponse::Fault m_globalFault = FakeResponse::Fault::None;
    bool m_closeOnError = true;
    bool m_refusing = false;
    quint16 m_lastPort = 0;
    int m_requestCount = 0;
    int m_abortedStreams = 0;
};

} // namespace c41::fakes
