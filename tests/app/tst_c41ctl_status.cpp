// SPDX-License-Identifier: GPL-3.0-or-later
// c41ctl status / telemetry sources: the real binary against the demo lab and fakes.
#include "fakeexporter.h"
#include "fakemacmon.h"

#include <nlohmann/json.hpp>

#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

using c41::fakes::FakeExporter;
using c41::fakes::FakeMacmon;
using nlohmann::json;
using namespace Qt::StringLiterals;

class TestC41ctlStatus : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    // Keeps this process's event loop running while c41ctl runs, so the fakes it hosts
    // can answer.
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
    static json parse(const QByteArray &out)
    {
        return json::parse(out.toStdString(), nullptr, false);
    }
    static const json *findBox(const json &doc, const std::string &name)
    {
        for (const json &box : doc["boxes"]) {
            if (box["name"] == name)
                return &box;
        }
        return nullptr;
    }

private Q_SLOTS:
    void demoStatusShowsBothBoxes()
    {
        const Run r = run({u"--demo"_s, u"status"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const json doc = parse(r.out);
        QVERIFY(!doc.is_discarded());
        QCOMPARE(doc["boxes"].size(), size_t(2));

        const json *brain = findBox(doc, "brain");
        QVERIFY(brain);
        QCOMPARE((*brain)["offline"].get<bool>(), false);
        QCOMPARE((*brain)["devices"].size(), size_t(1));
        const json &mac = (*brain)["devices"][0];
        QCOMPARE(mac["kind"].get<std::string>(), std::string("unified"));
        QCOMPARE(mac["name"].get<std::string>(), std::string("Apple M3 Ultra"));
        QCOMPARE(mac["source"].get<std::string>(), std::string("brain-macmon"));
        QCOMPARE(mac["memory_total_bytes"].get<double>(), 549755813888.0); // 512 GiB pool
        const double macUsed = mac["memory_used_bytes"].get<double>();
        QVERIFY(macUsed > 0 && macUsed < 549755813888.0);
        const double macUtil = mac["utilisation_percent"].get<double>();
        QVERIFY(macUtil >= 0 && macUtil <= 100);
        QCOMPARE(mac["stale"].get<bool>(), false);
        QVERIFY((*brain)["host"]["cpu_percent"].is_number());

        const json *forge = findBox(doc, "forge");
        QVERIFY(forge);
        QCOMPARE((*forge)["devices"].size(), size_t(1)); // ComfyUI's view joined the exporter's
        const json &gpu = (*forge)["devices"][0];
        QCOMPARE(gpu["kind"].get<std::string>(), std::string("discrete"));
        QVERIFY(QByteArray::fromStdString(gpu["name"].get<std::string>()).contains("RTX PRO 6000"));
        QCOMPARE(gpu["source"].get<std::string>(), std::string("forge-gpu"));
        QCOMPARE(gpu["field_sources"]["utilisation"].get<std::string>(), std::string("forge-gpu"));
        QCOMPARE(gpu["memory_total_bytes"].get<double>(), 97887 * 1048576.0); // 96 GB card
        const double temp = gpu["temperature_c"].get<double>();
        QVERIFY(temp > 15 && temp < 100);
        const double watts = gpu["power_w"].get<double>();
        QVERIFY(watts > 0 && watts <= gpu["power_limit_w"].get<double>());
        // node_exporter's CPU counters need two scrapes: status takes both.
        const double cpu = (*forge)["host"]["cpu_percent"].get<double>();
        QVERIFY(cpu >= 0 && cpu <= 100);
        QCOMPARE((*forge)["host"]["source"].get<std::string>(), std::string("forge-node"));
    }

    void demoStatusShowsLoadedModels()
    {
        const Run r = run({u"--demo"_s, u"status"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const json doc = parse(r.out);
        const json *brain = findBox(doc, "brain");
        QVERIFY(brain);
        const json &servers = (*brain)["llm_servers"];
        QCOMPARE(servers.size(), size_t(2)); // brain-ollama, brain-llama
        const json *ollama = nullptr;
        const json *llama = nullptr;
        for (const json &s : servers) {
            if (s["server"] == "brain-ollama")
                ollama = &s;
            if (s["server"] == "brain-llama")
                llama = &s;
        }
        QVERIFY(ollama && llama);
        QVERIFY((*ollama)["error"].is_null());
        const json *gptOss = nullptr;
        for (const json &m : (*ollama)["models"]) {
            if (m["name"] == "gpt-oss:120b")
                gptOss = &m;
        }
        QVERIFY(gptOss);
        QCOMPARE((*gptOss)["pinned"].get<bool>(), true);
        // /api/ps counts weights (65 GB on disk) plus the context's KV cache.
        QVERIFY((*gptOss)["size_bytes"].get<double>() >= 65e9);
        QCOMPARE((*gptOss)["vram_share"].get<double>(), 1.0);
        QCOMPARE((*ollama)["models"].size(), size_t(2)); // + qwen3-coder-next, 20 min
        // llama.cpp: its one model and its slots.
        QCOMPARE((*llama)["models"].size(), size_t(1));
        QVERIFY((*llama)["total_slots"].get<int>() >= 1);
        QVERIFY((*llama)["busy_slots"].is_number());
        // forge runs no LLM server.
        QCOMPARE((*findBox(doc, "forge"))["llm_servers"].size(), size_t(0));

        const Run text = run({u"--demo"_s, u"status"_s});
        QVERIFY2(text.code == 0, text.err.constData());
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.contains(u"\nMODELS\n"_s), text.out.constData());
        const QRegularExpression pinned(
            u"^brain\\s+brain-ollama\\s+gpt-oss:120b\\s+\\d+\\.\\d GB\\s+100% GPU\\s+pinned$"_s,
            QRegularExpression::MultilineOption);
        QVERIFY2(pinned.match(out).hasMatch(), text.out.constData());
        const QRegularExpression expiring(
            u"^brain\\s+brain-ollama\\s+qwen3-coder-next:latest\\s+.*expires in (19|20) min$"_s,
            QRegularExpression::MultilineOption);
        QVERIFY2(expiring.match(out).hasMatch(), text.out.constData());
    }

    void demoNumbersMove()
    {
        const auto figures = [] {
            const json doc = parse(run({u"--demo"_s, u"status"_s, u"--json"_s}).out);
            QList<double> values;
            for (const json &box : doc["boxes"]) {
                for (const json &device : box["devices"]) {
                    for (const char *key :
                         {"utilisation_percent", "memory_used_bytes", "temperature_c", "power_w"})
                        values << (device[key].is_number() ? device[key].get<double>() : -1.0);
                }
                values << box["host"]["memory_used_bytes"].get<double>();
            }
            return values;
        };
        const QList<double> first = figures();
        QTest::qWait(300);
        const QList<double> second = figures();
        QCOMPARE(first.size(), 10);
        QCOMPARE(second.size(), first.size());
        QVERIFY(first != second);
    }

    void tableNamesBoxesDevicesAndState()
    {
        const Run r = run({u"--demo"_s, u"status"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("BOX"));
        QVERIFY(r.out.contains("Apple M3 Ultra (unified)"));
        QVERIFY(r.out.contains("/512.0 GiB"));
        QVERIFY(r.out.contains("RTX PRO 6000"));
        QVERIFY(r.out.contains("live"));
        QVERIFY(!r.out.contains("stale"));
    }

    void kindUrlArgumentsNeedNoConfig()
    {
        FakeExporter gpu(FakeExporter::Flavour::DcgmExporter);
        FakeMacmon macmon;
        QVERIFY(gpu.listen() && macmon.listen());
        const QString exporter = u"exporter+"_s + gpu.metricsUrl().toString();
        const QString mac = u"macmon+"_s + macmon.url().toString();
        const Run r = run({u"status"_s, u"--json"_s, exporter, mac});
        QVERIFY2(r.code == 0, r.err.constData());
        const json doc = parse(r.out);
        QCOMPARE(doc["boxes"].size(), size_t(2));
        const json *box = findBox(doc, exporter.toStdString());
        QVERIFY(box);
        // dcgm's MiB are bytes here: 97887 MiB total, like the nvidia exporter's.
        QCOMPARE((*box)["devices"][0]["memory_total_bytes"].get<double>(), 97887 * 1048576.0);
    }

    void offlineSourceIsShownWithItsError()
    {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost);
        const quint16 port = s.serverPort();
        s.close();
        const QString dead = u"exporter+http://127.0.0.1:%1/metrics"_s.arg(port);
        const Run r = run({u"status"_s, dead});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains("offline:"));
        QVERIFY2(r.err.contains("refused"), r.err.constData());
        const Run j = run({u"status"_s, u"--json"_s, dead});
        const json doc = parse(j.out);
        QCOMPARE(doc["boxes"][0]["offline"].get<bool>(), true);
        QVERIFY(doc["boxes"][0]["sources"][0]["error"].is_string());
    }

    void boxArgumentShowsJustThatBox()
    {
        const Run r = run({u"--demo"_s, u"status"_s, u"--json"_s, u"brain"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const json doc = parse(r.out);
        QCOMPARE(doc["boxes"].size(), size_t(1));
        QCOMPARE(doc["boxes"][0]["name"].get<std::string>(), std::string("brain"));
    }

    void usageErrors()
    {
        QCOMPARE(run({u"--demo"_s, u"status"_s, u"brain-ollama"_s}).code, 2); // not telemetry
        QCOMPARE(run({u"--demo"_s, u"status"_s, u"nosuch"_s}).code, 2);
        QCOMPARE(run({u"--demo"_s, u"telemetry"_s, u"sources"_s}).code, 2);
        QCOMPARE(run({u"--demo"_s, u"telemetry"_s, u"sources"_s, u"nobox"_s}).code, 2);
    }

    void telemetrySourcesSaysWhatEachGives()
    {
        const Run r = run({u"--demo"_s, u"--json"_s, u"telemetry"_s, u"sources"_s, u"forge"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const json doc = parse(r.out);
        QCOMPARE(doc["sources"].size(), size_t(3));
        for (const json &source : doc["sources"]) {
            QVERIFY(source["error"].is_null());
            if (source["name"] == "forge-gpu") {
                QCOMPARE(source["devices"].get<int>(), 1);
                const auto fields = source["gives"][0]["fields"].get<std::string>();
                QVERIFY(QByteArray::fromStdString(fields).contains("temperature"));
            }
            if (source["name"] == "forge-node")
                QCOMPARE(source["host"].get<bool>(), true);
        }
        const Run text = run({u"--demo"_s, u"telemetry"_s, u"sources"_s, u"brain"_s});
        QVERIFY(text.out.contains("brain-macmon (macmon"));
        QVERIFY(text.out.contains("Apple M3 Ultra"));
    }

    void detectProposesWhatAnswersOnTheGivenPorts()
    {
        FakeExporter gpu;
        FakeMacmon macmon;
        QVERIFY(gpu.listen() && macmon.listen());
        const QString gpuPort = QString::number(gpu.url().port());
        const QString macPort = QString::number(macmon.url().port());
        const Run r =
            run({u"--json"_s, u"telemetry"_s, u"detect"_s, u"127.0.0.1"_s, gpuPort, macPort});
        QVERIFY2(r.code == 0, r.err.constData());
        const json doc = parse(r.out);
        QCOMPARE(doc["found"].size(), size_t(2));
        QCOMPARE(doc["found"][0]["server"].get<std::string>(),
                 QString(u"exporter+"_s + gpu.metricsUrl().toString()).toStdString());
        // macmon also serves /metrics; its /json answer is the more specific one.
        QCOMPARE(doc["found"][1]["kind"].get<std::string>(), std::string("macmon"));
        QCOMPARE(doc["found"][1]["telemetry"].get<bool>(), true);
        QCOMPARE(run({u"telemetry"_s, u"detect"_s, u"127.0.0.1"_s, u"http"_s}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestC41ctlStatus)
#include "tst_c41ctl_status.moc"
