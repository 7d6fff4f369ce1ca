// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakemodel.h"

#include <QList>
#include <QStringList>

namespace c41::fakes {

// One simulated generation: the text, the token counts, how long a real model with
// the given rates would have taken (model time, reported in the timing fields) and
// when each token goes out on the wire (wall time, scaled for fast tests).
struct FakeGeneration
{
    struct Request
    {
        int promptTokens = 0;   // tokens in the prompt, template included
        int cachedTokens = 0;   // of those, reused from the prompt cache
        int maxTokens = -1;     // -1 = the answer's natural length
        bool fillToMax = false; // ignore_eos: keep going until maxTokens
        bool reasoning = false; // think first
        double loadSeconds = 0; // cold load before the prompt
        double timeScale = 1.0; // wall delay = model time * timeScale
        quint32 seed = 0;
    };

    QStringList reasoning;  // one piece per token, streamed before the answer
    QStringList content;    // one piece per token
    bool truncated = false; // hit maxTokens ("length"); otherwise a natural "stop"
    int promptTokens = 0;   // evaluated (prompt minus cache)
    int cachedTokens = 0;
    double loadSeconds = 0;
    double promptSeconds = 0;
    double evalSeconds = 0;
    int leadMs = 0;      // wall time before the first token (load + prompt)
    QList<int> delaysMs; // wall delay before each token, reasoning first; [0] includes leadMs
    int totalMs = 0;     // wall time of the whole generation

    int tokenCount() const { return int(reasoning.size() + content.size()); }
    double totalSeconds() const { return loadSeconds + promptSeconds + evalSeconds; }

    static FakeGeneration plan(const FakeModel &model, const Request &request);
};

} // namespace c41::fakes
