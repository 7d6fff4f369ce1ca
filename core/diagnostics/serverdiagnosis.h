// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpointcheck.h"
#include "studio/serveraddress.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace c41::diagnostics {

// What the connection doctor found about one server: one EndpointCheck per
// endpoint it tried, in the order it tried them.
struct ServerDiagnosis
{
    QString server; // the configured name (or the KIND+URL of an ad-hoc server)
    studio::ServerKind kind = studio::ServerKind::Unknown;
    QUrl url;
    QList<EndpointCheck> endpoints;
    QDateTime checkedAt;
    bool cancelled = false;

    // No endpoint with a problem (warnings, e.g. a slow first byte, are fine).
    bool healthy() const;
    // The worst verdict of all endpoints.
    EndpointCheck::Verdict verdict() const;
    // A plain-text report to paste into a bug report or a chat: the server, then
    // per endpoint its phase times, HTTP status and the diagnosis.
    QString toText() const;

    // "0.04 ms", "3.5 ms", "12 ms", "2.3 s"; "-" for a phase never reached.
    static QString formatMs(std::optional<double> ms);
};

} // namespace c41::diagnostics
