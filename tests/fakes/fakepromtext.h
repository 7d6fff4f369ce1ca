// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace c41::fakes {

// Writes Prometheus text exposition (0.0.4) the way the real exporters print it.
class FakePromText
{
public:
    static constexpr QByteArrayView kContentType = "text/plain; version=0.0.4; charset=utf-8";

    void family(QByteArrayView name, QByteArrayView help, QByteArrayView type);
    // labels: preformatted, without braces (a="1",b="2"), or empty.
    void sample(QByteArrayView name, const QByteArray &labels, const QByteArray &value);
    void blankLine() { m_out += '\n'; }
    QByteArray take() { return std::move(m_out); }

    // Go's strconv.FormatFloat(v, 'g', -1, 64), as client_golang prints values:
    // 2.52e+09, 110.23, 0.09, 4000.
    static QByteArray goFloat(double v);
    // DCGM exporter: integer fields with %d, double fields with %f.
    static QByteArray cInt(double v);
    static QByteArray cFixed(double v);
    // Rust's Display for f32 (shortest round-trip digits, never an exponent).
    static QByteArray rustF32(double v);

private:
    QByteArray m_out;
};

} // namespace c41::fakes
