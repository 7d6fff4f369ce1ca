// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>
#include <QStringList>
#include <QStringView>

namespace c41::fakes {

// What the fake LLM servers "generate": plausible English picked from a small
// built-in list of sentences (the demo lab must look like a studio at work, so no
// gibberish), cut into word-sized pieces, one piece per token. Deterministic for a
// given seed.
class FakeLlmText
{
public:
    explicit FakeLlmText(quint32 seed);

    // An answer of natural length (two to five sentences). With maxTokens >= 0 it
    // stops there and *cut says so; with fill it goes on (new sentences) until
    // maxTokens, as ignore_eos does.
    QStringList answer(int maxTokens, bool fill = false, bool *cut = nullptr);
    // A short chain of thought, as reasoning models print before answering.
    QStringList reasoning(int maxTokens);

    // About as many tokens as a BPE tokenizer would make of this text.
    static int estimateTokens(QStringView text);

private:
    QStringList pieces(const char *const *sentences, int count, int sentencesWanted, int maxTokens,
                       bool fill, bool *cut);

    QRandomGenerator m_rng;
};

} // namespace c41::fakes
