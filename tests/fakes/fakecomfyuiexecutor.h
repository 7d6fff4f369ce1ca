// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakecomfyuimemory.h"
#include "fakecomfyuiqueue.h"

#include <nlohmann/json.hpp>

#include <QObject>
#include <QString>
#include <QTimer>

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace c41::fakes {

class FakeComfyUiCatalog;
class FakeComfyUiFiles;
class FakeComfyUiSockets;

// The prompt worker of the fake ComfyUI: runs one prompt at a time, node by
// node, paced by timers, and sends the WebSocket events in the order the
// captures show (ws_a_invert, ws_a2_cached_resubmit, ws_d_interrupt,
// ws_e_queue, ws_g2_execution_error, ws_i_*): status on pickup,
// execution_start, execution_cached, per node progress_state/executing/
// (progress + previews for samplers)/executed/progress_state, then
// execution_success | execution_error | execution_interrupted, status, and
// executing {node: null}. Node outputs are cached by input signature like
// ComfyUI's classic cache, so a resubmit runs as "all cached". It also keeps a
// simple VRAM model (loaded models, activations, allocator cache) for
// /system_stats.
class FakeComfyUiExecutor : public QObject
{
    Q_OBJECT
public:
    using Json = nlohmann::ordered_json;

    FakeComfyUiExecutor(FakeComfyUiQueue &queue, FakeComfyUiSockets &sockets,
                        const FakeComfyUiCatalog &catalog, FakeComfyUiFiles &files,
                        QObject *parent = nullptr);
    ~FakeComfyUiExecutor() override;

    void setTimeScale(double scale) { m_timeScale = scale < 0 ? 0 : scale; }
    double timeScale() const { return m_timeScale; }
    void setVramTotal(qint64 bytes) { m_memory.setTotal(bytes); }
    void failNextPrompt(const QString &message, const QString &nodeId = {})
    {
        m_failNext = message;
        m_failNextNode = nodeId.toStdString();
    }

    // Starts the next pending prompt soon, if none runs.
    void schedule();
    // POST /interrupt: empty promptId interrupts whatever runs.
    void interrupt(const std::string &promptId);
    // POST /free: acted on when the worker is idle, like ComfyUI's flags.
    void requestFree(bool unloadModels, bool freeMemory);

    // For a reconnecting client: the node its running prompt executes, or "".
    std::string currentNodeFor(const QString &clientId) const;
    bool isBusy() const { return m_run != nullptr; }

    // VRAM as ComfyUI's model management sees it.
    const FakeComfyUiMemory &memory() const { return m_memory; }
    double gpuLoad() const { return m_gpuLoad; }

Q_SIGNALS:
    void promptStarted(const QString &promptId);
    void promptFinished(const QString &promptId, const QString &statusStr);
    // A hint for the demo's exporters: ~0.97 while sampling, ~0.03 idle.
    void gpuLoadChanged(double load);

private:
    struct Run;
    enum class End { Success, Error, Interrupted };

    void startNext();
    void runNode();
    void samplerStep();
    void nodeDone();
    void finish(End end, const std::string &nodeId = {});
    void next(double seconds, void (FakeComfyUiExecutor::*step)());

    void sendToClient(const char *type, const Json &data);    // dropped without client_id
    void sendOrBroadcast(const char *type, const Json &data); // broadcast without client_id
    void sendProgressState();
    Json statusData() const;
    Json progressEntry(const std::string &id, Json value, Json max, const char *state) const;
    Json makeOutputs(const std::string &id);
    void setGpuLoad(double load);
    void applyFree();

    FakeComfyUiQueue &m_queue;
    FakeComfyUiSockets &m_sockets;
    const FakeComfyUiCatalog &m_catalog;
    FakeComfyUiFiles &m_files;
    QTimer m_timer;
    void (FakeComfyUiExecutor::*m_step)() = nullptr;
    bool m_kickQueued = false;

    std::unique_ptr<Run> m_run;
    bool m_interrupt = false;
    QString m_failNext;
    std::string m_failNextNode;
    double m_timeScale = 1.0;
    std::map<std::string, Json> m_cache; // input signature → ui output (null for non-output nodes)
    QString m_previewPrefix;

    FakeComfyUiMemory m_memory;
    bool m_pendingUnload = false;
    bool m_pendingFreeMemory = false;
    double m_gpuLoad = 0.03;
};

} // namespace c41::fakes
