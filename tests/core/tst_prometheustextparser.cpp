// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include "backends/prometheus/prometheustextparser.h"

#include <QTest>

#include <cmath>

using c41::net::ApiError;
using c41::prometheus::MetricType;
using c41::prometheus::PrometheusScrape;
using c41::prometheus::PrometheusTextParser;
using c41::prometheus::SampleSuffix;
using namespace Qt::StringLiterals;

namespace {

PrometheusScrape parseOk(QByteArrayView text)
{
    auto result = PrometheusTextParser::parse(text);
    if (!result) {
        qWarning("%s", qPrintable(result.error().toString()));
        return {};
    }
    return std::move(result).value();
}

// Feeds `text` in pieces of `chunk` bytes.
c41::net::Result<PrometheusScrape> parseChunked(QByteArrayView text, qsizetype chunk)
{
    PrometheusTextParser parser;
    for (qsizetype at = 0; at < text.size(); at += chunk) {
        if (auto status = parser.feed(text.sliced(at, std::min(chunk, text.size() - at))); !status)
            return status.error();
    }
    return parser.finish();
}

// The first sample called `name` whose label `key` is `value` (any, if key is empty).
std::optional<PrometheusScrape::Sample> find(const PrometheusScrape &scrape, QByteArrayView name,
                                             QByteArrayView key = {}, QByteArrayView value = {})
{
    const auto samples = scrape.samples(name);
    for (const auto &sample : samples) {
        if (key.isEmpty() || sample.label(key) == std::optional<QByteArrayView>(value))
            return sample;
    }
    return std::nullopt;
}

} // namespace

class TestPrometheusTextParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Every Prometheus-text scrape in tests/fixtures/telemetry. The expected numbers
    // are copied by hand from the raw line named in each row.
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("samples"); // non-comment, non-blank lines in the file
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("labelName");
        QTest::addColumn<QByteArray>("labelValue");
        QTest::addColumn<double>("value");

        // nvidia_smi_memory_total_bytes{uuid="00000000-…"} 4.8305799168e+10
        QTest::newRow("l40s") << u"nvidia_gpu_exporter_l40s_595.80_load.txt"_s << 134
                              << QByteArray("nvidia_smi_memory_total_bytes") << QByteArray("uuid")
                              << QByteArray("00000000-0000-0000-0000-000000000000")
                              << 4.8305799168e+10;
        // nvidia_smi_power_draw_watts{uuid="00000000-…"} 84.24
        QTest::newRow("4080super")
            << u"nvidia_gpu_exporter_geforce-rtx-4080-super_595.71.05_load.txt"_s << 104
            << QByteArray("nvidia_smi_power_draw_watts") << QByteArray("uuid")
            << QByteArray("00000000-0000-0000-0000-000000000000") << 84.24;
        // nvidia_smi_memory_total_bytes{uuid="00000000-…"} 8.5520809984e+10
        QTest::newRow("h100") << u"nvidia_gpu_exporter_h100-80gb-hbm3_590.48.01_idle.txt"_s << 132
                              << QByteArray("nvidia_smi_memory_total_bytes") << QByteArray()
                              << QByteArray() << 8.5520809984e+10;
        // nvidia_smi_power_draw_watts{uuid="00000000-…"} 97.99
        QTest::newRow("win2080")
            << u"nvidia_gpu_exporter_windows_geforce-rtx-2080-super_610.62_load.txt"_s << 102
            << QByteArray("nvidia_smi_power_draw_watts") << QByteArray() << QByteArray() << 97.99;
        // nvidia_smi_temperature_gpu{uuid="00000000-…"} 35
        QTest::newRow("gb10") << u"nvidia_gpu_exporter_CONSTRUCTED_gb10.txt"_s << 6
                              << QByteArray("nvidia_smi_temperature_gpu") << QByteArray()
                              << QByteArray() << 35.0;
        // nvidia_smi_accounting_mode{uuid="ef427e4f-1970-42f2-ab0c-ecf0e56a33b9"} 0 (2nd GPU)
        QTest::newRow("demo2gpu") << u"nvidia_gpu_exporter_demo_2gpu_h200_mig.txt"_s << 292
                                  << QByteArray("nvidia_smi_accounting_buffer_size")
                                  << QByteArray("uuid")
                                  << QByteArray("1c67088e-9ecb-4564-bb97-6151ecc2ef64") << 4000.0;
        // DCGM_FI_DEV_POWER_USAGE{gpu="0",…,Hostname="studio-gpu1",…} 512.347000
        QTest::newRow("dcgm-synthetic")
            << u"dcgm_exporter_SYNTHETIC_rtx_pro_6000.txt"_s << 23
            << QByteArray("DCGM_FI_DEV_POWER_USAGE") << QByteArray("Hostname")
            << QByteArray("studio-gpu1") << 512.347;
        // DCGM_FI_DEV_POWER_MGMT_LIMIT{gpu="2",UUID="GPU-a9079f15-…",…} 300.000000
        QTest::newRow("dcgm-4gpu")
            << u"dcgm_exporter_4gpu_v100_issue250_excerpt.txt"_s << 7
            << QByteArray("DCGM_FI_DEV_POWER_MGMT_LIMIT") << QByteArray("UUID")
            << QByteArray("GPU-a9079f15-493e-6c1c-c78c-73ec2b840cba") << 300.0;
        // DCGM_FI_DEV_FB_FREE{gpu="2",…,GPU_I_PROFILE="1g.6gb",GPU_I_ID="3",…} 2207
        QTest::newRow("dcgm-mig") << u"dcgm_exporter_mixed_gpus_mig_pod_pr736_excerpt.txt"_s << 4
                                  << QByteArray("DCGM_FI_DEV_FB_FREE")
                                  << QByteArray("GPU_I_PROFILE") << QByteArray("1g.6gb") << 2207.0;
        // DCGM_FI_DEV_MEMORY_TEMP{gpu="0", UUID="GPU-604ac76c-…"} 9223372036854775794 (blank
        // after the comma; the value is dcgm's N/A sentinel)
        QTest::newRow("dcgm-readme")
            << u"dcgm_exporter_readme_sample.txt"_s << 3 << QByteArray("DCGM_FI_DEV_MEMORY_TEMP")
            << QByteArray("UUID") << QByteArray("GPU-604ac76c-d9cf-fef3-62e9-d92044ab6e52")
            << 9223372036854775794.0;
        // TEST_METRIC{…,hostname="testhost"} 42
        QTest::newRow("dcgm-test")
            << u"dcgm_exporter_server_test_expected.txt"_s << 1 << QByteArray("TEST_METRIC")
            << QByteArray("hostname") << QByteArray("testhost") << 42.0;
        // TEST_METRIC{…,Hostname="testhost"} 42
        QTest::newRow("dcgm-test-4.5.3")
            << u"dcgm_exporter_server_test_expected_4.5.3.txt"_s << 1 << QByteArray("TEST_METRIC")
            << QByteArray("Hostname") << QByteArray("testhost") << 42.0;
        // macmon_cpu_temp_celsius{chip="Apple M3 Pro"} 47.3
        QTest::newRow("macmon") << u"macmon_serve_metrics_v0.8.2_readme.txt"_s << 8
                                << QByteArray("macmon_cpu_temp_celsius") << QByteArray("chip")
                                << QByteArray("Apple M3 Pro") << 47.3;
        // node_memory_MemTotal_bytes 2.5276502016e+10
        QTest::newRow("node-linux")
            << u"node_exporter_linux.txt"_s << 507 << QByteArray("node_memory_MemTotal_bytes")
            << QByteArray() << QByteArray() << 2.5276502016e+10;
        // node_drm_memory_gtt_used_bytes{card="card1"} 6.7645734912e+10
        QTest::newRow("node-strix")
            << u"node_exporter_drm_hwmon_CONSTRUCTED-sysfs_strix_halo.txt"_s << 19
            << QByteArray("node_drm_memory_gtt_used_bytes") << QByteArray("card")
            << QByteArray("card1") << 6.7645734912e+10;
        // node_drm_gpu_busy_percent{card="card0"} 0
        QTest::newRow("node-rdna4")
            << u"node_exporter_drm_hwmon_CONSTRUCTED-sysfs_threadripper_2x_rdna4.txt"_s << 50
            << QByteArray("node_drm_gpu_busy_percent") << QByteArray("card") << QByteArray("card0")
            << 0.0;
        // gpu_umc_activity{…,gpu_id="0",…} 58
        QTest::newRow("amd-dme") << u"amd_device_metrics_exporter_CONSTRUCTED_r9700_x2.txt"_s << 27
                                 << QByteArray("gpu_umc_activity") << QByteArray("gpu_id")
                                 << QByteArray("0") << 58.0;
        // gpu_clock{…,clock_type="memory",…} 900
        QTest::newRow("amd-doc") << u"amd_device_metrics_exporter_metricslist_doc_gpu_clock.txt"_s
                                 << 5 << QByteArray("gpu_clock") << QByteArray("clock_type")
                                 << QByteArray("memory") << 900.0;
        // windows_cpu_time_total{core="0,0",mode="dpc"} 12.546875 (comma in a value)
        QTest::newRow("windows") << u"windows_exporter_CONSTRUCTED_host_and_gpu_v0.31.3plus.txt"_s
                                 << 26 << QByteArray("windows_cpu_time_total") << QByteArray("core")
                                 << QByteArray("0,0") << 12.546875;
        // windows_gpu_info{…,hardware_id="Root\\MetaVirtualScreenDriver",…} 1 (escaped \)
        QTest::newRow("windows-gpu")
            << u"windows_exporter_gpu_v0.31.0_issue2125_excerpt.txt"_s << 10
            << QByteArray("windows_gpu_info") << QByteArray("hardware_id")
            << QByteArray("Root\\MetaVirtualScreenDriver") << 1.0;
        // HELP/TYPE only: no samples, but families
        QTest::newRow("windows-e2e") << u"windows_exporter_e2e_help_type_cpu_memory_os_system.txt"_s
                                     << 0 << QByteArray() << QByteArray() << QByteArray() << 0.0;
    }
    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(int, samples);
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, labelName);
        QFETCH(QByteArray, labelValue);
        QFETCH(double, value);

        const QByteArray text = c41::testing::readFixture(u"telemetry/"_s + file);
        auto result = PrometheusTextParser::parse(text);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(result->size(), samples);
        if (samples == 0) {
            QVERIFY(result->families().size() > 50);
            return;
        }
        const auto sample = find(*result, name, labelName, labelValue);
        QVERIFY2(sample.has_value(), name.constData());
        QCOMPARE(sample->value(), value);
        QVERIFY(!sample->timestampMs());

        // The same bytes in odd chunkings, and with CRLF line ends, give the same scrape.
        for (qsizetype chunk : {1, 7, 1400}) {
            auto chunked = parseChunked(text, chunk);
            QVERIFY(chunked.ok());
            QCOMPARE(chunked->size(), samples);
            QCOMPARE(find(*chunked, name, labelName, labelValue)->value(), value);
        }
        QByteArray crlf = text;
        crlf.replace("\n", "\r\n");
        auto crlfResult = parseChunked(crlf, 3);
        QVERIFY(crlfResult.ok());
        QCOMPARE(find(*crlfResult, name, labelName, labelValue)->labelCount(),
                 sample->labelCount());
    }

    void nodeExporterTypes()
    {
        const auto scrape =
            parseOk(c41::testing::readFixture(u"telemetry/node_exporter_linux.txt"_s));
        // # TYPE go_gc_duration_seconds summary; go_gc_duration_seconds{quantile="0.5"} 0;
        // go_gc_duration_seconds_count 0
        const auto median = find(scrape, "go_gc_duration_seconds", "quantile", "0.5");
        QVERIFY(median);
        QCOMPARE(median->family().type, MetricType::Summary);
        const auto count = find(scrape, "go_gc_duration_seconds_count");
        QVERIFY(count);
        QCOMPARE(count->suffix(), SampleSuffix::Count);
        QCOMPARE(count->family().name, QByteArray("go_gc_duration_seconds"));
        // node_cpu_seconds_total{cpu="0",mode="idle"} 191.33, a counter, 16 series
        const auto idle = find(scrape, "node_cpu_seconds_total", "mode", "idle");
        QCOMPARE(idle->value(), 191.33);
        QCOMPARE(idle->family().type, MetricType::Counter);
        QCOMPARE(scrape.samples("node_cpu_seconds_total").size(), 16);
        // HELP text of node_memory_MemTotal_bytes
        QCOMPARE(scrape.families().at(scrape.familyIndex("node_memory_MemTotal_bytes")).help,
                 QByteArray("Memory information field MemTotal_bytes."));
    }

    void specialValuesAndTimestamps()
    {
        const auto scrape = parseOk("a 1e3\nb +Inf\nc -Inf\nd NaN\ne -0.5 1700000000123\n"
                                    "f 2 1700000000.5\ng 3.5E-2\nh Inf\n");
        QCOMPARE(scrape.size(), 8);
        QCOMPARE(scrape.sample(0).value(), 1000.0);
        QVERIFY(std::isinf(scrape.sample(1).value()) && scrape.sample(1).value() > 0);
        QVERIFY(std::isinf(scrape.sample(2).value()) && scrape.sample(2).value() < 0);
        QVERIFY(std::isnan(scrape.sample(3).value()));
        QCOMPARE(scrape.sample(4).value(), -0.5);
        QCOMPARE(scrape.sample(4).timestampMs(), std::optional<qint64>(1700000000123));
        QCOMPARE(scrape.sample(5).timestampMs(), std::optional<qint64>(1700000000500));
        QCOMPARE(scrape.sample(6).value(), 0.035);
        QVERIFY(std::isinf(scrape.sample(7).value()));
    }

    void labelsEscapesAndBlanks()
    {
        const auto scrape = parseOk(
            "vllm:num_requests_running{model_name=\"a\\\\b\\\"c\\nd\" , engine = \"0\",} 4\n"
            "x{} 1\n"
            "  y\t{a=\"}\"}\t2\t\n");
        QCOMPARE(scrape.size(), 3);
        const auto s = scrape.sample(0);
        QCOMPARE(s.name(), QByteArray("vllm:num_requests_running"));
        QCOMPARE(s.labelCount(), 2);
        QCOMPARE(s.label("model_name")->toByteArray(), QByteArray("a\\b\"c\nd"));
        QCOMPARE(s.labelString("engine"), u"0"_s);
        QCOMPARE(s.value(), 4.0);
        QCOMPARE(scrape.sample(1).labelCount(), 0);
        QCOMPARE(scrape.sample(2).label("a")->toByteArray(), QByteArray("}"));
        QCOMPARE(scrape.sample(2).value(), 2.0);
    }

    void histogramFamilies()
    {
        const auto scrape = parseOk("# HELP llamacpp:req_seconds Request latency\\nin seconds\n"
                                    "# TYPE llamacpp:req_seconds histogram\n"
                                    "llamacpp:req_seconds_bucket{le=\"0.1\"} 3\n"
                                    "llamacpp:req_seconds_bucket{le=\"+Inf\"} 5\n"
                                    "llamacpp:req_seconds_sum 1.25\n"
                                    "llamacpp:req_seconds_count 5\n"
                                    "# TYPE other gauge\nother 1\n"
                                    "llamacpp:req_seconds_count 6\n"); // back to an earlier family
        QCOMPARE(scrape.families().size(), 2);
        const auto &family = scrape.families().first();
        QCOMPARE(family.type, MetricType::Histogram);
        QCOMPARE(family.help, QByteArray("Request latency\nin seconds"));
        const auto inf = find(scrape, "llamacpp:req_seconds_bucket", "le", "+Inf");
        QCOMPARE(inf->suffix(), SampleSuffix::Bucket);
        QCOMPARE(inf->value(), 5.0);
        QCOMPARE(scrape.samples("llamacpp:req_seconds_count").size(), 2);
        QCOMPARE(scrape.samples("llamacpp:req_seconds_count").last().family().name,
                 QByteArray("llamacpp:req_seconds"));
    }

    void openMetricsEofAndExemplars()
    {
        const auto scrape =
            parseOk("# TYPE requests counter\n"
                    "requests_total{path=\"/\"} 10 # {trace_id=\"abc\"} 1.0 1520879607.789\n"
                    "requests_created{path=\"/\"} 1520430000.123\n"
                    "# TYPE build info\nbuild_info{version=\"1\"} 1\n"
                    "# EOF\n"
                    "ignored 1\n");
        QVERIFY(scrape.sawEof());
        QCOMPARE(scrape.size(), 3);
        QCOMPARE(scrape.sample(0).family().name, QByteArray("requests"));
        QCOMPARE(scrape.sample(0).suffix(), SampleSuffix::Total);
        QCOMPARE(scrape.sample(0).value(), 10.0);
        QCOMPARE(scrape.sample(1).suffix(), SampleSuffix::Created);
        QCOMPARE(scrape.sample(2).suffix(), SampleSuffix::Info);
        QVERIFY(!parseOk("a 1\n").sawEof());
    }

    void errorsNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("no value") << QByteArray("ok 1\nfoo\n") << u"line 2: expected a value"_s;
        QTest::newRow("bad value") << QByteArray("foo bar\n") << u"line 1: bad value \"bar\""_s;
        QTest::newRow("unterminated")
            << QByteArray("a 1\n\nfoo{a=\"b} 1\n") << u"line 3: unterminated label value"_s;
        QTest::newRow("no equals")
            << QByteArray("foo{a} 1") << u"line 1: expected '=' after a label"_s;
        QTest::newRow("bad type") << QByteArray("# TYPE foo gauges\n")
                                  << u"line 1: unknown metric type \"gauges\""_s;
        QTest::newRow("trailing") << QByteArray("foo 1 2 3\n")
                                  << u"line 1: unexpected text after the value"_s;
        QTest::newRow("bad ts") << QByteArray("foo 1 soon\n")
                                << u"line 1: bad timestamp \"soon\""_s;
        QTest::newRow("no name") << QByteArray("{a=\"b\"} 1\n")
                                 << u"line 1: expected a metric name"_s;
        QTest::newRow("glued") << QByteArray("foo{a=\"b\"}1\n") << u"line 1: bad value \"1\""_s;
    }
    void errorsNameTheLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        const auto result = PrometheusTextParser::parse(text);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::Malformed);
        QCOMPARE(result.error().message, message);
    }

    void failedParserStaysFailedUntilReset()
    {
        PrometheusTextParser parser;
        QVERIFY(!parser.feed("foo{\n").ok());
        QVERIFY(parser.hasFailed());
        QVERIFY(!parser.feed("bar 1\n").ok());
        parser.reset();
        QVERIFY(parser.feed("bar 1\n").ok());
        QCOMPARE(parser.finish()->size(), 1);
    }

    void overlongLineIsTooLarge()
    {
        PrometheusTextParser parser(c41::prometheus::PrometheusLimits{64});
        QVERIFY(parser.feed("a 1\n").ok());
        const auto status = parser.feed(QByteArray(100, 'x'));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, ApiError::Kind::TooLarge);
        QVERIFY(status.error().message.startsWith(u"line 2:"_s));
    }

    // Quadratic behaviour would show up as seconds here: 200k samples in one line-free
    // run of chunks, and a line split into 1-byte pieces.
    void linearTime()
    {
        QByteArray big;
        for (int i = 0; i < 200000; ++i)
            big += "m{i=\"" + QByteArray::number(i) + "\"} 1\n";
        QElapsedTimer timer;
        timer.start();
        const auto scrape = parseChunked(big, 4096);
        QVERIFY(scrape.ok());
        QCOMPARE(scrape->size(), 200000);
        const QByteArray longLine = "x{a=\"" + QByteArray(200000, 'v') + "\"} 1\n";
        QCOMPARE(parseChunked(longLine, 1)->sample(0).labelValue(0).size(), 200000);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusTextParser)
#include "tst_prometheustextparser.moc"
