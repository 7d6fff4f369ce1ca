// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace c41::net {

// Pulls the server's own message out of an error response body, whatever shape
// the server uses (see protocols/openai-compat.md "Errors" and ollama.md):
//   1. {"error":{"message":"…","type":"…","code":…}}   OpenAI, vLLM, llama.cpp, Ollama /v1
//   2. {"object":"error","message":"…","type":"…"}      older vLLM (flat)
//   3. {"error":"…"}                                    Ollama native, mlx_lm.server
//   4. {"detail":"…"} or {"detail":[{"msg":…}]}         FastAPI servers (TTS, vLLM-Omni)
//   5. plain text                                       proxies, "404 page not found"
// ComfyUI's {"error":{"type","message","details"},"node_errors":{…}} is shape 1;
// its "details" is appended. Returns a single line, trimmed and capped in length;
// empty when the body holds nothing readable.
QString extractServerMessage(const QByteArray &body);

} // namespace c41::net
