// SPDX-License-Identifier: GPL-3.0-or-later
// Longer history from Prometheus: the captured query_range shapes, and TelemetryService
// against FakePrometheus.
#include "fakeprometheus.h"
#include "fixtures.h"

#include "backends/telemetry/prometheusmatrix.h"
#include "studio/telemetrylonghistory.h"
#include "studio/telemetryservice.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <qcorotask.h>

#include <cmath>

using c41::fakes::FakePrometheus;
using c41::studio::ServerAddress;
using c41::studio::ServerConfig;
using c41::studio::TelemetryHistory;
using c41::studio::TelemetryLongHistory;
using c41::studio::TelemetryService;
using c41::telemetry::PrometheusMatrix;
using Metric = c41::studio::TelemetryHistory::Metric;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr qint64 kNow = 1800000000; // unix seconds
const QString kUuid = u"11111111-2222-3333-4444-555555555555"_s;

ServerConfig server(const QString &name, const QString &kind, const QString &url)
{
    ServerConfig config;
    config.name = name;
    config.address = *ServerAddress::parse(kind + u'+' + url);
    return config;
}

} // namespace

class TestTelemetryLongHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void capturedMatrix()
    {
        // [1795307179,"24173981696"] … [1795307195,"24145625088"], 5 points, 4 s apart.
        const auto matrix = PrometheusMatrix::parse(
            c41::testing::readFixture(u"prometheus_api/query_range_matrix_mem_avail.json"_s),
            u"monitor"_s);
        QVERIFY(matrix.ok());
        QCOMPARE(matrix->size(), 1);
        const auto &series = matrix->first();
        QCOMPARE(series.labels.value(u"__name__"_s), u"node_memory_MemAvailable_bytes"_s);
        QCOMPARE(series.labels.value(u"instance"_s), u"127.0.0.1:19100"_s);
        QCOMPARE(series.points.size(), 5);
        QCOMPARE(series.points.first().msecsSinceEpoch, 1795307179000LL);
        QCOMPARE(series.points.first().value, 24173981696.0);
        QCOMPARE(series.points.last().msecsSinceEpoch, 1795307195000LL);
        QCOMPARE(series.points.last().value, 24145625088.0);
    }

    void capturedErrorsAndWrongShapes()
    {
        const auto error = PrometheusMatrix::parse(
            c41::testing::readFixture(u"prometheus_api/query_range_error_missing_step.json"_s),
            u"monitor"_s);
        QVERIFY(!error.ok());
        QVERIFY2(error.error().toString().contains(u"invalid parameter \"step\""_s),
                 qPrintable(error.error().toString()));
        QVERIFY2(error.error().toString().contains(u"monitor"_s),
                 qPrintable(error.error().toString()));
        const auto vector = PrometheusMatrix::parse(
            c41::testing::readFixture(u"prometheus_api/query_vector_cpu_busy_pct.json"_s),
            u"monitor"_s);
        QVERIFY(!vector.ok());
        QVERIFY2(vector.error().toString().contains(u"matrix"_s),
                 qPrintable(vector.error().toString()));
    }

    void queriesCarryTheDeviceAndMatchers()
    {
        const QString q = TelemetryLongHistory::query(Metric::Temperature, kUuid.toUpper(),
                                                      {{u"instance"_s, u"forge:9835"_s}});
        QCOMPARE(q, u"nvidia_smi_temperature_gpu{uuid=\""_s + kUuid +
                        u"\",instance=\"forge:9835\"} or DCGM_FI_DEV_GPU_TEMP{UUID=~\"(?i)GPU-"_s +
                        kUuid + u"\",instance=\"forge:9835\"}"_s);
        QVERIFY(TelemetryLongHistory::query(Metric::HostMemoryUsed, {})
                    .startsWith(u"node_memory_MemTotal_bytes{} - "_s));
    }

    void sixHoursAtThirtySecondsFromTheBoxPrometheus()
    {
        FakePrometheus prometheus;
        QVERIFY(prometheus.listen());
        const TelemetryLongHistory::Matchers matchers{{u"instance"_s, u"forge:9835"_s}};
        // Utilisation that ramps 0..99 % every 100 steps.
        prometheus.addSeries(TelemetryLongHistory::query(Metric::Utilisation, kUuid, matchers),
                             {{u"uuid"_s, kUuid}, {u"instance"_s, u"forge:9835"_s}},
                             [](double t) { return std::fmod(t / 30.0, 100.0); });

        QNetworkAccessManager nam;
        TelemetryService service(&nam);
        service.setClock([] { return QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC); });
        service.addSource(u"forge"_s,
                          server(u"monitor"_s, u"prometheus"_s,
                                 prometheus.url().toString() + u"?instance=forge:9835"_s));
        const auto points =
            QCoro::waitFor(service.longHistory(u"forge"_s, kUuid, Metric::Utilisation));
        QVERIFY2(points.ok(), points.ok() ? "" : qPrintable(points.error().toString()));
        QCOMPARE(points->size(), 6 * 60 * 2 + 1); // both ends included
        QCOMPARE(points->first().msecsSinceEpoch, (kNow - 6 * 3600) * 1000);
        QCOMPARE(points->last().msecsSinceEpoch, kNow * 1000);
        QCOMPARE((*points)[1].msecsSinceEpoch - (*points)[0].msecsSinceEpoch, 30000LL);
        QCOMPARE(points->last().value, std::fmod(kNow / 30.0, 100.0));

        // A shorter window at a finer step.
        const auto hour =
            QCoro::waitFor(service.longHistory(u"forge"_s, kUuid, Metric::Utilisation, 1h, 10s));
        QVERIFY(hour.ok());
        QCOMPARE(hour->size(), 361);
    }

    void prometheusErrorsNameTheServer()
    {
        FakePrometheus prometheus;
        QVERIFY(prometheus.listen());
        QNetworkAccessManager nam;
        TelemetryService service(&nam);
        service.addSource(u"forge"_s,
                          server(u"monitor"_s, u"prometheus"_s, prometheus.url().toString()));
        // Too many points: 6 h at 1 s is over Prometheus's 11,000 per series.
        const auto tooFine =
            QCoro::waitFor(service.longHistory(u"forge"_s, kUuid, Metric::Utilisation, 6h, 1s));
        QVERIFY(!tooFine.ok());
        QVERIFY2(tooFine.error().toString().contains(u"monitor"_s),
                 qPrintable(tooFine.error().toString()));
        QVERIFY2(tooFine.error().toString().contains(u"11,000"_s),
                 qPrintable(tooFine.error().toString()));
    }

    void boxWithoutPrometheusSaysSo()
    {
        QNetworkAccessManager nam;
        TelemetryService service(&nam);
        service.addSource(u"brain"_s,
                          server(u"brain-macmon"_s, u"macmon"_s, u"http://127.0.0.1:1"_s));
        const auto result =
            QCoro::waitFor(service.longHistory(u"brain"_s, kUuid, Metric::Utilisation));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().toString().contains(u"no prometheus source"_s),
                 qPrintable(result.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestTelemetryLongHistory)
#include "tst_telemetrylonghistory.moc"
