// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/llm/replybuilder.h"
#include "net/jsonpick.h"
#include "net/ssedecoder.h"

#include <optional>

namespace c41::backends {

// Turns the SSE body of /v1/chat/completions into reply events, for every
// OpenAI-compatible server: comments (mlx_lm keep-alives) skipped; content,
// reasoning_content / reasoning; usage wherever it comes (finish chunk or a
// "choices": [] chunk); llama.cpp `timings`; `data: {"error":…}` as an error; a
// body that ends with neither [DONE] nor a finish_reason as a transport failure.
class OpenAiStreamReader
{
public:
    OpenAiStreamReader(ReplyBuilder &reply, QString server);

    bool feed(QByteArrayView bytes); // false: stop reading
    void finish();

private:
    bool event(const QByteArray &data);
    // A plain delta event read without building it; nullopt when the event needs the
    // full parse (usage, timings, a finish reason, an error, anything unusual).
    std::optional<bool> quickEvent(const QByteArray &data);
    bool delta(const QString &role, const QString &reasoning, const QString &content);

    ReplyBuilder &m_reply;
    QString m_server;
    net::SseDecoder m_decoder;
    bool m_done = false;
    bool m_sawRole = false;
    net::JsonPick m_pick;
};

} // namespace c41::backends
