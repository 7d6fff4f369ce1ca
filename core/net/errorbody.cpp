// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorbody.h"

#include <nlohmann/json.hpp>

namespace c41::net {

namespace {
constexpr qsizetype kMaxMessage = 500;

QString str(const nlohmann::json &j)
{
    if (j.is_string())
        return QString::fromStdString(j.get<std::string>());
    if (j.is_null())
        return {};
    return QString::fromStdString(j.dump());
}

QString oneLine(QString s)
{
    s = s.simplified();
    if (s.size() > kMaxMessage)
        s = s.left(kMaxMessage - 1) + QChar(0x2026);
    return s;
}

QString fromErrorObject(const nlohmann::json &error)
{
    QString message;
    if (error.contains("message"))
        message = str(error.at("message"));
    if (message.isEmpty() && error.contains("msg"))
        message = str(error.at("msg"));
    if (error.contains("details")) {
        const QString details = str(error.at("details"));
        if (!details.isEmpty() && details != message)
            message += QStringLiteral(" (") + details + u')';
    }
    if (message.isEmpty() && error.contains("type"))
        message = str(error.at("type"));
    return message;
}

QString fromJson(const nlohmann::json &j)
{
    if (j.is_string())
        return str(j);
    if (!j.is_object())
        return {};
    if (j.contains("error")) {
        const auto &e = j.at("error");
        if (e.is_object())
            return fromErrorObject(e);
        if (e.is_string())
            return str(e);
    }
    if (j.contains("message"))
        return str(j.at("message"));
    if (j.contains("detail")) {
        const auto &d = j.at("detail");
        if (d.is_array() && !d.empty() && d.front().is_object())
            return fromErrorObject(d.front());
        return str(d);
    }
    return {};
}
} // namespace

QString extractServerMessage(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.startsWith('{') || trimmed.startsWith('"')) {
        const auto j = nlohmann::json::parse(trimmed.begin(), trimmed.end(), nullptr, false);
        if (!j.is_discarded()) {
            const QString m = fromJson(j);
            if (!m.isEmpty())
                return oneLine(m);
        }
    }
    // Plain text (or unreadable JSON): show it as it is, but never HTML pages or binary.
    if (trimmed.startsWith('<'))
        return {};
    QString text = QString::fromUtf8(trimmed.left(4 * kMaxMessage));
    for (const QChar c : std::as_const(text)) {
        if (c == QChar::ReplacementCharacter || (c.unicode() < 0x20 && !c.isSpace()))
            return {};
    }
    return oneLine(text);
}

} // namespace c41::net
