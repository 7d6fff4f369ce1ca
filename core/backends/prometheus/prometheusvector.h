// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace c41::prometheus {

// An instant-query answer of a Prometheus server's HTTP API (/api/v1/query,
// resultType "vector"), and the bridge that lets the exporter normalisers read it:
// the series are written back as text exposition lines, so one set of normalisers
// serves both a direct scrape and Prometheus.
class PrometheusVector
{
public:
    struct Series
    {
        QMap<QString, QString> labels; // with __name__ when the query kept it
        double value = 0;
        qint64 msecsSinceEpoch = 0;
    };

    // Errors: the envelope's {"status":"error","error":…} as Kind::Http-like Malformed
    // with the server's message; a non-vector result is Malformed.
    static net::Result<QList<Series>> parse(const QByteArray &body, const QString &server);
    // "name{l="v",…} value" lines; series without __name__ are skipped.
    static QByteArray toExposition(const QList<Series> &series);
    // The one instant query that fetches every series the telemetry normalisers read,
    // restricted by extra label matchers (e.g. instance="forge:9100").
    static QString telemetrySelector(const QList<QPair<QString, QString>> &matchers = {});
};

} // namespace c41::prometheus
