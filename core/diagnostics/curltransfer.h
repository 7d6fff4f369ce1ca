// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpointcheck.h"

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QString>
#include <QUrl>

#include <atomic>
#include <chrono>
#include <memory>

namespace c41::diagnostics {

// One request for CurlTransfer.
struct CurlRequest
{
    QUrl url;
    QList<QByteArray> headers;     // "Name: value", e.g. the API key
    bool keepBody = false;         // the probe's body is read to tell the server's kind
    bool websocketUpgrade = false; // ask for a WebSocket upgrade, stop at the 101
};

// What libcurl saw for one request.
struct CurlOutcome
{
    PhaseTimes times;
    int httpStatus = 0;
    int curlCode = 0;
    QString curlMessage;
    int osErrno = 0; // errno of a failed connect (ECONNREFUSED, EHOSTUNREACH, …)
    QByteArray body; // when keepBody, capped
    QByteArray contentType;
    bool upgraded = false; // a 101 Switching Protocols came
    bool cancelled = false;
};

struct CurlLimits
{
    std::chrono::milliseconds connectTimeout{5000};
    std::chrono::milliseconds totalTimeout{15000};
    qint64 maxBodyBytes = 8LL * 1024 * 1024;
    QString caFile; // trusted CAs (PEM) instead of the system store; empty: the system's
};

// Runs HTTP requests with libcurl on a worker thread and reports when each phase
// ended. This is the project's one use of libcurl: Qt's QNetworkReply does not
// tell how long DNS, the TCP connect, the TLS handshake and the wait for the first
// byte took, and those are exactly what the connection doctor must show. Every
// other request goes through net::HttpClient.
//
// The requests of one call run at once (curl multi) on one thread of a private
// pool, never on the caller's thread. Setting *cancel stops them within 100 ms;
// the outcomes then say cancelled.
//
// libcurl is not linked but loaded on the first call (QLibrary: start-up cost). Where
// it is missing, every outcome has curlCode CURLE_FAILED_INIT and a curlMessage
// telling which package to install; nothing is sent.
class CurlTransfer
{
public:
    static QFuture<QList<CurlOutcome>> start(QList<CurlRequest> requests, CurlLimits limits,
                                             std::shared_ptr<std::atomic_bool> cancel);
    // The same on the calling thread, blocking: for the worker (and fuzz/bench code).
    static QList<CurlOutcome> runBlocking(const QList<CurlRequest> &requests,
                                          const CurlLimits &limits, const std::atomic_bool &cancel);
};

} // namespace c41::diagnostics
