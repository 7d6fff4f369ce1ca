// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakegeneration.h"
#include "fakehttpserver.h"

#include <nlohmann/json.hpp>

namespace c41::fakes {

// The bytes Ollama 0.24 puts on the wire (tests/fixtures/ollama), built for
// FakeOllama: NDJSON chat/generate streams, the /v1 SSE flavour, error bodies and
// Go-style timestamps. Key order follows the captures (ordered_json).
class FakeOllamaWire
{
public:
    using Json = nlohmann::ordered_json;

    struct Turn
    {
        bool chat = true; // /api/chat (message.content) or /api/generate (response)
        QString model;    // as the client named it; echoed back
        FakeGeneration generation;
        qint64 startNs = 0; // wall clock, ns since the epoch
        bool failMidStream = false;
        bool includeUsage = false; // /v1 streams: stream_options.include_usage
        int id = 0;                // /v1: chatcmpl-<id>
    };

    static qint64 nowNs();
    // RFC 3339 in UTC with nanoseconds, trailing zeros trimmed, as Go writes it.
    static QByteArray timestamp(qint64 ns);
    // base + add without overflowing int64 (a pinned model expires ~292 years out).
    static QByteArray timestamp(qint64 baseNs, qint64 addNs);
    static QByteArray httpDate(); // "Sun, 22 Nov 2026 01:05:20 GMT"
    // The message Go's encoding/json gives for the same broken body.
    static QString goJsonError(const QByteArray &body, const nlohmann::json::parse_error &error);

    static FakeResponse error(int status, const QString &message); // {"error":"..."}
    static FakeResponse openAiError(int status, const QString &message);
    static FakeResponse loadReply(bool chat, const QString &model, const char *doneReason);
    static FakeResponse nativeStream(const Turn &turn);
    static FakeResponse nativeSingle(const Turn &turn);
    static FakeResponse openAiStream(const Turn &turn);
    static FakeResponse openAiSingle(const Turn &turn);

private:
    static Json nativeLine(const Turn &turn, qint64 atNs, const QString &thinking,
                           const QString &content, bool done);
    static void addStats(Json &line, const Turn &turn);
    static Json openAiChunk(const Turn &turn, Json choices);
};

} // namespace c41::fakes
