// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

#include <QCoreApplication>

namespace c41::net {

ApiError ApiError::make(Kind kind, QString server, QString message, QString hint)
{
    ApiError e;
    e.kind = kind;
    e.server = std::move(server);
    e.message = std::move(message);
    e.hint = std::move(hint);
    return e;
}

ApiError ApiError::http(QString server, int status, QString serverMessage)
{
    ApiError e;
    e.kind = Kind::Http;
    e.server = std::move(server);
    e.httpStatus = status;
    e.message = std::move(serverMessage);
    switch (status) {
    case 401:
    case 403:
        e.hint =
            QCoreApplication::translate("ApiError", "Check the API key stored for this server.");
        break;
    case 404:
        e.hint = QCoreApplication::translate("ApiError",
                                             "Check the server kind and URL, or the model name.");
        break;
    case 429:
    case 503:
        e.hint = QCoreApplication::translate(
            "ApiError", "The server is busy or still loading; try again shortly.");
        break;
    default:
        break;
    }
    return e;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Dns:
        return QStringLiteral("dns");
    case Kind::Refused:
        return QStringLiteral("refused");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::TooLarge:
        return QStringLiteral("too-large");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Config:
        return QStringLiteral("config");
    }
    return QStringLiteral("unknown");
}

QString ApiError::toString() const
{
    QString out = server.isEmpty() ? QString() : server + QStringLiteral(": ");
    if (kind == Kind::Http) {
        out += QCoreApplication::translate("ApiError", "HTTP %1").arg(httpStatus);
        if (!message.isEmpty())
            out += QStringLiteral(": ") + message;
    } else {
        out += message;
    }
    if (!hint.isEmpty()) {
        if (!out.endsWith(u'.'))
            out += u'.';
        out += u' ' + hint;
    }
    return out;
}

} // namespace c41::net
