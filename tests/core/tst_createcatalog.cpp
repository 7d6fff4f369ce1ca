// SPDX-License-Identifier: GPL-3.0-or-later
// CreateCatalog against FakeComfyUi and FakeTts: the node catalogue and the voices
// the Create page builds its forms from, fetched once and cached, errors in words,
// targets resolved to servers, uploads; and CreateJob building the same jobs as
// `c41ctl jobs add`.
#include "fakecomfyui.h"
#include "fakecomfyuicatalog.h"
#include "fakehttpserver.h"
#include "fakepng.h"
#include "faketts.h"

#include "backends/comfyui/objectinfo.h"
#include "backends/comfyui/templatelibrary.h"
#include "backends/comfyui/workflowoverrides.h"
#include "backends/comfyui/workflowparameters.h"
#include "studio/createcatalog.h"
#include "studio/createjob.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <qcorotask.h>

using namespace c41;
using namespace Qt::StringLiterals;
using nlohmann::json;

class TestCreateCatalog : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    fakes::FakeComfyUi m_comfy;
    fakes::FakeTts m_tts;
    quint16 m_closedPort = 0;

    studio::StudioConfig config() const
    {
        const QString text =
            u"{\"boxes\":[{\"name\":\"forge\",\"servers\":["
            "{\"name\":\"forge-comfy\",\"url\":\"comfyui+%1\"},"
            "{\"name\":\"forge-tts\",\"url\":\"tts+%2\"}]},"
            "{\"name\":\"attic\",\"servers\":["
            "{\"name\":\"attic-comfy\",\"url\":\"comfyui+http:\\/\\/127.0.0.1:%3\"},"
            "{\"name\":\"attic-ollama\",\"url\":\"ollama+http:\\/\\/127.0.0.1:%3\"}]}]}"_s
                .arg(m_comfy.url().toString(), m_tts.url().toString())
                .arg(m_closedPort);
        auto parsed = studio::StudioConfig::parse(text.toUtf8(), u"t.json"_s);
        if (!parsed)
            qFatal("%s", qPrintable(parsed.error().toString()));
        return *parsed;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_comfy.listen());
        QVERIFY(m_tts.listen());
        m_comfy.setTimeScale(0.001);
        m_tts.setTimeScale(0);
        m_tts.setListsVoices(false); // an OpenAI-style server: no voice list
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        m_closedPort = probe.serverPort();
        probe.close();
    }

    void listsTheComfyAndSpeechServersOnly()
    {
        studio::CreateCatalog catalog(config(), &m_nam);
        QCOMPARE(catalog.comfyServers(), (QStringList{u"forge-comfy"_s, u"attic-comfy"_s}));
        QCOMPARE(catalog.ttsServers(), QStringList{u"forge-tts"_s});
        QVERIFY(catalog.comfy(u"attic-ollama"_s) == nullptr);
        QCOMPARE(catalog.comfy(u"forge-comfy"_s)->box, u"forge"_s);
        // Nothing is asked before someone needs it.
        QVERIFY(!catalog.comfy(u"forge-comfy"_s)->info);
        QVERIFY(!catalog.comfy(u"forge-comfy"_s)->loading);
    }

    void targetsResolveToServers()
    {
        studio::CreateCatalog catalog(config(), &m_nam);
        QCOMPARE(catalog.comfyServersFor(u"any"_s), catalog.comfyServers());
        QCOMPARE(catalog.comfyServersFor(u"forge"_s), QStringList{u"forge-comfy"_s});
        QCOMPARE(catalog.comfyServersFor(u"attic-comfy"_s), QStringList{u"attic-comfy"_s});
        QCOMPARE(catalog.ttsServersFor(u"forge"_s), QStringList{u"forge-tts"_s});
        QVERIFY(catalog.ttsServersFor(u"attic"_s).isEmpty());
        QVERIFY(catalog.comfyServersFor(u"forge-tts"_s).isEmpty());
        QVERIFY(catalog.comfyServersFor(u"nowhere"_s).isEmpty());
    }

    void fetchesTheNodeCatalogueOnceAndSaysWhyNot()
    {
        studio::CreateCatalog catalog(config(), &m_nam);
        QSignalSpy changed(&catalog, &studio::CreateCatalog::serverChanged);
        catalog.ensureLoaded();
        QVERIFY(catalog.comfy(u"forge-comfy"_s)->loading);
        QTRY_VERIFY(catalog.comfy(u"forge-comfy"_s)->info != nullptr);
        const studio::CreateComfyServer *forge = catalog.comfy(u"forge-comfy"_s);
        QVERIFY(!forge->loading);
        QVERIFY(forge->error.isEmpty());
        QVERIFY(forge->fetchedAt.isValid());
        // The ranges a form needs: KSampler's steps and cfg.
        const backends::ComfyNodeClass *sampler = forge->info->nodeClass(u"KSampler"_s);
        QVERIFY(sampler);
        QVERIFY(sampler->input(u"steps"_s)->max.has_value());
        QVERIFY(changed.count() >= 2); // loading, then loaded

        // The dead server: an error that names it, no catalogue.
        QTRY_VERIFY(!catalog.comfy(u"attic-comfy"_s)->error.isEmpty());
        QVERIFY(!catalog.comfy(u"attic-comfy"_s)->info);
        QVERIFY(catalog.comfy(u"attic-comfy"_s)->error.contains(u"attic-comfy"_s));

        // Cached: asking again sends nothing new.
        QTRY_VERIFY(!catalog.tts(u"forge-tts"_s)->loading);
        const qsizetype before = m_comfy.http()->recentRequests().size();
        catalog.ensureLoaded();
        QVERIFY(!catalog.comfy(u"forge-comfy"_s)->loading);
        QTest::qWait(50);
        QCOMPARE(m_comfy.http()->recentRequests().size(), before);
    }

    void refreshAsksAgain()
    {
        studio::CreateCatalog catalog(config(), &m_nam);
        QCoro::waitFor(catalog.refreshServer(u"forge-comfy"_s));
        const auto first = catalog.comfy(u"forge-comfy"_s)->info;
        QVERIFY(first);
        QCoro::waitFor(catalog.refreshServer(u"forge-comfy"_s));
        QVERIFY(catalog.comfy(u"forge-comfy"_s)->info);
        QVERIFY(catalog.comfy(u"forge-comfy"_s)->info != first);
    }

    void speechServerWithoutAVoiceListGetsOpenAiNames()
    {
        studio::CreateCatalog catalog(config(), &m_nam);
        QCoro::waitFor(catalog.refreshServer(u"forge-tts"_s));
        const studio::CreateTtsServer *tts = catalog.tts(u"forge-tts"_s);
        QVERIFY2(tts->error.isEmpty(), qPrintable(tts->error));
        QCOMPARE(tts->models, QStringList{u"kokoro"_s});
        QVERIFY(!tts->voicesListed);
        QCOMPARE(tts->voices, studio::CreateCatalog::standardVoices());
    }

    void speechServerThatListsItsVoices()
    {
        // Kokoro-FastAPI's GET /v1/audio/voices (FakeTts answers it by default).
        fakes::FakeTts kokoro;
        kokoro.setVoices({u"af_heart"_s, u"bf_emma"_s});
        QVERIFY(kokoro.listen());
        const QByteArray text =
            (u"{\"boxes\":[{\"name\":\"b\",\"servers\":[{\"name\":\"kokoro\",\"url\":\"tts+"_s +
             kokoro.url().toString() + u"\"}]}]}"_s)
                .toUtf8();
        studio::CreateCatalog catalog(*studio::StudioConfig::parse(text, u"t.json"_s), &m_nam);
        QCoro::waitFor(catalog.refreshServer(u"kokoro"_s));
        QVERIFY(catalog.tts(u"kokoro"_s)->voicesListed);
        QCOMPARE(catalog.tts(u"kokoro"_s)->voices, (QStringList{u"af_heart"_s, u"bf_emma"_s}));
    }

    void parsesTheVoiceListShapesServersSend()
    {
        const auto parse = [](const char *body) {
            return studio::CreateCatalog::parseVoices(QByteArray(body), u"s"_s);
        };
        QCOMPARE(*parse(R"({"voices":["a","b","a"]})"), (QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(*parse(R"({"voices":[{"id":"x","name":"X"},{"name":"y"},{"voice_id":"z"}]})"),
                 (QStringList{u"x"_s, u"y"_s, u"z"_s}));
        QCOMPARE(*parse(R"(["p","q"])"), (QStringList{u"p"_s, u"q"_s}));
        QVERIFY(!parse(R"({"data":[]})"));
        QVERIFY(!parse("not json"));
        QVERIFY(parse("{\"voices\":7}").error().message.contains(u"not a list"_s));
    }

    void uploadsAnInputFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"portrait.png"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(fakes::FakePng::image(32, 32, 7));
        file.close();
        studio::CreateCatalog catalog(config(), &m_nam);
        const net::Result<QString> stored = QCoro::waitFor(catalog.upload(u"forge-comfy"_s, path));
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().toString()));
        QCOMPARE(*stored, u"portrait.png"_s);
        // The server now offers it to LoadImage.
        QCoro::waitFor(catalog.refreshServer(u"forge-comfy"_s));
        const backends::ComfyNodeClass *load =
            catalog.comfy(u"forge-comfy"_s)->info->nodeClass(u"LoadImage"_s);
        QVERIFY(load && load->input(u"image"_s)->choices.contains(u"portrait.png"_s));

        const net::Result<QString> wrong = QCoro::waitFor(catalog.upload(u"forge-tts"_s, path));
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().message.contains(u"not a ComfyUI server"_s));
    }

    void workflowJobIsWhatJobsAddBuilds()
    {
        const backends::WorkflowTemplate *flux =
            backends::TemplateLibrary::shipped().find(u"flux1-dev"_s);
        QVERIFY(flux);
        backends::Workflow workflow = flux->workflow;
        QVERIFY(backends::WorkflowOverrides::applyAll(workflow, {u"prompt=a red fox"_s}).ok());
        const backends::WorkflowParameters parameters =
            backends::WorkflowParameters::discover(workflow);
        const QList<backends::WorkflowParameter> seeds = parameters.withRole(u"seed"_s);
        QVERIFY(!seeds.isEmpty());
        QVERIFY(backends::WorkflowOverrides::apply(workflow, u"seed=42"_s).ok());

        // A fixed seed stays; the prompt and everything else is the graph as set.
        QRandomGenerator rng(1);
        const jobs::Job fixed = studio::CreateJob::workflowJob(
            jobs::JobKind::Image, workflow, u"flux1-dev"_s, u"forge"_s, {seeds.first().id}, rng);
        QCOMPARE(fixed.kind, jobs::JobKind::Image);
        QCOMPARE(fixed.target, u"forge"_s);
        QCOMPARE(fixed.state, jobs::JobState::Queued);
        QCOMPARE(fixed.params.value("title", ""), "flux1-dev");
        QCOMPARE(fixed.params.at("workflow"), json(workflow.toPrompt()));
        QCOMPARE(fixed.params.size(), size_t(2));

        // A seed new each run is drawn now, so the stored job re-runs exactly.
        const jobs::Job random = studio::CreateJob::workflowJob(jobs::JobKind::Image, workflow,
                                                                u"flux1-dev"_s, {}, {}, rng);
        QCOMPARE(random.target, u"any"_s);
        const json &node = random.params.at("workflow").at(seeds.first().nodeId.toStdString());
        QVERIFY(node.at("inputs").at(seeds.first().input.toStdString()) != json(42));
    }

    void ttsJobIsWhatJobsAddBuilds()
    {
        const jobs::Job job =
            studio::CreateJob::ttsJob(u"Hello studio."_s, u"af_heart"_s, u"any"_s);
        QCOMPARE(job.kind, jobs::JobKind::Tts);
        QCOMPARE(job.params,
                 (json{{"text", "Hello studio."}, {"voice", "af_heart"}, {"format", "wav"}}));
        const jobs::Job styled =
            studio::CreateJob::ttsJob(u"Hi"_s, u"alloy"_s, u"forge-tts"_s, u"kokoro"_s, u"calm"_s);
        QCOMPARE(styled.target, u"forge-tts"_s);
        QCOMPARE(styled.params.value("model", ""), "kokoro");
        QCOMPARE(styled.params.value("instructions", ""), "calm");
    }

    void templateKindsMapToQueueKinds()
    {
        QCOMPARE(studio::CreateJob::kindOfTemplate(u"lipsync"_s), jobs::JobKind::LipSync);
        QCOMPARE(studio::CreateJob::kindOfTemplate(u"v2a"_s), jobs::JobKind::V2A);
        QCOMPARE(studio::CreateJob::kindOfTemplate(u"video"_s), jobs::JobKind::Video);
        QVERIFY(!studio::CreateJob::kindOfTemplate(u"tts"_s)); // a ComfyUI speech workflow
        QVERIFY(!studio::CreateJob::kindOfTemplate(u"chat"_s));
    }
};

QTEST_GUILESS_MAIN(TestCreateCatalog)
#include "tst_createcatalog.moc"
