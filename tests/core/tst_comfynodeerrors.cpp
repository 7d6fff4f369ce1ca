// SPDX-License-Identifier: GPL-3.0-or-later
// The 400 answers of a real ComfyUI 0.3.64 to bad workflows (every captured
// shape, tests/fixtures/comfyui/http_c*.txt and http_g1) become per-node,
// per-input messages a user understands.
#include "backends/comfyui/nodeerrors.h"
#include "backends/comfyui/workflow.h"
#include "fixtures.h"

#include <QTest>

using namespace c41::backends;
using c41::testing::readFixture;
using c41::testing::readTranscript;

class TestComfyNodeErrors : public QObject
{
    Q_OBJECT

private slots:
    void everyCapturedShape_data()
    {
        QTest::addColumn<QString>("capture");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("c1") << QStringLiteral("http_c1_missing_required_input.txt")
                            << QStringLiteral("prompt_outputs_failed_validation")
                            << QStringList{QStringLiteral("ComfyUI refused the workflow: some "
                                                          "nodes have invalid inputs"),
                                           QStringLiteral("Node 2 ImageInvert, input image: "
                                                          "required input is missing")};
        QTest::newRow("c2") << QStringLiteral("http_c2_bad_node_type.txt")
                            << QStringLiteral("invalid_prompt")
                            << QStringList{QStringLiteral(
                                   "The server has no node type NoSuchNodeType (node 2): install "
                                   "the custom nodes that provide it, or update ComfyUI")};
        QTest::newRow("c3") << QStringLiteral("http_c3_no_output_node.txt")
                            << QStringLiteral("prompt_no_outputs")
                            << QStringList{QStringLiteral(
                                   "The workflow has no output node (SaveImage, SaveVideo, "
                                   "SaveAudio, …), so ComfyUI has nothing to run")};
        QTest::newRow("c4") << QStringLiteral("http_c4_value_out_of_range_and_bad_type.txt")
                            << QStringLiteral("prompt_outputs_failed_validation")
                            << QStringList{QStringLiteral("ComfyUI refused the workflow: some "
                                                          "nodes have invalid inputs"),
                                           QStringLiteral("Node 1 EmptyImage, input width: 0 is "
                                                          "below the minimum 1"),
                                           QStringLiteral("Node 1 EmptyImage, input height: "
                                                          "\"abc\" is not a whole number")};
        QTest::newRow("c5") << QStringLiteral("http_c5_bad_link_target.txt")
                            << QStringLiteral("prompt_outputs_failed_validation")
                            << QStringList{QStringLiteral("ComfyUI refused the workflow: some "
                                                          "nodes have invalid inputs"),
                                           QStringLiteral("Node 3 SaveImage: links to node 99, "
                                                          "which is not in the workflow")};
        QTest::newRow("c6") << QStringLiteral("http_c6_combo_value_not_in_list.txt")
                            << QStringLiteral("prompt_outputs_failed_validation")
                            << QStringList{QStringLiteral("ComfyUI refused the workflow: some "
                                                          "nodes have invalid inputs"),
                                           QStringLiteral("Node 2 ImageScale, input "
                                                          "upscale_method: \"no-such-method\" is "
                                                          "not one of: nearest-exact, bilinear, "
                                                          "area, bicubic, lanczos")};
        QTest::newRow("c7") << QStringLiteral("http_c7_no_prompt_key.txt")
                            << QStringLiteral("no_prompt")
                            << QStringList{QStringLiteral("The request held no workflow (no "
                                                          "\"prompt\" in the body)")};
        QTest::newRow("g1") << QStringLiteral("http_g1_loadimage_missing_file.txt")
                            << QStringLiteral("prompt_outputs_failed_validation")
                            << QStringList{QStringLiteral("ComfyUI refused the workflow: some "
                                                          "nodes have invalid inputs"),
                                           QStringLiteral("Node 10 LoadImage, input image: "
                                                          "Invalid image file: "
                                                          "this_file_does_not_exist.png")};
    }

    void everyCapturedShape()
    {
        QFETCH(QString, capture);
        QFETCH(QString, type);
        QFETCH(QStringList, lines);
        const auto t = readTranscript(QStringLiteral("comfyui/") + capture);
        QCOMPARE(t.status, 400);
        const NodeErrors errors = NodeErrors::parse(t.responseBody);
        QCOMPARE(errors.errorType(), type);
        QCOMPARE(errors.lines(), lines);
    }

    void perNodeAndInput()
    {
        const auto t =
            readTranscript(QStringLiteral("comfyui/http_c4_value_out_of_range_and_bad_type.txt"));
        const NodeErrors errors = NodeErrors::parse(t.responseBody);
        QCOMPARE(errors.errors().size(), 2);
        QCOMPARE(errors.errors().at(0).nodeId, QStringLiteral("1"));
        QCOMPARE(errors.errors().at(0).classType, QStringLiteral("EmptyImage"));
        QCOMPARE(errors.errors().at(0).input, QStringLiteral("width"));
        QCOMPARE(errors.errors().at(0).type, QStringLiteral("value_smaller_than_min"));
        QCOMPARE(errors.errors().at(1).input, QStringLiteral("height"));
    }

    void workflowNamesTheInputAndTitles()
    {
        // With the submitted workflow at hand, the dangling link names its input and
        // node titles appear.
        auto wf = Workflow::fromJson(
            Workflow::Json::parse(R"({"1": {"class_type": "EmptyImage", "inputs": {}},
              "3": {"class_type": "SaveImage", "inputs": {"images": ["1", 0]},
                    "_meta": {"title": "Result"}}})"),
            QStringLiteral("w.json"));
        QVERIFY(wf);
        wf->setInput(QStringLiteral("3"), QStringLiteral("images"), Workflow::Json{"99", 0});
        const auto t = readTranscript(QStringLiteral("comfyui/http_c5_bad_link_target.txt"));
        const NodeErrors errors = NodeErrors::parse(t.responseBody, &*wf);
        QCOMPARE(errors.errors().first().message,
                 QStringLiteral("Node 3 SaveImage (Result), input images: links to node 99, "
                                "which is not in the workflow"));
    }

    void otherShapes()
    {
        // A missing class of a known pack names the pack.
        const NodeErrors pack = NodeErrors::parse(
            R"({"error": {"type": "invalid_prompt", "message": "Cannot execute because node WanVideoSampler does not exist.", "details": "Node ID '#27'", "extra_info": {}}, "node_errors": {}})");
        QCOMPARE(pack.toString(), QStringLiteral("This workflow needs ComfyUI-WanVideoWrapper on "
                                                 "the server (node type WanVideoSampler (node "
                                                 "27))"));
        QCOMPARE(pack.errors().first().nodeId, QStringLiteral("27"));
        // Above the maximum, with the newer COMBO shape and a type mismatch.
        const NodeErrors more = NodeErrors::parse(
            "{\"error\": {\"type\": \"prompt_outputs_failed_validation\", \"message\": "
            "\"Prompt outputs failed validation\", \"details\": \"\", \"extra_info\": {}}, "
            "\"node_errors\": {\"10\": {\"errors\": ["
            "{\"type\": \"value_bigger_than_max\", \"message\": \"Value 99 bigger than max of "
            "31\", \"details\": \"blur_radius\", \"extra_info\": {\"input_name\": "
            "\"blur_radius\", \"input_config\": [\"INT\", {\"max\": 31}], \"received_value\": "
            "99}}, "
            "{\"type\": \"value_not_in_list\", \"message\": \"Value not in list\", \"details\": "
            "\"m\", \"extra_info\": {\"input_name\": \"m\", \"input_config\": [\"COMBO\", "
            "{\"options\": [\"a\", \"b\"]}], \"received_value\": \"c\"}}, "
            "{\"type\": \"return_type_mismatch\", \"message\": \"Return type mismatch between "
            "linked nodes\", \"details\": \"image, received_type(LATENT) mismatch "
            "input_type(IMAGE)\", \"extra_info\": {\"input_name\": \"image\", "
            "\"input_config\": [\"IMAGE\", {}], \"received_type\": \"LATENT\", "
            "\"linked_node\": [\"2\", 0]}}], "
            "\"dependent_outputs\": [\"11\"], \"class_type\": \"ImageBlur\"}, "
            "\"2\": {\"errors\": [], \"class_type\": \"X\"}}}");
        QCOMPARE(
            more.lines(),
            (QStringList{QStringLiteral("ComfyUI refused the workflow: some nodes have "
                                        "invalid inputs"),
                         QStringLiteral("Node 2 X: refused by the server"),
                         QStringLiteral("Node 10 ImageBlur, input blur_radius: 99 is above "
                                        "the maximum 31"),
                         QStringLiteral("Node 10 ImageBlur, input m: \"c\" is not one of: a, b"),
                         QStringLiteral("Node 10 ImageBlur, input image: the linked node "
                                        "gives LATENT, but this input takes IMAGE")}));
        // Not JSON at all: its text, never a crash.
        QCOMPARE(NodeErrors::parse("Internal Server Error").toString(),
                 QStringLiteral("ComfyUI refused the workflow: Internal Server Error"));
        QCOMPARE(NodeErrors::parse("{}").toString(),
                 QStringLiteral("ComfyUI refused the workflow without saying why"));
        QCOMPARE(NodeErrors::parse("{\"error\": \"boom\", \"node_errors\": []}").toString(),
                 QStringLiteral("ComfyUI refused the workflow: boom"));
    }
};

QTEST_GUILESS_MAIN(TestComfyNodeErrors)
#include "tst_comfynodeerrors.moc"
