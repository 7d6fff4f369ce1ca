// SPDX-License-Identifier: GPL-3.0-or-later
// Prometheus HTTP API instant queries: the captured answers, and a Prometheus server
// as a telemetry source (FakePrometheus) giving the same figures as the exporter.
#include "fakeprometheus.h"
#include "fixtures.h"

#include "backends/prometheus/prometheusvector.h"
#include "studio/telemetryservice.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <qcorotask.h>

using c41::fakes::FakePrometheus;
using c41::prometheus::PrometheusVector;
using c41::studio::ServerAddress;
using c41::studio::ServerConfig;
using c41::studio::TelemetryService;
using namespace Qt::StringLiterals;

class TestPrometheusVector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void capturedAnswers()
    {
        // {"metric":{"__name__":"up","box":"linux-test","instance":"127.0.0.1:19100",
        //  "job":"node"},"value":[1795307195.232,"1"]}
        const auto up = PrometheusVector::parse(
            c41::testing::readFixture(u"prometheus_api/query_vector_up.json"_s), u"prom"_s);
        QVERIFY(up.ok());
        QCOMPARE(up->size(), 1);
        QCOMPARE(up->first().labels.value(u"instance"_s), u"127.0.0.1:19100"_s);
        QCOMPARE(up->first().value, 1.0);
        QCOMPARE(up->first().msecsSinceEpoch, 1795307195232LL);
        QCOMPARE(
            PrometheusVector::toExposition(*up),
            QByteArray("up{box=\"linux-test\",instance=\"127.0.0.1:19100\",job=\"node\"} 1\n"));
        // value "0.044740246387105165", no __name__ after arithmetic: not exposition
        const auto ratio = PrometheusVector::parse(
            c41::testing::readFixture(u"prometheus_api/query_vector_mem_used_ratio.json"_s),
            u"prom"_s);
        QCOMPARE(ratio->first().value, 0.044740246387105165);
        QVERIFY(PrometheusVector::toExposition(*ratio).isEmpty());
        const auto empty = PrometheusVector::parse(
            c41::testing::readFixture(u"prometheus_api/query_vector_empty.json"_s), u"prom"_s);
        QVERIFY(empty.ok() && empty->isEmpty()); // nobody exports it: no data, not an error
    }

    void errorsCarryTheServersMessage()
    {
        const auto bad = PrometheusVector::parse(
            c41::testing::readFixture(u"prometheus_api/query_error_bad_data.json"_s), u"prom"_s);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().server, u"prom"_s);
        QVERIFY2(bad.error().message.contains(u"unclosed left parenthesis"_s),
                 qPrintable(bad.error().message));
        const auto scalar = PrometheusVector::parse(
            c41::testing::readFixture(u"prometheus_api/query_scalar.json"_s), u"prom"_s);
        QVERIFY(!scalar.ok());
    }

    void selectorCarriesMatchers()
    {
        const QString selector =
            PrometheusVector::telemetrySelector({{u"instance"_s, u"forge:9100"_s}});
        QVERIFY(selector.startsWith(u"{__name__=~\""_s));
        QVERIFY(selector.endsWith(u",instance=\"forge:9100\"}"_s));
        QVERIFY(selector.contains(u"node_memory_.*"_s));
    }

    void prometheusServerAsTelemetrySource()
    {
        FakePrometheus prometheus;
        QVERIFY(prometheus.listen());
        const QString selector =
            PrometheusVector::telemetrySelector({{u"instance"_s, u"forge:9100"_s}});
        // node_exporter_linux.txt: MemTotal 2.5276502016e+10, MemAvailable 2.4601624576e+10
        const QMap<QString, QString> base{{u"instance"_s, u"forge:9100"_s}, {u"job"_s, u"node"_s}};
        QMap<QString, QString> total = base;
        total.insert(u"__name__"_s, u"node_memory_MemTotal_bytes"_s);
        QMap<QString, QString> available = base;
        available.insert(u"__name__"_s, u"node_memory_MemAvailable_bytes"_s);
        prometheus.addSeries(selector, total, 2.5276502016e+10);
        prometheus.addSeries(selector, available, 2.4601624576e+10);

        ServerConfig server;
        server.name = u"monitor"_s;
        server.address = *ServerAddress::parse(u"prometheus+"_s + prometheus.url().toString() +
                                               u"?instance=forge:9100"_s);
        QNetworkAccessManager nam;
        TelemetryService service(&nam);
        service.addSource(u"forge"_s, server);
        QCoro::waitFor(service.pollAll());
        const auto box = service.box(u"forge"_s);
        QVERIFY2(box.sources.first().error.isEmpty(), qPrintable(box.sources.first().error));
        QVERIFY(box.host);
        QCOMPARE(*box.host->memoryTotalBytes, 2.5276502016e+10);
        QCOMPARE(*box.host->memoryUsedBytes, 674877440.0);
        QCOMPARE(box.host->source, u"monitor"_s);
        QCOMPARE(prometheus.queryCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPrometheusVector)
#include "tst_prometheusvector.moc"
