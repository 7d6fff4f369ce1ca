// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheustextparser.h"

#include "net/decoderlimits.h"
#include "prometheusvalues.h"

#include <QCoreApplication>

#include <cstring>

namespace c41::prometheus {

using net::ApiError;

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}

bool isLabelStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isLabelChar(char c)
{
    return isLabelStart(c) || (c >= '0' && c <= '9');
}

void skipBlanks(QByteArrayView line, qsizetype &pos)
{
    while (pos < line.size() && isBlank(line[pos]))
        ++pos;
}

QByteArrayView token(QByteArrayView line, qsizetype &pos)
{
    const qsizetype start = pos;
    while (pos < line.size() && !isBlank(line[pos]))
        ++pos;
    return line.sliced(start, pos - start);
}

QByteArrayView metricName(QByteArrayView line, qsizetype &pos)
{
    const qsizetype start = pos;
    if (pos < line.size() && isNameStart(line[pos])) {
        ++pos;
        while (pos < line.size() && isNameChar(line[pos]))
            ++pos;
    }
    return line.sliced(start, pos - start);
}

constexpr SampleSuffix kSuffixes[] = {
    SampleSuffix::Bucket, SampleSuffix::Sum,  SampleSuffix::Count,  SampleSuffix::Created,
    SampleSuffix::Total,  SampleSuffix::Info, SampleSuffix::GCount, SampleSuffix::GSum};

} // namespace

PrometheusTextParser::PrometheusTextParser(PrometheusLimits limits)
    : m_limits(limits)
{
}

void PrometheusTextParser::reset()
{
    m_scrape = PrometheusScrape();
    m_familyIndex.clear();
    m_current = -1;
    m_buffer.clear();
    m_line = 0;
    m_eof = false;
    m_failure.reset();
}

net::Result<PrometheusScrape> PrometheusTextParser::parse(QByteArrayView text,
                                                          PrometheusLimits limits)
{
    PrometheusTextParser parser(limits);
    parser.m_scrape.m_pool.reserve(text.size() / 2);
    if (auto status = parser.feed(text); !status)
        return status.error();
    return parser.finish();
}

net::Status PrometheusTextParser::feed(QByteArrayView bytes)
{
    if (m_failure)
        return *m_failure;
    qsizetype pos = 0;
    if (!m_buffer.isEmpty()) {
        const qsizetype nl = bytes.indexOf('\n');
        if (nl < 0) {
            m_buffer.append(bytes);
            if (!checkLineLength(m_buffer.size()))
                return *m_failure;
            return net::Done{};
        }
        m_buffer.append(bytes.first(nl));
        const QByteArray line = std::exchange(m_buffer, QByteArray());
        if (!checkLineLength(line.size()) || !parseLine(line))
            return *m_failure;
        pos = nl + 1;
    }
    const char *data = bytes.data();
    while (pos < bytes.size()) {
        const void *hit = std::memchr(data + pos, '\n', size_t(bytes.size() - pos));
        if (!hit) {
            m_buffer = bytes.sliced(pos).toByteArray();
            if (!checkLineLength(m_buffer.size()))
                return *m_failure;
            break;
        }
        const qsizetype nl = static_cast<const char *>(hit) - data;
        if (!checkLineLength(nl - pos) || !parseLine(bytes.sliced(pos, nl - pos)))
            return *m_failure;
        pos = nl + 1;
    }
    return net::Done{};
}

net::Result<PrometheusScrape> PrometheusTextParser::finish()
{
    if (!m_failure && !m_buffer.isEmpty()) {
        const QByteArray line = std::exchange(m_buffer, QByteArray());
        parseLine(line);
    }
    if (m_failure)
        return *m_failure;
    m_scrape.m_sawEof = m_eof;
    PrometheusScrape scrape = std::move(m_scrape);
    reset();
    return scrape;
}

bool PrometheusTextParser::checkLineLength(qsizetype length)
{
    if (length <= m_limits.maxLineBytes)
        return true;
    m_failure = ApiError::make(ApiError::Kind::TooLarge, {},
                               QCoreApplication::translate("Prometheus", "line %1: longer than %2")
                                   .arg(m_line + 1)
                                   .arg(net::describeByteLimit(m_limits.maxLineBytes)));
    return false;
}

bool PrometheusTextParser::fail(const QString &what)
{
    m_failure = ApiError::make(
        ApiError::Kind::Malformed, {},
        QCoreApplication::translate("Prometheus", "line %1: %2").arg(m_line).arg(what));
    return false;
}

bool PrometheusTextParser::parseLine(QByteArrayView line)
{
    ++m_line;
    if (m_eof)
        return true;
    if (!line.isEmpty() && line.back() == '\r')
        line.chop(1);
    qsizetype pos = 0;
    skipBlanks(line, pos);
    if (pos == line.size())
        return true;
    if (line[pos] == '#')
        return parseComment(line.sliced(pos + 1));
    return parseSample(line.sliced(pos));
}

bool PrometheusTextParser::parseComment(QByteArrayView rest)
{
    qsizetype pos = 0;
    skipBlanks(rest, pos);
    const QByteArrayView word = token(rest, pos);
    const bool help = word == QByteArrayView("HELP");
    if (!help && word != QByteArrayView("TYPE")) {
        if (word == QByteArrayView("EOF")) {
            skipBlanks(rest, pos);
            m_eof = pos == rest.size();
        }
        return true; // a comment
    }
    skipBlanks(rest, pos);
    const QByteArrayView name = metricName(rest, pos);
    if (name.isEmpty() || (pos < rest.size() && !isBlank(rest[pos])))
        return fail(QCoreApplication::translate("Prometheus", "%1 line without a valid metric name")
                        .arg(QString::fromLatin1(word)));
    const qint32 family = familyFor(name);
    m_current = family;
    if (help) {
        if (pos < rest.size())
            ++pos; // the one blank after the name
        m_scrape.m_families[family].help = unescapeHelp(rest.sliced(pos));
        return true;
    }
    skipBlanks(rest, pos);
    const QByteArrayView typeWord = token(rest, pos);
    skipBlanks(rest, pos);
    const auto type = parseType(typeWord);
    if (!type || pos != rest.size())
        return fail(QCoreApplication::translate("Prometheus", "unknown metric type \"%1\"")
                        .arg(QString::fromUtf8(
                            rest.sliced(rest.size() - (rest.size() - pos) - typeWord.size()))));
    m_scrape.m_families[family].type = *type;
    return true;
}

qint32 PrometheusTextParser::familyFor(QByteArrayView name)
{
    const QByteArray key = QByteArray::fromRawData(name.data(), name.size());
    const auto it = m_familyIndex.constFind(key);
    if (it != m_familyIndex.constEnd())
        return it.value();
    const auto index = qint32(m_scrape.m_families.size());
    m_scrape.m_families.append({name.toByteArray(), MetricType::Untyped, {}});
    m_familyIndex.insert(name.toByteArray(), index);
    return index;
}

void PrometheusTextParser::resolveSample(QByteArrayView name, qint32 &family, SampleSuffix &suffix)
{
    suffix = SampleSuffix::None;
    if (m_current >= 0) { // the common case: the sample belongs to the family just seen
        const PrometheusScrape::Family &current = m_scrape.m_families.at(m_current);
        if (name.startsWith(current.name)) {
            const QByteArrayView tail = name.sliced(current.name.size());
            if (tail.isEmpty()) {
                family = m_current;
                return;
            }
            for (SampleSuffix s : kSuffixes) {
                if (tail == suffixText(s) && suffixFits(current.type, s)) {
                    family = m_current;
                    suffix = s;
                    return;
                }
            }
        }
    }
    const QByteArray key = QByteArray::fromRawData(name.data(), name.size());
    if (const auto it = m_familyIndex.constFind(key); it != m_familyIndex.constEnd()) {
        family = m_current = it.value();
        return;
    }
    for (SampleSuffix s : kSuffixes) {
        const QByteArrayView text = suffixText(s);
        if (!name.endsWith(text))
            continue;
        const QByteArrayView base = name.first(name.size() - text.size());
        const auto it = m_familyIndex.constFind(QByteArray::fromRawData(base.data(), base.size()));
        if (it != m_familyIndex.constEnd() &&
            suffixFits(m_scrape.m_families.at(it.value()).type, s)) {
            family = m_current = it.value();
            suffix = s;
            return;
        }
    }
    family = m_current = familyFor(name);
}

bool PrometheusTextParser::parseSample(QByteArrayView line)
{
    qsizetype pos = 0;
    const QByteArrayView name = metricName(line, pos);
    if (name.isEmpty())
        return fail(QCoreApplication::translate("Prometheus", "expected a metric name"));
    PrometheusScrape::Record record{};
    resolveSample(name, record.family, record.suffix);
    record.firstLabel = quint32(m_scrape.m_labels.size());
    skipBlanks(line, pos);
    if (pos < line.size() && line[pos] == '{') {
        ++pos;
        if (!parseLabels(line, pos, record.labelCount))
            return false;
    }
    const qsizetype beforeValue = pos;
    skipBlanks(line, pos);
    const bool separated = pos > beforeValue || (beforeValue > 0 && isBlank(line[beforeValue - 1]));
    const QByteArrayView valueText = token(line, pos);
    const auto value = separated ? parseValue(valueText) : std::nullopt;
    if (!value)
        return fail(valueText.isEmpty()
                        ? QCoreApplication::translate("Prometheus", "expected a value")
                        : QCoreApplication::translate("Prometheus", "bad value \"%1\"")
                              .arg(QString::fromUtf8(valueText)));
    record.value = *value;
    record.timestampMs = PrometheusScrape::kNoTimestamp;
    skipBlanks(line, pos);
    if (pos < line.size() && line[pos] != '#') {
        const QByteArrayView tsText = token(line, pos);
        const auto ts = parseTimestamp(tsText);
        if (!ts)
            return fail(QCoreApplication::translate("Prometheus", "bad timestamp \"%1\"")
                            .arg(QString::fromUtf8(tsText)));
        record.timestampMs = *ts;
        skipBlanks(line, pos);
    }
    if (pos < line.size() && line[pos] != '#') // '#': an exemplar, ignored
        return fail(QCoreApplication::translate("Prometheus", "unexpected text after the value"));
    m_scrape.m_samples.append(record);
    return true;
}

bool PrometheusTextParser::parseLabels(QByteArrayView line, qsizetype &pos, quint32 &count)
{
    QByteArray &pool = m_scrape.m_pool;
    for (;;) {
        skipBlanks(line, pos);
        if (pos < line.size() && line[pos] == '}') {
            ++pos;
            return true;
        }
        const qsizetype nameStart = pos;
        if (pos < line.size() && isLabelStart(line[pos])) {
            ++pos;
            while (pos < line.size() && isLabelChar(line[pos]))
                ++pos;
        }
        if (pos == nameStart)
            return fail(QCoreApplication::translate("Prometheus", "expected a label name"));
        PrometheusScrape::LabelRef ref{};
        ref.nameOffset = quint32(pool.size());
        ref.nameLength = quint32(pos - nameStart);
        pool.append(line.sliced(nameStart, pos - nameStart));
        skipBlanks(line, pos);
        if (pos >= line.size() || line[pos] != '=')
            return fail(QCoreApplication::translate("Prometheus", "expected '=' after a label"));
        ++pos;
        skipBlanks(line, pos);
        if (pos >= line.size() || line[pos] != '"')
            return fail(QCoreApplication::translate("Prometheus", "expected a quoted label value"));
        ++pos;
        ref.valueOffset = quint32(pool.size());
        bool closed = false;
        while (pos < line.size()) {
            qsizetype run = pos;
            while (run < line.size() && line[run] != '"' && line[run] != '\\')
                ++run;
            pool.append(line.sliced(pos, run - pos));
            pos = run;
            if (pos >= line.size())
                break;
            if (line[pos] == '"') {
                ++pos;
                closed = true;
                break;
            }
            if (pos + 1 >= line.size())
                break;
            const char escaped = line[pos + 1];
            if (escaped == 'n')
                pool.append('\n');
            else if (escaped == '\\' || escaped == '"')
                pool.append(escaped);
            else
                pool.append(line.sliced(pos, 2)); // unknown escape: kept as written
            pos += 2;
        }
        if (!closed)
            return fail(QCoreApplication::translate("Prometheus", "unterminated label value"));
        ref.valueLength = quint32(pool.size() - ref.valueOffset);
        m_scrape.m_labels.append(ref);
        ++count;
        skipBlanks(line, pos);
        if (pos < line.size() && line[pos] == ',') {
            ++pos;
            continue;
        }
        if (pos < line.size() && line[pos] == '}') {
            ++pos;
            return true;
        }
        return fail(QCoreApplication::translate("Prometheus", "expected ',' or '}' in labels"));
    }
}

} // namespace c41::prometheus
