// SPDX-License-Identifier: GPL-3.0-or-later
// Contract test: the fake exporters, macmon and Prometheus speak like the
// captured real ones (tests/fixtures/telemetry, tests/fixtures/prometheus_api):
// same metric families, TYPE and HELP lines, label names and units, same JSON
// shapes; and their values move over time within physical ranges.
#include "fakeexporter.h"
#include "fakemacmon.h"
#include "fakeprometheus.h"
#include "faketelemetrysim.h"
#include "fixtures.h"
#include "jsonshape.h"

#include <nlohmann/json.hpp>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace c41::fakes;
using c41::testing::readFixture;
using c41::testing::shapeDifferences;
using Json = nlohmann::json;

namespace {

// A line-level reading of the Prometheus text format: just enough to compare
// families with a capture (this is not the app's parser).
struct Sample
{
    QMap<QByteArray, QByteArray> labels;
    double value = 0;
};
struct Family
{
    QByteArray type;
    QByteArray help;
    QSet<QByteArray> labelNames; // over all samples
    QList<Sample> samples;
};
using Families = QMap<QByteArray, Family>;

double promValue(const QByteArray &text)
{
    if (text == "NaN")
        return std::nan("");
    if (text == "+Inf")
        return INFINITY;
    if (text == "-Inf")
        return -INFINITY;
    return text.toDouble();
}

Families parseExposition(const QByteArray &text, QList<QByteArray> *order = nullptr)
{
    Families families;
    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
            const QByteArray rest = line.mid(7);
            const qsizetype space = rest.indexOf(' ');
            const QByteArray name = space < 0 ? rest : rest.left(space);
            const QByteArray value = space < 0 ? QByteArray() : rest.mid(space + 1);
            if (!families.contains(name) && order)
                order->append(name);
            (line.at(2) == 'H' ? families[name].help : families[name].type) = value;
            continue;
        }
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        qsizetype i = 0;
        while (i < line.size() && line.at(i) != '{' && line.at(i) != ' ')
            ++i;
        QByteArray name = line.left(i);
        Sample sample;
        if (i < line.size() && line.at(i) == '{') {
            ++i;
            while (i < line.size() && line.at(i) != '}') {
                while (line.at(i) == ',' || line.at(i) == ' ')
                    ++i;
                const qsizetype eq = line.indexOf('=', i);
                const QByteArray key = line.mid(i, eq - i).trimmed();
                i = eq + 2; // past ="
                QByteArray value;
                while (i < line.size() && line.at(i) != '"') {
                    if (line.at(i) == '\\')
                        ++i;
                    value += line.at(i++);
                }
                ++i; // closing quote
                sample.labels.insert(key, value);
                while (i < line.size() && (line.at(i) == ',' || line.at(i) == ' '))
                    ++i;
            }
            ++i; // }
        }
        sample.value = promValue(line.mid(i).trimmed().split(' ').first());
        if (!families.contains(name)) { // summary/histogram parts
            for (const char *suffix : {"_bucket", "_sum", "_count"}) {
                if (name.endsWith(suffix) && families.contains(name.chopped(qstrlen(suffix))))
                    name.chop(qstrlen(suffix));
            }
        }
        Family &family = families[name];
        for (auto it = sample.labels.constBegin(); it != sample.labels.constEnd(); ++it)
            family.labelNames.insert(it.key());
        family.samples.append(sample);
    }
    return families;
}

Families captured(std::initializer_list<const char *> files)
{
    Families all;
    for (const char *file : files) {
        const Families one =
            parseExposition(readFixture(QStringLiteral("telemetry/") + QString::fromUtf8(file)));
        for (auto it = one.constBegin(); it != one.constEnd(); ++it) {
            if (!all.contains(it.key()))
                all.insert(it.key(), it.value());
        }
    }
    return all;
}

double value(const Families &f, const QByteArray &name, int index = 0)
{
    return f.value(name).samples.value(index).value;
}

QStringList sortedNames(const QSet<QByteArray> &set)
{
    QStringList out;
    for (const QByteArray &name : set)
        out << QString::fromUtf8(name);
    out.sort();
    return out;
}

// macmon serve's families that the readme excerpt does not show (serve.rs, apple-silicon.md).
const QSet<QByteArray> kMacmonDocumented = {
    "macmon_gpu_temp_celsius",       "macmon_memory_ram_total_bytes",
    "macmon_memory_ram_used_bytes",  "macmon_memory_swap_total_bytes",
    "macmon_memory_swap_used_bytes", "macmon_cpu_usage_ratio",
    "macmon_ecpu_usage_ratio",       "macmon_pcpu_freq_mhz",
    "macmon_pcpu_scaled_ratio",      "macmon_pcpu_usage_ratio",
    "macmon_pcpu_active_ratio",      "macmon_gpu_freq_mhz",
    "macmon_gpu_scaled_ratio",       "macmon_gpu_usage_ratio",
    "macmon_gpu_active_ratio",       "macmon_gpu_power_watts",
    "macmon_ane_power_watts",        "macmon_all_power_watts",
    "macmon_sys_power_watts",        "macmon_ram_power_watts",
    "macmon_gpu_ram_power_watts",
};

} // namespace

class TestFakeTelemetryContract : public QObject
{
    Q_OBJECT

private:
    struct Reply
    {
        int status = 0;
        QByteArray contentType;
        QByteArray body;
        QByteArray connection;
    };
    Reply request(const QUrl &url, const QByteArray &method = "GET", const QByteArray &body = {})
    {
        QNetworkRequest req(url);
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray("application/x-www-form-urlencoded"));
        QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->rawHeader("Content-Type"), reply->readAll(), reply->rawHeader("Connection")};
    }
    Families scrape(FakeExporter &exporter)
    {
        const Reply r = request(exporter.metricsUrl());
        if (r.status != 200 || r.contentType != "text/plain; version=0.0.4; charset=utf-8")
            return {};
        return parseExposition(r.body);
    }
    // Every family we emit exists in the capture with the same TYPE, HELP and label names.
    static void compareFamilies(const Families &ours, const Families &reference,
                                const QSet<QByteArray> &documentedExtra = {})
    {
        QVERIFY(!ours.isEmpty());
        for (auto it = ours.constBegin(); it != ours.constEnd(); ++it) {
            const QByteArray &name = it.key();
            QVERIFY2(!it.value().samples.isEmpty(), name.constData());
            if (!reference.contains(name)) {
                QVERIFY2(documentedExtra.contains(name), name.constData());
                QCOMPARE(it.value().type, QByteArray("gauge"));
                QCOMPARE(sortedNames(it.value().labelNames), QStringList{QStringLiteral("chip")});
                continue;
            }
            const Family &ref = reference.value(name);
            QVERIFY2(it.value().type == ref.type, name.constData());
            QVERIFY2(it.value().help.trimmed() == ref.help.trimmed(), name.constData());
            QVERIFY2(sortedNames(it.value().labelNames) == sortedNames(ref.labelNames),
                     qPrintable(QString::fromUtf8(name) + u": " +
                                sortedNames(it.value().labelNames).join(u',') + u" vs " +
                                sortedNames(ref.labelNames).join(u',')));
        }
    }

    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void nvidiaGpuExporterLooksLikeTheCapture()
    {
        FakeExporter exporter(FakeExporter::Flavour::NvidiaGpuExporter);
        QVERIFY(exporter.listen());
        const Families f = scrape(exporter);
        compareFamilies(
            f, captured({"nvidia_gpu_exporter_l40s_595.80_load.txt",
                         "nvidia_gpu_exporter_geforce-rtx-4080-super_595.71.05_load.txt"}));
        // Units as the exporter converts them: bytes, ratios, Hz.
        QCOMPARE(value(f, "nvidia_smi_memory_total_bytes"), 97887.0 * 1048576);
        const Sample info = f.value("nvidia_smi_gpu_info").samples.value(0);
        QCOMPARE(info.labels.value("name"),
                 QByteArray("NVIDIA RTX PRO 6000 Blackwell Workstation Edition"));
        QCOMPARE(info.labels.value("uuid"), QByteArray("11111111-2222-3333-4444-555555555555"));
        const double util = value(f, "nvidia_smi_utilization_gpu_ratio");
        QVERIFY(util >= 0 && util <= 1);
        QVERIFY(value(f, "nvidia_smi_clocks_current_sm_clock_hz") > 1e8); // Hz, not MHz
        QVERIFY(value(f, "nvidia_smi_memory_used_bytes") +
                    value(f, "nvidia_smi_memory_free_bytes") +
                    value(f, "nvidia_smi_memory_reserved_bytes") ==
                value(f, "nvidia_smi_memory_total_bytes"));
        // Families in name order, as client_golang writes them.
        QList<QByteArray> order;
        parseExposition(exporter.metricsText(), &order);
        QList<QByteArray> sorted = order;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(order, sorted);
    }

    void dcgmExporterLooksLikeTheCapture()
    {
        FakeExporter exporter(FakeExporter::Flavour::DcgmExporter);
        QVERIFY(exporter.listen());
        const Families f = scrape(exporter);
        const Families reference = captured({"dcgm_exporter_SYNTHETIC_rtx_pro_6000.txt"});
        compareFamilies(f, reference);
        QCOMPARE(f.keys(), reference.keys()); // the default counters, all of them
        const Sample util = f.value("DCGM_FI_DEV_GPU_UTIL").samples.value(0);
        QCOMPARE(util.labels.value("Hostname"), QByteArray("forge"));
        QCOMPARE(util.labels.value("modelName"),
                 QByteArray("NVIDIA RTX PRO 6000 Blackwell Workstation Edition"));
        QVERIFY(util.value >= 0 && util.value <= 100); // percent, not a ratio
        QCOMPARE(std::fmod(util.value, 1.0), 0.0);     // printed with %d
        // MiB: used + free + reserved = 97887.
        QCOMPARE(value(f, "DCGM_FI_DEV_FB_USED") + value(f, "DCGM_FI_DEV_FB_FREE") +
                     value(f, "DCGM_FI_DEV_FB_RESERVED"),
                 97887.0);
        // Doubles print with %f, as gpu_collector.go does.
        QVERIFY(QString::fromUtf8(exporter.metricsText())
                    .contains(QRegularExpression(
                        QStringLiteral("DCGM_FI_DEV_POWER_USAGE\\{[^}]*\\} \\d+\\.\\d{6}\\n"))));
    }

    void nodeExporterLooksLikeTheCapture()
    {
        FakeExporter exporter(FakeExporter::Flavour::NodeExporter);
        QVERIFY(exporter.listen());
        const Families f = scrape(exporter);
        compareFamilies(
            f, captured({"node_exporter_linux.txt",
                         "node_exporter_drm_hwmon_CONSTRUCTED-sysfs_threadripper_2x_rdna4.txt"}));
        QCOMPARE(value(f, "node_memory_MemTotal_bytes"), 270100000768.0);
        QVERIFY(value(f, "node_memory_MemAvailable_bytes") <
                value(f, "node_memory_MemTotal_bytes"));
        QVERIFY(value(f, "node_memory_MemFree_bytes") < value(f, "node_memory_MemAvailable_bytes"));
        QCOMPARE(f.value("node_cpu_seconds_total").samples.size(), 32 * 8);
        QVERIFY(value(f, "node_boot_time_seconds") < value(f, "node_time_seconds"));
        const Sample uname = f.value("node_uname_info").samples.value(0);
        QCOMPARE(uname.labels.value("nodename"), QByteArray("forge"));
        for (const Sample &s : f.value("node_filesystem_avail_bytes").samples)
            QVERIFY(s.value > 0);
    }

    void macmonMetricsLookLikeTheCapture()
    {
        FakeMacmon macmon;
        QVERIFY(macmon.listen());
        const Reply r = request(macmon.url().resolved(QUrl(QStringLiteral("/metrics"))));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        QCOMPARE(r.connection.toLower(), QByteArray("close"));
        QVERIFY(r.body.contains("\n\n# HELP")); // serve.rs: a blank line after each family
        const Families f = parseExposition(r.body);
        compareFamilies(f, captured({"macmon_serve_metrics_v0.8.2_readme.txt"}), kMacmonDocumented);
        QCOMPARE(f.value("macmon_cpu_power_watts").samples.value(0).labels.value("chip"),
                 QByteArray("Apple M3 Ultra"));
        QCOMPARE(value(f, "macmon_memory_ram_total_bytes"), 549755813888.0); // 512 GB
        QVERIFY(value(f, "macmon_memory_ram_used_bytes") <=
                value(f, "macmon_memory_ram_total_bytes"));
        QCOMPARE(f.value("macmon_fan_speed_rpm").samples.size(), 2);
    }

    void macmonJsonHasTheV082Schema()
    {
        FakeMacmon macmon;
        QVERIFY(macmon.listen());
        const Reply r = request(macmon.url().resolved(QUrl(QStringLiteral("/json"))));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("application/json"));
        QCOMPARE(r.connection.toLower(), QByteArray("close"));
        QVERIFY(r.body.startsWith("{\"all_power\":")); // serde_json's sorted keys
        const Json ours = Json::parse(r.body.toStdString());
        for (const char *file :
             {"telemetry/macmon_pipe_v0.8.2_readme.jsonl",
              "telemetry/macmon_pipe_v0.8.2_constructed_with_aliases_and_soc.jsonl"}) {
            const Json reference =
                Json::parse(readFixture(QString::fromUtf8(file)).trimmed().toStdString());
            const QStringList diff = shapeDifferences(reference, ours);
            QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u"; ")));
        }
        QCOMPARE(ours.at("memory").at("ram_total").get<qint64>(), qint64(549755813888));
        QVERIFY(ours.at("memory").at("ram_usage").get<qint64>() <=
                ours.at("memory").at("ram_total").get<qint64>());
        QCOMPARE(ours.at("soc").at("chip_name").get<std::string>(), "Apple M3 Ultra");
        QCOMPARE(ours.at("soc").at("memory_gb").get<int>(), 512);
        QCOMPARE(ours.at("ecpu_cores").size() + ours.at("pcpu_cores").size(), size_t(32));
        QCOMPARE(ours.at("pcpu_cores").back().at("die_id").get<int>(), 1); // two dies
        // gpu_usage is [freq_mhz, scaled_ratio], cpu_usage_pct a ratio despite its name.
        QCOMPARE(ours.at("gpu_usage").at(0).get<int>(), ours.at("gpu_freq_mhz").get<int>());
        QCOMPARE(ours.at("gpu_usage").at(1).get<double>(),
                 ours.at("gpu_scaled_ratio").get<double>());
        QCOMPARE(ours.at("cpu_usage_pct").get<double>(), ours.at("cpu_scaled_ratio").get<double>());
        for (const char *ratio :
             {"gpu_active_ratio", "gpu_scaled_ratio", "cpu_active_ratio", "cpu_scaled_ratio"})
            QVERIFY2(ours.at(ratio).get<double>() >= 0 && ours.at(ratio).get<double>() <= 1, ratio);
        QVERIFY(ours.at("timestamp").get<std::string>().size() ==
                32); // 2025-02-24T20:38:15.427569+00:00

        QCOMPARE(request(macmon.url()).body, QByteArray("{}"));
        const Reply missing = request(macmon.url().resolved(QUrl(QStringLiteral("/nope"))));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.body, QByteArray(R"({"error":"not found"})"));
        macmon.setWarmingUp(true);
        const Reply early = request(macmon.url().resolved(QUrl(QStringLiteral("/json"))));
        QCOMPARE(early.status, 503);
        QCOMPARE(early.body, QByteArray(R"({"error":"no data yet"})"));
    }

    void valuesMoveBetweenScrapes_data()
    {
        QTest::addColumn<FakeExporter::Flavour>("flavour");
        QTest::addColumn<QByteArray>("gauge");
        QTest::addColumn<QByteArray>("counter");
        QTest::newRow("nvidia") << FakeExporter::Flavour::NvidiaGpuExporter
                                << QByteArray("nvidia_smi_power_draw_watts")
                                << QByteArray("nvidia_smi_failed_scrapes_total");
        QTest::newRow("dcgm") << FakeExporter::Flavour::DcgmExporter
                              << QByteArray("DCGM_FI_DEV_POWER_USAGE")
                              << QByteArray("DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION");
        QTest::newRow("node") << FakeExporter::Flavour::NodeExporter << QByteArray("node_load1")
                              << QByteArray("node_cpu_seconds_total");
        QTest::newRow("macmon") << FakeExporter::Flavour::MacmonMetrics
                                << QByteArray("macmon_sys_power_watts") << QByteArray();
    }
    void valuesMoveBetweenScrapes()
    {
        QFETCH(FakeExporter::Flavour, flavour);
        QFETCH(QByteArray, gauge);
        QFETCH(QByteArray, counter);
        FakeExporter exporter(flavour);
        QVERIFY(exporter.listen());
        exporter.setTimeScale(0); // only advance() moves time here
        const Families first = scrape(exporter);
        exporter.advance(2.5);
        const Families second = scrape(exporter);
        QVERIFY(value(first, gauge) != value(second, gauge)); // idle, yet not frozen
        if (!counter.isEmpty()) {
            const auto &a = first.value(counter).samples;
            const auto &b = second.value(counter).samples;
            QCOMPARE(a.size(), b.size());
            for (qsizetype i = 0; i < a.size(); ++i)
                QVERIFY(b.at(i).value >= a.at(i).value);
        }
    }

    void gpuFollowsTheLoadWithinPhysicalRanges()
    {
        FakeExporter nvidia(FakeExporter::Flavour::NvidiaGpuExporter);
        FakeExporter dcgm(FakeExporter::Flavour::DcgmExporter);
        dcgm.setSimulation(nvidia.simulation()); // one card, two exporters
        nvidia.setTimeScale(0);
        const auto read = [](FakeExporter &e) { return parseExposition(e.metricsText()); };
        const Families idle = read(nvidia);
        QVERIFY(value(idle, "nvidia_smi_utilization_gpu_ratio") < 0.15);

        nvidia.setLoad(1.0);
        nvidia.advance(60);
        const Families busy = read(nvidia);
        QVERIFY(value(busy, "nvidia_smi_utilization_gpu_ratio") > 0.85);
        QVERIFY(value(busy, "nvidia_smi_power_draw_watts") > 450);
        QVERIFY(value(busy, "nvidia_smi_power_draw_watts") <= 600);
        QVERIFY(value(busy, "nvidia_smi_temperature_gpu") >
                value(idle, "nvidia_smi_temperature_gpu") + 20);
        QVERIFY(value(busy, "nvidia_smi_memory_used_bytes") > 40e9); // models loaded
        const Families dcgmBusy = read(dcgm);
        QVERIFY(value(dcgmBusy, "DCGM_FI_DEV_GPU_UTIL") > 85);

        // A random walk of loads: every reading stays physical, counters never go back.
        double energy = 0;
        for (int i = 0; i < 60; ++i) {
            nvidia.setLoad((i * 37 % 11) / 10.0);
            nvidia.advance(0.5 + (i % 7));
            const Families f = read(nvidia);
            const Families d = read(dcgm);
            for (const char *ratio :
                 {"nvidia_smi_utilization_gpu_ratio", "nvidia_smi_utilization_memory_ratio",
                  "nvidia_smi_fan_speed_ratio"}) {
                QVERIFY2(value(f, ratio) >= 0 && value(f, ratio) <= 1, ratio);
            }
            QVERIFY(value(f, "nvidia_smi_memory_used_bytes") <=
                    value(f, "nvidia_smi_memory_total_bytes"));
            QVERIFY(value(f, "nvidia_smi_memory_free_bytes") >= 0);
            QVERIFY(value(f, "nvidia_smi_temperature_gpu") > 20 &&
                    value(f, "nvidia_smi_temperature_gpu") < 95);
            QVERIFY(value(d, "DCGM_FI_DEV_GPU_UTIL") >= 0 &&
                    value(d, "DCGM_FI_DEV_GPU_UTIL") <= 100);
            const double e = value(d, "DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION");
            QVERIFY(e > energy);
            energy = e;
        }
        nvidia.setLoad(0);
        nvidia.advance(300);
        QVERIFY(value(read(nvidia), "nvidia_smi_utilization_gpu_ratio") < 0.1);
    }

    void hostCountersOnlyGrow()
    {
        FakeExporter node(FakeExporter::Flavour::NodeExporter);
        node.setTimeScale(0);
        Families before = parseExposition(node.metricsText());
        for (int i = 0; i < 40; ++i) {
            node.setLoad(i % 3 == 0 ? 1.0 : 0.1);
            node.advance(3);
            const Families after = parseExposition(node.metricsText());
            for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
                if (it.value().type != "counter")
                    continue;
                for (qsizetype s = 0; s < it.value().samples.size(); ++s)
                    QVERIFY2(it.value().samples.at(s).value >=
                                 before.value(it.key()).samples.at(s).value,
                             it.key().constData());
            }
            QVERIFY(value(after, "node_memory_MemAvailable_bytes") > 0);
            QVERIFY(value(after, "node_load1") >= 0);
            before = after;
        }
        QVERIFY(value(before, "promhttp_metric_handler_requests_total") >= 41);
    }

    void macmonFollowsTheLoad()
    {
        FakeMacmon macmon;
        macmon.setTimeScale(0);
        const Json idle = Json::parse(macmon.jsonText().toStdString());
        macmon.setLoad(0.95);
        macmon.advance(90);
        const Json busy = Json::parse(macmon.jsonText().toStdString());
        QVERIFY(busy.at("gpu_active_ratio").get<double>() > 0.8);
        QVERIFY(busy.at("gpu_power").get<double>() > idle.at("gpu_power").get<double>() + 50);
        QVERIFY(busy.at("memory").at("ram_usage").get<qint64>() >
                idle.at("memory").at("ram_usage").get<qint64>());
        QVERIFY(busy.at("temp").at("gpu_temp_avg").get<double>() >
                idle.at("temp").at("gpu_temp_avg").get<double>());
        QVERIFY(busy.at("memory").at("ram_usage").get<qint64>() <=
                busy.at("memory").at("ram_total").get<qint64>());
        QVERIFY(busy.at("gpu_freq_mhz").get<int>() <= 1470);
        QVERIFY(busy.at("all_power").get<double>() <= busy.at("sys_power").get<double>());
    }

    void prometheusAnswersLikeTheCapture()
    {
        FakePrometheus prom;
        QVERIFY(prom.listen());
        const QMap<QString, QString> target{
            {QStringLiteral("box"), QStringLiteral("linux-test")},
            {QStringLiteral("instance"), QStringLiteral("127.0.0.1:19100")},
            {QStringLiteral("job"), QStringLiteral("node")}};
        QMap<QString, QString> up = target;
        up.insert(QStringLiteral("__name__"), QStringLiteral("up"));
        prom.addSeries(QStringLiteral("up"), up, 1);
        prom.addSeries(
            QStringLiteral("1 - node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes"),
            target, 0.044740246387105165);
        prom.addSeries(
            QStringLiteral(
                "100 * (1 - avg by (instance) (rate(node_cpu_seconds_total{mode=\"idle\"}[10s])))"),
            {{QStringLiteral("instance"), QStringLiteral("127.0.0.1:19100")}},
            [](double t) { return 50 + 40 * std::sin(t); });
        prom.addScalar(QStringLiteral("scalar(sum(up))"), [](double) { return 1; });
        QMap<QString, QString> avail = target;
        avail.insert(QStringLiteral("__name__"), QStringLiteral("node_memory_MemAvailable_bytes"));
        prom.addSeries(QStringLiteral("node_memory_MemAvailable_bytes"), avail,
                       [](double t) { return 24e9 + std::fmod(t, 100) * 1e6; });

        const auto query = [&](const QString &q, const QString &extra = {}) {
            QUrl url = prom.url().resolved(QUrl(QStringLiteral("/api/v1/query")));
            url.setQuery(QStringLiteral("query=") + QString::fromUtf8(QUrl::toPercentEncoding(q)) +
                         extra);
            return request(url);
        };
        const auto checkShape = [](const Reply &r, const char *fixture) {
            QCOMPARE(r.contentType, QByteArray("application/json"));
            const Json reference = Json::parse(
                readFixture(QStringLiteral("prometheus_api/") + QString::fromUtf8(fixture))
                    .toStdString());
            const QStringList diff = shapeDifferences(reference, Json::parse(r.body.toStdString()));
            QVERIFY2(diff.isEmpty(),
                     qPrintable(QString::fromUtf8(fixture) + u": " + diff.join(u"; ")));
        };
        Reply r = query(QStringLiteral("up"));
        QCOMPARE(r.status, 200);
        checkShape(r, "query_vector_up.json");
        QCOMPARE(
            Json::parse(r.body.toStdString()).at("data").at("result").at(0).at("metric"),
            Json::parse(
                readFixture(QStringLiteral("prometheus_api/query_vector_up.json")).toStdString())
                .at("data")
                .at("result")
                .at(0)
                .at("metric"));
        // Whitespace does not matter.
        r = query(QStringLiteral("1-node_memory_MemAvailable_bytes/node_memory_MemTotal_bytes"));
        checkShape(r, "query_vector_mem_used_ratio.json");
        QCOMPARE(Json::parse(r.body.toStdString())
                     .at("data")
                     .at("result")
                     .at(0)
                     .at("value")
                     .at(1)
                     .get<std::string>(),
                 "0.044740246387105165");
        checkShape(query(QStringLiteral("100 * (1 - avg by (instance) "
                                        "(rate(node_cpu_seconds_total{mode=\"idle\"}[10s])))")),
                   "query_vector_cpu_busy_pct.json");
        r = query(QStringLiteral("scalar(sum(up))"), QStringLiteral("&time=1795307195.316"));
        checkShape(r, "query_scalar.json");
        QCOMPARE(r.body, readFixture(QStringLiteral("prometheus_api/query_scalar.json")).trimmed());
        // A metric nobody exports is not an error (query_vector_empty.json, byte for byte).
        r = query(QStringLiteral("DCGM_FI_DEV_GPU_UTIL"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body,
                 readFixture(QStringLiteral("prometheus_api/query_vector_empty.json")).trimmed());
        // Malformed PromQL: 400 bad_data, byte for byte.
        r = query(QStringLiteral("sum(rate(node_cpu_seconds_total[1m]"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body,
                 readFixture(QStringLiteral("prometheus_api/query_error_bad_data.json")).trimmed());
        // An expression the fake was not given: the same error shape.
        r = query(QStringLiteral("sum(rate(node_network_receive_bytes_total[1m]))"));
        QCOMPARE(r.status, 400);
        checkShape(r, "query_error_bad_data.json");
        // POST with a form body works like GET.
        r = request(prom.url().resolved(QUrl(QStringLiteral("/api/v1/query"))), "POST", "query=up");
        QCOMPARE(r.status, 200);
        checkShape(r, "query_vector_up.json");
    }

    void prometheusRangeQueries()
    {
        FakePrometheus prom;
        QVERIFY(prom.listen());
        prom.addSeries(
            QStringLiteral("node_memory_MemAvailable_bytes"),
            {{QStringLiteral("__name__"), QStringLiteral("node_memory_MemAvailable_bytes")},
             {QStringLiteral("box"), QStringLiteral("linux-test")},
             {QStringLiteral("instance"), QStringLiteral("127.0.0.1:19100")},
             {QStringLiteral("job"), QStringLiteral("node")}},
            [](double t) { return 24e9 + (t - 1795307179) * 1e7; });
        prom.addSeries(QStringLiteral("up"), {}, 1);
        const auto range = [&](const QString &params) {
            QUrl url = prom.url().resolved(QUrl(QStringLiteral("/api/v1/query_range")));
            url.setQuery(params);
            return request(url);
        };
        Reply r = range(QStringLiteral(
            "query=node_memory_MemAvailable_bytes&start=1795307179&end=1795307195&step=4s"));
        QCOMPARE(r.status, 200);
        const Json reference = Json::parse(
            readFixture(QStringLiteral("prometheus_api/query_range_matrix_mem_avail.json"))
                .toStdString());
        const Json ours = Json::parse(r.body.toStdString());
        QVERIFY(shapeDifferences(reference, ours).isEmpty());
        const Json &values = ours.at("data").at("result").at(0).at("values");
        QCOMPARE(values.size(), size_t(5));
        for (size_t i = 0; i < 5; ++i) // aligned to start + k·step, integer seconds as captured
            QCOMPARE(values.at(i).at(0),
                     reference.at("data").at("result").at(0).at("values").at(i).at(0));
        QCOMPARE(values.at(1).at(1).get<std::string>(), "24040000000");

        r = range(QStringLiteral("query=up&start=1795307179&end=1795307195"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body,
                 readFixture(QStringLiteral("prometheus_api/query_range_error_missing_step.json"))
                     .trimmed());
        r = range(QStringLiteral("query=up&start=0&end=1000000&step=1"));
        QCOMPARE(r.status, 400); // more than 11 000 points
        QVERIFY(r.body.contains("exceeded maximum resolution"));
        r = range(QStringLiteral("query=up&start=1795307195&end=1795307179&step=1m"));
        QCOMPARE(r.status, 400);
        r = range(QStringLiteral(
            "query=up&start=2026-11-22T00:00:00Z&end=2026-11-22T00:01:00Z&step=30s"));
        QCOMPARE(r.status, 200);
        QCOMPARE(
            Json::parse(r.body.toStdString()).at("data").at("result").at(0).at("values").size(),
            size_t(3));
        QCOMPARE(prom.queryCount(), 5);
    }
};

QTEST_GUILESS_MAIN(TestFakeTelemetryContract)
#include "tst_faketelemetry_contract.moc"
