// SPDX-License-Identifier: GPL-3.0-or-later
// c41ctl templates / comfy validate: the real binary against the demo lab's
// forge-comfy (which has every custom-node pack the templates use).
#include <nlohmann/json.hpp>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using nlohmann::json;
using namespace Qt::StringLiterals;

class TestC41ctlTemplates : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    // Keeps this process's event loop running while c41ctl runs.
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
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }
    QTemporaryDir m_dir;

private Q_SLOTS:
    void listsTheTemplatesAndTheirParameters()
    {
        const Run r = run({u"templates"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY(out.contains(u"flux1-dev  [image]  Flux.1 Dev"));
        QVERIFY(out.contains(u"humo-wanvideowrapper  [lipsync]"));
        QVERIFY(out.contains(u"needs: ComfyUI-MMAudio, ComfyUI-VideoHelperSuite"));
        QVERIFY2(out.contains(u"--set 6.text"), r.out.constData());
        QVERIFY(out.contains(u"random per run"));

        const Run one = run({u"templates"_s, u"mmaudio-v2a"_s});
        QCOMPARE(one.code, 0);
        QVERIFY(one.out.contains("source: "));
        QVERIFY(one.out.contains("--set 91.video"));
        QVERIFY(!one.out.contains("flux1-dev"));

        const Run bad = run({u"templates"_s, u"nope"_s});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains("no template \"nope\""));
    }

    void listsAsJson()
    {
        const Run r = run({u"--json"_s, u"templates"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const json doc = json::parse(r.out.toStdString(), nullptr, false);
        QVERIFY(!doc.is_discarded());
        QCOMPARE(doc["templates"].size(), std::size_t(11));
        bool sawLipsync = false;
        for (const json &t : doc["templates"]) {
            QVERIFY(!t["sources"].empty());
            QVERIFY(!t["parameters"].empty());
            if (t["id"] == "humo-wanvideowrapper") {
                sawLipsync = true;
                QCOMPARE(t["kind"].get<std::string>(), std::string("lipsync"));
                QCOMPARE(t["parameters"][0]["kind"].get<std::string>(), std::string("image"));
                QCOMPARE(t["parameters"][1]["kind"].get<std::string>(), std::string("audio"));
            }
        }
        QVERIFY(sawLipsync);
    }

    void validatesAgainstTheDemoForge()
    {
        QVERIFY(m_dir.isValid());
        const Run ok =
            run({u"--demo"_s, u"comfy"_s, u"validate"_s, u"forge-comfy"_s, u"flux1-dev"_s});
        QVERIFY2(ok.code == 0, QByteArray(ok.err + ok.out).constData());
        QCOMPARE(ok.out, QByteArray("forge-comfy can run flux1-dev (14 nodes)\n"));

        // The v2a template needs its video uploaded first.
        const Run v2a = run({u"--demo"_s, u"--json"_s, u"comfy"_s, u"validate"_s, u"forge-comfy"_s,
                             u"mmaudio-v2a"_s});
        QCOMPARE(v2a.code, 1);
        const json doc = json::parse(v2a.out.toStdString(), nullptr, false);
        QCOMPARE(doc["ok"].get<bool>(), false);
        QCOMPARE(doc["problems"][0]["kind"].get<std::string>(), std::string("input_file_missing"));

        // A pack the forge lacks is named.
        const QString missing = writeFile(u"fancy.json"_s, R"({
            "1": {"class_type": "MMAudioFancySampler", "inputs": {"steps": 5}},
            "2": {"class_type": "SaveAudio", "inputs": {"audio": ["1", 0]}}})");
        const Run pack = run({u"--demo"_s, u"comfy"_s, u"validate"_s, u"forge-comfy"_s, missing});
        QCOMPARE(pack.code, 1);
        QVERIFY2(pack.out.startsWith("This workflow needs ComfyUI-MMAudio on forge-comfy (nodes "
                                     "MMAudioFancySampler)"),
                 pack.out.constData());

        // A UI-format file is explained.
        const QString ui =
            writeFile(u"ui.json"_s, R"({"last_node_id": 1, "nodes": [], "links": []})");
        const Run uiRun = run({u"--demo"_s, u"comfy"_s, u"validate"_s, u"forge-comfy"_s, ui});
        QCOMPARE(uiRun.code, 1);
        QVERIFY2(uiRun.err.contains("Export it with Export (API)"), uiRun.err.constData());

        // Usage and unknown things.
        QCOMPARE(run({u"--demo"_s, u"comfy"_s, u"validate"_s, u"forge-comfy"_s}).code, 2);
        QCOMPARE(run({u"--demo"_s, u"comfy"_s, u"validate"_s, u"forge-comfy"_s, u"no-such"_s}).code,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestC41ctlTemplates)
#include "tst_c41ctl_templates.moc"
