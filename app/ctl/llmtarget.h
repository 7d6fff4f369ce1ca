// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/llm/llmbackend.h"
#include "net/httpclient.h"
#include "studio/studioconfig.h"

#include <QCommandLineOption>

#include <memory>

namespace c41::ctl {

class CtlContext;

// An LLM server named on the command line, with a backend to drive it.
struct LlmTarget
{
    studio::ServerConfig config;
    std::unique_ptr<net::HttpClient> ownClient; // for an ad-hoc KIND+URL
    std::unique_ptr<backends::LlmBackend> backend;

    // Resolves SERVER (name or KIND+URL); on failure prints why and sets *exitCode.
    static std::unique_ptr<LlmTarget> open(CtlContext &context, const QString &server,
                                           int *exitCode);
    // Every configured server that speaks an LLM API, in config order.
    static QList<studio::ServerConfig> all(const studio::StudioConfig &config);
};

// The commands of llmcommands.cpp, chatcommand.cpp and benchcommand.cpp.
QCoro::Task<int> runModels(CtlContext &context);
QCoro::Task<int> runLoad(CtlContext &context);
QCoro::Task<int> runUnload(CtlContext &context);
QCoro::Task<int> runPin(CtlContext &context);
QCoro::Task<int> runChat(CtlContext &context);
QCoro::Task<int> runBench(CtlContext &context);

// Reads an integer / number option; prints a usage error and returns nullopt when
// it is there but not valid.
std::optional<int> intOption(CtlContext &context, const QString &name, int fallback, int min,
                             bool *bad);
std::optional<double> doubleOption(CtlContext &context, const QString &name, bool *bad);

} // namespace c41::ctl
