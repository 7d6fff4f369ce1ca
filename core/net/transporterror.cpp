// SPDX-License-Identifier: GPL-3.0-or-later
#include "transporterror.h"

#include <QCoreApplication>

namespace c41::net {

namespace {
// lupdate sees Text::tr() calls under the context HttpClient, where these texts began.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
};
} // namespace

ApiError transportError(const QString &server, const QUrl &url, TransportFailure failure,
                        const QString &detail)
{
    using E = TransportFailure;
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    const QString where = url.host() + u':' + QString::number(url.port(defaultPort));
    switch (failure) {
    case E::HostNotFound:
        return ApiError::make(ApiError::Kind::Dns, server,
                              Text::tr("could not resolve the host name '%1'").arg(url.host()),
                              Text::tr("Check the host name, or use the box's IP address."));
    case E::Refused:
        return ApiError::make(
            ApiError::Kind::Refused, server, Text::tr("connection refused at %1").arg(where),
            Text::tr(
                "Is the server running, and listening on the network, not only on 127.0.0.1?"));
    case E::Timeout:
        return ApiError::make(ApiError::Kind::Timeout, server,
                              Text::tr("the connection to %1 timed out").arg(where),
                              Text::tr("Is the box on and reachable on this network?"));
    case E::Tls:
        return ApiError::make(ApiError::Kind::Tls, server, Text::tr("TLS failed: %1").arg(detail),
                              Text::tr("Check the certificate, or use http:// for a LAN server."));
    case E::RemoteClosed:
        return ApiError::make(
            ApiError::Kind::Network, server,
            Text::tr("the server closed the connection before the reply was complete"),
            Text::tr("The server may have crashed or restarted; try again."));
    case E::Protocol:
        return ApiError::make(ApiError::Kind::Malformed, server,
                              Text::tr("the reply is not valid HTTP (%1)").arg(detail),
                              Text::tr("Check that the URL and port point at the right server."));
    case E::Other:
        break;
    }
    return ApiError::make(ApiError::Kind::Network, server,
                          Text::tr("network error: %1").arg(detail));
}

ApiError stopError(const QString &server, StopReason reason, const RequestOptions &o)
{
    switch (reason) {
    case StopReason::TotalTimeout:
        return ApiError::make(
            ApiError::Kind::Timeout, server,
            Text::tr("no complete reply within %1 s").arg(o.totalTimeout.count() / 1000.0),
            Text::tr("The server may be overloaded or hung."));
    case StopReason::InactivityTimeout:
        return ApiError::make(
            ApiError::Kind::Timeout, server,
            Text::tr("the server sent nothing for %1 s").arg(o.inactivityTimeout.count() / 1000.0),
            Text::tr("The server may be overloaded or hung."));
    case StopReason::TooLarge:
        return ApiError::make(ApiError::Kind::TooLarge, server,
                              Text::tr("the reply is larger than the %1 MiB limit")
                                  .arg(o.maxResponseBytes / (1024.0 * 1024.0), 0, 'f', 1));
    case StopReason::Cancelled:
    case StopReason::SinkStopped:
    case StopReason::None:
        break;
    }
    return ApiError::make(ApiError::Kind::Cancelled, server, Text::tr("cancelled"));
}

} // namespace c41::net
