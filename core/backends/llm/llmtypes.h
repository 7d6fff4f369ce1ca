// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/apierror.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace c41::backends {

// A model a server can run, with what the server says about it (0 / empty when unknown).
struct LlmModel
{
    QString name;
    qint64 sizeBytes = 0;
    QString family;
    QString parameterSize;     // as the server writes it ("7.6B")
    qint64 parameterCount = 0; // exact, when the server gives it
    QString quantization;
    int contextLength = 0; // trained maximum (or the served context for llama.cpp)
    bool loaded = false;   // known to be in memory (vLLM, llama.cpp single model)
};

// A model in memory.
struct LoadedModel
{
    QString name;
    qint64 sizeBytes = 0;
    qint64 vramBytes = -1; // -1: unknown
    int contextLength = 0;
    QDateTime expiresAt; // invalid: no idle timer known
    bool pinned = false;
    QString state; // llama-swap: starting/ready/stopping; empty otherwise

    // Share of sizeBytes in GPU memory, 0..1; -1 when unknown.
    double vramShare() const;
};

// Server-wide load where the server reports it; -1 = unknown.
struct ServerLoad
{
    int busySlots = -1;
    int totalSlots = -1;
    int contextUsed = -1; // busiest slot's tokens (llama.cpp)
    int contextSize = -1;
    double running = -1; // vLLM requests running / waiting
    double waiting = -1;
    double kvCacheUsage = -1; // 0..1
};

struct LoadedState
{
    QList<LoadedModel> models;
    ServerLoad load;
};

struct ChatMessage
{
    QString role; // system, user, assistant
    QString content;
};

struct ChatRequest
{
    QString model;
    QString system;
    QList<ChatMessage> messages; // history then the new user turn
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> maxTokens;
    QStringList stop;
};

// Throughput of one reply. `source` is "server" when the numbers come from the
// server's own timings, "client" when measured here.
struct ReplyStats
{
    QString source;
    double timeToFirstTokenMs = -1;
    int promptTokens = -1;
    int completionTokens = -1;
    double prefillTokensPerSecond = -1;
    double decodeTokensPerSecond = -1;
    double totalMs = -1;
};

struct ChatEvent
{
    enum class Kind { Role, Content, Reasoning, Usage, Finish, Error };
    Kind kind = Kind::Content;
    QString text;              // role name, delta text, finish reason, error message
    int promptTokens = -1;     // Usage
    int completionTokens = -1; // Usage
};

// The outcome of one chat turn: what arrived (kept even when it failed) and why it ended.
struct ChatReply
{
    QString content;
    QString reasoning;
    QString finishReason;
    int promptTokens = -1;
    int completionTokens = -1;
    ReplyStats stats;
    std::optional<net::ApiError> error;

    bool ok() const { return !error.has_value(); }
};

// Receives events as they arrive; return false to stop (the connection is closed).
using ChatSink = std::function<bool(const ChatEvent &event)>;

} // namespace c41::backends
