// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/llm/llmtypes.h"

#include <nlohmann/json.hpp>

namespace c41::backends {

// Reads the payloads of OpenAI-compatible servers (protocols/openai-compat.md)
// and llama.cpp's extras into the neutral types.
class OpenAiJson
{
public:
    // /v1/models: data[].id; llama.cpp adds meta{n_ctx, n_params, size}.
    static QList<LlmModel> models(const nlohmann::json &list);
    // LM Studio /api/v0/models: architecture, quantization, max context, and
    // which are loaded ("state": "loaded").
    static void applyLmStudio(QList<LlmModel> &models, const nlohmann::json &v0);
    static QList<LoadedModel> lmStudioLoaded(const nlohmann::json &v0);
    // llama.cpp /props: the served context and slot count.
    static void applyProps(ServerLoad &load, const nlohmann::json &props);
    // llama.cpp /slots: busy slots and the fullest slot's context use.
    static void applySlots(ServerLoad &load, const nlohmann::json &slotList);
    // llama-swap /running.
    static QList<LoadedModel> running(const nlohmann::json &running);
    // llama.cpp `timings` (on the finish or usage chunk).
    static std::optional<ReplyStats> timings(const nlohmann::json &timings);
    // The request body of /v1/chat/completions.
    static nlohmann::json chatBody(const ChatRequest &request);
};

} // namespace c41::backends
