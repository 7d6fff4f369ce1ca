// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

namespace c41::net {

// Parses a server's JSON payload. Garbage, truncation or invalid UTF-8 become
// ApiError::Kind::Malformed naming the server and what was being read
// (e.g. "the model list"), never an exception.
Result<nlohmann::json> parseJson(const QByteArray &body, const QString &server,
                                 const QString &what);

// object[key] if object is an object holding a string there; "" otherwise. Unlike
// nlohmann's value(), it never throws on a server's unexpected types.
std::string stringField(const nlohmann::json &object, const char *key);

} // namespace c41::net
