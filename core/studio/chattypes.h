// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/llm/llmtypes.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace c41::studio {

struct Conversation
{
    qint64 id = 0;
    QString title;
    QString server;
    QString model;
    QString persona; // name, may be empty
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct StoredMessage
{
    qint64 id = 0;
    qint64 conversationId = 0;
    QString role; // system, user, assistant
    QString content;
    QString reasoning;
    QString finishReason;
    QString error;              // why the turn failed; the partial content is kept
    backends::ReplyStats stats; // assistant turns
    QDateTime createdAt;
};

struct SearchHit
{
    qint64 conversationId = 0;
    qint64 messageId = 0;
    QString title;
    QString snippet; // with [matches] bracketed
};

// A named system prompt with default parameters.
struct Persona
{
    QString name;
    QString systemPrompt;
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> maxTokens;
};

} // namespace c41::studio
