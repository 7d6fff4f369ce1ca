// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "httpclient.h"

#include <QUrl>

namespace c41::net {

// Why our side stopped a request (the transport only says "cancelled").
enum class StopReason { None, Cancelled, TotalTimeout, InactivityTimeout, TooLarge, SinkStopped };

// What went wrong below HTTP, whichever transport saw it (QNetworkReply or a socket).
enum class TransportFailure { HostNotFound, Refused, Timeout, Tls, RemoteClosed, Protocol, Other };

// The error a person reads: which server, what failed at which address, what to do.
ApiError transportError(const QString &server, const QUrl &url, TransportFailure failure,
                        const QString &detail);
ApiError stopError(const QString &server, StopReason reason, const RequestOptions &options);

} // namespace c41::net
