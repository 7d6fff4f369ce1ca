// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: NdjsonDecoder must give the same lines (or fail the same way)
// however the bytes are split, and must never crash, hang or read out of bounds.
//
// Input: byte 0 picks the split points, byte 1 the limits, the rest is the stream.
#include "net/ndjsondecoder.h"

#include <cstdint>
#include <cstdlib>
#include <optional>

using c41::net::ApiError;
using c41::net::DecoderLimits;
using c41::net::NdjsonDecoder;

namespace {

struct Outcome
{
    QList<QByteArray> lines;
    std::optional<ApiError::Kind> error;
};

Outcome decode(QByteArrayView stream, const QList<qsizetype> &cuts, DecoderLimits limits)
{
    NdjsonDecoder decoder(limits);
    Outcome outcome;
    qsizetype from = 0;
    QList<qsizetype> ends = cuts;
    ends.append(stream.size());
    for (const qsizetype to : std::as_const(ends)) {
        auto part = decoder.feed(stream.sliced(from, to - from));
        if (!part) {
            outcome.error = part.error().kind;
            if (decoder.feed("{}\n").ok() || decoder.finish().ok()) // sticky
                std::abort();
            return outcome;
        }
        outcome.lines.append(*part);
        from = to;
    }
    auto last = decoder.finish();
    if (!last) {
        outcome.error = last.error().kind;
        return outcome;
    }
    outcome.lines.append(*last);
    for (const QByteArray &line : std::as_const(outcome.lines)) {
        // Never a line end, never a blank line, never over the cap.
        if (line.contains('\n') || line.trimmed().isEmpty() || line.size() > limits.maxLineBytes)
            std::abort();
    }
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const uint8_t pick = data[0];
    const DecoderLimits limits =
        (data[1] & 1) ? DecoderLimits{1 + (data[1] >> 1), 1 << 20} : DecoderLimits{};
    const QByteArrayView stream(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    const Outcome whole = decode(stream, {}, limits);
    const qsizetype n = stream.size();
    const qsizetype cut = n == 0 ? 0 : qsizetype(pick) * n / 255;
    QList<qsizetype> cuts{cut};
    const qsizetype second = cut + (n - cut) * (pick & 0x0f) / 16;
    if (second > cut && second < n)
        cuts.append(second);
    if (second + 1 < n)
        cuts.append(second + 1); // a one-byte piece: splits "\r\n"

    const Outcome split = decode(stream, cuts, limits);
    if (whole.error != split.error)
        std::abort();
    if (!whole.error && whole.lines != split.lines)
        std::abort();
    return 0;
}
