// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "prometheusscrape.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// Lexical pieces of the Prometheus/OpenMetrics text format, shared by the parser.
namespace c41::prometheus {

// "1", "61.367000", "2.4601624576e+10", "NaN", "+Inf", "-Inf" (case-insensitive words).
std::optional<double> parseValue(QByteArrayView text);
// An integer is milliseconds; a number with a fraction or exponent is seconds (OpenMetrics).
std::optional<qint64> parseTimestamp(QByteArrayView text);
// "counter", "gauge", …; OpenMetrics "unknown" is Untyped.
std::optional<MetricType> parseType(QByteArrayView word);
// Whether a sample named family+suffix belongs to a family of that type.
bool suffixFits(MetricType type, SampleSuffix suffix);
// HELP text: \\ and \n unescaped.
QByteArray unescapeHelp(QByteArrayView text);

} // namespace c41::prometheus
