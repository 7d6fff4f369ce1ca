// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/llm/replybuilder.h"
#include "net/jsonpick.h"
#include "net/ndjsondecoder.h"

#include <optional>

namespace c41::backends {

// Turns the NDJSON body of Ollama's /api/chat (or /api/generate) into reply
// events: message.content / response, message.thinking, the stats on the
// "done" line, and an {"error":…} line under HTTP 200 as an error. A stream that
// ends without "done" and without an error is a transport failure.
class OllamaStreamReader
{
public:
    OllamaStreamReader(ReplyBuilder &reply, QString server);

    // False when reading should stop (sink said stop, error line, or done).
    bool feed(QByteArrayView bytes);
    // End of body: flags a stream cut short.
    void finish();

private:
    bool line(const QByteArray &line);
    // A plain delta line ({"message":{"content":…},"done":false}) read without building
    // it; nullopt when the line needs the full parse (done, an error, anything unusual).
    std::optional<bool> quickLine(const QByteArray &line);
    bool delta(const QString &content, const QString &thinking, const QString *role);

    ReplyBuilder &m_reply;
    QString m_server;
    net::NdjsonDecoder m_decoder;
    bool m_done = false;
    bool m_sawRole = false;
    net::JsonPick m_pick;
};

} // namespace c41::backends
