// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comfyuiclient.h"
#include "comfyuievents.h"
#include "net/canceltoken.h"
#include "net/result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <chrono>

namespace c41::net {
class WebSocketChannel;
}

namespace c41::backends {

// Where a ComfyUiRun stands, for a progress line or a progress bar.
struct ComfyUiProgress
{
    enum class Stage {
        Connecting,  // opening the WebSocket
        Submitting,  // POST /prompt
        Queued,      // accepted, waiting for the worker
        Running,     // nodes executing
        Recovering,  // the WebSocket dropped: following the prompt through /history
        Downloading, // saving the outputs
        Done,
    };
    Stage stage = Stage::Connecting;
    QString promptId;
    QString nodeId;    // the node being executed
    QString classType; // its class_type, from the workflow
    int step = 0;      // sampler step n of `steps` (0/0 for nodes without steps)
    int steps = 0;
    int previews = 0; // preview images received so far
    QStringList cachedNodes;
    int nodesDone = 0; // cached + finished
    int nodesTotal = 0;
    bool socketConnected = false;
};

struct ComfyUiRunResult
{
    QString promptId;
    QStringList files; // absolute paths of the saved outputs, in node order
    QStringList cachedNodes;
    int previews = 0;
    bool recoveredFromHistory = false; // the end of the job came from /history, not the socket
    QList<net::ApiError> skipped;      // outputs that could not be saved (unsafe name, 404, …)
};

// Runs one workflow on a ComfyUI server and brings its outputs home: opens
// /ws?clientId=, submits the prompt with that client_id, follows its own
// prompt's events (node, step, previews, cached nodes), and when it ends
// downloads every output file named in its `executed` events and in
// /history/{id} into the output folder.
//
// If the WebSocket drops (events for a client without a socket are dropped,
// not buffered), it follows the prompt by polling /history/{id} and /queue
// until it finishes, while the socket reconnects. Execution errors and
// interrupts come back as ApiError values naming the node. Cancelling the
// token interrupts the prompt if it runs, or deletes it from the queue if it
// waits.
class ComfyUiRun final : public QObject
{
    Q_OBJECT
public:
    explicit ComfyUiRun(ComfyUiClient *client, QObject *parent = nullptr);
    ~ComfyUiRun() override;

    // Default: a fresh uuid per ComfyUiRun.
    void setClientId(const QString &clientId) { m_clientId = clientId; }
    QString clientId() const { return m_clientId; }
    // How often /history is polled while the socket is down (default 500 ms);
    // while it is up, a slow safety poll runs every 10 intervals.
    void setPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }
    // How long to wait for the socket before submitting anyway (default 5 s).
    void setConnectTimeout(std::chrono::milliseconds timeout) { m_connectTimeout = timeout; }
    // Also save "temp" outputs (PreviewImage); default true.
    void setSaveTempOutputs(bool save) { m_saveTemp = save; }

    QCoro::Task<net::Result<ComfyUiRunResult>> run(nlohmann::json workflow, QString outputDir,
                                                   net::CancelToken cancel = {});

    ComfyUiProgress progress() const { return m_progress; }
    // After a rejected submit: the server's error type and raw node_errors.
    QString rejectionType() const { return m_rejectionType; }
    nlohmann::json nodeErrors() const { return m_nodeErrors; }
    // The whole 400 body as the server sent it: {"error": {…}, "node_errors": {…}}.
    nlohmann::json rejectionBody() const
    {
        return nlohmann::json{{"error", m_rejectionError}, {"node_errors", m_nodeErrors}};
    }
    net::WebSocketChannel *channel() const { return m_channel; }

Q_SIGNALS:
    void submitted(const QString &promptId, qint64 number);
    void progressChanged(const c41::backends::ComfyUiProgress &progress);
    void previewReceived(const QByteArray &image, c41::backends::ComfyUiEvent::ImageFormat format,
                         const QString &nodeId);
    void textReceived(const QString &nodeId, const QString &text);
    void outputSaved(const QString &path);

private:
    enum class Outcome { None, Success, Error, Interrupted };

    void onFrame(const net::Result<ComfyUiEvent> &event);
    void handle(const ComfyUiEvent &event);
    void setStage(ComfyUiProgress::Stage stage);
    void changed();
    void wake();
    QCoro::Task<> nap(std::chrono::milliseconds longest);
    QString classTypeOf(const QString &nodeId) const;
    net::ApiError endError(const ComfyUiEvent &end) const;
    QCoro::Task<net::ApiError> cancelPrompt(QString promptId);

    QPointer<ComfyUiClient> m_client;
    net::WebSocketChannel *m_channel = nullptr;
    QTimer m_wake;
    QString m_clientId;
    std::chrono::milliseconds m_pollInterval{500};
    std::chrono::milliseconds m_connectTimeout{5000};
    bool m_saveTemp = true;
    bool m_running = false;

    nlohmann::json m_workflow;
    QString m_promptId;
    QList<ComfyUiEvent> m_early; // events before POST /prompt answered
    ComfyUiProgress m_progress;
    QSet<QString> m_doneNodes;
    QList<ComfyUiOutputFile> m_eventOutputs;
    Outcome m_outcome = Outcome::None;
    std::optional<ComfyUiEvent> m_end;
    bool m_finishedSeen = false; // executing {node: null}
    bool m_missedEvents = false; // the socket was down at some point since the last poll
    QString m_rejectionType;
    nlohmann::json m_nodeErrors = nlohmann::json::object();
    nlohmann::json m_rejectionError = nlohmann::json::object();
};

} // namespace c41::backends
