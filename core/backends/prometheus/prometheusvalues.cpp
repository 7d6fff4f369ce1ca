// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheusvalues.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace c41::prometheus {

namespace {

bool equalsNoCase(QByteArrayView a, const char *b)
{
    return a.compare(QByteArrayView(b), Qt::CaseInsensitive) == 0;
}

} // namespace

std::optional<double> parseValue(QByteArrayView text)
{
    if (text.isEmpty())
        return std::nullopt;
    // Fast paths, nearly every sample. A short unsigned integer ("0", "1", "4096") is exact
    // in a double and summed here: that is most values of a scrape, and a digit loop is
    // cheaper than a general float parser's set-up. Any other plain decimal number
    // ("61.367", "2.4e+10") goes to std::from_chars (fast_float in GCC 12); the word
    // checks below cannot match either.
    if (text.size() <= 15) {
        quint64 whole = 0;
        qsizetype i = 0;
        for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i)
            whole = whole * 10 + quint64(text[i] - '0');
        if (i == text.size())
            return double(whole);
    }
    if (const char first = text.front(); (first >= '0' && first <= '9') || first == '.') {
        double value = 0;
        const char *end = text.data() + text.size();
        const auto [ptr, ec] = std::from_chars(text.data(), end, value);
        if (ptr == end && ec == std::errc())
            return value;
    }
    QByteArrayView body = text;
    bool negative = false;
    if (body.front() == '+' || body.front() == '-') {
        negative = body.front() == '-';
        body = body.sliced(1);
    }
    if (equalsNoCase(body, "inf") || equalsNoCase(body, "infinity"))
        return negative ? -std::numeric_limits<double>::infinity()
                        : std::numeric_limits<double>::infinity();
    if (equalsNoCase(body, "nan"))
        return std::numeric_limits<double>::quiet_NaN();
    if (body.isEmpty() || body.front() == '+' || body.front() == '-')
        return std::nullopt;
    double value = 0;
    const char *end = body.data() + body.size();
    const auto [ptr, ec] = std::from_chars(body.data(), end, value);
    if (ptr != end || (ec != std::errc() && ec != std::errc::result_out_of_range))
        return std::nullopt;
    if (ec == std::errc::result_out_of_range) // keep the sign: ±Inf for huge, ±0 for tiny
        value = std::strtod(body.toByteArray().constData(), nullptr);
    return negative ? -value : value;
}

std::optional<qint64> parseTimestamp(QByteArrayView text)
{
    qint64 ms = 0;
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, ms);
    if (ec == std::errc() && ptr == end)
        return ms;
    const auto seconds = parseValue(text); // OpenMetrics: seconds with a fraction
    if (!seconds || !std::isfinite(*seconds) || std::fabs(*seconds) > 9.2e15)
        return std::nullopt;
    return qint64(std::llround(*seconds * 1000.0));
}

std::optional<MetricType> parseType(QByteArrayView word)
{
    static constexpr struct
    {
        const char *word;
        MetricType type;
    } kTypes[] = {{"counter", MetricType::Counter},
                  {"gauge", MetricType::Gauge},
                  {"histogram", MetricType::Histogram},
                  {"summary", MetricType::Summary},
                  {"untyped", MetricType::Untyped},
                  {"unknown", MetricType::Untyped},
                  {"info", MetricType::Info},
                  {"stateset", MetricType::StateSet},
                  {"gaugehistogram", MetricType::GaugeHistogram}};
    for (const auto &entry : kTypes) {
        if (word == QByteArrayView(entry.word))
            return entry.type;
    }
    return std::nullopt;
}

bool suffixFits(MetricType type, SampleSuffix suffix)
{
    switch (suffix) {
    case SampleSuffix::Bucket:
        return type == MetricType::Histogram || type == MetricType::GaugeHistogram;
    case SampleSuffix::Sum:
    case SampleSuffix::Count:
        return type == MetricType::Histogram || type == MetricType::Summary;
    case SampleSuffix::Created:
        return type == MetricType::Histogram || type == MetricType::Summary ||
               type == MetricType::Counter;
    case SampleSuffix::Total:
        return type == MetricType::Counter;
    case SampleSuffix::Info:
        return type == MetricType::Info;
    case SampleSuffix::GCount:
    case SampleSuffix::GSum:
        return type == MetricType::GaugeHistogram;
    case SampleSuffix::None:
        return true;
    }
    return false;
}

QByteArray unescapeHelp(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    qsizetype done = 0;
    // Copies the runs between backslashes whole (most HELP texts have none).
    for (qsizetype i = text.indexOf('\\'); i >= 0; i = text.indexOf('\\', i)) {
        if (i + 1 < text.size() && (text[i + 1] == '\\' || text[i + 1] == 'n')) {
            out.append(text.sliced(done, i - done));
            out.append(text[i + 1] == 'n' ? '\n' : '\\');
            done = i + 2;
            i += 2;
        } else {
            ++i;
        }
    }
    out.append(text.sliced(done));
    return out;
}

} // namespace c41::prometheus
