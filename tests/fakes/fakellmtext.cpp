// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakellmtext.h"

#include <iterator>

namespace c41::fakes {

namespace {

const char *const kAnswers[] = {
    "Sure, here is a short overview of how the pieces fit together.",
    "The render queue is processed in order, so the oldest job finishes first.",
    "A smaller context window keeps memory use down and makes each request faster.",
    "If the model stays loaded, the next request starts without a cold load.",
    "You can pin a model in memory so it never unloads between sessions.",
    "Quantized weights trade a little accuracy for a much smaller memory footprint.",
    "For a quick draft, a three billion parameter model is usually good enough.",
    "Longer prompts take more time to process before the first token appears.",
    "The colour grade looks warmer after the last pass, especially in the shadows.",
    "I would split the voice-over into shorter lines so each take is easier to redo.",
    "The scene works better if the camera holds on the wide shot a little longer.",
    "Batch the thumbnails overnight, when the machines are otherwise idle.",
    "Keep an eye on the temperature of the GPU during long upscaling runs.",
    "Here are three title ideas for the episode, each under sixty characters.",
    "The client asked for a brighter look, so I raised the exposure by half a stop.",
    "A shared folder for reference images keeps the whole team on the same page.",
    "The second version of the script is tighter and reads more naturally aloud.",
    "Generation speed depends mostly on memory bandwidth, not on raw compute.",
    "When two jobs compete for the same card, one of them has to wait its turn.",
    "Let me know if you want the summary in bullet points instead.",
    "The storyboard has twelve panels, and the last two still need dialogue.",
    "Saving the workflow as a template makes the next project start faster.",
    "The audio peaks slightly in the intro, so a gentle limiter would help.",
    "Try a lower temperature if the answers wander too far from the brief.",
    "Most of the time is spent on the first pass, and the refinements are quick.",
    "A consistent naming scheme makes old renders much easier to find later.",
    "The product shots need a plain background for the online shop.",
    "I checked the subtitles against the final cut and fixed two timing errors.",
    "Running the larger model on the studio server frees up the laptops.",
    "The mood board suggests soft daylight, muted greens and a lot of texture.",
    "Each variation keeps the same composition but changes the lighting.",
    "The narration runs about ninety seconds at a calm speaking pace.",
    "A short test render first saves a lot of time on the full resolution pass.",
    "That should be everything you need to get started.",
};

const char *const kThoughts[] = {
    "The user wants a practical answer, not a lecture.",
    "Let me think about what matters most for their setup.",
    "They mentioned the studio machines, so memory is probably the constraint.",
    "I should keep the answer short and concrete.",
    "There are two reasonable options here, and the simpler one is likely enough.",
    "It is worth mentioning the trade-off between speed and quality.",
    "I will start with the direct answer and add one tip at the end.",
    "Nothing in the request needs a tool call.",
};

} // namespace

FakeLlmText::FakeLlmText(quint32 seed)
    : m_rng(seed)
{
}

QStringList FakeLlmText::answer(int maxTokens, bool fill, bool *cut)
{
    const int sentences = 2 + int(m_rng.bounded(4));
    return pieces(kAnswers, int(std::size(kAnswers)), sentences, maxTokens, fill, cut);
}

QStringList FakeLlmText::reasoning(int maxTokens)
{
    const int sentences = 2 + int(m_rng.bounded(2));
    return pieces(kThoughts, int(std::size(kThoughts)), sentences, maxTokens, false, nullptr);
}

QStringList FakeLlmText::pieces(const char *const *sentences, int count, int sentencesWanted,
                                int maxTokens, bool fill, bool *cut)
{
    QStringList out;
    if (cut)
        *cut = false;
    int last = -1;
    for (int s = 0; s < sentencesWanted || (fill && maxTokens >= 0 && out.size() < maxTokens);
         ++s) {
        int pick = int(m_rng.bounded(count));
        if (pick == last)
            pick = (pick + 1) % count;
        last = pick;
        const QStringList words =
            QString::fromUtf8(sentences[pick]).split(u' ', Qt::SkipEmptyParts);
        for (const QString &word : words) {
            const QString spaced = out.isEmpty() ? word : QStringLiteral(" ") + word;
            // Long words become two tokens, as a BPE tokenizer would cut them.
            if (word.size() > 8) {
                const qsizetype half = spaced.size() / 2 + 1;
                out << spaced.left(half) << spaced.mid(half);
            } else {
                out << spaced;
            }
        }
        if (maxTokens >= 0 && out.size() >= maxTokens)
            break;
    }
    if (maxTokens >= 0 && out.size() >= maxTokens) {
        if (cut)
            *cut = true;
        out.resize(maxTokens);
    }
    return out;
}

int FakeLlmText::estimateTokens(QStringView text)
{
    int tokens = 0;
    qsizetype wordLength = 0;
    const auto endWord = [&] {
        if (wordLength > 0)
            tokens += 1 + int((wordLength - 1) / 6);
        wordLength = 0;
    };
    for (const QChar c : text) {
        if (c.isSpace())
            endWord();
        else
            ++wordLength;
    }
    endWord();
    return tokens;
}

} // namespace c41::fakes
