// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace c41::diagnostics {

// When each phase of one request ended, in milliseconds since the request started
// (libcurl's *_TIME_T figures). A phase the request never reached is empty: a
// refused connection has a DNS time and nothing after it; plain HTTP has no TLS.
struct PhaseTimes
{
    std::optional<double> dns;       // name resolved
    std::optional<double> connect;   // TCP connected
    std::optional<double> tls;       // TLS handshake done (https only)
    std::optional<double> firstByte; // first byte of the answer arrived
    double total = 0;                // the request was over (answered, failed or cut short)

    // How long the server thought before answering: first byte minus the end of
    // the connect (or TLS) phase. Empty when no byte came.
    std::optional<double> serverWait() const;
};

// One endpoint of a server, what the doctor asked it, what it measured and what
// it makes of it.
struct EndpointCheck
{
    enum class Role {
        Probe,     // the cheapest question the server's kind answers (ServerProbe::probePath)
        Base,      // the base URL: does anything answer HTTP there at all
        WebSocket, // ComfyUI's /ws upgrade (live progress); optional
    };
    enum class Verdict { Ok, Warning, Problem };

    Role role = Role::Probe;
    QUrl url;
    bool optional = false; // a problem here is only a warning

    PhaseTimes times;
    int httpStatus = 0;  // 0 when no HTTP answer came
    int curlCode = 0;    // CURLcode, 0 when the transfer went through
    QString curlMessage; // libcurl's own words, for the report
    bool cancelled = false;

    Verdict verdict = Verdict::Problem;
    QString diagnosis; // in words, with what to do: "connection refused: is ComfyUI running with
                       // --listen?"

    QString roleName() const;      // "probe", "base", "websocket" (stable, for JSON)
    QString verdictName() const;   // "ok", "warning", "problem" (stable, for JSON)
    QString endpointLabel() const; // the path as a user reads it: "/api/version", "/", "/ws"
};

} // namespace c41::diagnostics
