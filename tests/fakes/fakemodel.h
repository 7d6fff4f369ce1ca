// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace c41::fakes {

// A model a fake LLM server pretends to hold. The rates drive how fast its streams
// arrive and what the timing fields (Ollama's *_duration, llama.cpp's timings) say.
struct FakeModel
{
    QString name;                // "llama3.2:3b" (Ollama) or "gpt-oss-20b-mxfp4.gguf" (llama.cpp)
    qint64 sizeBytes = 0;        // on disk
    QString family;              // "llama", "qwen3", "gptoss", ...
    QString parameterSize;       // "3.2B", as Ollama writes it
    QString quantization;        // "Q4_K_M", "MXFP4", "F16"
    int contextLength = 4096;    // trained maximum context
    double tokensPerSecond = 40; // generation speed
    double prefillTokensPerSecond = 600; // prompt processing speed
};

} // namespace c41::fakes
