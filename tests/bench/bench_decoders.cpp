// SPDX-License-Identifier: GPL-3.0-or-later
// Throughput of the stream decoders on a synthetic chat stream: 20,000 events cut
// into 1400-byte pieces (one TCP segment's worth each), as a socket delivers them.
// Prints MB/s; not a ctest test. Usage: bench_decoders [rounds]
#include "net/ndjsondecoder.h"
#include "net/ssedecoder.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <limits>

using namespace c41::net;

namespace {

constexpr int kEvents = 20000;
constexpr qsizetype kChunk = 1400;

QByteArray chunkJson(int i)
{
    // Shaped like llama.cpp's chat.completion.chunk, with some non-ASCII content.
    return QByteArray(R"({"choices":[{"finish_reason":null,"index":0,"delta":{"content":" сост)") +
           QByteArray::number(i) +
           R"("}}],"created":1795307592,"id":"chatcmpl-isKTqm77hCTuq1N5ZNGI5qvOhy5atMsK",)"
           R"("model":"tiny-llama.gguf","object":"chat.completion.chunk"})";
}

template <typename Decoder>
double megabytesPerSecond(const QByteArray &stream, int rounds, qsizetype expected)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer timer;
        timer.start();
        Decoder decoder;
        qsizetype count = 0;
        for (qsizetype at = 0; at < stream.size(); at += kChunk) {
            const auto part = decoder.feed(
                QByteArrayView(stream).sliced(at, std::min(kChunk, stream.size() - at)));
            if (!part)
                std::abort();
            count += part->size();
        }
        const auto last = decoder.finish();
        if (!last)
            std::abort();
        count += last->size();
        best = std::min(best, timer.nsecsElapsed());
        if (count != expected) {
            std::fprintf(stderr, "expected %lld items, got %lld\n", qlonglong(expected),
                         qlonglong(count));
            std::abort();
        }
    }
    return double(stream.size()) / 1e6 / (double(best) / 1e9);
}

} // namespace

int main(int argc, char **argv)
{
    const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 20;
    QByteArray sse;
    QByteArray ndjson;
    for (int i = 0; i < kEvents; ++i) {
        const QByteArray json = chunkJson(i);
        sse += "data: " + json + "\n\n";
        if (i % 50 == 0)
            sse += ": keep-alive\n\n";
        ndjson += json + '\n';
    }
    sse += "data: [DONE]\n\n";

    const double sseRate = megabytesPerSecond<SseDecoder>(sse, rounds, kEvents + 1);
    std::printf("SseDecoder:    %d events, %.1f MB in %lld-byte chunks: %.0f MB/s (best of %d)\n",
                kEvents + 1, sse.size() / 1e6, qlonglong(kChunk), sseRate, rounds);
    const double ndjsonRate = megabytesPerSecond<NdjsonDecoder>(ndjson, rounds, kEvents);
    std::printf("NdjsonDecoder: %d lines,  %.1f MB in %lld-byte chunks: %.0f MB/s (best of %d)\n",
                kEvents, ndjson.size() / 1e6, qlonglong(kChunk), ndjsonRate, rounds);
    return 0;
}
