// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakecomfyuiexecutor.h"

#include "fakecomfyuicatalog.h"
#include "fakecomfyuifiles.h"
#include "fakecomfyuinodes.h"
#include "fakecomfyuiplan.h"
#include "fakecomfyuisockets.h"
#include "fakepng.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

namespace c41::fakes {

using Json = FakeComfyUiExecutor::Json;

namespace {

constexpr qint64 kGiB = 1024LL * 1024 * 1024;
using N = FakeComfyUiNodes;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Output nodes whose files the fake renders as a short uncompressed AVI.
bool isVideoOutput(const std::string &classType)
{
    return classType == "SaveVideo" || classType == "SaveWEBM" || classType == "SaveAnimatedWEBP" ||
           classType == "SaveAnimatedPNG" || classType == "VHS_VideoCombine";
}

// Output nodes whose files the fake renders as a WAV.
bool isAudioOutput(const std::string &classType)
{
    return classType == "SaveAudio" || classType == "SaveAudioMP3" ||
           classType == "SaveAudioOpus" || classType == "PreviewAudio";
}

// Whether the node, or a node it is fed from, takes a linked "audio" input
// (VHS_VideoCombine's audio, CreateVideo's audio before SaveVideo).
bool hasAudioUpstream(const Json &graph, const std::string &start)
{
    std::vector<std::string> todo{start};
    std::set<std::string> seen;
    while (!todo.empty()) {
        const std::string id = todo.back();
        todo.pop_back();
        if (!seen.insert(id).second || !graph.contains(id) || !graph.at(id).is_object())
            continue;
        const Json &node = graph.at(id);
        if (!node.contains("inputs") || !node.at("inputs").is_object())
            continue;
        for (auto it = node.at("inputs").begin(); it != node.at("inputs").end(); ++it) {
            if (!N::isLink(it.value(), graph))
                continue;
            if (it.key() == "audio")
                return true;
            todo.push_back(N::linkSource(it.value()));
        }
    }
    return false;
}

} // namespace

struct FakeComfyUiExecutor::Run
{
    FakeComfyUiPrompt prompt;
    FakeComfyUiPlan plan;
    size_t index = 0;
    Json progress = Json::object();
    std::vector<std::string> executed;
    Json outputs = Json::object();
    Json meta = Json::object();
    Json messages = Json::array();
    std::string current;
    int step = 0;
    int steps = 0;
    std::string failNode;
    QString failMessage;
    quint32 seed = 0;

    const Json &node(const std::string &id) const { return prompt.graph.at(id); }
    std::string classType(const std::string &id) const
    {
        return node(id).at("class_type").get<std::string>();
    }
    const Json &inputs(const std::string &id) const
    {
        static const Json empty = Json::object();
        const Json &n = node(id);
        return n.contains("inputs") && n.at("inputs").is_object() ? n.at("inputs") : empty;
    }
};

FakeComfyUiExecutor::FakeComfyUiExecutor(FakeComfyUiQueue &queue, FakeComfyUiSockets &sockets,
                                         const FakeComfyUiCatalog &catalog, FakeComfyUiFiles &files,
                                         QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_sockets(sockets)
    , m_catalog(catalog)
    , m_files(files)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_step || !m_run)
            return;
        try {
            (this->*m_step)();
        } catch (const nlohmann::json::exception &e) { // a graph the fake cannot follow
            if (m_run) {
                m_run->failMessage = QString::fromUtf8(e.what());
                finish(End::Error,
                       m_run->current.empty() ? m_run->plan.order.front() : m_run->current);
            }
        }
    });
    // PreviewImage's per-instance "_temp_xxxxx" suffix.
    static const char letters[] = "abcdefghijklmnopqrstupvxyz";
    for (int i = 0; i < 5; ++i)
        m_previewPrefix += QLatin1Char(letters[QRandomGenerator::global()->bounded(26)]);
}

FakeComfyUiExecutor::~FakeComfyUiExecutor() = default;

void FakeComfyUiExecutor::next(double seconds, void (FakeComfyUiExecutor::*step)())
{
    m_step = step;
    m_timer.start(int(std::lround(std::max(0.0, seconds * m_timeScale * 1000.0))));
}

void FakeComfyUiExecutor::schedule()
{
    if (m_run || m_kickQueued)
        return;
    m_kickQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_kickQueued = false;
        startNext();
    });
}

void FakeComfyUiExecutor::interrupt(const std::string &promptId)
{
    if (m_run && (promptId.empty() || promptId == m_run->prompt.id))
        m_interrupt = true;
}

void FakeComfyUiExecutor::requestFree(bool unloadModels, bool freeMemory)
{
    m_pendingUnload = m_pendingUnload || unloadModels || freeMemory;
    m_pendingFreeMemory = m_pendingFreeMemory || freeMemory;
    if (!m_run)
        applyFree();
}

void FakeComfyUiExecutor::applyFree()
{
    if (m_pendingUnload)
        m_memory.unloadModels();
    if (m_pendingFreeMemory) {
        m_memory.emptyCache();
        m_cache.clear(); // e.reset(): the next prompt runs every node again
    }
    m_pendingUnload = m_pendingFreeMemory = false;
}

std::string FakeComfyUiExecutor::currentNodeFor(const QString &clientId) const
{
    if (!m_run || clientId.isEmpty() || m_run->prompt.clientId != clientId)
        return {};
    return m_run->current;
}

void FakeComfyUiExecutor::setGpuLoad(double load)
{
    if (qFuzzyCompare(load, m_gpuLoad))
        return;
    m_gpuLoad = load;
    Q_EMIT gpuLoadChanged(load);
}

Json FakeComfyUiExecutor::statusData() const
{
    return Json{{"status", {{"exec_info", {{"queue_remaining", m_queue.remaining()}}}}}};
}

void FakeComfyUiExecutor::sendToClient(const char *type, const Json &data)
{
    if (!m_run->prompt.clientId.isEmpty())
        m_sockets.send(m_run->prompt.clientId, type, data);
}

void FakeComfyUiExecutor::sendOrBroadcast(const char *type, const Json &data)
{
    m_sockets.send(m_run->prompt.clientId, type, data); // empty id = broadcast
}

Json FakeComfyUiExecutor::progressEntry(const std::string &id, Json value, Json max,
                                        const char *state) const
{
    return Json{{"value", std::move(value)},
                {"max", std::move(max)},
                {"state", state},
                {"node_id", id},
                {"prompt_id", m_run->prompt.id},
                {"display_node_id", id},
                {"parent_node_id", nullptr},
                {"real_node_id", id}};
}

void FakeComfyUiExecutor::sendProgressState()
{
    sendOrBroadcast("progress_state",
                    Json{{"prompt_id", m_run->prompt.id}, {"nodes", m_run->progress}});
}

void FakeComfyUiExecutor::startNext()
{
    if (m_run)
        return;
    const FakeComfyUiPrompt *picked = m_queue.startNext();
    if (!picked) {
        setGpuLoad(0.03);
        applyFree();
        return;
    }
    m_run = std::make_unique<Run>();
    Run &r = *m_run;
    r.prompt = *picked;
    r.seed = QRandomGenerator::global()->generate();
    m_interrupt = false;
    m_sockets.broadcast("status", statusData()); // the worker's pickup

    r.plan = FakeComfyUiPlan::make(r.prompt, m_catalog, m_cache);
    if (!m_failNext.isEmpty()) {
        r.failMessage = std::exchange(m_failNext, QString());
        r.failNode =
            r.plan.failNode(std::exchange(m_failNextNode, std::string()), r.prompt, m_catalog);
    }

    Q_EMIT promptStarted(QString::fromStdString(r.prompt.id));
    const Json start{{"prompt_id", r.prompt.id}, {"timestamp", nowMs()}};
    sendToClient("execution_start", start);
    r.messages.push_back(Json::array({"execution_start", start}));
    const Json cached{
        {"nodes", r.plan.cachedIds}, {"prompt_id", r.prompt.id}, {"timestamp", nowMs()}};
    sendToClient("execution_cached", cached);
    r.messages.push_back(Json::array({"execution_cached", cached}));
    next(0, &FakeComfyUiExecutor::runNode);
}

void FakeComfyUiExecutor::runNode()
{
    Run &r = *m_run;
    if (r.index >= r.plan.order.size()) {
        finish(End::Success);
        return;
    }
    const std::string id = r.plan.order[r.index];
    const std::string classType = r.classType(id);
    const Json metaEntry{
        {"node_id", id}, {"display_node", id}, {"parent_node", nullptr}, {"real_node_id", id}};
    if (r.plan.cached.count(id)) { // a cached output node: its cached ui, no "executing"
        const Json ui = m_cache[r.plan.signatures.at(id)];
        sendToClient(
            "executed",
            Json{{"node", id}, {"display_node", id}, {"output", ui}, {"prompt_id", r.prompt.id}});
        r.progress[id] = progressEntry(id, 1, 1, "finished");
        sendProgressState();
        if (!ui.is_null()) {
            r.outputs[id] = ui;
            r.meta[id] = metaEntry;
        }
        r.executed.push_back(id);
        ++r.index;
        next(0, &FakeComfyUiExecutor::runNode);
        return;
    }
    r.progress[id] = progressEntry(id, 0.0, 1.0, "running");
    sendProgressState();
    sendToClient("executing", Json{{"node", id}, {"display_node", id}, {"prompt_id", r.prompt.id}});
    r.current = id;
    setGpuLoad(N::gpuLoad(classType));
    if (m_interrupt) { // checked when a node starts, as in ComfyUI
        finish(End::Interrupted, id);
        return;
    }
    m_memory.loadModels(r.inputs(id));
    if (N::isSampler(classType)) {
        r.steps = N::samplerSteps(classType, r.inputs(id), r.prompt.graph);
        r.step = 0;
        m_memory.setActivation(r.plan.video ? 18 * kGiB : 4 * kGiB);
        next(N::stepSeconds(r.plan.video), &FakeComfyUiExecutor::samplerStep);
        return;
    }
    if (classType.rfind("VAE", 0) == 0 && classType != "VAELoader")
        m_memory.setActivation(r.plan.video ? 12 * kGiB : 3 * kGiB);
    const double seconds = N::seconds(classType, r.plan.video);
    if (id == r.failNode) {
        next(seconds / 2, &FakeComfyUiExecutor::nodeDone); // nodeDone sees failNode
        return;
    }
    next(seconds, &FakeComfyUiExecutor::nodeDone);
}

void FakeComfyUiExecutor::samplerStep()
{
    Run &r = *m_run;
    const std::string id = r.current;
    if (m_interrupt) { // checked in the progress hook
        finish(End::Interrupted, id);
        return;
    }
    ++r.step;
    r.progress[id]["value"] = r.step;
    r.progress[id]["max"] = r.steps;
    sendProgressState();
    const QByteArray preview = FakePng::image(std::clamp(r.plan.width / 8, 16, 160),
                                              std::clamp(r.plan.height / 8, 16, 160),
                                              r.seed + quint32(r.step) * 2654435761u);
    m_sockets.sendPreview(FakeComfyUiSockets::PreviewAudience::WithMetadata, r.prompt.clientId,
                          preview, id, r.prompt.id);
    sendOrBroadcast(
        "progress",
        Json{{"value", r.step}, {"max", r.steps}, {"prompt_id", r.prompt.id}, {"node", id}});
    m_sockets.sendPreview(FakeComfyUiSockets::PreviewAudience::Plain, r.prompt.clientId, preview,
                          id, r.prompt.id);
    if (id == r.failNode && r.step * 2 >= r.steps) {
        finish(End::Error, id);
        return;
    }
    if (r.step < r.steps)
        next(N::stepSeconds(r.plan.video), &FakeComfyUiExecutor::samplerStep);
    else
        nodeDone();
}

Json FakeComfyUiExecutor::makeOutputs(const std::string &id)
{
    Run &r = *m_run;
    const std::string classType = r.classType(id);
    const Json &inputs = r.inputs(id);
    const auto prefixOf = [&](const char *fallback) {
        const auto it = inputs.find("filename_prefix");
        return QString::fromStdString(it != inputs.end() && it->is_string() ? it->get<std::string>()
                                                                            : fallback);
    };
    if (isVideoOutput(classType)) {
        const bool withAudio = hasAudioUpstream(r.prompt.graph, id);
        const int fps =
            std::clamp(N::intInput(inputs, "frame_rate", N::intInput(inputs, "fps", 8)), 1, 60);
        const FakeComfyUiFileRef ref = m_files.addOutput(
            QStringLiteral("output"), prefixOf("video/ComfyUI"), QStringLiteral("avi"),
            r.plan.width, r.plan.height, r.seed, withAudio);
        if (classType == "VHS_VideoCombine") { // VideoHelperSuite's ui: "gifs" with a format
            Json entry = ref.json();
            entry["format"] = "video/x-msvideo";
            entry["frame_rate"] = fps;
            entry["workflow"] = ref.filename.toStdString() + ".png";
            entry["fullpath"] =
                "<COMFY_OUTPUT_DIR>/" +
                (ref.subfolder.isEmpty() ? std::string() : ref.subfolder.toStdString() + "/") +
                ref.filename.toStdString();
            return Json{{"gifs", Json::array({entry})}};
        }
        return Json{{"images", Json::array({ref.json()})}, {"animated", Json::array({true})}};
    }
    if (isAudioOutput(classType)) {
        const bool temp = classType == "PreviewAudio";
        const FakeComfyUiFileRef ref = m_files.addOutput(
            temp ? QStringLiteral("temp") : QStringLiteral("output"),
            temp ? QStringLiteral("ComfyUI_temp_") + m_previewPrefix : prefixOf("audio/ComfyUI"),
            QStringLiteral("wav"), 0, 0, r.seed);
        return Json{{"audio", Json::array({ref.json()})}};
    }
    const bool preview = classType == "PreviewImage";
    Json images = Json::array();
    for (int i = 0; i < std::clamp(r.plan.batch, 1, 16); ++i) {
        const FakeComfyUiFileRef ref =
            preview ? m_files.addOutput(
                          QStringLiteral("temp"), QStringLiteral("ComfyUI_temp_") + m_previewPrefix,
                          QStringLiteral("png"), r.plan.width, r.plan.height, r.seed + quint32(i))
                    : m_files.addOutput(QStringLiteral("output"), prefixOf("ComfyUI"),
                                        QStringLiteral("png"), r.plan.width, r.plan.height,
                                        r.seed + quint32(i));
        images.push_back(ref.json());
    }
    return Json{{"images", images}};
}

void FakeComfyUiExecutor::nodeDone()
{
    Run &r = *m_run;
    const std::string id = r.current;
    if (id == r.failNode) {
        finish(End::Error, id);
        return;
    }
    const std::string classType = r.classType(id);
    Json ui;
    if (m_catalog.isOutputNode(classType)) {
        ui = makeOutputs(id);
        sendToClient(
            "executed",
            Json{{"node", id}, {"display_node", id}, {"output", ui}, {"prompt_id", r.prompt.id}});
        r.outputs[id] = ui;
        r.meta[id] = Json{
            {"node_id", id}, {"display_node", id}, {"parent_node", nullptr}, {"real_node_id", id}};
    }
    if (classType == "GetImageSize") { // its UI text goes out as a broadcast TEXT frame
        m_sockets.broadcastText(id, QStringLiteral("width: %1, height: %2\n batch size: %3")
                                        .arg(r.plan.width)
                                        .arg(r.plan.height)
                                        .arg(r.plan.batch)
                                        .toUtf8());
    }
    m_cache[r.plan.signatures.at(id)] = ui;
    m_memory.setActivation(0);
    r.progress[id] = progressEntry(id, 1.0, 1.0, "finished");
    sendProgressState();
    r.executed.push_back(id);
    ++r.index;
    next(0, &FakeComfyUiExecutor::runNode);
}

void FakeComfyUiExecutor::finish(End end, const std::string &nodeId)
{
    m_timer.stop();
    Run &r = *m_run;
    Json executed = Json::array();
    for (const std::string &id : r.executed)
        executed.push_back(id);
    const char *statusStr = end == End::Success ? "success" : "error";
    if (end == End::Success) {
        const Json data{{"prompt_id", r.prompt.id}, {"timestamp", nowMs()}};
        sendToClient("execution_success", data);
        r.messages.push_back(Json::array({"execution_success", data}));
    } else if (end == End::Interrupted) {
        const Json data{{"prompt_id", r.prompt.id},
                        {"node_id", nodeId},
                        {"node_type", r.classType(nodeId)},
                        {"executed", executed},
                        {"timestamp", nowMs()}};
        sendOrBroadcast("execution_interrupted", data); // broadcast=True in ComfyUI
        r.messages.push_back(Json::array({"execution_interrupted", data}));
    } else {
        Json currentInputs = Json::object();
        const Json &inputs = r.inputs(nodeId);
        for (auto it = inputs.begin(); it != inputs.end(); ++it) {
            if (!it.value().is_array())
                currentInputs[it.key()] = Json::array({it.value()});
        }
        Json currentOutputs = Json::array();
        for (auto it = r.prompt.graph.begin(); it != r.prompt.graph.end(); ++it)
            currentOutputs.push_back(it.key());
        const std::string message = r.failMessage.toStdString();
        const Json data{
            {"prompt_id", r.prompt.id},
            {"node_id", nodeId},
            {"node_type", r.classType(nodeId)},
            {"executed", executed},
            {"exception_message",
             message.empty() || message.back() == '\n' ? message : message + "\n"},
            {"exception_type", "RuntimeError"},
            {"traceback",
             Json::array({"  File \"<COMFYUI_DIR>/execution.py\", line 496, in execute\n    "
                          "output_data, output_ui, has_subgraph, has_pending_tasks = await "
                          "get_output_data(prompt_id, unique_id, obj, input_data_all, "
                          "execution_block_cb=execution_block_cb, pre_execute_cb=pre_execute_cb, "
                          "hidden_inputs=hidden_inputs)\n",
                          "  File \"<COMFYUI_DIR>/execution.py\", line 277, in process_inputs\n"
                          "    result = f(**inputs)\n             ^^^^^^^^^^^\n"})},
            {"current_inputs", currentInputs},
            {"current_outputs", currentOutputs},
            {"timestamp", nowMs()}};
        sendToClient("execution_error", data);
        r.messages.push_back(Json::array({"execution_error", data}));
    }
    m_queue.addHistory(r.prompt.id, Json{{"prompt", r.prompt.item()},
                                         {"outputs", r.outputs},
                                         {"status",
                                          {{"status_str", statusStr},
                                           {"completed", end == End::Success},
                                           {"messages", r.messages}}},
                                         {"meta", r.meta}});
    const std::unique_ptr<Run> done = std::move(m_run);
    m_queue.finishRunning();
    m_interrupt = false;
    m_memory.setActivation(0);
    m_sockets.broadcast("status", statusData());
    if (!done->prompt.clientId.isEmpty())
        m_sockets.send(done->prompt.clientId, "executing",
                       Json{{"node", nullptr}, {"prompt_id", done->prompt.id}});
    applyFree();
    Q_EMIT promptFinished(QString::fromStdString(done->prompt.id), QString::fromUtf8(statusStr));
    schedule();
}

} // namespace c41::fakes
