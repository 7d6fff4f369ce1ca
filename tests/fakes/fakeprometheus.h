// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace c41::fakes {

class FakeHttpServer;
struct FakeRequest;
struct FakeResponse;

// A minimal Prometheus server (HTTP API v1, as captured from Prometheus 2.42 in
// tests/fixtures/prometheus_api): /api/v1/query answers registered queries with
// a vector (or scalar), /api/v1/query_range with a matrix sampled at start + k·step,
// both by GET or form POST. Errors use the captured envelope
// {"status":"error","errorType":"bad_data","error":…} with HTTP 400: malformed
// PromQL (unbalanced brackets or quotes, empty), bad times or steps, too many
// points, and any unregistered expression. An unregistered bare metric name or
// selector gets the empty vector, as real Prometheus does for a metric nobody
// exports (query_vector_empty.json). Queries match ignoring whitespace.
class FakePrometheus : public QObject
{
    Q_OBJECT
public:
    using ValueFn = std::function<double(double unixSeconds)>;

    explicit FakePrometheus(QObject *parent = nullptr);
    ~FakePrometheus() override;

    bool listen(quint16 port = 0);
    QUrl url() const;
    FakeHttpServer *http() const { return m_http; }

    // One series in the answer to `query`; call again for more series.
    void addSeries(const QString &query, const QMap<QString, QString> &labels, ValueFn value);
    void addSeries(const QString &query, const QMap<QString, QString> &labels, double value);
    // `query` answers with resultType "scalar".
    void addScalar(const QString &query, ValueFn value);
    void clear();

    int queryCount() const { return m_queries; }

private:
    struct Series
    {
        QMap<QString, QString> labels;
        ValueFn value;
    };
    struct Entry
    {
        bool scalar = false;
        QList<Series> series;
    };

    FakeResponse instantQuery(const FakeRequest &request);
    FakeResponse rangeQuery(const FakeRequest &request);
    // nullptr: no error; else the bad_data response for this expression.
    const Entry *lookup(const QString &query, QString *error) const;
    static QString normalise(const QString &query);

    FakeHttpServer *m_http = nullptr;
    QHash<QString, Entry> m_entries;
    int m_queries = 0;
};

} // namespace c41::fakes
