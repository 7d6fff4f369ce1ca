// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace c41::telemetry {

// A range-query answer of a Prometheus server's HTTP API (/api/v1/query_range,
// resultType "matrix"): each series with its labels and points, oldest first.
class PrometheusMatrix
{
public:
    struct Point
    {
        qint64 msecsSinceEpoch = 0;
        double value = 0;
    };
    struct Series
    {
        QMap<QString, QString> labels;
        QList<Point> points;
    };

    // Errors: the envelope's {"status":"error","error":…} as Malformed with the server's
    // message; a non-matrix result is Malformed. NaN / ±Inf points are dropped.
    static net::Result<QList<Series>> parse(const QByteArray &body, const QString &server);
};

} // namespace c41::telemetry
