// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakepythonjson.h"

#include <string>

namespace c41::fakes {

namespace {

void appendEscaped(std::string &out, unsigned code)
{
    static const char hex[] = "0123456789abcdef";
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += hex[(code >> shift) & 0xf];
}

// Decodes UTF-8 (nlohmann guarantees valid UTF-8 in its strings) and escapes
// like Python's ensure_ascii=True.
void appendString(std::string &out, const std::string &s)
{
    out += '"';
    for (size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            default:
                if (c < 0x20)
                    appendEscaped(out, c);
                else
                    out += static_cast<char>(c);
            }
            ++i;
            continue;
        }
        int extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
        unsigned code = c & (0x3f >> extra);
        for (int k = 1; k <= extra && i + k < s.size(); ++k)
            code = (code << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3f);
        i += extra + 1;
        if (code >= 0x10000) {
            code -= 0x10000;
            appendEscaped(out, 0xd800 + (code >> 10));
            appendEscaped(out, 0xdc00 + (code & 0x3ff));
        } else {
            appendEscaped(out, code);
        }
    }
    out += '"';
}

void dumpInto(std::string &out, const nlohmann::ordered_json &value)
{
    switch (value.type()) {
    case nlohmann::ordered_json::value_t::object: {
        out += '{';
        bool first = true;
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (!first)
                out += ", ";
            first = false;
            appendString(out, it.key());
            out += ": ";
            dumpInto(out, it.value());
        }
        out += '}';
        break;
    }
    case nlohmann::ordered_json::value_t::array: {
        out += '[';
        bool first = true;
        for (const auto &item : value) {
            if (!first)
                out += ", ";
            first = false;
            dumpInto(out, item);
        }
        out += ']';
        break;
    }
    case nlohmann::ordered_json::value_t::string:
        appendString(out, value.get_ref<const std::string &>());
        break;
    default:
        out += value.dump(); // numbers (Python repr agrees: 1.0, 1e-05), true, false, null
        break;
    }
}

} // namespace

QByteArray pythonJsonDumps(const nlohmann::ordered_json &value)
{
    std::string out;
    dumpInto(out, value);
    return QByteArray::fromStdString(out);
}

bool pythonTruthy(const nlohmann::ordered_json &object, const char *key)
{
    if (!object.is_object())
        return false;
    const auto it = object.find(key);
    if (it == object.end())
        return false;
    switch (it->type()) {
    case nlohmann::ordered_json::value_t::boolean:
        return it->get<bool>();
    case nlohmann::ordered_json::value_t::number_integer:
    case nlohmann::ordered_json::value_t::number_unsigned:
    case nlohmann::ordered_json::value_t::number_float:
        return it->get<double>() != 0.0;
    case nlohmann::ordered_json::value_t::string:
    case nlohmann::ordered_json::value_t::array:
    case nlohmann::ordered_json::value_t::object:
        return !it->empty() && !(it->is_string() && it->get_ref<const std::string &>().empty());
    default:
        return false;
    }
}

} // namespace c41::fakes
