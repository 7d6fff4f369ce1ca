// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by tst_ssedecoder and tst_ndjsondecoder (header-only: tests/core
// globs tst_*.cpp into executables, so a .cpp here would become a test).

#include <QByteArray>
#include <QList>

#include <optional>
#include <utility>

namespace c41::testing {

// The body of a raw HTTP/1.1 response captured off the wire, with the chunked
// transfer encoding undone. Returns nullopt if the framing is broken.
inline std::optional<QByteArray> dechunkHttpBody(const QByteArray &wire)
{
    qsizetype pos = wire.indexOf("\r\n\r\n");
    if (pos < 0)
        return std::nullopt;
    pos += 4;
    QByteArray body;
    for (;;) {
        const qsizetype lineEnd = wire.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return std::nullopt;
        QByteArray sizeField = wire.mid(pos, lineEnd - pos);
        const qsizetype ext = sizeField.indexOf(';');
        if (ext >= 0)
            sizeField.truncate(ext);
        bool ok = false;
        const qsizetype size = sizeField.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0 || lineEnd + 2 + size + 2 > wire.size())
            return std::nullopt;
        if (size == 0)
            return body;
        body.append(wire.mid(lineEnd + 2, size));
        if (wire.mid(lineEnd + 2 + size, 2) != "\r\n")
            return std::nullopt;
        pos = lineEnd + 2 + size + 2;
    }
}

// `text` with every '\n' replaced by `lineEnd` ("\r\n" or "\r").
inline QByteArray withLineEnds(QByteArray text, const QByteArray &lineEnd)
{
    return text.replace('\n', lineEnd);
}

// Feeds `bytes` to a fresh Decoder in the pieces delimited by `cuts` (ascending
// offsets), then finish(). Returns every element, or nullopt if any call failed.
template <typename Decoder, typename Element>
std::optional<QList<Element>> decodeWithCuts(const QByteArray &bytes, const QList<qsizetype> &cuts)
{
    Decoder decoder;
    QList<Element> all;
    qsizetype from = 0;
    QList<qsizetype> ends = cuts;
    ends.append(bytes.size());
    for (const qsizetype to : std::as_const(ends)) {
        auto part = decoder.feed(QByteArrayView(bytes).sliced(from, to - from));
        if (!part)
            return std::nullopt;
        all.append(*part);
        from = to;
    }
    auto last = decoder.finish();
    if (!last)
        return std::nullopt;
    all.append(*last);
    return all;
}

// Every cut point: one byte per feed.
inline QList<qsizetype> everyByte(qsizetype size)
{
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < size; ++i)
        cuts.append(i);
    return cuts;
}

} // namespace c41::testing
