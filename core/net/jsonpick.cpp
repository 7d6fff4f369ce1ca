// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonpick.h"

#include <charconv>
#include <cmath>

namespace c41::net {

namespace {
constexpr int kMaxDepth = 16;

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xc0 | (c >> 6));
        out += char(0x80 | (c & 0x3f));
    } else {
        out += char(0xe0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3f));
        out += char(0x80 | (c & 0x3f));
    }
}

// The length of the valid UTF-8 sequence starting at p (RFC 3629: no overlong forms, no
// surrogates, at most U+10FFFF), or 0.
int utf8Length(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    int n;
    unsigned char lo = 0x80;
    unsigned char hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) {
        n = 2;
    } else if (c >= 0xe0 && c <= 0xef) {
        n = 3;
        if (c == 0xe0)
            lo = 0xa0;
        else if (c == 0xed)
            hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
        n = 4;
        if (c == 0xf0)
            lo = 0x90;
        else if (c == 0xf4)
            hi = 0x8f;
    } else {
        return 0;
    }
    if (end - p < n || p[1] < lo || p[1] > hi)
        return 0;
    for (int i = 2; i < n; ++i) {
        if (p[i] < 0x80 || p[i] > 0xbf)
            return 0;
    }
    return n;
}
} // namespace

QString JsonPick::Field::text() const
{
    if (kind != Kind::String)
        return {};
    if (!escaped)
        return QString::fromUtf8(raw);
    // The walk has validated every escape; only \uXXXX outside the surrogates gets here.
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\') {
            out += c;
            continue;
        }
        const char e = raw[++i];
        switch (e) {
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u': {
            char32_t u = 0;
            for (int k = 1; k <= 4; ++k)
                u = u * 16 + char32_t(hexDigit(raw[i + k]));
            appendUtf8(out, u);
            i += 4;
            break;
        }
        default: // '"', '\\', '/'
            out += e;
        }
    }
    return QString::fromUtf8(out);
}

JsonPick::JsonPick(const QList<QByteArrayView> &paths)
{
    const qsizetype count = std::min<qsizetype>(paths.size(), std::size(m_fields));
    for (qsizetype i = 0; i < count; ++i) {
        const QByteArrayView path = paths[i];
        Path p;
        qsizetype from = 0;
        while (from <= path.size() && p.depth < 6) {
            qsizetype dot = path.indexOf('.', from);
            if (dot < 0)
                dot = path.size();
            p.steps[p.depth++] = path.sliced(from, dot - from);
            from = dot + 1;
        }
        m_paths.append(p);
    }
}

bool JsonPick::pick(QByteArrayView json)
{
    for (Field &f : m_fields)
        f = Field{};
    m_p = json.data();
    m_end = m_p + json.size();
    skipSpace();
    if (!value(0))
        return false;
    skipSpace();
    return m_p == m_end;
}

int JsonPick::matching(int depth) const
{
    for (int i = 0; i < m_paths.size(); ++i) {
        const Path &path = m_paths[i];
        if (path.depth != depth)
            continue;
        bool same = true;
        for (int d = 0; d < depth && same; ++d)
            same = path.steps[d] == m_stack[d];
        if (same)
            return i;
    }
    return -1;
}

void JsonPick::skipSpace()
{
    while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
}

// One value at `depth` (its path is m_stack[0..depth)), recorded when a path wants it.
bool JsonPick::value(int depth)
{
    if (m_p == m_end)
        return false;
    const int slot = matching(depth);
    Field field;
    switch (*m_p) {
    case '{':
        field.kind = Kind::Object;
        if (!object(depth))
            return false;
        break;
    case '[':
        field.kind = Kind::Array;
        if (!array(depth))
            return false;
        break;
    case '"':
        field.kind = Kind::String;
        if (!string(field.raw, field.escaped))
            return false;
        break;
    case 't':
        field.kind = Kind::True;
        if (!literal("true"))
            return false;
        break;
    case 'f':
        field.kind = Kind::False;
        if (!literal("false"))
            return false;
        break;
    case 'n':
        field.kind = Kind::Null;
        if (!literal("null"))
            return false;
        break;
    default:
        field.kind = Kind::Number;
        if (!number())
            return false;
    }
    if (slot >= 0) {
        if (m_fields[slot].kind != Kind::Absent)
            return false; // named twice: which one counts is the full parser's call
        m_fields[slot] = field;
    }
    return true;
}

bool JsonPick::object(int depth)
{
    if (depth >= kMaxDepth)
        return false;
    ++m_p; // '{'
    skipSpace();
    if (m_p != m_end && *m_p == '}') {
        ++m_p;
        return true;
    }
    for (;;) {
        skipSpace();
        QByteArrayView key;
        bool escaped = false;
        if (m_p == m_end || *m_p != '"' || !string(key, escaped) || escaped)
            return false;
        skipSpace();
        if (m_p == m_end || *m_p != ':')
            return false;
        ++m_p;
        skipSpace();
        m_stack[depth] = key;
        if (!value(depth + 1))
            return false;
        skipSpace();
        if (m_p == m_end)
            return false;
        if (*m_p == '}') {
            ++m_p;
            return true;
        }
        if (*m_p != ',')
            return false;
        ++m_p;
    }
}

bool JsonPick::array(int depth)
{
    if (depth >= kMaxDepth)
        return false;
    ++m_p; // '['
    skipSpace();
    if (m_p != m_end && *m_p == ']') {
        ++m_p;
        return true;
    }
    for (int index = 0;; ++index) {
        skipSpace();
        m_stack[depth] = index == 0 ? QByteArrayView("0") : QByteArrayView("");
        if (!value(depth + 1))
            return false;
        skipSpace();
        if (m_p == m_end)
            return false;
        if (*m_p == ']') {
            ++m_p;
            return true;
        }
        if (*m_p != ',')
            return false;
        ++m_p;
    }
}

bool JsonPick::string(QByteArrayView &raw, bool &escaped)
{
    ++m_p; // '"'
    const char *begin = m_p;
    escaped = false;
    while (m_p != m_end) {
        const auto c = static_cast<unsigned char>(*m_p);
        if (c == '"') {
            raw = QByteArrayView(begin, m_p - begin);
            ++m_p;
            return true;
        }
        if (c < 0x20)
            return false; // a raw control character
        if (c == '\\') {
            escaped = true;
            if (m_end - m_p < 2)
                return false;
            const char e = m_p[1];
            if (e == 'u') {
                if (m_end - m_p < 6)
                    return false;
                int u = 0;
                for (int k = 2; k < 6; ++k) {
                    const int d = hexDigit(m_p[k]);
                    if (d < 0)
                        return false;
                    u = u * 16 + d;
                }
                if (u >= 0xd800 && u <= 0xdfff)
                    return false; // surrogate pairs: left to the full parser
                m_p += 6;
                continue;
            }
            if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' && e != 'r' &&
                e != 't')
                return false;
            m_p += 2;
            continue;
        }
        if (c < 0x80) {
            ++m_p;
            continue;
        }
        const int n = utf8Length(reinterpret_cast<const unsigned char *>(m_p),
                                 reinterpret_cast<const unsigned char *>(m_end));
        if (n == 0)
            return false;
        m_p += n;
    }
    return false;
}

// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool JsonPick::number()
{
    const char *start = m_p;
    bool exponent = false;
    const auto digit = [this] { return m_p != m_end && *m_p >= '0' && *m_p <= '9'; };
    if (m_p != m_end && *m_p == '-')
        ++m_p;
    if (!digit())
        return false;
    if (*m_p == '0') {
        ++m_p;
    } else {
        while (digit())
            ++m_p;
    }
    if (m_p != m_end && *m_p == '.') {
        ++m_p;
        if (!digit())
            return false;
        while (digit())
            ++m_p;
    }
    if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
        exponent = true;
        ++m_p;
        if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (!digit())
            return false;
        while (digit())
            ++m_p;
    }
    // nlohmann refuses a number beyond a double's range (1e999): so does the fast path.
    // Up to 15 digits without an exponent always fit.
    if (exponent || m_p - start > 15) {
        double v = 0;
        const auto [end, error] = std::from_chars(start, m_p, v);
        if (error != std::errc() || end != m_p || !std::isfinite(v))
            return false;
    }
    return true;
}

bool JsonPick::literal(QByteArrayView word)
{
    if (m_end - m_p < word.size() || QByteArrayView(m_p, word.size()) != word)
        return false;
    m_p += word.size();
    return true;
}

} // namespace c41::net
