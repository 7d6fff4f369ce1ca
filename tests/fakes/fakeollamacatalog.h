// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakemodel.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace c41::fakes {

// FakeOllama's model metadata: the details object, digests, /api/show's modelfile,
// model_info and tensors, and keep_alive parsing, shaped as in tests/fixtures/ollama.
class FakeOllamaCatalog
{
public:
    using Json = nlohmann::ordered_json;

    static QString fullName(const QString &name); // "tiny" -> "tiny:latest"
    static QString digest(const FakeModel &model);
    static Json details(const FakeModel &model);
    static Json show(const FakeModel &model, qint64 modifiedNs);
    static QStringList capabilities(const FakeModel &model);
    static bool canThink(const FakeModel &model);
    static bool alwaysThinks(const FakeModel &model);     // gpt-oss cannot be told not to
    static double parameterCount(const FakeModel &model); // "3.2B" -> 3.2e9

    // keep_alive as Ollama reads it: seconds (number) or a Go duration ("10m",
    // "1h30m", "-1m"); negative means forever (returned as -1). nullopt + *error
    // for what Ollama rejects.
    static std::optional<qint64> keepAliveNs(const nlohmann::json &value, QString *error);
};

} // namespace c41::fakes
