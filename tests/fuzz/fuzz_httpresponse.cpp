// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: HttpResponseParser (the streamed replies of every server) must give the
// same status, body and verdict however the bytes are split, never crash, hang or read
// out of bounds, and never hold more head than its cap.
//
// Input: byte 0 picks the split points, byte 1 the head cap (odd: a small one), the rest
// is what the server sent.
#include "net/httpresponseparser.h"

#include <cstdint>
#include <cstdlib>

using c41::net::HttpResponseParser;

namespace {

struct Outcome
{
    HttpResponseParser::State state;
    int status = 0;
    QByteArray body;
    bool complete = false;
};

Outcome parse(QByteArrayView bytes, const QList<qsizetype> &cuts, qsizetype cap)
{
    HttpResponseParser parser(false, cap);
    Outcome out;
    qsizetype from = 0;
    QList<qsizetype> ends = cuts;
    ends.append(bytes.size());
    for (const qsizetype to : std::as_const(ends)) {
        const bool ok = parser.feed(bytes.sliced(from, to - from), out.body);
        if (!ok && parser.state() != HttpResponseParser::State::Failed)
            std::abort();
        if (parser.state() == HttpResponseParser::State::Failed && parser.error().isEmpty())
            std::abort(); // a failure always says why
        from = to;
    }
    out.complete = parser.finish();
    out.state = parser.state();
    out.status = parser.status();
    if (out.complete && (out.status < 100 || out.status > 999))
        std::abort();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const uint8_t pick = data[0];
    const qsizetype cap = (data[1] & 1) ? 16 + (data[1] >> 1) : 64 * 1024;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    const Outcome whole = parse(bytes, {}, cap);
    const qsizetype n = bytes.size();
    const qsizetype cut = n == 0 ? 0 : qsizetype(pick) * n / 255;
    QList<qsizetype> cuts{cut};
    const qsizetype second = cut + (n - cut) * (pick & 0x0f) / 16;
    if (second > cut && second < n)
        cuts.append(second);
    if (second + 1 < n)
        cuts.append(second + 1); // a one-byte piece: splits "\r\n"
    const Outcome split = parse(bytes, cuts, cap);
    if (whole.state != split.state || whole.complete != split.complete)
        std::abort();
    if (whole.state != HttpResponseParser::State::Failed &&
        (whole.status != split.status || whole.body != split.body))
        std::abort();
    return 0;
}
