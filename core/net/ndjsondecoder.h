// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decoderlimits.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace c41::net {

// Incremental splitter for newline-delimited JSON (Ollama's /api/chat, /api/generate,
// /api/pull streams). Pure: bytes in, complete lines out; it does not parse JSON.
//
// - Bytes may be split at any point. A line ends with '\n'; a '\r' before it is
//   dropped (CRLF tolerated). Blank and whitespace-only lines are skipped.
// - A line longer than maxLineBytes (counting a trailing '\r', not the '\n') is an
//   ApiError of Kind::TooLarge; the decoder then stays failed until reset(). The
//   error's `server` is empty: the caller fills it in.
// - O(n) overall: each byte is scanned once.
class NdjsonDecoder
{
public:
    explicit NdjsonDecoder(DecoderLimits limits = {});

    // Lines completed by these bytes, without their line end.
    Result<QList<QByteArray>> feed(QByteArrayView bytes);
    // End of stream: returns a last line that had no trailing newline, then resets.
    Result<QList<QByteArray>> finish();
    void reset();

    bool hasFailed() const { return m_failure.has_value(); }

private:
    static void appendLine(QByteArrayView line, QList<QByteArray> &out);
    ApiError fail();

    DecoderLimits m_limits;
    QByteArray m_buffer;     // bytes of the unfinished line
    qsizetype m_scanned = 0; // how much of m_buffer is known to hold no '\n'
    std::optional<ApiError> m_failure;
};

} // namespace c41::net
