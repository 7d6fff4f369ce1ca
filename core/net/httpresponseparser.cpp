// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpresponseparser.h"

#include <QCoreApplication>

#include <limits>

namespace c41::net {

namespace {
// lupdate sees Text::tr() calls under the context HttpResponseParser.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HttpResponseParser)
};

constexpr qsizetype kMaxChunkLine = 4096;     // "1a2b;ext=..." lines
constexpr qsizetype kMaxTrailerBytes = 65536; // trailer fields after the last chunk

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r'))
        v.chop(1);
    return v;
}

bool parseDecimal(QByteArrayView v, qint64 &out)
{
    if (v.isEmpty() || v.size() > 18)
        return false;
    qint64 n = 0;
    for (const char c : v) {
        if (c < '0' || c > '9')
            return false;
        n = n * 10 + (c - '0');
    }
    out = n;
    return true;
}

bool parseHex(QByteArrayView v, qint64 &out)
{
    if (v.isEmpty() || v.size() > 15) // 15 hex digits: under 2^60, no overflow
        return false;
    qint64 n = 0;
    for (const char c : v) {
        int d;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        else
            return false;
        n = n * 16 + d;
    }
    out = n;
    return true;
}
} // namespace

QByteArray HttpResponseParser::header(QByteArrayView name) const
{
    for (auto it = m_headers.crbegin(); it != m_headers.crend(); ++it) {
        if (it->first.compare(name, Qt::CaseInsensitive) == 0)
            return it->second;
    }
    return {};
}

bool HttpResponseParser::fail(QString why)
{
    m_state = State::Failed;
    m_error = std::move(why);
    m_head.clear();
    m_line.clear();
    return false;
}

bool HttpResponseParser::feed(QByteArrayView data, QByteArray &body)
{
    while (!data.isEmpty()) {
        switch (m_state) {
        case State::Failed:
            return false;
        case State::Done:
            return true; // bytes after a complete response are not ours to read
        case State::Head:
            if (!feedHead(data))
                return m_state != State::Failed;
            break;
        case State::Body:
            if (m_framing == Framing::Chunked)
                return feedChunked(data, body);
            if (m_framing == Framing::Length) {
                const qsizetype take = qsizetype(std::min<qint64>(m_remaining, data.size()));
                body.append(data.first(take));
                m_remaining -= take;
                if (m_remaining == 0)
                    m_state = State::Done;
                return true;
            }
            body.append(data); // Close: everything until the connection ends
            return true;
        }
    }
    return m_state != State::Failed;
}

// Collects the head up to its blank line; true once it is parsed (data then holds the rest).
bool HttpResponseParser::feedHead(QByteArrayView &data)
{
    // Look for the end of the head in the new bytes, allowing for a "\r\n\r\n" split
    // across feeds: search from a few bytes before the join.
    const qsizetype before = m_head.size();
    m_head.append(data.first(std::min<qsizetype>(data.size(), m_maxHeadBytes + 4 - before)));
    // Not HTTP at all (an SSH banner, TLS, garbage): say so at once, not at the close.
    const QByteArrayView prefix("HTTP/1.");
    const qsizetype known = std::min(m_head.size(), prefix.size());
    if (QByteArrayView(m_head).first(known) != prefix.first(known))
        return fail(Text::tr("it does not start with an HTTP/1.x status line"));
    const qsizetype from = std::max<qsizetype>(0, before - 3);
    qsizetype end = -1;
    qsizetype endLength = 0;
    const qsizetype crlf = m_head.indexOf("\r\n\r\n", from);
    const qsizetype lf = m_head.indexOf("\n\n", from);
    if (crlf >= 0 && (lf < 0 || crlf < lf)) {
        end = crlf;
        endLength = 4;
    } else if (lf >= 0) {
        end = lf;
        endLength = 2;
    }
    // The rule, whatever the split: the head before its blank line is at most the cap.
    // Up to 3 bytes of a terminator may still be pending at the end of what we hold.
    if (end > m_maxHeadBytes || (end < 0 && m_head.size() > m_maxHeadBytes + 3))
        return fail(Text::tr("the reply's status line and headers are longer than %1 bytes")
                        .arg(m_maxHeadBytes));
    if (end < 0) {
        data = {};
        return false;
    }
    const qsizetype used = end + endLength - before; // bytes of `data` that belong to the head
    data = data.sliced(used);
    const QByteArray head = m_head.left(end);
    m_head.clear();
    if (!parseHead(head))
        return false;
    return true;
}

bool HttpResponseParser::parseHead(QByteArrayView head)
{
    qsizetype lineEnd = head.indexOf('\n');
    const QByteArrayView statusLine = trimmed(lineEnd < 0 ? head : head.first(lineEnd));
    // "HTTP/1.1 200 OK"
    if (!statusLine.startsWith("HTTP/1.") || statusLine.size() < 12 || statusLine[8] != ' ')
        return fail(Text::tr("it does not start with an HTTP/1.x status line"));
    qint64 code = 0;
    if (!parseDecimal(statusLine.sliced(9, 3), code) || code < 100 || code > 999 ||
        (statusLine.size() > 12 && statusLine[12] != ' '))
        return fail(Text::tr("the status line has no valid status code"));
    m_headers.clear();
    QByteArrayView rest = lineEnd < 0 ? QByteArrayView() : head.sliced(lineEnd + 1);
    while (!rest.isEmpty()) {
        lineEnd = rest.indexOf('\n');
        const QByteArrayView line = lineEnd < 0 ? rest : rest.first(lineEnd);
        rest = lineEnd < 0 ? QByteArrayView() : rest.sliced(lineEnd + 1);
        if (trimmed(line).isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(Text::tr("a header line has no name"));
        m_headers.append({trimmed(line.first(colon)).toByteArray(),
                          trimmed(line.sliced(colon + 1)).toByteArray()});
    }
    if (code >= 100 && code < 200 && code != 101)
        return true; // an interim reply (100 Continue): the real head follows
    m_status = int(code);
    m_reason = trimmed(statusLine.sliced(12)).toByteArray();

    const QByteArray coding = header("Transfer-Encoding").toLower();
    const QByteArray length = header("Content-Length");
    m_state = State::Body;
    if (m_headRequest || code == 204 || code == 304) {
        m_state = State::Done;
    } else if (!coding.isEmpty() && coding != "identity") {
        if (!coding.endsWith("chunked"))
            return fail(Text::tr("unsupported transfer coding '%1'")
                            .arg(QString::fromLatin1(coding.left(64))));
        m_framing = Framing::Chunked;
        m_chunkStep = ChunkStep::Size;
    } else if (!length.isEmpty()) {
        if (!parseDecimal(length, m_remaining))
            return fail(
                Text::tr("invalid Content-Length '%1'").arg(QString::fromLatin1(length.left(64))));
        m_framing = Framing::Length;
        if (m_remaining == 0)
            m_state = State::Done;
    } else {
        m_framing = Framing::Close;
    }
    return true;
}

bool HttpResponseParser::takeLine(QByteArrayView &data, qsizetype cap, bool &tooLong)
{
    const qsizetype nl = data.indexOf('\n');
    const QByteArrayView part = nl < 0 ? data : data.first(nl);
    if (m_line.size() + part.size() > cap) {
        tooLong = true;
        return false;
    }
    m_line.append(part);
    data = nl < 0 ? QByteArrayView() : data.sliced(nl + 1);
    if (nl < 0)
        return false;
    if (m_line.endsWith('\r'))
        m_line.chop(1);
    return true;
}

bool HttpResponseParser::feedChunked(QByteArrayView data, QByteArray &body)
{
    bool tooLong = false;
    while (!data.isEmpty() && m_state == State::Body) {
        switch (m_chunkStep) {
        case ChunkStep::Size: {
            if (!takeLine(data, kMaxChunkLine, tooLong)) {
                if (tooLong)
                    return fail(
                        Text::tr("a chunk-size line is longer than %1 bytes").arg(kMaxChunkLine));
                return true;
            }
            QByteArrayView size = m_line;
            const qsizetype semicolon = size.indexOf(';');
            if (semicolon >= 0)
                size = size.first(semicolon);
            if (!parseHex(trimmed(size), m_remaining))
                return fail(Text::tr("invalid chunk size '%1'")
                                .arg(QString::fromLatin1(m_line.left(32).toPercentEncoding())));
            m_line.clear();
            m_chunkStep = m_remaining == 0 ? ChunkStep::Trailer : ChunkStep::Data;
            break;
        }
        case ChunkStep::Data: {
            const qsizetype take = qsizetype(std::min<qint64>(m_remaining, data.size()));
            body.append(data.first(take));
            data = data.sliced(take);
            m_remaining -= take;
            if (m_remaining == 0)
                m_chunkStep = ChunkStep::DataEnd;
            break;
        }
        case ChunkStep::DataEnd:
            if (!takeLine(data, 2, tooLong)) {
                if (tooLong)
                    return fail(Text::tr("a chunk is longer than its declared size"));
                return true;
            }
            if (!m_line.isEmpty())
                return fail(Text::tr("a chunk is longer than its declared size"));
            m_chunkStep = ChunkStep::Size;
            break;
        case ChunkStep::Trailer: {
            const qsizetype before = data.size();
            const bool complete = takeLine(data, kMaxChunkLine, tooLong);
            m_trailerBytes += before - data.size();
            if (tooLong || m_trailerBytes > kMaxTrailerBytes)
                return fail(Text::tr("the trailer after the last chunk is too long"));
            if (!complete)
                return true;
            if (m_line.isEmpty())
                m_state = State::Done;
            m_line.clear();
            break;
        }
        }
    }
    return true;
}

bool HttpResponseParser::finish()
{
    if (m_state == State::Body && m_framing == Framing::Close)
        m_state = State::Done;
    return m_state == State::Done;
}

} // namespace c41::net
