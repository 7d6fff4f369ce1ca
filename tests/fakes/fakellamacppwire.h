// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakegeneration.h"
#include "fakehttpserver.h"
#include "fakemodel.h"

#include <nlohmann/json.hpp>

namespace c41::fakes {

// The bodies llama.cpp's llama-server (b9187) writes (tests/fixtures/llamacpp),
// built for FakeOpenAiServer: chat completion chunks and objects with usage and
// timings where the captures have them, /props, /v1/models, the error envelope
// and the Prometheus text of /metrics. Key order follows the captures.
class FakeLlamaCppWire
{
public:
    using Json = nlohmann::ordered_json;
    static constexpr const char *kBuild = "b9187-0253fb21f";

    struct Turn
    {
        QString model; // the server's alias, whatever the request named
        FakeGeneration generation;
        QByteArray id; // chatcmpl-<32 alphanumerics>
        qint64 created = 0;
        bool includeUsage = false;
        bool failMidStream = false;
    };

    // Counters as the server keeps them; "bucket" values reset at each scrape.
    struct Metrics
    {
        qint64 promptTokens = 0;
        double promptSeconds = 0;
        qint64 predictedTokens = 0;
        double predictedSeconds = 0;
        qint64 decodes = 0;
        qint64 busySlotDecodes = 0; // sum over decodes of the slots busy then
        qint64 tokensMax = 0;
        qint64 bucketPromptTokens = 0;
        double bucketPromptSeconds = 0;
        qint64 bucketPredictedTokens = 0;
        double bucketPredictedSeconds = 0;
        int processing = 0;
        int deferred = 0;
    };

    static QByteArray completionId();
    // handlerOrder: code/message/type (handler errors) vs message/type/code (middleware).
    static FakeResponse error(int code, const QString &message, const char *type, bool handlerOrder,
                              const Json &extra = Json::object());
    static const Json &defaultParams(); // default_generation_settings.params
    static Json props(const FakeModel &model, int slotContext, int slotCount);
    static Json models(const FakeModel &model, int slotContext);
    static Json timings(const FakeGeneration &g);
    static Json usage(const FakeGeneration &g);
    static FakeResponse chatStream(const Turn &turn);
    static FakeResponse chatSingle(const Turn &turn);
    static QByteArray metricsText(const Metrics &m);

private:
    static Json chunk(const Turn &turn, Json choices);
    static QByteArray event(const Json &j);
};

} // namespace c41::fakes
