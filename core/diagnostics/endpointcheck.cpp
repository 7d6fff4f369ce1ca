// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointcheck.h"

#include <algorithm>

namespace c41::diagnostics {

std::optional<double> PhaseTimes::serverWait() const
{
    if (!firstByte)
        return std::nullopt;
    const double ready = std::max({dns.value_or(0), connect.value_or(0), tls.value_or(0)});
    return std::max(0.0, *firstByte - ready);
}

QString EndpointCheck::roleName() const
{
    switch (role) {
    case Role::Probe:
        return QStringLiteral("probe");
    case Role::Base:
        return QStringLiteral("base");
    case Role::WebSocket:
        return QStringLiteral("websocket");
    }
    return {};
}

QString EndpointCheck::verdictName() const
{
    switch (verdict) {
    case Verdict::Ok:
        return QStringLiteral("ok");
    case Verdict::Warning:
        return QStringLiteral("warning");
    case Verdict::Problem:
        return QStringLiteral("problem");
    }
    return {};
}

QString EndpointCheck::endpointLabel() const
{
    const QString path = url.path();
    return path.isEmpty() ? QStringLiteral("/") : path;
}

} // namespace c41::diagnostics
