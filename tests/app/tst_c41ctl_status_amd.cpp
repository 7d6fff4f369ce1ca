// SPDX-License-Identifier: GPL-3.0-or-later
// c41ctl status on AMD and Windows exporters given as KIND+URL (no config): the fakes
// speak AMD Device Metrics Exporter, node_exporter with drm on a Strix Halo APU, and
// windows_exporter.
#include "fakeexporter.h"
#include "fakehostmetrics.h"

#include <nlohmann/json.hpp>

#include <QProcess>
#include <QTest>

using c41::fakes::FakeExporter;
using c41::fakes::FakeHostMetrics;
using nlohmann::json;
using namespace Qt::StringLiterals;

class TestC41ctlStatusAmd : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    // Keeps this process's event loop running while c41ctl runs, so the fakes answer.
    static Run run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(C41CTL_PATH), args);
        const bool done = QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000);
        if (!done) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    static json statusOf(const FakeExporter &exporter)
    {
        const Run r =
            run({u"status"_s, u"--json"_s, u"exporter+"_s + exporter.metricsUrl().toString()});
        if (r.code != 0) {
            qWarning("%s", r.err.constData());
            return {};
        }
        const json doc = json::parse(r.out.toStdString(), nullptr, false);
        return doc.is_object() && doc["boxes"].size() == 1 ? doc["boxes"][0] : json();
    }

private Q_SLOTS:
    void amdDeviceMetricsExporter()
    {
        FakeExporter dme(FakeExporter::Flavour::AmdDeviceMetricsExporter);
        QVERIFY(dme.listen());
        const json box = statusOf(dme);
        QVERIFY(box.is_object());
        QCOMPARE(box["devices"].size(), size_t(2));
        QCOMPARE(box["devices"][0]["name"].get<std::string>(),
                 std::string("AMD Radeon AI PRO R9700"));
        QCOMPARE(box["devices"][0]["kind"].get<std::string>(), std::string("discrete"));
        // gpu_total_vram 32624 MB → bytes
        QCOMPARE(box["devices"][0]["memory_total_bytes"].get<double>(), 32624 * 1048576.0);
        QVERIFY(box["devices"][1]["temperature_c"].is_number());
        QVERIFY(box["devices"][1]["power_w"].is_number());
    }

    void strixHaloIsOneUnifiedDevice()
    {
        FakeExporter strix(FakeExporter::Flavour::NodeExporterStrixHalo);
        QVERIFY(strix.listen());
        const json box = statusOf(strix);
        QVERIFY(box.is_object());
        QCOMPARE(box["devices"].size(), size_t(1));
        const json &apu = box["devices"][0];
        QCOMPARE(apu["kind"].get<std::string>(), std::string("unified"));
        // MemTotal + the 4 GiB carve-out: the whole 128 GB pool, not a 4 GiB GPU.
        QCOMPARE(apu["memory_total_bytes"].get<double>(),
                 FakeHostMetrics::kStrixMemTotal + FakeHostMetrics::kStrixVram);
        QVERIFY(apu["utilisation_percent"].is_number());
        QCOMPARE(box["host"]["memory_total_bytes"].get<double>(), FakeHostMetrics::kStrixMemTotal);
        // The table says so too.
        const Run table = run({u"status"_s, u"exporter+"_s + strix.metricsUrl().toString()});
        QCOMPARE(table.code, 0);
        QVERIFY2(table.out.contains("(unified)"), table.out.constData());
    }

    void windowsExporterHost()
    {
        FakeExporter win(FakeExporter::Flavour::WindowsExporter);
        QVERIFY(win.listen());
        const json box = statusOf(win);
        QVERIFY(box.is_object());
        QVERIFY(box["devices"].empty());
        QCOMPARE(box["host"]["memory_total_bytes"].get<double>(),
                 FakeHostMetrics::kWindowsMemTotal);
        QVERIFY(box["host"]["memory_used_bytes"].get<double>() > 0);
        QVERIFY(box["host"]["cpu_percent"].is_number()); // status polls twice for counters
    }
};

QTEST_GUILESS_MAIN(TestC41ctlStatusAmd)
#include "tst_c41ctl_status_amd.moc"
