// SPDX-License-Identifier: GPL-3.0-or-later
// ComfyUI workflows: /object_info parsing, API-format import (and the UI format
// explained), parameter discovery, NODE.input=VALUE overrides, input binding,
// and validation against the server's node list before submitting.
#include "backends/comfyui/objectinfo.h"
#include "backends/comfyui/templatelibrary.h"
#include "backends/comfyui/workflow.h"
#include "backends/comfyui/workflowoverrides.h"
#include "backends/comfyui/workflowparameters.h"
#include "backends/comfyui/workflowvalidator.h"
#include "fakecomfyuicatalog.h"
#include "fixtures.h"

#include <QTest>

using namespace c41::backends;
using c41::fakes::FakeComfyUiCatalog;
using c41::testing::readFixture;
using c41::testing::readTranscript;

namespace {

ObjectInfo capturedInfo()
{
    auto info =
        ObjectInfo::parse(readFixture(QStringLiteral("comfyui/object_info_used_nodes.json")),
                          QStringLiteral("capture"));
    return info ? *info : ObjectInfo();
}

ObjectInfo forgeInfo()
{
    FakeComfyUiCatalog catalog;
    return ObjectInfo::fromJson(catalog.objectInfo(), QStringLiteral("forge-comfy"));
}

Workflow fixtureWorkflow(const QString &name)
{
    auto wf = Workflow::fromBytes(readFixture(QStringLiteral("comfyui/") + name), name);
    return wf ? *wf : Workflow();
}

Workflow templateWorkflow(const QString &id)
{
    const WorkflowTemplate *t = TemplateLibrary::shipped().find(id);
    return t ? t->workflow : Workflow();
}

QStringList messages(const QList<WorkflowProblem> &problems)
{
    QStringList out;
    for (const WorkflowProblem &p : problems)
        out << p.message;
    return out;
}

} // namespace

class TestComfyWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void objectInfoReadsTheCapture()
    {
        const ObjectInfo info = capturedInfo();
        QCOMPARE(info.size(), 8);
        const ComfyNodeClass *blur = info.nodeClass(QStringLiteral("ImageBlur"));
        QVERIFY(blur);
        QCOMPARE(blur->pythonModule, QStringLiteral("comfy_extras.nodes_post_processing"));
        QVERIFY(blur->pack().isEmpty()); // core
        const ComfyInputSpec *radius = blur->input(QStringLiteral("blur_radius"));
        QVERIFY(radius);
        QCOMPARE(radius->type, ComfyInputSpec::Type::Int);
        QCOMPARE(radius->min.value_or(-1), 1.0);
        QCOMPARE(radius->max.value_or(-1), 31.0);
        QCOMPARE(radius->step.value_or(-1), 1.0);
        QCOMPARE(radius->defaultValue.get<int>(), 1);
        const ComfyInputSpec *image = blur->input(QStringLiteral("image"));
        QCOMPARE(image->type, ComfyInputSpec::Type::Connection);
        QCOMPARE(image->typeName, QStringLiteral("IMAGE"));
        QCOMPARE(blur->outputs, QStringList{QStringLiteral("IMAGE")});

        const ComfyNodeClass *scale = info.nodeClass(QStringLiteral("ImageScale"));
        const ComfyInputSpec *method = scale->input(QStringLiteral("upscale_method"));
        QCOMPARE(method->type, ComfyInputSpec::Type::Combo);
        QCOMPARE(method->choices,
                 (QStringList{QStringLiteral("nearest-exact"), QStringLiteral("bilinear"),
                              QStringLiteral("area"), QStringLiteral("bicubic"),
                              QStringLiteral("lanczos")}));
        QCOMPARE(info.nodeClass(QStringLiteral("LoadImage"))->inputs.first().upload,
                 QStringLiteral("image"));
        QVERIFY(info.nodeClass(QStringLiteral("SaveImage"))->outputNode);
        QVERIFY(!blur->outputNode);
        QVERIFY(!info.nodeClass(QStringLiteral("NoSuchNode")));

        // ImageInvert as GET /object_info/ImageInvert returned it on the wire.
        const auto wire = ObjectInfo::parse(
            readTranscript(QStringLiteral("comfyui/http_object_info_ImageInvert.txt")).responseBody,
            QStringLiteral("capture"));
        QVERIFY(wire);
        QVERIFY(wire->nodeClass(QStringLiteral("ImageInvert")));
        QCOMPARE(wire->nodeClass(QStringLiteral("ImageInvert"))->inputs.first().typeName,
                 QStringLiteral("IMAGE"));
    }

    void objectInfoNewComboShapeAndPacks()
    {
        const QByteArray body = R"({
          "WanVideoTextEncodeCached": {
            "input": {"required": {
              "model_name": ["COMBO", {"options": ["umt5-xxl-enc-bf16.safetensors"], "default": "umt5-xxl-enc-bf16.safetensors"}],
              "positive_prompt": ["STRING", {"default": "", "multiline": true}],
              "cfg": ["FLOAT", {"default": 6.0, "min": 0.0, "max": 30.0, "step": 0.01}],
              "broken": 42
            }, "optional": {"seed": ["INT", {"default": 0, "min": 0, "max": 18446744073709551615, "control_after_generate": true}]}},
            "input_order": {"required": ["positive_prompt", "model_name", "cfg"]},
            "output": ["WANVIDEOTEXTEMBEDS", ["a", "b"]],
            "python_module": "custom_nodes.ComfyUI-WanVideoWrapper",
            "output_node": false
          },
          "Odd": "not an object"
        })";
        const auto info = ObjectInfo::parse(body, QStringLiteral("forge-comfy"));
        QVERIFY(info);
        QCOMPARE(info->size(), 1);
        const ComfyNodeClass *node = info->nodeClass(QStringLiteral("WanVideoTextEncodeCached"));
        QCOMPARE(node->pack(), QStringLiteral("ComfyUI-WanVideoWrapper"));
        QCOMPARE(node->inputs.size(), 4);                                     // "broken" skipped
        QCOMPARE(node->inputs.at(0).name, QStringLiteral("positive_prompt")); // input_order
        QVERIFY(node->inputs.at(0).multiline);
        const ComfyInputSpec *model = node->input(QStringLiteral("model_name"));
        QCOMPARE(model->type, ComfyInputSpec::Type::Combo);
        QCOMPARE(model->choices, QStringList{QStringLiteral("umt5-xxl-enc-bf16.safetensors")});
        const ComfyInputSpec *seed = node->input(QStringLiteral("seed"));
        QVERIFY(!seed->required);
        QVERIFY(seed->seedControl);
        QVERIFY(seed->max.value_or(0) > 1e19);
        QCOMPARE(node->outputs.at(1), QStringLiteral("COMBO"));

        const auto bad = ObjectInfo::parse("[1, 2]", QStringLiteral("forge-comfy"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind, c41::net::ApiError::Kind::Malformed);
        QCOMPARE(bad.error().server, QStringLiteral("forge-comfy"));
        QVERIFY(!ObjectInfo::parse("<html>", QStringLiteral("x")));
    }

    void importsApiWorkflows()
    {
        const Workflow wf = fixtureWorkflow(QStringLiteral("workflow_b_loadimage_scale.json"));
        QVERIFY(!wf.isEmpty());
        QCOMPARE(wf.nodeIds(),
                 (QStringList{QStringLiteral("10"), QStringLiteral("11"), QStringLiteral("12")}));
        QCOMPARE(wf.nodeLabel(QStringLiteral("12")), QStringLiteral("12 SaveImage"));
        QCOMPARE(wf.consumers(QStringLiteral("10")).size(), 1);
        // A saved POST body {"prompt": {...}} is accepted as well.
        const auto wrapped = Workflow::fromBytes(
            R"({"prompt": {"1": {"class_type": "EmptyImage", "inputs": {"width": 8}}}, "client_id": "x"})",
            QStringLiteral("body.json"));
        QVERIFY(wrapped);
        QCOMPARE(wrapped->input(QStringLiteral("1"), QStringLiteral("width")).get<int>(), 8);
        // Ids sort numerically; titles come from _meta.
        const auto sorted = Workflow::fromBytes(
            R"({"10": {"class_type": "B", "inputs": {}, "_meta": {"title": "Ten"}}, "9": {"class_type": "A"}})",
            QStringLiteral("s.json"));
        QVERIFY(sorted);
        QCOMPARE(sorted->nodeIds(), (QStringList{QStringLiteral("9"), QStringLiteral("10")}));
        QCOMPARE(sorted->nodeLabel(QStringLiteral("10")), QStringLiteral("10 B (Ten)"));
        QCOMPARE(*sorted->resolveNode(QStringLiteral("ten")), QStringLiteral("10"));
        QVERIFY(!sorted->toPrompt().contains("_c41"));
    }

    void explainsTheUiFormat()
    {
        const QByteArray ui = R"({"last_node_id": 9, "last_link_id": 9,
            "nodes": [{"id": 3, "type": "KSampler", "widgets_values": [1, "randomize", 20]}],
            "links": [[1, 4, 0, 3, 0, "MODEL"]], "groups": [], "version": 0.4})";
        const auto wf = Workflow::fromBytes(ui, QStringLiteral("portrait.json"));
        QVERIFY(!wf);
        QCOMPARE(wf.error().message,
                 QStringLiteral("This is a ComfyUI UI workflow (saved with Save). Export it with "
                                "Export (API) and import that file."));
        QCOMPARE(wf.error().server, QStringLiteral("portrait.json"));
    }

    void rejectsGarbageClearly_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray("  ") << QStringLiteral("The workflow file is empty");
        QTest::newRow("not json") << QByteArray("hello")
                                  << QStringLiteral("This is not a JSON file");
        QTest::newRow("array") << QByteArray("[1, 2]")
                               << QStringLiteral("expected a JSON object of nodes, found a list");
        QTest::newRow("no nodes") << QByteArray("{}")
                                  << QStringLiteral("The workflow has no nodes");
        QTest::newRow("node not object")
            << QByteArray(R"({"1": 5})") << QStringLiteral("Node 1 is a number, not a node object");
        QTest::newRow("no class_type")
            << QByteArray(R"({"1": {"inputs": {}}})") << QStringLiteral("Node 1 has no class_type");
        QTest::newRow("inputs list")
            << QByteArray(R"({"1": {"class_type": "X", "inputs": [1]}})")
            << QStringLiteral("Node 1 X: its inputs are a list, not an object of named inputs");
        QTest::newRow("dangling link")
            << QByteArray(R"({"3": {"class_type": "SaveImage", "inputs": {"images": ["99", 0]}}})")
            << QStringLiteral("Node 3 SaveImage, input images links to node 99, which is not in "
                              "the workflow");
        QTest::newRow("bad link")
            << QByteArray(R"({"3": {"class_type": "SaveImage", "inputs": {"images": ["3", -1]}}})")
            << QStringLiteral("a link must be");
    }

    void rejectsGarbageClearly()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const auto wf = Workflow::fromBytes(bytes, QStringLiteral("w.json"));
        QVERIFY(!wf);
        QVERIFY2(wf.error().message.contains(expected), qPrintable(wf.error().message));
        QCOMPARE(wf.error().kind, c41::net::ApiError::Kind::Config);
    }

    void discoversImageParameters()
    {
        const ObjectInfo info = forgeInfo();
        const Workflow flux = templateWorkflow(QStringLiteral("flux1-dev"));
        const WorkflowParameters params = WorkflowParameters::discover(flux, &info);
        const WorkflowParameter *text = params.find(QStringLiteral("6.text"));
        QVERIFY(text);
        QCOMPARE(text->role, QStringLiteral("positive")); // via FluxGuidance → BasicGuider
        QCOMPARE(text->kind, WorkflowParameter::Kind::Text);
        QVERIFY(text->multiline);
        const WorkflowParameter *seed = params.find(QStringLiteral("25.noise_seed"));
        QCOMPARE(seed->kind, WorkflowParameter::Kind::Seed);
        QVERIFY(seed->randomPerRun);
        const WorkflowParameter *unet = params.find(QStringLiteral("12.unet_name"));
        QCOMPARE(unet->kind, WorkflowParameter::Kind::Choice);
        QCOMPARE(unet->role, QStringLiteral("model"));
        QVERIFY(unet->choices.contains(QStringLiteral("flux1-schnell.safetensors")));
        const WorkflowParameter *steps = params.find(QStringLiteral("17.steps"));
        QCOMPARE(steps->kind, WorkflowParameter::Kind::Int);
        QCOMPARE(steps->min.value_or(-1), 1.0);
        QCOMPARE(steps->value.get<int>(), 20);
        QVERIFY(params.find(QStringLiteral("27.width")));

        // Z-Image: the negative is ConditioningZeroOut(positive), so the one text is positive.
        const Workflow z = templateWorkflow(QStringLiteral("z-image-turbo"));
        QCOMPARE(WorkflowParameters::discover(z).find(QStringLiteral("27.text"))->role,
                 QStringLiteral("positive"));
        // Without ObjectInfo the JSON types decide.
        QCOMPARE(WorkflowParameters::discover(z).find(QStringLiteral("3.cfg"))->kind,
                 WorkflowParameter::Kind::Float);

        // The JSON for a form carries everything a widget needs.
        const nlohmann::json j = params.toJson();
        bool found = false;
        for (const auto &p : j)
            if (p["id"] == "17.steps") {
                found = true;
                QCOMPARE(p["kind"].get<std::string>(), std::string("int"));
                QCOMPARE(p["min"].get<double>(), 1.0);
                QCOMPARE(p["label"].get<std::string>(), std::string("Steps"));
            }
        QVERIFY(found);
    }

    void tellsPositiveFromNegative()
    {
        const Workflow wan = templateWorkflow(QStringLiteral("wan22-t2v-14b"));
        const WorkflowParameters params = WorkflowParameters::discover(wan);
        QCOMPARE(params.find(QStringLiteral("6.text"))->role, QStringLiteral("positive"));
        QCOMPARE(params.find(QStringLiteral("7.text"))->role, QStringLiteral("negative"));
        QCOMPARE(params.withRole(QStringLiteral("seed")).size(), 2); // two experts
        QCOMPARE(params.find(QStringLiteral("61.length"))->role, QStringLiteral("length"));
        QCOMPARE(params.find(QStringLiteral("62.fps"))->role, QStringLiteral("fps"));
        // Same label twice: the node says which.
        QVERIFY(params.find(QStringLiteral("57.steps"))->label.startsWith(u"Steps (node 57"));
        // HiDream: two CLIPTextEncodes into KSampler positive/negative.
        const WorkflowParameters hi =
            WorkflowParameters::discover(templateWorkflow(QStringLiteral("hidream-i1-dev")));
        QCOMPARE(hi.withRole(QStringLiteral("positive")).size(), 1);
        QCOMPARE(hi.withRole(QStringLiteral("negative")).size(), 1);
    }

    void discoversMediaInputs()
    {
        const ObjectInfo info = forgeInfo();
        const WorkflowParameters humo = WorkflowParameters::discover(
            templateWorkflow(QStringLiteral("humo-wanvideowrapper")), &info);
        QCOMPARE(humo.find(QStringLiteral("67.image"))->kind, WorkflowParameter::Kind::Image);
        QCOMPARE(humo.find(QStringLiteral("67.image"))->label, QStringLiteral("Reference image"));
        QCOMPARE(humo.find(QStringLiteral("87.audio"))->kind, WorkflowParameter::Kind::Audio);
        QCOMPARE(humo.find(QStringLiteral("112.positive_prompt"))->role,
                 QStringLiteral("positive"));
        QCOMPARE(humo.find(QStringLiteral("112.negative_prompt"))->role,
                 QStringLiteral("negative"));
        QCOMPARE(humo.find(QStringLiteral("22.model"))->role, QStringLiteral("model"));
        const WorkflowParameters v2a =
            WorkflowParameters::discover(templateWorkflow(QStringLiteral("mmaudio-v2a")), &info);
        QCOMPARE(v2a.find(QStringLiteral("91.video"))->kind, WorkflowParameter::Kind::Video);
        QCOMPARE(v2a.find(QStringLiteral("92.prompt"))->role, QStringLiteral("positive"));
        // Duration is linked from VHS_VideoInfo: not a parameter.
        QVERIFY(!v2a.find(QStringLiteral("92.duration")));
    }

    void overridesTypedValues()
    {
        const ObjectInfo info = forgeInfo();
        Workflow wf = templateWorkflow(QStringLiteral("z-image-turbo"));
        QVERIFY(WorkflowOverrides::apply(wf, QStringLiteral("3.steps=12"), &info));
        QCOMPARE(wf.input(QStringLiteral("3"), QStringLiteral("steps")), Workflow::Json(12));
        QVERIFY(WorkflowOverrides::apply(wf, QStringLiteral("3.cfg=1.5"), &info));
        QCOMPARE(wf.input(QStringLiteral("3"), QStringLiteral("cfg")).get<double>(), 1.5);
        QVERIFY(WorkflowOverrides::apply(wf, QStringLiteral("KSampler.sampler_name=euler"), &info));
        QCOMPARE(wf.input(QStringLiteral("3"), QStringLiteral("sampler_name")),
                 Workflow::Json("euler"));
        // A text keeps '=' and '.' after the first '='.
        QVERIFY(WorkflowOverrides::apply(wf, QStringLiteral("27.text=a=b. c"), &info));
        QCOMPARE(wf.input(QStringLiteral("27"), QStringLiteral("text")), Workflow::Json("a=b. c"));
        // ROLE=VALUE.
        QVERIFY(WorkflowOverrides::apply(wf, QStringLiteral("prompt=a red fox"), &info));
        QCOMPARE(wf.input(QStringLiteral("27"), QStringLiteral("text")),
                 Workflow::Json("a red fox"));
        QVERIFY(WorkflowOverrides::apply(wf, QStringLiteral("seed=18446744073709551615"), &info));
        QCOMPARE(wf.input(QStringLiteral("3"), QStringLiteral("seed")).get<quint64>(),
                 Q_UINT64_C(18446744073709551615));
        // Title of a node (humo: "Speech audio").
        Workflow humo = templateWorkflow(QStringLiteral("humo-core"));
        QVERIFY(WorkflowOverrides::apply(humo, QStringLiteral("Speech audio.audio=voice.wav")));
        QCOMPARE(humo.input(QStringLiteral("58"), QStringLiteral("audio")),
                 Workflow::Json("voice.wav"));
    }

    void overrideErrorsAreClear_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no =") << QStringLiteral("3.steps")
                              << QStringLiteral("is not NODE.input=VALUE");
        QTest::newRow("unknown node")
            << QStringLiteral("77.steps=3") << QStringLiteral("The workflow has no node \"77\"");
        QTest::newRow("unknown input") << QStringLiteral("3.stepz=3")
                                       << QStringLiteral("Node 3 KSampler has no input \"stepz\"");
        QTest::newRow("not int") << QStringLiteral("3.steps=abc")
                                 << QStringLiteral("Node 3 KSampler, input steps: \"abc\" is not a "
                                                   "whole number");
        QTest::newRow("below min") << QStringLiteral("3.steps=0")
                                   << QStringLiteral("Node 3 KSampler, input steps: 0 is below the "
                                                     "minimum 1");
        QTest::newRow("not float")
            << QStringLiteral("3.cfg=high") << QStringLiteral("\"high\" is not a number");
        QTest::newRow("combo") << QStringLiteral("3.scheduler=wobbly")
                               << QStringLiteral(
                                      "input scheduler: \"wobbly\" is not one of: simple");
        QTest::newRow("link") << QStringLiteral("3.model=x")
                              << QStringLiteral(
                                     "Node 3 KSampler, input model is connected to node");
        QTest::newRow("unknown role")
            << QStringLiteral("flavour=mint")
            << QStringLiteral("\"flavour\" names neither NODE.input nor a "
                              "parameter");
    }

    void overrideErrorsAreClear()
    {
        QFETCH(QString, spec);
        QFETCH(QString, expected);
        const ObjectInfo info = forgeInfo();
        Workflow wf = templateWorkflow(QStringLiteral("z-image-turbo"));
        const QByteArray before = wf.toBytes();
        const auto st = WorkflowOverrides::apply(wf, spec, &info);
        QVERIFY(!st);
        QVERIFY2(st.error().message.contains(expected), qPrintable(st.error().message));
        QCOMPARE(wf.toBytes(), before); // nothing half-applied
    }

    void overridesWithoutObjectInfoFollowTheValue()
    {
        Workflow wf = fixtureWorkflow(QStringLiteral("workflow_a_invert.json"));
        QVERIFY(WorkflowOverrides::apply(wf, QStringLiteral("1.width=64")));
        QVERIFY(wf.input(QStringLiteral("1"), QStringLiteral("width")).is_number_integer());
        const auto bad = WorkflowOverrides::apply(wf, QStringLiteral("1.width=wide"));
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(u"is not a whole number"));
    }

    void bindsInputFiles()
    {
        const ObjectInfo info = forgeInfo();
        Workflow wf = templateWorkflow(QStringLiteral("humo-wanvideowrapper"));
        const WorkflowParameters params = WorkflowParameters::discover(wf, &info);
        QVERIFY(WorkflowOverrides::bindInput(wf, params, QStringLiteral("image"),
                                             QStringLiteral("portrait (1).png")));
        QCOMPARE(wf.input(QStringLiteral("67"), QStringLiteral("image")),
                 Workflow::Json("portrait (1).png"));
        QVERIFY(WorkflowOverrides::bindInput(wf, params, QStringLiteral("87.audio"),
                                             QStringLiteral("voice.wav")));
        QCOMPARE(wf.input(QStringLiteral("87"), QStringLiteral("audio")),
                 Workflow::Json("voice.wav"));
        const auto none = WorkflowOverrides::bindInput(wf, params, QStringLiteral("video"),
                                                       QStringLiteral("x.mp4"));
        QVERIFY(!none);
        QVERIFY(none.error().message.contains(u"no input file \"video\""));

        // Two images: the kind alone is ambiguous.
        auto two = Workflow::fromBytes(R"({
            "1": {"class_type": "LoadImage", "inputs": {"image": "a.png"}},
            "2": {"class_type": "LoadImage", "inputs": {"image": "b.png"}}})",
                                       QStringLiteral("two.json"));
        QVERIFY(two);
        const WorkflowParameters twoParams = WorkflowParameters::discover(*two);
        const auto amb = WorkflowOverrides::bindInput(*two, twoParams, QStringLiteral("image"),
                                                      QStringLiteral("c.png"));
        QVERIFY(!amb);
        QVERIFY(amb.error().message.contains(u"several image inputs: 1.image, 2.image"));
    }

    void randomizesSeedsPerRun()
    {
        Workflow wf = templateWorkflow(QStringLiteral("wan22-t2v-14b"));
        const WorkflowParameters params = WorkflowParameters::discover(wf);
        QRandomGenerator rng(42);
        const QStringList changed =
            WorkflowOverrides::randomizeSeeds(wf, params, rng, {QStringLiteral("58.noise_seed")});
        QCOMPARE(changed, QStringList{QStringLiteral("57.noise_seed")});
        QCOMPARE(wf.input(QStringLiteral("58"), QStringLiteral("noise_seed")),
                 templateWorkflow(QStringLiteral("wan22-t2v-14b"))
                     .input(QStringLiteral("58"), QStringLiteral("noise_seed")));
        const auto first = wf.input(QStringLiteral("57"), QStringLiteral("noise_seed"));
        WorkflowOverrides::randomizeSeeds(wf, params, rng);
        QVERIFY(wf.input(QStringLiteral("57"), QStringLiteral("noise_seed")) != first);
    }

    void validatesAgainstTheServer()
    {
        const ObjectInfo info = capturedInfo();
        const QString server = QStringLiteral("forge-comfy");
        // c1: missing required input.
        QCOMPARE(messages(WorkflowValidator::validate(
                     fixtureWorkflow(QStringLiteral("workflow_c1_missing_required_input.json")),
                     info, server)),
                 QStringList{QStringLiteral("Node 2 ImageInvert, input image: required input is "
                                            "missing (it needs a link from a node giving IMAGE)")});
        // c4: out of range and bad type.
        QCOMPARE(
            messages(WorkflowValidator::validate(
                fixtureWorkflow(QStringLiteral("workflow_c4_value_out_of_range_and_bad_type.json")),
                info, server)),
            (QStringList{QStringLiteral("Node 1 EmptyImage, input width: 0 is below the minimum 1"),
                         QStringLiteral("Node 1 EmptyImage, input height: \"abc\" is not a whole "
                                        "number")}));
        // c6: choice not in the list.
        const auto c6 = WorkflowValidator::validate(
            fixtureWorkflow(QStringLiteral("workflow_c6_combo_value_not_in_list.json")), info,
            server);
        QCOMPARE(c6.size(), 1);
        QCOMPARE(c6.first().kind, WorkflowProblem::Kind::ValueNotInList);
        QCOMPARE(c6.first().message,
                 QStringLiteral("Node 2 ImageScale, input upscale_method: \"no-such-method\" is "
                                "not one of: nearest-exact, bilinear, area, bicubic, lanczos"));
        // g1: an input file the server does not have.
        const auto g1 = WorkflowValidator::validate(
            fixtureWorkflow(QStringLiteral("workflow_g1_loadimage_missing_file.json")), info,
            server);
        QCOMPARE(g1.size(), 1);
        QCOMPARE(g1.first().kind, WorkflowProblem::Kind::InputFileMissing);
        QVERIFY(g1.first().message.contains(
            u"this_file_does_not_exist.png is not in forge-comfy's input folder"));
        // c2: an unknown node type (no pack known for it).
        const auto c2 = WorkflowValidator::validate(
            fixtureWorkflow(QStringLiteral("workflow_c2_bad_node_type.json")), info, server);
        QCOMPARE(c2.first().kind, WorkflowProblem::Kind::MissingNodes);
        QVERIFY2(c2.first().message.startsWith(u"forge-comfy has no node type NoSuchNodeType"),
                 qPrintable(c2.first().message));
        // c3: no output node.
        const auto c3 = WorkflowValidator::validate(
            fixtureWorkflow(QStringLiteral("workflow_c3_no_output_node.json")), info, server);
        QCOMPARE(c3.size(), 1);
        QCOMPARE(c3.first().kind, WorkflowProblem::Kind::NoOutput);
        // A good one passes.
        QVERIFY(WorkflowValidator::validate(
                    fixtureWorkflow(QStringLiteral("workflow_a_invert.json")), info, server)
                    .isEmpty());
    }

    void namesMissingModelsAndBadLinks()
    {
        const ObjectInfo info = forgeInfo();
        Workflow wf = templateWorkflow(QStringLiteral("flux1-schnell"));
        wf.setInput(QStringLiteral("12"), QStringLiteral("unet_name"), "flux2-dev.safetensors");
        wf.setInput(QStringLiteral("13"), QStringLiteral("latent_image"), Workflow::Json{"8", 0});
        wf.setInput(QStringLiteral("8"), QStringLiteral("vae"), Workflow::Json{"10", 3});
        const QStringList msgs =
            messages(WorkflowValidator::validate(wf, info, QStringLiteral("forge-comfy")));
        QVERIFY2(msgs.contains(QStringLiteral(
                     "Node 12 UNETLoader: model flux2-dev.safetensors is not on forge-comfy; it "
                     "has: flux1-dev.safetensors, flux1-schnell.safetensors, "
                     "hidream_i1_dev_bf16.safetensors, humo_17B_fp8_e4m3fn.safetensors, "
                     "wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors, "
                     "wan2.2_i2v_low_noise_14B_fp8_scaled.safetensors, "
                     "wan2.2_t2v_high_noise_14B_fp8_scaled.safetensors, "
                     "wan2.2_t2v_low_noise_14B_fp8_scaled.safetensors, "
                     "wan2.2_ti2v_5B_fp16.safetensors, z_image_turbo_bf16.safetensors")),
                 qPrintable(msgs.join(u'\n')));
        QVERIFY2(msgs.contains(QStringLiteral("Node 13 SamplerCustomAdvanced, input latent_image: "
                                              "node 8 VAEDecode gives IMAGE, but this input takes "
                                              "LATENT")),
                 qPrintable(msgs.join(u'\n')));
        QVERIFY2(msgs.contains(QStringLiteral("Node 8 VAEDecode, input vae links to output 3 of "
                                              "node 10 VAELoader, which has only 1 output(s)")),
                 qPrintable(msgs.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestComfyWorkflow)
#include "tst_comfyworkflow.moc"
