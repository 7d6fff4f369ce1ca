// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decoderlimits.h"
#include "result.h"
#include "sseevent.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace c41::net {

// Incremental decoder for a text/event-stream body (WHATWG HTML, "Server-sent events",
// the event stream interpretation). Pure: bytes in, events out, no I/O.
//
// - Bytes may be split at any point: inside a UTF-8 sequence, inside a line, between
//   the '\r' and '\n' of a CRLF. Lines end with CR, LF or CRLF. A leading UTF-8 BOM is
//   skipped.
// - ':' lines (comments, keep-alives) and unknown fields are ignored. "data:" with or
//   without the one optional space; several data lines are joined with '\n'. "event:",
//   "id:" (ignored if it contains NUL; persists across events) and "retry:" (digits
//   only; persists) as in the spec. A blank line dispatches; an event without any data
//   line is not dispatched.
// - Unlike the spec (which drops an unterminated last event), finish() dispatches it:
//   some servers end a stream with an error event and no blank line.
// - A line longer than maxLineBytes, or an event whose data exceeds maxEventBytes, is
//   an ApiError of Kind::TooLarge. The decoder then stays failed (every feed/finish
//   returns the same error) until reset(). The error's `server` is empty: the caller
//   knows which server it was reading and fills it in.
// - O(n) overall: each byte is scanned once (a scan offset survives between feeds).
class SseDecoder
{
public:
    explicit SseDecoder(DecoderLimits limits = {});

    // Events completed by these bytes, in order.
    Result<QList<SseEvent>> feed(QByteArrayView bytes);
    // End of stream: dispatches a pending event that had no trailing blank line (even
    // when its last line had no line end at all), then resets for a new stream.
    Result<QList<SseEvent>> finish();
    // Back to the initial state (also clears a failure and the last event ID).
    void reset();

    bool hasFailed() const { return m_failure.has_value(); }

    // "data: [DONE]": the OpenAI-style end-of-stream marker.
    static bool isDone(const SseEvent &event);

private:
    bool processLine(QByteArrayView line, QList<SseEvent> &out);
    void processField(QByteArrayView field, QByteArrayView value);
    void dispatch(QList<SseEvent> &out);
    ApiError fail(ApiError error);
    ApiError lineTooLong() const;

    DecoderLimits m_limits;
    QByteArray m_buffer;         // bytes of the unfinished line
    qsizetype m_scanned = 0;     // how much of m_buffer is known to hold no line end
    bool m_skipLf = false;       // the last line ended with '\r' at the end of a chunk
    bool m_atStreamStart = true; // a BOM may still be ahead

    // The event being assembled.
    QByteArray m_data;
    QByteArray m_eventType;
    bool m_hasData = false;
    // Persist across events.
    QByteArray m_lastEventId;
    int m_retryMs = -1;

    std::optional<ApiError> m_failure;
};

} // namespace c41::net
