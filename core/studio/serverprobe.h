// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httpclient.h"
#include "studioconfig.h"

#include <QDateTime>
#include <optional>

namespace c41::studio {

// What one check of a server found.
struct ProbeResult
{
    bool reachable = false; // it answered HTTP at all
    bool healthy = false;   // it answered as a server of its kind should
    std::chrono::milliseconds latency{0};
    QString detail; // e.g. "Ollama 0.24.0", "ComfyUI 0.3.64 · NVIDIA RTX PRO 6000"
    std::optional<net::ApiError> error;
    QDateTime checkedAt;
};

// Asks a server the cheapest question its kind answers (Ollama /api/version,
// OpenAI-compatible /v1/models, ComfyUI /system_stats, …) and reports whether it
// is up, how fast it answered and what it is. No retries: a probe reports.
class ServerProbe
{
public:
    static QString probePath(ServerKind kind);
    static QCoro::Task<ProbeResult>
    probe(net::HttpClient &client, ServerKind kind,
          std::chrono::milliseconds timeout = std::chrono::seconds(4));
    // Reads the detail line out of a healthy answer; an error if it is not what
    // a server of that kind sends.
    static net::Result<QString> describe(ServerKind kind, const net::HttpResponse &response,
                                         const QString &server);
};

} // namespace c41::studio
