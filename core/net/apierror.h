// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace c41::net {

// A failure the user can read: which server, what failed, what to do.
struct ApiError
{
    enum class Kind {
        Dns,       // host name did not resolve
        Refused,   // nothing listens on that port
        Tls,       // TLS handshake or certificate failure
        Timeout,   // total or inactivity timeout
        Http,      // the server answered with an HTTP error status
        Malformed, // the server answered, but not in the expected format
        TooLarge,  // the response exceeded the size cap
        Network,   // connection reset / closed mid-response / other transport error
        Cancelled, // the caller cancelled
        Config,    // bad input on our side (bad URL, bad config)
    };

    Kind kind = Kind::Network;
    QString server;     // the server's name or KIND+URL, as the user knows it
    int httpStatus = 0; // for Kind::Http
    QString message;    // what failed; for Http, the server's own message
    QString hint;       // what to do about it (may be empty)

    static ApiError make(Kind kind, QString server, QString message, QString hint = {});
    static ApiError http(QString server, int status, QString serverMessage);

    // Short machine-friendly name: "dns", "refused", "tls", "timeout", "http", …
    static QString kindName(Kind kind);

    // One line: "<server>: <what failed>. <hint>"
    QString toString() const;
};

} // namespace c41::net
