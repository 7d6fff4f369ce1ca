// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakehttpserver.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <utility>

namespace c41::fakes {

namespace {
constexpr qsizetype kMaxHead = 64 * 1024;
constexpr qsizetype kMaxBody = 64 * 1024 * 1024;
constexpr qsizetype kRecentCap = 64;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

// A space between two letters (inside text, not between JSON tokens or after
// "data:") becomes a byte that is never valid UTF-8.
void corruptUtf8(QByteArray &bytes)
{
    const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    for (qsizetype i = 1; i + 1 < bytes.size(); ++i) {
        if (bytes.at(i) == ' ' && letter(bytes.at(i - 1)) && letter(bytes.at(i + 1)))
            bytes[i] = '\xff';
    }
}

bool parseHead(const QByteArray &head, FakeRequest &request)
{
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty())
        return false;
    const QList<QByteArray> first = lines.first().trimmed().split(' ');
    if (first.size() < 3)
        return false;
    request.method = first.at(0);
    const QUrl target(QString::fromUtf8(first.at(1)));
    request.path = target.path();
    request.query = QUrlQuery(target);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return true;
}
} // namespace

QByteArray FakeRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

FakeResponse FakeResponse::json(QByteArray body, int status)
{
    FakeResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

FakeResponse FakeResponse::text(QByteArray body, int status, QByteArray contentType)
{
    FakeResponse r;
    r.status = status;
    r.body = std::move(body);
    r.contentType = std::move(contentType);
    return r;
}

FakeResponse FakeResponse::stream(QByteArray contentType, QList<Chunk> chunks, int status)
{
    FakeResponse r;
    r.status = status;
    r.contentType = std::move(contentType);
    r.chunked = true;
    r.chunks = std::move(chunks);
    return r;
}

FakeResponse FakeResponse::faulty(Fault fault)
{
    FakeResponse r;
    r.fault = fault;
    r.body = QByteArrayLiteral("{\"partial\":\"this body is cut short by the fake server\"}");
    return r;
}

struct FakeHttpServer::Stream
{
    QPointer<QTcpSocket> socket;
    QList<FakeResponse::Chunk> chunks;
    int index = 0;
    bool closeMidway = false;
    bool keepAlive = false;
    bool over = false; // finished, aborted or cut: nothing more to write or report
    std::function<void(int)> onChunkWritten;
    std::function<void(bool)> onFinished;

    void finished(bool completed)
    {
        if (over)
            return;
        over = true;
        if (onFinished)
            std::exchange(onFinished, nullptr)(completed);
    }
};

struct FakeHttpServer::Connection
{
    QByteArray buffer;
    bool busy = false; // a response is being written
    bool upgraded = false;
    std::weak_ptr<Stream> stream; // the chunked body being written, if any
    int served = 0;
};

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_wsServer(
          new QWebSocketServer(QStringLiteral("c41-fake"), QWebSocketServer::NonSecureMode, this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
    connect(m_wsServer, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *ws = m_wsServer->nextPendingConnection()) {
            FakeRequest request;
            request.method = "GET";
            request.path = ws->requestUrl().path();
            request.query = QUrlQuery(ws->requestUrl());
            const auto handler = m_wsRoutes.value(request.path);
            if (!handler) {
                ws->close(QWebSocketProtocol::CloseCodeBadOperation);
                ws->deleteLater();
                continue;
            }
            ws->setParent(this);
            connect(ws, &QWebSocket::disconnected, ws, &QObject::deleteLater);
            handler(ws, request);
        }
    });
}

FakeHttpServer::~FakeHttpServer()
{
    qDeleteAll(m_connections);
}

bool FakeHttpServer::listen(quint16 port)
{
    const bool ok = m_server->listen(QHostAddress::LocalHost, port);
    if (ok)
        m_lastPort = m_server->serverPort();
    return ok;
}

void FakeHttpServer::close()
{
    m_server->close();
    dropConnections();
}

void FakeHttpServer::dropConnections()
{
    const auto sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets)
        socket->abort();
}

bool FakeHttpServer::setRefusingConnections(bool refuse)
{
    if (refuse == m_refusing)
        return true;
    if (refuse) {
        m_refusing = true;
        close();
        return true;
    }
    // The same port again (SO_REUSEADDR is set by QTcpServer on Unix).
    if (!m_server->listen(QHostAddress::LocalHost, m_lastPort))
        return false;
    m_refusing = false;
    return true;
}

quint16 FakeHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl FakeHttpServer::url(const QString &path) const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(port());
    if (!path.isEmpty()) {
        const qsizetype q = path.indexOf(u'?');
        u.setPath(q < 0 ? path : path.left(q));
        if (q >= 0)
            u.setQuery(path.mid(q + 1));
    }
    return u;
}

void FakeHttpServer::route(QByteArray method, QString path, FakeHandler handler)
{
    m_routes.append({std::move(method), std::move(path), false, std::move(handler)});
}

void FakeHttpServer::routePrefix(QByteArray method, QString prefix, FakeHandler handler)
{
    m_routes.append({std::move(method), std::move(prefix), true, std::move(handler)});
}

void FakeHttpServer::routeWebSocket(QString path, FakeWebSocketHandler handler)
{
    m_wsRoutes.insert(std::move(path), std::move(handler));
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        // As Go's net/http and uvicorn do: no Nagle delay behind a small last segment.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_connections.insert(socket, new Connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            Connection *conn = m_connections.take(socket);
            if (conn) {
                if (const auto stream = conn->stream.lock())
                    abortStream(*stream); // the client went away mid-stream
            }
            delete conn;
            socket->deleteLater();
        });
    }
}

bool FakeHttpServer::tryUpgrade(QTcpSocket *socket, const QByteArray &head)
{
    FakeRequest request;
    if (!parseHead(head, request))
        return false;
    if (request.header("Upgrade").toLower() != "websocket" || !m_wsRoutes.contains(request.path))
        return false;
    // Hand over the socket with its handshake still unread.
    Connection *conn = m_connections.take(socket);
    delete conn;
    disconnect(socket, nullptr, this, nullptr);
    m_wsServer->handleConnection(socket);
    return true;
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    Connection *conn = m_connections.value(socket);
    if (!conn || conn->upgraded)
        return;
    if (conn->served == 0 && conn->buffer.isEmpty() && !m_wsRoutes.isEmpty()) {
        const QByteArray peeked = socket->peek(kMaxHead);
        const qsizetype end = peeked.indexOf("\r\n\r\n");
        if (end < 0 && peeked.size() < kMaxHead)
            return; // wait for the whole head before deciding
        if (end >= 0 && tryUpgrade(socket, peeked.left(end)))
            return;
    }
    conn->buffer.append(socket->readAll());
    while (!conn->busy) {
        const qsizetype end = conn->buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (conn->buffer.size() > kMaxHead)
                socket->abort();
            return;
        }
        FakeRequest request;
        if (!parseHead(conn->buffer.left(end), request)) {
            socket->write(
                "HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        const qsizetype length = request.header("Content-Length").toLongLong();
        if (length < 0 || length > kMaxBody) {
            socket->abort();
            return;
        }
        if (conn->buffer.size() < end + 4 + length)
            return; // body incomplete
        request.body = conn->buffer.mid(end + 4, length);
        conn->buffer.remove(0, end + 4 + length);
        const bool keepAlive = request.header("Connection").toLower() != "close";
        conn->busy = true;
        ++conn->served;
        handleRequest(socket, std::move(request), keepAlive);
        conn = m_connections.value(socket);
        if (!conn)
            return;
    }
}

FakeHandler FakeHttpServer::findHandler(const FakeRequest &request) const
{
    const auto methodMatches = [&](const Route &r) {
        return r.method == "*" || r.method == request.method ||
               (request.method == "HEAD" && r.method == "GET");
    };
    for (const Route &r : m_routes) {
        if (!r.prefix && r.path == request.path && methodMatches(r))
            return r.handler;
    }
    const Route *best = nullptr;
    for (const Route &r : m_routes) {
        if (r.prefix && request.path.startsWith(r.path) && methodMatches(r) &&
            (!best || r.path.size() > best->path.size()))
            best = &r;
    }
    return best ? best->handler : FakeHandler{};
}

void FakeHttpServer::handleRequest(QTcpSocket *socket, FakeRequest request, bool keepAlive)
{
    ++m_requestCount;
    m_recent.append(request);
    if (m_recent.size() > kRecentCap)
        m_recent.removeFirst();
    FakeResponse response;
    if (m_globalFault == FakeResponse::Fault::InvalidUtf8) {
        const FakeHandler handler = findHandler(request);
        response = handler ? handler(request) : FakeResponse::text("404 page not found", 404);
        corruptUtf8(response.body);
        for (FakeResponse::Chunk &chunk : response.chunks)
            corruptUtf8(chunk.data);
    } else if (m_globalFault != FakeResponse::Fault::None) {
        response = FakeResponse::faulty(m_globalFault);
    } else if (const FakeHandler handler = findHandler(request)) {
        response = handler(request);
    } else {
        response = FakeResponse::text("404 page not found", 404);
    }
    const bool head = request.method == "HEAD";
    Q_EMIT requestServed(request);
    if (response.delayMs <= 0) {
        writeResponse(socket, response, keepAlive, head);
        return;
    }
    // The timer lives on the server, not the socket, so that a client that leaves
    // while we wait is noticed (and the handler told) instead of silently forgotten.
    QTimer::singleShot(response.delayMs, this,
                       [this, guard = QPointer<QTcpSocket>(socket), response, keepAlive, head] {
                           if (!guard || guard->state() != QAbstractSocket::ConnectedState) {
                               if (response.onFinished)
                                   response.onFinished(false);
                               return;
                           }
                           writeResponse(guard, response, keepAlive, head);
                       });
}

void FakeHttpServer::writeResponse(QTcpSocket *socket, const FakeResponse &response, bool keepAlive,
                                   bool headOnly)
{
    using Fault = FakeResponse::Fault;
    const auto finished = [&response](bool completed) {
        if (response.onFinished)
            response.onFinished(completed);
    };
    switch (response.fault) {
    case Fault::CloseBeforeHeaders:
        socket->disconnectFromHost();
        finished(false);
        return;
    case Fault::StallBeforeHeaders:
        return; // never answer; the connection stays busy
    case Fault::Garbage:
        socket->write("\x16\x03\x01 this is not HTTP \xff\xfe\x00\x01\r\n\r\n");
        socket->disconnectFromHost();
        finished(false);
        return;
    default:
        break;
    }

    const bool chunked =
        response.chunked || response.fault == Fault::Stall || response.fault == Fault::Oversized;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    bool closeHeader = false;
    for (const auto &[key, value] : response.headers) {
        head += key + ": " + value + "\r\n";
        closeHeader = closeHeader || (key.compare("Connection", Qt::CaseInsensitive) == 0 &&
                                      value.compare("close", Qt::CaseInsensitive) == 0);
    }
    if (chunked)
        head += "Transfer-Encoding: chunked\r\n";
    else
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    const bool announceClose =
        !closeHeader && (!keepAlive || (m_closeOnError && response.status >= 400));
    if (announceClose)
        head += "Connection: close\r\n";
    const bool keep = keepAlive && !closeHeader && !announceClose && !response.closeWhenDone;
    head += "\r\n";
    socket->write(head);

    if (headOnly) { // HEAD: the headers a GET would get (Content-Length included), no body
        finishResponse(socket, keep);
        finished(true);
        return;
    }
    if (response.fault == Fault::Stall)
        return; // headers only, then silence
    if (response.fault == Fault::Oversized) {
        finished(false);
        writeOversized(socket, FakeResponse::kOversizedBytes);
        return;
    }
    if (response.fault == Fault::CloseMidBody && (!chunked || response.chunks.isEmpty())) {
        socket->write(response.body.left(response.body.size() / 2));
        socket->disconnectFromHost();
        finished(false);
        return;
    }
    if (chunked) {
        auto stream = std::make_shared<Stream>();
        stream->socket = socket;
        stream->chunks = response.chunks;
        stream->closeMidway = response.fault == Fault::CloseMidBody;
        stream->keepAlive = keep && !stream->closeMidway;
        stream->onChunkWritten = response.onChunkWritten;
        stream->onFinished = response.onFinished;
        if (Connection *conn = m_connections.value(socket))
            conn->stream = stream;
        writeChunks(stream, false);
        return;
    }
    socket->write(response.body);
    finishResponse(socket, keep);
    finished(true);
}

void FakeHttpServer::writeChunks(const std::shared_ptr<Stream> &stream, bool delayDone)
{
    const int first = stream->index;
    const auto alive = [&stream] {
        return stream->socket && stream->socket->state() == QAbstractSocket::ConnectedState;
    };
    const qsizetype cutAt =
        stream->closeMidway ? std::max<qsizetype>(1, stream->chunks.size() / 2) : -1;
    for (; stream->index < stream->chunks.size(); ++stream->index) {
        const int index = stream->index;
        if (stream->over)
            return; // the client left meanwhile (counted when it disconnected)
        if (!alive()) {
            abortStream(*stream);
            return;
        }
        if (index == cutAt) {
            stream->finished(false); // first, so the disconnect below is no client abort
            stream->socket->disconnectFromHost();
            return;
        }
        const FakeResponse::Chunk &chunk = stream->chunks.at(index);
        if (chunk.delayMs > 0 && !(index == first && delayDone)) {
            // Write this chunk after its delay, then go on from the next one.
            QTimer::singleShot(chunk.delayMs, this, [this, stream] { writeChunks(stream, true); });
            return;
        }
        if (!chunk.data.isEmpty())
            stream->socket->write(QByteArray::number(chunk.data.size(), 16) + "\r\n" + chunk.data +
                                  "\r\n");
        if (stream->onChunkWritten)
            stream->onChunkWritten(index);
    }
    if (!alive()) {
        abortStream(*stream);
        return;
    }
    stream->socket->write("0\r\n\r\n");
    stream->finished(true);
    finishResponse(stream->socket, stream->keepAlive);
}

void FakeHttpServer::writeOversized(QPointer<QTcpSocket> socket, qsizetype left)
{
    // One chunk per event-loop turn, and only while the client keeps reading, so that
    // the fake never stalls the loop it shares with the client (GUI stall checks).
    constexpr qsizetype kPiece = 1024 * 1024;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (left <= 0) {
        socket->write("0\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    // One shared chunk, built once: the fake's own cost stays out of the stall figures.
    static const QByteArray piece =
        QByteArray::number(kPiece, 16) + "\r\n" + QByteArray(kPiece, 'x') + "\r\n";
    if (socket->bytesToWrite() < 2 * kPiece) {
        socket->write(piece);
        left -= kPiece;
    }
    QTimer::singleShot(socket->bytesToWrite() < 2 * kPiece ? 0 : 5, this,
                       [this, socket, left] { writeOversized(socket, left); });
}

void FakeHttpServer::abortStream(Stream &stream)
{
    if (stream.over)
        return;
    ++m_abortedStreams;
    stream.finished(false);
}

void FakeHttpServer::finishResponse(QTcpSocket *socket, bool keepAlive)
{
    if (!keepAlive) {
        socket->disconnectFromHost();
        return;
    }
    if (Connection *conn = m_connections.value(socket)) {
        conn->busy = false;
        if (!conn->buffer.isEmpty() || socket->bytesAvailable() > 0)
            QTimer::singleShot(0, socket, [this, socket] { onReadyRead(socket); });
    }
}

} // namespace c41::fakes
