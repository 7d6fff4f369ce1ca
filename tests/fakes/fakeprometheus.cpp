// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeprometheus.h"

#include "fakehttpserver.h"

#include <nlohmann/json.hpp>

#include <QDateTime>
#include <QRegularExpression>
#include <QUrlQuery>

#include <charconv>
#include <cmath>

namespace c41::fakes {

namespace {

using Json = nlohmann::ordered_json; // Go encodes struct fields in declaration order

constexpr qint64 kMaxPoints = 11000;

FakeResponse apiJson(const Json &body, int status = 200)
{
    return FakeResponse::text(QByteArray::fromStdString(body.dump()), status, "application/json");
}

FakeResponse badData(const QString &error)
{
    return apiJson(
        Json{{"status", "error"}, {"errorType", "bad_data"}, {"error", error.toStdString()}}, 400);
}

// The request's parameters: the URL query, plus a form-encoded body for POST.
QUrlQuery parameters(const FakeRequest &request)
{
    QUrlQuery params = request.query;
    if (request.method == "POST" && !request.body.isEmpty()) {
        QByteArray form = request.body;
        form.replace('+', "%20");
        const QUrlQuery body(QString::fromLatin1(form));
        for (const auto &[key, value] : body.queryItems(QUrl::FullyEncoded))
            params.addQueryItem(key, value);
    }
    return params;
}

QString param(const QUrlQuery &params, const QString &key)
{
    QString raw = params.queryItemValue(key, QUrl::FullyEncoded);
    raw.replace(u'+', u' ');
    return QUrl::fromPercentEncoding(raw.toUtf8());
}

// Prometheus timestamps: Unix seconds (float) or RFC 3339.
std::optional<double> parseTime(const QString &text)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (ok)
        return seconds;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid())
        return time.toMSecsSinceEpoch() / 1000.0;
    return std::nullopt;
}

// model.ParseDuration ("15s", "1m30s", "500ms", "1h", "1d", "1w", "1y") or float seconds.
std::optional<double> parseDuration(const QString &text)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (ok)
        return seconds;
    static const QRegularExpression part(QStringLiteral("(\\d+)(ms|s|m|h|d|w|y)"));
    double total = 0;
    qsizetype consumed = 0;
    auto it = part.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart() != consumed)
            return std::nullopt;
        consumed = m.capturedEnd();
        const double n = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        total += unit == u"ms"  ? n / 1000
                 : unit == u"s" ? n
                 : unit == u"m" ? n * 60
                 : unit == u"h" ? n * 3600
                 : unit == u"d" ? n * 86400
                 : unit == u"w" ? n * 604800
                                : n * 31536000;
    }
    if (text.isEmpty() || consumed != text.size())
        return std::nullopt;
    return total;
}

// Sample timestamps are float seconds with millisecond precision: 1795307179 or 1795307195.232.
Json timestampJson(double seconds)
{
    const qint64 ms = std::llround(seconds * 1000);
    if (ms % 1000 == 0)
        return Json(ms / 1000);
    return Json(ms / 1000.0);
}

// Go's strconv.FormatFloat(v, 'f', -1, 64), with Prometheus' spellings of NaN and infinities.
std::string valueString(double v)
{
    if (std::isnan(v))
        return "NaN";
    if (std::isinf(v))
        return v > 0 ? "+Inf" : "-Inf";
    char buf[400];
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
    return std::string(buf, r.ptr);
}

// A cheap syntax check: brackets and quotes must balance. Returns Prometheus'
// message for the first problem, or an empty string.
QString syntaxError(const QString &query)
{
    if (query.trimmed().isEmpty())
        return QStringLiteral("1:1: parse error: no expression found in input");
    QList<QChar> open;
    QChar quote;
    for (qsizetype i = 0; i < query.size(); ++i) {
        const QChar c = query.at(i);
        const QString at = QStringLiteral("1:%1: parse error: ").arg(i + 1);
        if (!quote.isNull()) {
            if (c == u'\\')
                ++i;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'"' || c == u'\'' || c == u'`')
            quote = c;
        else if (c == u'(' || c == u'[' || c == u'{')
            open.append(c);
        else if (c == u')' || c == u']' || c == u'}') {
            const QChar want = c == u')' ? u'(' : c == u']' ? u'[' : u'{';
            if (open.isEmpty() || open.last() != want) {
                return at + (c == u')'   ? QStringLiteral("unexpected right parenthesis ')'")
                             : c == u']' ? QStringLiteral("unexpected right bracket ']'")
                                         : QStringLiteral("unexpected right brace '}'"));
            }
            open.removeLast();
        }
    }
    const QString end = QStringLiteral("1:%1: parse error: ").arg(query.size() + 1);
    if (!quote.isNull())
        return end + QStringLiteral("unterminated quoted string");
    if (!open.isEmpty()) {
        const QChar c = open.last();
        return end + (c == u'('   ? QStringLiteral("unclosed left parenthesis")
                      : c == u'[' ? QStringLiteral("unclosed left bracket")
                                  : QStringLiteral("unexpected end of input inside braces"));
    }
    return {};
}

bool isBareSelector(const QString &query)
{
    static const QRegularExpression selector(
        QStringLiteral("^\\s*[a-zA-Z_:][a-zA-Z0-9_:]*\\s*(\\{[^{}]*\\})?\\s*$"));
    return selector.match(query).hasMatch();
}

Json metricJson(const QMap<QString, QString> &labels)
{
    Json metric = Json::object();
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        metric[it.key().toStdString()] = it.value().toStdString();
    return metric;
}

} // namespace

FakePrometheus::FakePrometheus(QObject *parent)
    : QObject(parent)
    , m_http(new FakeHttpServer(this))
{
    for (const char *method : {"GET", "POST"}) {
        m_http->route(method, QStringLiteral("/api/v1/query"),
                      [this](const FakeRequest &r) { return instantQuery(r); });
        m_http->route(method, QStringLiteral("/api/v1/query_range"),
                      [this](const FakeRequest &r) { return rangeQuery(r); });
    }
    m_http->route("GET", QStringLiteral("/-/healthy"), [](const FakeRequest &) {
        return FakeResponse::text("Prometheus Server is Healthy.\n");
    });
    m_http->route("GET", QStringLiteral("/-/ready"), [](const FakeRequest &) {
        return FakeResponse::text("Prometheus Server is Ready.\n");
    });
}

FakePrometheus::~FakePrometheus() = default;

bool FakePrometheus::listen(quint16 port)
{
    return m_http->listen(port);
}

QUrl FakePrometheus::url() const
{
    return m_http->url();
}

QString FakePrometheus::normalise(const QString &query)
{
    QString out;
    QChar quote;
    for (const QChar c : query) {
        if (quote.isNull() && c.isSpace())
            continue;
        if (c == u'"' || c == u'\'' || c == u'`')
            quote = quote.isNull() ? c : (quote == c ? QChar() : quote);
        out.append(c);
    }
    return out;
}

void FakePrometheus::addSeries(const QString &query, const QMap<QString, QString> &labels,
                               ValueFn value)
{
    Entry &entry = m_entries[normalise(query)];
    entry.scalar = false;
    entry.series.append({labels, std::move(value)});
}

void FakePrometheus::addSeries(const QString &query, const QMap<QString, QString> &labels,
                               double value)
{
    addSeries(query, labels, [value](double) { return value; });
}

void FakePrometheus::addScalar(const QString &query, ValueFn value)
{
    Entry &entry = m_entries[normalise(query)];
    entry.scalar = true;
    entry.series = {Series{{}, std::move(value)}};
}

void FakePrometheus::clear()
{
    m_entries.clear();
}

const FakePrometheus::Entry *FakePrometheus::lookup(const QString &query, QString *error) const
{
    if (const QString syntax = syntaxError(query); !syntax.isEmpty()) {
        *error = QStringLiteral("invalid parameter \"query\": ") + syntax;
        return nullptr;
    }
    const auto it = m_entries.constFind(normalise(query));
    if (it != m_entries.constEnd())
        return &*it;
    if (!isBareSelector(query)) {
        *error = QStringLiteral("invalid parameter \"query\": the fake Prometheus has no series "
                                "registered for this expression");
    }
    return nullptr; // a bare selector nobody exports: the empty vector
}

FakeResponse FakePrometheus::instantQuery(const FakeRequest &request)
{
    ++m_queries;
    const QUrlQuery params = parameters(request);
    double time = QDateTime::currentMSecsSinceEpoch() / 1000.0;
    if (params.hasQueryItem(QStringLiteral("time"))) {
        const QString text = param(params, QStringLiteral("time"));
        const auto parsed = parseTime(text);
        if (!parsed)
            return badData(QStringLiteral("invalid parameter \"time\": cannot parse \"%1\" to a "
                                          "valid timestamp")
                               .arg(text));
        time = *parsed;
    }
    QString error;
    const Entry *entry = lookup(param(params, QStringLiteral("query")), &error);
    if (!error.isEmpty())
        return badData(error);
    Json data;
    if (entry && entry->scalar) {
        data = Json{{"resultType", "scalar"},
                    {"result", Json::array({timestampJson(time),
                                            valueString(entry->series.first().value(time))})}};
    } else {
        Json result = Json::array();
        if (entry) {
            for (const Series &s : entry->series) {
                result.push_back(Json{
                    {"metric", metricJson(s.labels)},
                    {"value", Json::array({timestampJson(time), valueString(s.value(time))})}});
            }
        }
        data = Json{{"resultType", "vector"}, {"result", result}};
    }
    return apiJson(Json{{"status", "success"}, {"data", data}});
}

FakeResponse FakePrometheus::rangeQuery(const FakeRequest &request)
{
    ++m_queries;
    const QUrlQuery params = parameters(request);
    const QString startText = param(params, QStringLiteral("start"));
    const QString endText = param(params, QStringLiteral("end"));
    const QString stepText = param(params, QStringLiteral("step"));
    const auto start = parseTime(startText);
    if (!start)
        return badData(
            QStringLiteral("invalid parameter \"start\": cannot parse \"%1\" to a valid timestamp")
                .arg(startText));
    const auto end = parseTime(endText);
    if (!end)
        return badData(
            QStringLiteral("invalid parameter \"end\": cannot parse \"%1\" to a valid timestamp")
                .arg(endText));
    if (*end < *start)
        return badData(QStringLiteral(
            "invalid parameter \"end\": end timestamp must not be before start time"));
    const auto step = parseDuration(stepText);
    if (!step)
        return badData(
            QStringLiteral("invalid parameter \"step\": cannot parse \"%1\" to a valid duration")
                .arg(stepText));
    if (*step <= 0)
        return badData(QStringLiteral("invalid parameter \"step\": zero or negative query "
                                      "resolution step widths are not accepted. Try a positive "
                                      "integer"));
    if ((*end - *start) / *step > kMaxPoints)
        return badData(QStringLiteral("exceeded maximum resolution of 11,000 points per "
                                      "timeseries. Try decreasing the query resolution "
                                      "(?step=XX)"));
    QString error;
    const Entry *entry = lookup(param(params, QStringLiteral("query")), &error);
    if (!error.isEmpty())
        return badData(error);
    Json result = Json::array();
    if (entry) {
        for (const Series &s : entry->series) {
            Json values = Json::array();
            for (qint64 k = 0;; ++k) {
                const double t = *start + k * *step;
                if (t > *end + 1e-9)
                    break;
                values.push_back(Json::array({timestampJson(t), valueString(s.value(t))}));
            }
            result.push_back(Json{{"metric", metricJson(s.labels)}, {"values", values}});
        }
    }
    // A range query over a scalar expression still answers a matrix without labels.
    return apiJson(
        Json{{"status", "success"}, {"data", {{"resultType", "matrix"}, {"result", result}}}});
}

} // namespace c41::fakes
