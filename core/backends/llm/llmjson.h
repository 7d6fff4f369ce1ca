// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <nlohmann/json.hpp>

// Defensive readers for server JSON: a missing key or a wrong type gives the
// fallback, never an exception.
namespace c41::backends::llmjson {

inline const nlohmann::json *find(const nlohmann::json &j, const char *key)
{
    if (!j.is_object())
        return nullptr;
    const auto it = j.find(key);
    return it == j.end() || it->is_null() ? nullptr : &*it;
}

inline QString str(const nlohmann::json &j, const char *key)
{
    const nlohmann::json *v = find(j, key);
    return v && v->is_string() ? QString::fromStdString(v->get_ref<const std::string &>())
                               : QString();
}

inline double num(const nlohmann::json &j, const char *key, double fallback = -1)
{
    const nlohmann::json *v = find(j, key);
    return v && v->is_number() ? v->get<double>() : fallback;
}

inline qint64 integer(const nlohmann::json &j, const char *key, qint64 fallback = -1)
{
    const nlohmann::json *v = find(j, key);
    return v && v->is_number() ? qint64(v->get<double>()) : fallback;
}

inline std::string toStd(const QString &s)
{
    return s.toStdString();
}

} // namespace c41::backends::llmjson
