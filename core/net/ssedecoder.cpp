// SPDX-License-Identifier: GPL-3.0-or-later
#include "ssedecoder.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace c41::net {

namespace {

constexpr QByteArrayView kBom("\xEF\xBB\xBF");

// "retry:" takes the value only if it is all ASCII digits (and fits an int).
int parseRetry(QByteArrayView value)
{
    if (value.isEmpty())
        return -1;
    qint64 ms = 0;
    for (const char c : value) {
        if (c < '0' || c > '9')
            return -1;
        ms = ms * 10 + (c - '0');
        if (ms > std::numeric_limits<int>::max())
            return -1;
    }
    return int(ms);
}

} // namespace

SseDecoder::SseDecoder(DecoderLimits limits)
    : m_limits(limits)
{
}

Result<QList<SseEvent>> SseDecoder::feed(QByteArrayView bytes)
{
    if (m_failure)
        return *m_failure;
    m_buffer.append(bytes);

    if (m_atStreamStart) {
        const qsizetype n = std::min(kBom.size(), m_buffer.size());
        if (QByteArrayView(m_buffer).first(n) != kBom.first(n)) {
            m_atStreamStart = false;
        } else if (m_buffer.size() < kBom.size()) {
            return QList<SseEvent>{}; // could still be a BOM: wait for more
        } else {
            m_buffer.remove(0, kBom.size());
            m_atStreamStart = false;
        }
    }

    QList<SseEvent> out;
    const char *const d = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    qsizetype lineStart = 0;
    qsizetype pos = m_scanned;
    if (m_skipLf && pos < size) {
        // The '\r' that ended the previous chunk and this '\n' are one line end.
        if (d[pos] == '\n')
            lineStart = ++pos;
        m_skipLf = false;
    }
    while (pos < size) {
        const char c = d[pos];
        if (c != '\n' && c != '\r') {
            ++pos;
            continue;
        }
        if (pos - lineStart > m_limits.maxLineBytes)
            return fail(lineTooLong());
        if (!processLine(QByteArrayView(d + lineStart, pos - lineStart), out))
            return *m_failure;
        if (c == '\r') {
            if (pos + 1 < size) {
                if (d[pos + 1] == '\n')
                    ++pos;
            } else {
                m_skipLf = true;
            }
        }
        lineStart = ++pos;
    }
    if (size - lineStart > m_limits.maxLineBytes)
        return fail(lineTooLong());
    m_buffer.remove(0, lineStart);
    m_scanned = m_buffer.size();
    return out;
}

Result<QList<SseEvent>> SseDecoder::finish()
{
    if (m_failure)
        return *m_failure;
    if (m_atStreamStart && kBom.startsWith(m_buffer))
        m_buffer.clear(); // the stream was nothing but (part of) a BOM
    QList<SseEvent> out;
    if (!m_buffer.isEmpty()) {
        // A last line without a line end: the feed() that brought it already checked
        // its length.
        if (!processLine(m_buffer, out))
            return *m_failure;
    }
    if (m_hasData)
        dispatch(out);
    reset();
    return out;
}

void SseDecoder::reset()
{
    m_buffer.clear();
    m_scanned = 0;
    m_skipLf = false;
    m_atStreamStart = true;
    m_data.clear();
    m_eventType.clear();
    m_hasData = false;
    m_lastEventId.clear();
    m_retryMs = -1;
    m_failure.reset();
}

bool SseDecoder::isDone(const SseEvent &event)
{
    return event.data.trimmed() == "[DONE]";
}

bool SseDecoder::processLine(QByteArrayView line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return true;
    }
    if (line.front() == ':')
        return true; // a comment: keep-alives and the like
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);

    if (field == "data") {
        const qsizetype newSize = m_data.size() + (m_hasData ? 1 : 0) + value.size();
        if (newSize > m_limits.maxEventBytes) {
            fail(ApiError::make(
                ApiError::Kind::TooLarge, {},
                QCoreApplication::translate("SseDecoder", "an SSE event exceeded %1")
                    .arg(describeByteLimit(m_limits.maxEventBytes)),
                QCoreApplication::translate("SseDecoder",
                                            "The server sent more data in one event than "
                                            "this app accepts; check the server and request.")));
            return false;
        }
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value);
        m_hasData = true;
    } else {
        processField(field, value);
    }
    return true;
}

void SseDecoder::processField(QByteArrayView field, QByteArrayView value)
{
    if (field == "event") {
        m_eventType = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastEventId = value.toByteArray();
    } else if (field == "retry") {
        const int ms = parseRetry(value);
        if (ms >= 0)
            m_retryMs = ms;
    }
    // Any other field is ignored, as the spec says.
}

void SseDecoder::dispatch(QList<SseEvent> &out)
{
    if (m_hasData) {
        SseEvent event;
        event.event = std::move(m_eventType);
        event.data = std::move(m_data);
        event.id = m_lastEventId;
        event.retryMs = m_retryMs;
        out.append(std::move(event));
    }
    m_data.clear();
    m_eventType.clear();
    m_hasData = false;
}

ApiError SseDecoder::fail(ApiError error)
{
    m_failure = error;
    m_buffer.clear();
    m_data.clear();
    return error;
}

ApiError SseDecoder::lineTooLong() const
{
    return ApiError::make(
        ApiError::Kind::TooLarge, {},
        QCoreApplication::translate("SseDecoder", "an SSE line exceeded %1")
            .arg(describeByteLimit(m_limits.maxLineBytes)),
        QCoreApplication::translate("SseDecoder",
                                    "The server's event stream has a line longer than this app "
                                    "accepts; check that the URL points at the right server."));
}

} // namespace c41::net
