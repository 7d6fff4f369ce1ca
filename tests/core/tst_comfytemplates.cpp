// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped ComfyUI templates (resources/templates): described, with their
// parameters; every one validates against the demo forge (which has all the
// custom-node packs), and with a pack removed, validation names that pack.
#include "backends/comfyui/nodeerrors.h"
#include "backends/comfyui/objectinfo.h"
#include "backends/comfyui/templatelibrary.h"
#include "backends/comfyui/workflowvalidator.h"
#include "fakecomfyuicatalog.h"
#include "fakecomfyuivalidator.h"

#include <QTest>

using namespace c41::backends;
using c41::fakes::FakeComfyUiCatalog;

namespace {

// The file names the templates carry as placeholders, as if uploaded.
void addPlaceholderInputs(FakeComfyUiCatalog &catalog)
{
    for (const char *name : {"start_frame.png", "reference.png", "speech.wav", "input.mp4"})
        catalog.addInputFile(QString::fromUtf8(name));
}

QString describe(const QList<WorkflowProblem> &problems)
{
    QStringList out;
    for (const WorkflowProblem &p : problems)
        out << p.message;
    return out.join(u'\n');
}

} // namespace

class TestComfyTemplates : public QObject
{
    Q_OBJECT

private slots:
    void shipsTheStudioModels()
    {
        const TemplateLibrary &lib = TemplateLibrary::shipped();
        const QStringList expected{
            QStringLiteral("flux1-dev"),     QStringLiteral("flux1-schnell"),
            QStringLiteral("framepack-i2v"), QStringLiteral("hidream-i1-dev"),
            QStringLiteral("humo-core"),     QStringLiteral("humo-wanvideowrapper"),
            QStringLiteral("mmaudio-v2a"),   QStringLiteral("qwen3-tts-fb"),
            QStringLiteral("wan22-i2v-14b"), QStringLiteral("wan22-t2v-14b"),
            QStringLiteral("z-image-turbo")};
        QCOMPARE(lib.ids(), expected);
        QCOMPARE(lib.ofKind(QStringLiteral("lipsync")).size(), 2);
        QCOMPARE(lib.ofKind(QStringLiteral("v2a")).size(), 1);
        QCOMPARE(lib.ofKind(QStringLiteral("video")).size(), 3);
        QCOMPARE(lib.find(QStringLiteral("flux.1 dev"))->id, QStringLiteral("flux1-dev"));
        for (const WorkflowTemplate &t : lib.templates()) {
            QVERIFY2(!t.name.isEmpty() && t.name != t.id, qPrintable(t.id));
            QVERIFY2(!t.description.isEmpty(), qPrintable(t.id));
            QVERIFY2(QStringList({QStringLiteral("image"), QStringLiteral("video"),
                                  QStringLiteral("lipsync"), QStringLiteral("v2a"),
                                  QStringLiteral("tts")})
                         .contains(t.kind),
                     qPrintable(t.id));
            QVERIFY2(!t.sources.isEmpty(), qPrintable(t.id));
            // Every pack the template needs is named with its source.
            for (const QString &pack : t.packs)
                QVERIFY2(t.sources.join(u' ').contains(pack.mid(pack.indexOf(u'-') + 1)),
                         qPrintable(t.id + u' ' + pack));
            // "_c41" never goes to the server.
            QVERIFY(!t.workflow.toPrompt().contains("_c41"));
            QVERIFY(!QString::fromUtf8(t.workflow.toBytes()).contains(u"_c41"));
            // Every exposed parameter is found in the graph.
            const WorkflowParameters params = t.parameters();
            QCOMPARE(params.all().size(), t.exposed.size());
            QVERIFY2(!params.withRole(QStringLiteral("seed")).isEmpty(), qPrintable(t.id));
        }
        // Only one width is exposed, so it is just "Width" (the graph has two).
        const WorkflowParameters flux = lib.find(QStringLiteral("flux1-dev"))->parameters();
        QCOMPARE(flux.find(QStringLiteral("27.width"))->label, QStringLiteral("Width"));
        QVERIFY(WorkflowParameters::discover(lib.find(QStringLiteral("flux1-dev"))->workflow)
                    .find(QStringLiteral("27.width"))
                    ->label.startsWith(u"Width (node 27"));
        const WorkflowParameters lipsync =
            lib.find(QStringLiteral("humo-wanvideowrapper"))->parameters();
        QCOMPARE(lipsync.all().at(0).kind, WorkflowParameter::Kind::Image);
        QCOMPARE(lipsync.all().at(1).kind, WorkflowParameter::Kind::Audio);
    }

    void everyTemplateValidatesAgainstTheDemoForge()
    {
        FakeComfyUiCatalog catalog;
        addPlaceholderInputs(catalog);
        const ObjectInfo info = ObjectInfo::fromJson(catalog.objectInfo());
        for (const WorkflowTemplate &t : TemplateLibrary::shipped().templates()) {
            const auto problems =
                WorkflowValidator::validate(t.workflow, info, QStringLiteral("forge-comfy"));
            QVERIFY2(problems.isEmpty(), qPrintable(t.id + u'\n' + describe(problems)));
            // The pack list of the template is what the forge reports for its classes.
            QStringList packs;
            for (const Workflow::Node &n : t.workflow.nodes()) {
                const QString pack = info.nodeClass(n.classType)->pack();
                if (!pack.isEmpty() && !packs.contains(pack))
                    packs << pack;
            }
            packs.sort();
            QStringList declared = t.packs;
            declared.sort();
            QCOMPARE(packs, declared);
        }
        // Before the uploads, the media inputs are named as missing files.
        const ObjectInfo bare = ObjectInfo::fromJson(FakeComfyUiCatalog().objectInfo());
        const auto missing = WorkflowValidator::validate(
            TemplateLibrary::shipped().find(QStringLiteral("mmaudio-v2a"))->workflow, bare,
            QStringLiteral("forge-comfy"));
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().kind, WorkflowProblem::Kind::InputFileMissing);
        QCOMPARE(missing.first().message,
                 QStringLiteral("Node 91 VHS_LoadVideo (Input video), input video: input.mp4 is "
                                "not in forge-comfy's input folder; upload it (--input "
                                "91.video=FILE)"));
    }

    void aMissingPackIsNamed()
    {
        for (const QString &pack : FakeComfyUiCatalog::installedPacks()) {
            FakeComfyUiCatalog catalog({pack});
            addPlaceholderInputs(catalog);
            const ObjectInfo info = ObjectInfo::fromJson(catalog.objectInfo());
            bool used = false;
            for (const WorkflowTemplate &t : TemplateLibrary::shipped().templates()) {
                const auto problems =
                    WorkflowValidator::validate(t.workflow, info, QStringLiteral("forge-comfy"));
                if (!t.packs.contains(pack)) {
                    QVERIFY2(problems.isEmpty(), qPrintable(t.id + u'\n' + describe(problems)));
                    continue;
                }
                used = true;
                QCOMPARE(WorkflowValidator::missingPacks(problems), QStringList{pack});
                QVERIFY2(
                    problems.first().message.startsWith(
                        QStringLiteral("This workflow needs %1 on forge-comfy (nodes ").arg(pack)),
                    qPrintable(problems.first().message));
            }
            QVERIFY2(used, qPrintable(pack)); // every installed pack serves a template
        }
        // The exact words for the lip-sync template without the wrapper.
        FakeComfyUiCatalog noWrapper({QStringLiteral("ComfyUI-WanVideoWrapper")});
        const auto problems = WorkflowValidator::validate(
            TemplateLibrary::shipped().find(QStringLiteral("humo-wanvideowrapper"))->workflow,
            ObjectInfo::fromJson(noWrapper.objectInfo()), QStringLiteral("forge-comfy"));
        QCOMPARE(problems.first().message,
                 QStringLiteral("This workflow needs ComfyUI-WanVideoWrapper on forge-comfy (nodes "
                                "WanVideoModelLoader, WanVideoSampler, WanVideoDecode, "
                                "WanVideoVAELoader, WanVideoLoraSelect, WanVideoSetLoRAs, "
                                "WhisperModelLoader, HuMoEmbeds, WanVideoTextEncodeCached). "
                                "Install it (github.com/kijai/ComfyUI-WanVideoWrapper) and "
                                "restart ComfyUI."));
    }

    void theFakeServerAgrees()
    {
        // The demo forge's own POST /prompt validation takes every template…
        FakeComfyUiCatalog catalog;
        addPlaceholderInputs(catalog);
        const c41::fakes::FakeComfyUiValidator server(catalog);
        for (const WorkflowTemplate &t : TemplateLibrary::shipped().templates()) {
            const auto result = server.validate(t.workflow.toPrompt());
            QVERIFY2(result.ok && result.nodeErrors.empty(),
                     qPrintable(t.id + u' ' + QString::fromStdString(result.error.dump())));
        }
        // …and without the pack, its 400 answer names the pack too.
        FakeComfyUiCatalog noMmaudio({QStringLiteral("ComfyUI-MMAudio")});
        addPlaceholderInputs(noMmaudio);
        const c41::fakes::FakeComfyUiValidator bare(noMmaudio);
        const auto refused = bare.validate(
            TemplateLibrary::shipped().find(QStringLiteral("mmaudio-v2a"))->workflow.toPrompt());
        QVERIFY(!refused.ok);
        const nlohmann::json body = nlohmann::json::parse(nlohmann::ordered_json{
            {"error", refused.error},
            {"node_errors", refused.nodeErrors}}.dump());
        const NodeErrors errors = NodeErrors::fromJson(body);
        QVERIFY2(errors.toString().startsWith(
                     u"This workflow needs ComfyUI-MMAudio on the server (node type MMAudio"),
                 qPrintable(errors.toString()));
    }

    void parametersCarryTheServersChoices()
    {
        FakeComfyUiCatalog catalog;
        const ObjectInfo info = ObjectInfo::fromJson(catalog.objectInfo());
        const WorkflowParameters tts =
            TemplateLibrary::shipped().find(QStringLiteral("qwen3-tts-fb"))->parameters(&info);
        const WorkflowParameter *speaker = tts.find(QStringLiteral("1.speaker"));
        QVERIFY(speaker);
        QCOMPARE(speaker->kind, WorkflowParameter::Kind::Choice);
        QVERIFY(speaker->choices.contains(QStringLiteral("Vivian")));
        QCOMPARE(tts.find(QStringLiteral("1.text"))->label, QStringLiteral("Text to speak"));
        const nlohmann::json all = TemplateLibrary::shipped().toJson(&info);
        QCOMPARE(all.size(), std::size_t(11));
        QVERIFY(all[0]["parameters"].is_array());
        QVERIFY(!all[0]["sources"].empty());
    }
};

QTEST_GUILESS_MAIN(TestComfyTemplates)
#include "tst_comfytemplates.moc"
