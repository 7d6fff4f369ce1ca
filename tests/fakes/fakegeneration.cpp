// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakegeneration.h"

#include "fakellmtext.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace c41::fakes {

FakeGeneration FakeGeneration::plan(const FakeModel &model, const Request &request)
{
    FakeGeneration g;
    FakeLlmText text(request.seed);
    int budget = request.maxTokens;
    if (request.reasoning) {
        g.reasoning = text.reasoning(budget);
        if (budget >= 0)
            budget = std::max(0, budget - int(g.reasoning.size()));
    }
    if (budget != 0)
        g.content = text.answer(budget, request.fillToMax, &g.truncated);
    else
        g.truncated = request.maxTokens >= 0;

    g.cachedTokens = std::clamp(request.cachedTokens, 0, std::max(0, request.promptTokens - 1));
    g.promptTokens = std::max(1, request.promptTokens - g.cachedTokens);
    g.loadSeconds = request.loadSeconds;
    // Real runs are not perfectly even: prefill varies by +-5 %, each token by +-10 %.
    QRandomGenerator jitter(request.seed ^ 0x9e3779b9U);
    g.promptSeconds = g.promptTokens / std::max(1.0, model.prefillTokensPerSecond) *
                      (0.95 + 0.1 * jitter.generateDouble());
    const double perToken = 1.0 / std::max(0.1, model.tokensPerSecond);
    const double scale = std::max(0.0, request.timeScale) * 1000.0;
    const double lead = g.loadSeconds + g.promptSeconds;
    g.leadMs = int(std::lround(lead * scale));
    double at = lead;
    long previousMs = 0;
    const int tokens = g.tokenCount();
    g.delaysMs.reserve(tokens);
    for (int i = 0; i < tokens; ++i) {
        const double step = perToken * (0.9 + 0.2 * jitter.generateDouble());
        g.evalSeconds += step;
        at += step;
        const long atMs = std::lround(at * scale);
        g.delaysMs.append(int(atMs - previousMs));
        previousMs = atMs;
    }
    g.totalMs = tokens > 0 ? int(previousMs) : g.leadMs;
    return g;
}

} // namespace c41::fakes
