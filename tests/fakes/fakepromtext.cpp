// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakepromtext.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace c41::fakes {

void FakePromText::family(QByteArrayView name, QByteArrayView help, QByteArrayView type)
{
    m_out += "# HELP ";
    m_out += name;
    m_out += ' ';
    m_out += help;
    m_out += "\n# TYPE ";
    m_out += name;
    m_out += ' ';
    m_out += type;
    m_out += '\n';
}

void FakePromText::sample(QByteArrayView name, const QByteArray &labels, const QByteArray &value)
{
    m_out += name;
    if (!labels.isEmpty()) {
        m_out += '{';
        m_out += labels;
        m_out += '}';
    }
    m_out += ' ';
    m_out += value;
    m_out += '\n';
}

QByteArray FakePromText::goFloat(double v)
{
    if (std::isnan(v))
        return "NaN";
    if (std::isinf(v))
        return v > 0 ? "+Inf" : "-Inf";
    if (v == 0)
        return "0";
    char buf[64];
    auto sci = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    // e.g. 2.52e+09; the exponent read in place (no temporary strings: every sample of
    // every scrape of the demo's exporters comes here).
    const char *e = std::find(buf, sci.ptr, 'e');
    int exponent = 0;
    const char *digits = e + 1 < sci.ptr && e[1] == '+' ? e + 2 : e + 1;
    std::from_chars(digits, sci.ptr, exponent);
    if (exponent < -4 || exponent >= 6) // Go's 'g' with shortest precision uses eprec = 6
        return QByteArray(buf, sci.ptr - buf);
    auto fixed = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
    return QByteArray(buf, fixed.ptr - buf);
}

QByteArray FakePromText::cInt(double v)
{
    return QByteArray::number(static_cast<qint64>(std::llround(v)));
}

QByteArray FakePromText::cFixed(double v)
{
    char buf[64];
    const int n = std::snprintf(buf, sizeof buf, "%f", v);
    return QByteArray(buf, n);
}

QByteArray FakePromText::rustF32(double v)
{
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, static_cast<float>(v), std::chars_format::fixed);
    return QByteArray(buf, r.ptr - buf);
}

} // namespace c41::fakes
