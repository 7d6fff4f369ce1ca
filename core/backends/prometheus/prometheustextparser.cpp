// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheustextparser.h"

#include "net/decoderlimits.h"
#include "prometheusvalues.h"

#include <QCoreApplication>

#include <array>
#include <cstring>

namespace c41::prometheus {

using net::ApiError;

namespace {

// Character classes as one table lookup per byte: the name and label scanners run over
// every byte of every sample line, and a chain of range compares costs several times more.
// (No library offers Prometheus' name classes; this is the whole lexer, so it is hand-written.)
enum : quint8 { kBlank = 1, kNameStart = 2, kNameChar = 4, kLabelStart = 8, kLabelChar = 16 };

constexpr auto kClasses = [] {
    std::array<quint8, 256> table{};
    table[quint8(' ')] = table[quint8('\t')] = kBlank;
    for (int c = 0; c < 256; ++c) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        const bool digit = c >= '0' && c <= '9';
        if (letter)
            table[c] |= kNameStart | kNameChar | kLabelStart | kLabelChar;
        if (digit)
            table[c] |= kNameChar | kLabelChar;
        if (c == ':')
            table[c] |= kNameStart | kNameChar;
    }
    return table;
}();

bool is(char c, quint8 cls)
{
    return kClasses[quint8(c)] & cls;
}

bool isBlank(char c)
{
    return is(c, kBlank);
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
    const char *data = line.data();
    const qsizetype size = line.size();
    const qsizetype start = pos;
    if (pos < size && is(data[pos], kNameStart)) {
        ++pos;
        while (pos < size && is(data[pos], kNameChar))
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
    // Room for a typical exporter scrape (about 90 bytes a sample, 2 labels a sample, a
    // quarter of the text in label names and values), so that the big arrays are not
    // grown and copied on the way; a denser text still just grows them.
    parser.m_scrape.m_samples.reserve(text.size() / 64);
    parser.m_scrape.m_labels.reserve(text.size() / 32);
    parser.m_scrape.m_pool.reserve(text.size() / 3);
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
    QByteArrayView name;
    // Most lines start with the name of the family just seen (a valid name): compare it
    // whole instead of classifying each of its bytes, then scan the rest of the name.
    if (m_current >= 0) {
        const QByteArray &current = m_scrape.m_families.at(m_current).name;
        if (line.size() > current.size() &&
            std::memcmp(line.data(), current.constData(), size_t(current.size())) == 0) {
            pos = current.size();
            while (pos < line.size() && is(line[pos], kNameChar))
                ++pos;
            name = line.first(pos);
        }
    }
    if (pos == 0)
        name = metricName(line, pos);
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

// Hot path, hand-written (there is no C++ library for this format that fills our compact
// scrape; a general one would build per-sample strings and maps, the cost we avoid):
// - a label name that the previous sample had at the same position (nearly always: one
//   family's lines repeat their label names in order) is not copied again; its ref points
//   at the earlier copy in the pool;
// - the pool grows once per sample (by the most the rest of the line can need) and values
//   are written with memcpy, instead of one QByteArray::append per name and value; the
//   pool is cut back to what was written at the end.
bool PrometheusTextParser::parseLabels(QByteArrayView line, qsizetype &pos, quint32 &count)
{
    QByteArray &pool = m_scrape.m_pool;
    QList<PrometheusScrape::LabelRef> &labels = m_scrape.m_labels;
    const char *data = line.data();
    const qsizetype size = line.size();
    // The previous sample's labels, whose names this one most likely repeats.
    qsizetype previous = 0;
    quint32 previousCount = 0;
    if (!m_scrape.m_samples.isEmpty()) {
        const PrometheusScrape::Record &last = m_scrape.m_samples.constLast();
        previous = last.firstLabel;
        previousCount = last.labelCount;
    }
    qsizetype used = pool.size();
    pool.resize(used + (size - pos)); // names and unescaped values fit in the rest of the line
    char *out = pool.data();
    const auto skip = [&] {
        while (pos < size && isBlank(data[pos]))
            ++pos;
    };
    const auto done = [&](bool ok) {
        pool.resize(used);
        return ok;
    };
    for (;;) {
        skip();
        if (pos < size && data[pos] == '}') {
            ++pos;
            return done(true);
        }
        const qsizetype nameStart = pos;
        if (pos < size && is(data[pos], kLabelStart)) {
            ++pos;
            while (pos < size && is(data[pos], kLabelChar))
                ++pos;
        }
        if (pos == nameStart)
            return done(fail(QCoreApplication::translate("Prometheus", "expected a label name")));
        PrometheusScrape::LabelRef ref{};
        ref.nameLength = quint32(pos - nameStart);
        const PrometheusScrape::LabelRef *same =
            count < previousCount ? labels.constData() + previous + count : nullptr;
        if (same && same->nameLength == ref.nameLength &&
            std::memcmp(out + same->nameOffset, data + nameStart, ref.nameLength) == 0) {
            ref.nameOffset = same->nameOffset;
        } else {
            ref.nameOffset = quint32(used);
            std::memcpy(out + used, data + nameStart, ref.nameLength);
            used += ref.nameLength;
        }
        skip();
        if (pos >= size || data[pos] != '=')
            return done(
                fail(QCoreApplication::translate("Prometheus", "expected '=' after a label")));
        ++pos;
        skip();
        if (pos >= size || data[pos] != '"')
            return done(
                fail(QCoreApplication::translate("Prometheus", "expected a quoted label value")));
        ++pos;
        ref.valueOffset = quint32(used);
        bool closed = false;
        while (pos < size) {
            qsizetype run = pos;
            while (run < size && data[run] != '"' && data[run] != '\\')
                ++run;
            std::memcpy(out + used, data + pos, size_t(run - pos));
            used += run - pos;
            pos = run;
            if (pos >= size)
                break;
            if (data[pos] == '"') {
                ++pos;
                closed = true;
                break;
            }
            if (pos + 1 >= size)
                break;
            const char escaped = data[pos + 1];
            if (escaped == 'n') {
                out[used++] = '\n';
            } else if (escaped == '\\' || escaped == '"') {
                out[used++] = escaped;
            } else { // unknown escape: kept as written
                out[used++] = '\\';
                out[used++] = escaped;
            }
            pos += 2;
        }
        if (!closed)
            return done(
                fail(QCoreApplication::translate("Prometheus", "unterminated label value")));
        ref.valueLength = quint32(used - ref.valueOffset);
        labels.append(ref);
        ++count;
        skip();
        if (pos < size && data[pos] == ',') {
            ++pos;
            continue;
        }
        if (pos < size && data[pos] == '}') {
            ++pos;
            return done(true);
        }
        return done(
            fail(QCoreApplication::translate("Prometheus", "expected ',' or '}' in labels")));
    }
}

} // namespace c41::prometheus
