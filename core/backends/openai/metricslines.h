// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>

namespace c41::backends {

// Just enough of the Prometheus text format to read a few gauges from an LLM
// server's /metrics (vLLM running/waiting/KV cache, llama.cpp busy slots): the
// sum of a metric's samples over all label sets, or nullopt when absent.
class MetricsLines
{
public:
    static std::optional<double> sum(const QByteArray &text, QByteArrayView name);
};

} // namespace c41::backends
