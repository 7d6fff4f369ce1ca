// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonbody.h"

#include <QCoreApplication>

namespace c41::net {

Result<nlohmann::json> parseJson(const QByteArray &body, const QString &server, const QString &what)
{
    try {
        return nlohmann::json::parse(body.begin(), body.end());
    } catch (const nlohmann::json::exception &e) {
        const QString reason = body.trimmed().isEmpty()
                                   ? QCoreApplication::translate("ApiError", "the body is empty")
                                   : QString::fromUtf8(e.what());
        return ApiError::make(
            ApiError::Kind::Malformed, server,
            QCoreApplication::translate("ApiError", "sent %1 that is not valid JSON (%2)")
                .arg(what, reason),
            QCoreApplication::translate("ApiError",
                                        "Check that the URL points at the right kind of server."));
    }
}

std::string stringField(const nlohmann::json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace c41::net
