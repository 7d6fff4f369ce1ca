// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonshape.h"

namespace c41::testing {

namespace {
const char *typeName(const nlohmann::json &j)
{
    if (j.is_number())
        return "number";
    return j.type_name();
}
// A tuple is an array whose elements differ in type: ComfyUI's [number, id, graph,
// extra, outputs] and [type, options], Prometheus' [time, "value"].
bool isTuple(const nlohmann::json &array)
{
    if (!array.is_array() || array.size() < 2)
        return false;
    for (const auto &item : array) {
        if (std::string(typeName(item)) != typeName(array.front()))
            return true;
    }
    return false;
}
} // namespace

QStringList shapeDifferences(const nlohmann::json &captured, const nlohmann::json &actual,
                             const std::string &path)
{
    QStringList out;
    const std::string where = path.empty() ? std::string("/") : path;
    if (captured.is_null() || actual.is_null())
        return out;
    if (std::string(typeName(captured)) != typeName(actual)) {
        out << QString::fromStdString(where + ": expected " + typeName(captured) + ", got " +
                                      typeName(actual));
        return out;
    }
    if (captured.is_object()) {
        for (auto it = captured.begin(); it != captured.end(); ++it) {
            const std::string child = path + "/" + it.key();
            if (!actual.contains(it.key())) {
                out << QString::fromStdString(child + ": missing");
                continue;
            }
            out << shapeDifferences(it.value(), actual.at(it.key()), child);
        }
    } else if (captured.is_array() && (isTuple(captured) || captured.size() == actual.size())) {
        // Tuples, and lists as long as the captured one: element by element.
        if (actual.size() != captured.size())
            out << QString::fromStdString(where + ": expected " + std::to_string(captured.size()) +
                                          " elements, got " + std::to_string(actual.size()));
        for (size_t i = 0; i < std::min(actual.size(), captured.size()); ++i)
            out << shapeDifferences(captured.at(i), actual.at(i), path + "/" + std::to_string(i));
    } else if (captured.is_array() && !captured.empty()) {
        // Lists of another length: every element against the first captured one.
        for (size_t i = 0; i < actual.size(); ++i)
            out << shapeDifferences(captured.front(), actual.at(i), path + "/" + std::to_string(i));
    }
    return out;
}

} // namespace c41::testing
