// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canceltoken.h"
#include "httpclient.h"
#include "httpresponseparser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QAbstractSocket;

namespace c41::net {

// One HTTP/1.1 request over a socket on the caller's thread (QTcpSocket, or QSslSocket for
// https; Qt's application proxy applies as for any socket), its body handed to a sink as
// it arrives. Used by HttpClient::stream() for SSE, NDJSON and downloads, and by
// HttpClient::send() for plain-http requests: QNetworkAccessManager hands every chunk from
// its own thread to ours (for a token stream that doubled the CPU per token) and reads
// each reply head one byte per system call.
// Errors read like HttpClient's: which server, what failed, what to do.
class DirectStream final : public QObject
{
    Q_OBJECT
public:
    DirectStream(QString serverName, QUrl url, QByteArray method, QByteArray requestHead,
                 QByteArray body, RequestOptions options, ChunkSink sink, CancelToken cancel);
    ~DirectStream() override;

    // Runs the request to its end: the HTTP status, or the error.
    QCoro::Task<Result<int>> run();
    // Ends the request now with Cancelled (the client is going away).
    void abort();
    // For buffered requests: a body declared or grown beyond this ends with TooLarge.
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    // The reply's header fields, once run() has returned a status.
    QList<QPair<QByteArray, QByteArray>> headers() const { return m_parser.headers(); }

    // The request bytes up to the body: request line, Host, the given header lines and
    // Content-Length (when there is a body) and "Connection: close".
    static QByteArray composeHead(const QUrl &url, const QByteArray &method,
                                  const QList<QPair<QByteArray, QByteArray>> &headers,
                                  qsizetype bodySize);

Q_SIGNALS:
    void ended();

private:
    enum class Stop { Cancelled, TotalTimeout, InactivityTimeout, SinkStopped, TooLarge };

    void onReadyRead();
    void onDisconnected();
    void onError();
    void stop(Stop why);
    void end(Result<int> result);
    ApiError socketError() const;
    ApiError malformed(const QString &why) const;

    QString m_server;
    QUrl m_url;
    QByteArray m_request;
    RequestOptions m_options;
    ChunkSink m_sink;
    CancelToken m_cancel;
    int m_cancelId = 0;
    std::unique_ptr<QAbstractSocket> m_socket;
    HttpResponseParser m_parser;
    QByteArray m_body;         // decoded body bytes of one read, handed to the sink
    QByteArray m_errorBody;    // for a status >= 400: the server's words, capped
    qint64 m_maxBodyBytes = 0; // 0: no cap (streams)
    qint64 m_bodyBytes = 0;
    QTimer m_total;
    QTimer m_idle;
    std::optional<Result<int>> m_result;
};

} // namespace c41::net
