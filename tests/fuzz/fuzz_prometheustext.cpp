// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: PrometheusTextParser must give the same scrape (or the same error)
// whole and fed in pieces, and must never crash, hang or read out of bounds.
//
// Input: byte 0 picks the piece size (1..256), byte 1 the line limit, the rest is the text.
#include "backends/prometheus/prometheustextparser.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>

using c41::prometheus::PrometheusLimits;
using c41::prometheus::PrometheusScrape;
using c41::prometheus::PrometheusTextParser;

namespace {

bool sameValue(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::memcmp(&a, &b, sizeof a) == 0;
}

void compare(const PrometheusScrape &a, const PrometheusScrape &b)
{
    if (a.size() != b.size() || a.families().size() != b.families().size() ||
        a.sawEof() != b.sawEof())
        std::abort();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const auto x = a.sample(i);
        const auto y = b.sample(i);
        if (x.name() != y.name() || !sameValue(x.value(), y.value()) ||
            x.timestampMs() != y.timestampMs() || x.labelCount() != y.labelCount())
            std::abort();
        for (qsizetype j = 0; j < x.labelCount(); ++j) {
            if (x.labelName(j) != y.labelName(j) || x.labelValue(j) != y.labelValue(j))
                std::abort();
        }
        (void)x.family().help;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const qsizetype piece = qsizetype(data[0]) + 1;
    PrometheusLimits limits;
    if (data[1] & 1)
        limits.maxLineBytes = qsizetype(data[1]) * 4;
    const QByteArrayView text(reinterpret_cast<const char *>(data) + 2, qsizetype(size) - 2);

    const auto whole = PrometheusTextParser::parse(text, limits);
    PrometheusTextParser parser(limits);
    bool failed = false;
    for (qsizetype at = 0; at < text.size() && !failed; at += piece)
        failed = !parser.feed(text.sliced(at, std::min(piece, text.size() - at))).ok();
    const auto chunked = parser.finish();
    if (whole.ok() != chunked.ok())
        std::abort();
    if (!whole.ok()) {
        if (whole.error().kind != chunked.error().kind ||
            whole.error().message != chunked.error().message)
            std::abort();
        return 0;
    }
    compare(*whole, *chunked);
    return 0;
}
