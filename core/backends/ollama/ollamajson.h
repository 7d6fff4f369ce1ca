// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/llm/llmtypes.h"

#include <nlohmann/json.hpp>

namespace c41::backends {

// Reads Ollama's native payloads (protocols/ollama.md) into the neutral types.
class OllamaJson
{
public:
    // /api/tags
    static QList<LlmModel> models(const nlohmann::json &tags);
    // /api/show adds the exact parameter count and the trained context.
    static void applyShow(LlmModel &model, const nlohmann::json &show);
    // /api/ps; `now` decides "pinned" (expires more than 20 years ahead).
    static QList<LoadedModel> loaded(const nlohmann::json &ps, const QDateTime &now);
    // Server timings of a final "done" line, when it has them.
    static std::optional<ReplyStats> stats(const nlohmann::json &done);
    static QDateTime parseTime(const QString &rfc3339);
    // The request body of /api/chat.
    static nlohmann::json chatBody(const ChatRequest &request);
};

} // namespace c41::backends
