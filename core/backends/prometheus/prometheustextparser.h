// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/result.h"
#include "prometheusscrape.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

#include <optional>

namespace c41::prometheus {

struct PrometheusLimits
{
    qsizetype maxLineBytes = 1 << 20; // one line, without its terminator
};

// Parser for the Prometheus text exposition format (0.0.4) and the OpenMetrics 1.0
// text format, as exporters answer GET /metrics. Pure: bytes in, samples out.
//
// - Bytes may arrive in any chunking (feed); lines end with LF or CRLF.
// - "# HELP name text" (\\ and \n unescaped) and "# TYPE name type" set the family;
//   "# EOF" ends the exposition (anything after it is ignored); every other '#' line,
//   like our fixtures' "# SOURCE:" line, is a comment. Blank lines are ignored.
// - Metric names may contain ':'. Label values unescape \\, \" and \n. Blanks are
//   allowed around labels and after commas inside {}, and a trailing comma.
// - Values: floats with exponents, NaN, +Inf, -Inf (and Inf). Optional timestamp:
//   an integer is milliseconds (text format), a number with a fraction or exponent is
//   seconds (OpenMetrics). An exemplar (" # {…} v [ts]") is ignored.
// - A sample is attached to the family its name belongs to: "foo_bucket" to the
//   histogram "foo", "foo_total" to the OpenMetrics counter "foo", … A sample with no
//   TYPE/HELP of its own becomes an untyped family.
// - A malformed line is an ApiError of Kind::Malformed whose message starts with
//   "line N:"; a line over maxLineBytes is Kind::TooLarge. The parser then stays failed
//   until reset(). The error's `server` is empty; the caller fills it in.
// - O(n): each byte is looked at a bounded number of times; family lookups are hashed.
class PrometheusTextParser
{
public:
    explicit PrometheusTextParser(PrometheusLimits limits = {});

    net::Status feed(QByteArrayView bytes);
    // Parses the last line (even without a line end), returns the scrape, resets.
    net::Result<PrometheusScrape> finish();
    void reset();
    bool hasFailed() const { return m_failure.has_value(); }

    // The whole body at once.
    static net::Result<PrometheusScrape> parse(QByteArrayView text, PrometheusLimits limits = {});

private:
    bool parseLine(QByteArrayView line);
    bool parseComment(QByteArrayView rest);
    bool parseSample(QByteArrayView line);
    bool parseLabels(QByteArrayView line, qsizetype &pos, quint32 &count);
    qint32 familyFor(QByteArrayView name);
    void resolveSample(QByteArrayView name, qint32 &family, SampleSuffix &suffix);
    bool fail(const QString &what);
    bool checkLineLength(qsizetype length);

    PrometheusLimits m_limits;
    PrometheusScrape m_scrape;
    QHash<QByteArray, qint32> m_familyIndex;
    qint32 m_current = -1; // the family of the last TYPE/HELP line or sample
    QByteArray m_buffer;   // the unfinished line
    qint64 m_line = 0;
    bool m_eof = false;
    std::optional<net::ApiError> m_failure;
};

} // namespace c41::prometheus
