// SPDX-License-Identifier: GPL-3.0-or-later
// c41ctl jobs: the real binary on a job database shared with this test.
#include "jobs/jobstore.h"

#include <nlohmann/json.hpp>

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using nlohmann::json;
using namespace c41::jobs;

class TestC41ctlJobs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<JobStore> m_store;
    qint64 m_done = 0, m_failed = 0, m_queued = 0, m_running = 0;

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("C41_JOBS_DB"), m_db);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(C41CTL_PATH), QStringList{QStringLiteral("--demo")} + args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    static Job job(const char *prompt, JobKind kind = JobKind::Image)
    {
        Job j;
        j.kind = kind;
        j.params = json{{"prompt", prompt}, {"seed", 3}};
        return j;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("jobs.sqlite"));
        m_store = std::make_unique<JobStore>(m_db);
        QVERIFY(m_store->open().ok());
        const QString me = QStringLiteral("test/1/x");
        m_done = m_store->enqueue(job("a lighthouse at dusk")).value();
        QVERIFY(m_store->claim(m_done, me, QStringLiteral("forge-comfy"), QStringLiteral("p-1"))
                    .value());
        QVERIFY(m_store
                    ->finish(m_done, me, JobState::Succeeded, {},
                             json::array({"/out/2026-11-22/1-image/lighthouse_00001_.png"}))
                    .value());
        m_failed = m_store->enqueue(job("a cat", JobKind::Video)).value();
        QVERIFY(m_store->claim(m_failed, me, QStringLiteral("forge-comfy"), QStringLiteral("p-2"))
                    .value());
        QVERIFY(m_store
                    ->finish(
                        m_failed, me, JobState::Failed,
                        QStringLiteral("forge-comfy: node 3 (KSampler) failed: CUDA out of memory"),
                        json::array())
                    .value());
        m_running = m_store->enqueue(job("a dog")).value();
        QVERIFY(m_store->claim(m_running, me, QStringLiteral("forge-comfy"), QStringLiteral("p-3"))
                    .value());
        QVERIFY(
            m_store->setProgress(m_running, me, 45, QStringLiteral("KSampler 9/20"), 11).value());
        m_queued = m_store->enqueue(job("a horse")).value();
    }

    void listsTheJobsAsJson()
    {
        const Run r = run({QStringLiteral("--json"), QStringLiteral("jobs")});
        QCOMPARE(r.code, 0);
        const json j = json::parse(r.out.toStdString());
        QCOMPARE(j.at("paused"), false);
        const json &list = j.at("jobs");
        QCOMPARE(list.size(), size_t(4));
        QCOMPARE(list.at(0).at("id"), m_queued); // newest first
        QCOMPARE(list.at(0).at("state"), "queued");
        QCOMPARE(list.at(1).at("state"), "dispatched");
        QCOMPARE(list.at(1).at("progress"), 45.0);
        QCOMPARE(list.at(1).at("step"), "KSampler 9/20");
        QCOMPARE(list.at(2).at("kind"), "video");
        QCOMPARE(list.at(2).at("error").get<std::string>().find("CUDA out of memory") !=
                     std::string::npos,
                 true);
        QCOMPARE(list.at(3).at("server"), "forge-comfy");
    }

    void listsTheJobsAsATable()
    {
        const Run r = run({QStringLiteral("jobs")});
        QCOMPARE(r.code, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("STATE")) &&
                     out.contains(QStringLiteral("PROGRESS")) &&
                     out.contains(QStringLiteral("AGE")),
                 qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("succeeded")));
        QVERIFY(out.contains(QStringLiteral("45% KSampler 9/20")));
        QVERIFY(out.contains(QStringLiteral("a lighthouse at dusk")));
    }

    void showsAJobWithItsOutputs()
    {
        Run r = run({QStringLiteral("jobs"), QStringLiteral("show"), QString::number(m_done)});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("/out/2026-11-22/1-image/lighthouse_00001_.png"),
                 r.out.constData());
        QVERIFY(r.out.contains("forge-comfy"));
        r = run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("show"),
                 QString::number(m_failed)});
        QCOMPARE(r.code, 0);
        const json j = json::parse(r.out.toStdString());
        QCOMPARE(j.at("remote_id"), "p-2");
        QCOMPARE(j.at("params").at("seed"), 3);
        r = run({QStringLiteral("jobs"), QStringLiteral("show"), QStringLiteral("9999")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("no job 9999"));
    }

    void watchRedrawsUntilStopped()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("C41_JOBS_DB"), m_db);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(C41CTL_PATH),
                {QStringLiteral("--demo"), QStringLiteral("jobs"), QStringLiteral("watch")});
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).count("\x1b[2J") >= 2, 15000);
        QVERIFY(out.contains("a horse"));
        p.kill();
        p.waitForFinished();
    }

    void cancelsAndRetries()
    {
        Run r = run({QStringLiteral("jobs"), QStringLiteral("cancel"), QString::number(m_queued)});
        QCOMPARE(r.code, 0);
        QCOMPARE(m_store->job(m_queued).value().state, JobState::Cancelled);
        r = run({QStringLiteral("jobs"), QStringLiteral("cancel"), QString::number(m_running)});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("interrupted"));
        QVERIFY(m_store->job(m_running).value().cancelRequested);
        r = run({QStringLiteral("jobs"), QStringLiteral("cancel"), QString::number(m_done)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("already finished"), r.err.constData());

        r = run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("retry"),
                 QString::number(m_failed)});
        QCOMPARE(r.code, 0);
        const qint64 again = json::parse(r.out.toStdString()).at("id").get<qint64>();
        const Job j = m_store->job(again).value();
        QCOMPARE(j.state, JobState::Queued);
        QCOMPARE(j.retryOf, m_failed);
        QCOMPARE(j.kind, JobKind::Video);
        QCOMPARE(j.title(), QStringLiteral("a cat"));
    }

    void addsAJobAndRunsItWithWait()
    {
        // Queued only: the app's dispatcher (or a later --wait) runs it.
        Run r = run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("add"),
                     QStringLiteral("image"),
                     QStringLiteral(C41_FIXTURES_DIR "/comfyui/workflow_a_invert.json")});
        QCOMPARE(r.code, 0);
        const qint64 queued = json::parse(r.out.toStdString()).at("id").get<qint64>();
        QCOMPARE(m_store->job(queued).value().state, JobState::Queued);
        QCOMPARE(m_store->cancel(queued).value(), true);

        // The made-up running job holds forge-comfy's only slot: end it first.
        QVERIFY(m_store
                    ->finish(m_running, QStringLiteral("test/1/x"), JobState::Cancelled, {},
                             json::array())
                    .value());
        // --wait: c41ctl dispatches it to the demo lab's ComfyUI, into --out.
        const QString out = m_dir.filePath(QStringLiteral("outputs"));
        r = run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("add"),
                 QStringLiteral("image"),
                 QStringLiteral(C41_FIXTURES_DIR "/comfyui/workflow_a_invert.json"),
                 QStringLiteral("--target"), QStringLiteral("forge"), QStringLiteral("--wait"),
                 QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, r.err.constData());
        const json j = json::parse(r.out.toStdString());
        QCOMPARE(j.at("state"), "succeeded");
        QCOMPARE(j.at("server"), "forge-comfy");
        const QString file = QString::fromStdString(j.at("outputs").at(0).get<std::string>());
        QVERIFY2(file.startsWith(out), qPrintable(file));
        QVERIFY(QFileInfo::exists(file));
        QVERIFY(QFileInfo::exists(QFileInfo(file).absolutePath() + QStringLiteral("/job.json")));
        const Job stored = m_store->job(j.at("id").get<qint64>()).value();
        QCOMPARE(stored.state, JobState::Succeeded); // in the shared database
        QCOMPARE(m_store->job(m_queued).value().state, JobState::Cancelled); // others untouched
    }

    void addsAShippedTemplateWithItsSettings()
    {
        // A template name works like in comfy run: its "_c41" notes are not sent, and
        // --set lands in the stored workflow, so the job re-runs the same.
        Run r = run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("add"),
                     QStringLiteral("image"), QStringLiteral("flux1-schnell"),
                     QStringLiteral("--set"), QStringLiteral("prompt=a red fox at dusk")});
        QVERIFY2(r.code == 0, r.err.constData());
        const qint64 id = json::parse(r.out.toStdString()).at("id").get<qint64>();
        const Job stored = m_store->job(id).value();
        const std::string workflow = stored.params.at("workflow").dump();
        QVERIFY(workflow.find("a red fox at dusk") != std::string::npos);
        QVERIFY(workflow.find("_c41") == std::string::npos);
        QCOMPARE(m_store->cancel(id).value(), true);

        r = run({QStringLiteral("jobs"), QStringLiteral("add"), QStringLiteral("image"),
                 QStringLiteral("no-such-template")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("no shipped template"));
    }

    void badUsageExitsWithTwo()
    {
        QCOMPARE(run({QStringLiteral("jobs"), QStringLiteral("cancel")}).code, 2);
        QCOMPARE(run({QStringLiteral("jobs"), QStringLiteral("retry"), QStringLiteral("x")}).code,
                 2);
        QCOMPARE(run({QStringLiteral("jobs"), QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(
            run({QStringLiteral("jobs"), QStringLiteral("add"), QStringLiteral("painting")}).code,
            2);
    }
};

QTEST_GUILESS_MAIN(TestC41ctlJobs)
#include "tst_c41ctl_jobs.moc"
