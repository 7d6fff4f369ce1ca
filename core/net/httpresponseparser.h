// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace c41::net {

// Incremental parser of one HTTP/1.1 response: the status line and headers (1xx interim
// replies skipped), then the body, framed by chunked transfer coding, Content-Length or
// the end of the connection. Bytes may arrive split anywhere. Hostile input (garbage,
// endless header or chunk-size lines, bad lengths) fails with a sentence, never grows a
// buffer without bound: the head is capped, body bytes are handed on as they come.
//
// Written here rather than taken from a library because QNetworkAccessManager, the only
// HTTP client Qt has, parses on its own thread and wakes the caller's thread for every
// chunk: for a token stream (one chunk per token) that costs more CPU than everything
// else together. DirectStream uses this parser on the caller's thread instead.
class HttpResponseParser
{
public:
    enum class State { Head, Body, Done, Failed };

    explicit HttpResponseParser(bool headRequest = false, qsizetype maxHeadBytes = 64 * 1024)
        : m_headRequest(headRequest)
        , m_maxHeadBytes(maxHeadBytes)
    {
    }

    // Parses `data`, appending the decoded body bytes it holds to `body`. Returns false
    // once the response is malformed (then error() says how; the parser stays Failed).
    bool feed(QByteArrayView data, QByteArray &body);
    // The connection ended. True when that completes the response (a body framed by the
    // end of the connection); false when the response was cut short or never began.
    bool finish();

    State state() const { return m_state; }
    bool headComplete() const { return m_state == State::Body || m_state == State::Done; }
    int status() const { return m_status; }
    const QByteArray &reasonPhrase() const { return m_reason; }
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    QByteArray header(QByteArrayView name) const; // case-insensitive; the last one wins
    QString error() const { return m_error; }

private:
    enum class Framing { None, Chunked, Length, Close };
    enum class ChunkStep { Size, Data, DataEnd, Trailer };

    bool fail(QString why);
    bool parseHead(QByteArrayView head);
    bool feedHead(QByteArrayView &data);
    bool feedChunked(QByteArrayView data, QByteArray &body);
    // Takes one line (without CR LF) from `data` into m_line; false while incomplete.
    bool takeLine(QByteArrayView &data, qsizetype cap, bool &tooLong);

    bool m_headRequest;
    qsizetype m_maxHeadBytes;
    State m_state = State::Head;
    QByteArray m_head;
    int m_status = 0;
    QByteArray m_reason;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    Framing m_framing = Framing::None;
    qint64 m_remaining = 0; // Length: body bytes left; Chunked: bytes left in this chunk
    ChunkStep m_chunkStep = ChunkStep::Size;
    QByteArray m_line;
    qsizetype m_trailerBytes = 0;
    QString m_error;
};

} // namespace c41::net
