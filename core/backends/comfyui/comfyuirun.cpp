// SPDX-License-Identifier: GPL-3.0-or-later
#include "comfyuirun.h"

#include "net/jsonbody.h"
#include "net/websocketchannel.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QUuid>

#include <qcorosignal.h>
#include <qcorotimer.h>

namespace c41::backends {

using namespace std::chrono_literals;
using net::ApiError;
using nlohmann::json;
using Type = ComfyUiEvent::Type;
using Stage = ComfyUiProgress::Stage;

namespace {

// History or queue requests failing this many times in a row end the run.
constexpr int kMaxPollFailures = 20;

// QCoro's own timer wait: awaiting QTimer::timeout through qCoro(obj, &signal)
// binds a reference to Qt's null QPrivateSignal, which UBSan rightly reports.
QCoro::Task<> sleepFor(std::chrono::milliseconds delay)
{
    co_await QCoro::sleepFor(delay);
}

} // namespace

ComfyUiRun::ComfyUiRun(ComfyUiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clientId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_wake.setSingleShot(true);
}

ComfyUiRun::~ComfyUiRun() = default;

QString ComfyUiRun::classTypeOf(const QString &nodeId) const
{
    const auto it = m_workflow.find(nodeId.toStdString());
    if (it == m_workflow.end() || !it->is_object())
        return {};
    return QString::fromStdString(net::stringField(*it, "class_type"));
}

void ComfyUiRun::wake()
{
    m_wake.start(0);
}

QCoro::Task<> ComfyUiRun::nap(std::chrono::milliseconds longest)
{
    // A wake() that came while the run was busy elsewhere left the timer at 0 ms: keep it.
    if (!m_wake.isActive() || m_wake.remainingTimeAsDuration() > longest)
        m_wake.start(longest);
    // QCoro's timer awaiter resumes from a direct connection. qCoro(obj, &signal, timeout)
    // is not used here: its connection is queued, and when the timeout resumes first, the
    // queued call later runs on the destroyed awaiter (QCoro 0.8; seen by ASan).
    co_await m_wake;
}

void ComfyUiRun::changed()
{
    m_progress.nodesDone = int(m_doneNodes.size());
    Q_EMIT progressChanged(m_progress);
}

void ComfyUiRun::setStage(Stage stage)
{
    if (m_progress.stage == stage)
        return;
    m_progress.stage = stage;
    changed();
}

void ComfyUiRun::onFrame(const net::Result<ComfyUiEvent> &event)
{
    if (!event || !m_running)
        return; // a garbled frame: the /history safety poll still ends the job
    if (m_promptId.isEmpty()) {
        if (event->type != Type::Status && m_early.size() < 10000)
            m_early.append(*event);
        return;
    }
    handle(*event);
}

void ComfyUiRun::handle(const ComfyUiEvent &e)
{
    const bool ours = e.promptId.isEmpty() || e.promptId == m_promptId;
    if (!ours || m_outcome != Outcome::None)
        return;
    switch (e.type) {
    case Type::ExecutionStart:
        m_progress.stage = Stage::Running;
        changed();
        break;
    case Type::ExecutionCached:
        m_progress.cachedNodes = e.nodes;
        for (const QString &id : e.nodes)
            m_doneNodes.insert(id);
        m_progress.stage = Stage::Running;
        changed();
        break;
    case Type::Executing:
        if (e.promptFinished) {
            m_finishedSeen = true;
            wake();
            break;
        }
        // Also the reconnect form {"node": id}, which has no prompt_id.
        m_progress.stage = Stage::Running;
        m_progress.nodeId = e.nodeId;
        m_progress.classType = classTypeOf(e.nodeId);
        m_progress.step = m_progress.steps = 0;
        changed();
        break;
    case Type::Progress:
        m_progress.nodeId = e.nodeId.isEmpty() ? m_progress.nodeId : e.nodeId;
        m_progress.classType = classTypeOf(m_progress.nodeId);
        m_progress.step = int(e.value);
        m_progress.steps = int(e.max);
        changed();
        break;
    case Type::ProgressState:
        for (const ComfyUiEvent::NodeProgress &p : e.nodeStates) {
            if (p.finished)
                m_doneNodes.insert(p.nodeId);
        }
        changed();
        break;
    case Type::Executed:
        m_doneNodes.insert(e.nodeId);
        m_eventOutputs += ComfyUiClient::outputFiles(e.nodeId, e.output);
        changed();
        break;
    case Type::ExecutionSuccess:
        m_outcome = Outcome::Success;
        wake();
        break;
    case Type::ExecutionError:
        m_outcome = Outcome::Error;
        m_end = e;
        wake();
        break;
    case Type::ExecutionInterrupted:
        m_outcome = Outcome::Interrupted;
        m_end = e;
        wake();
        break;
    case Type::Preview:
        if (m_progress.stage != Stage::Running && m_progress.stage != Stage::Recovering)
            break;
        ++m_progress.previews;
        Q_EMIT previewReceived(e.image, e.imageFormat,
                               e.nodeId.isEmpty() ? m_progress.nodeId : e.nodeId);
        changed();
        break;
    case Type::Text:
        Q_EMIT textReceived(e.nodeId, e.text);
        break;
    default:
        break;
    }
}

ApiError ComfyUiRun::endError(const ComfyUiEvent &end) const
{
    const QString server = m_client ? m_client->serverName() : QString();
    const QString type = end.nodeType.isEmpty() ? classTypeOf(end.nodeId) : end.nodeType;
    const QString node =
        type.isEmpty() ? tr("node %1").arg(end.nodeId) : tr("node %1 (%2)").arg(end.nodeId, type);
    if (end.type == Type::ExecutionInterrupted)
        return ApiError::make(ApiError::Kind::Cancelled, server,
                              tr("the prompt was interrupted at %1").arg(node));
    QString what = end.exceptionMessage;
    if (!end.exceptionType.isEmpty())
        what = end.exceptionType + QStringLiteral(": ") + what;
    return ApiError::make(ApiError::Kind::Config, server,
                          tr("%1 failed: %2").arg(node, what.isEmpty() ? tr("no details") : what),
                          tr("Check that node's inputs; the server log has the full traceback."));
}

QCoro::Task<ApiError> ComfyUiRun::cancelPrompt(QString promptId)
{
    QPointer<ComfyUiRun> self(this);
    QPointer<ComfyUiClient> client = m_client;
    const QString server = client ? client->serverName() : QString();
    ApiError cancelled =
        ApiError::make(ApiError::Kind::Cancelled, server, tr("cancelled before it was queued"));
    if (promptId.isEmpty() || !client)
        co_return cancelled;
    auto queue = co_await client->queue();
    if (!client)
        co_return cancelled;
    if (queue && queue->isPending(promptId)) {
        QStringList ids;
        ids << promptId;
        auto deleted = co_await client->deleteFromQueue(ids);
        if (!deleted)
            co_return deleted.error();
        cancelled.message = tr("cancelled; the prompt was removed from the queue");
        co_return cancelled;
    }
    auto interrupted = co_await client->interrupt(promptId);
    if (!interrupted)
        co_return interrupted.error();
    cancelled.message = tr("cancelled; the running prompt was interrupted");
    co_return cancelled;
}

QCoro::Task<net::Result<ComfyUiRunResult>> ComfyUiRun::run(json workflow, QString outputDir,
                                                           net::CancelToken cancel)
{
    QPointer<ComfyUiRun> self(this);
    QPointer<ComfyUiClient> client = m_client;
    const QString server = client ? client->serverName() : QString();
    const ApiError gone =
        ApiError::make(ApiError::Kind::Cancelled, server, tr("the job was closed"));
    if (!client)
        co_return gone;
    if (m_running)
        co_return ApiError::make(ApiError::Kind::Config, server,
                                 tr("this job runner is already running a prompt"));
    if (!workflow.is_object() || workflow.empty())
        co_return ApiError::make(ApiError::Kind::Config, server,
                                 tr("the workflow is not an API-format object of nodes"));
    // Fresh state for this run.
    m_running = true;
    m_workflow = workflow;
    m_promptId.clear();
    m_early.clear();
    m_progress = ComfyUiProgress{};
    m_progress.nodesTotal = int(workflow.size());
    m_doneNodes.clear();
    m_eventOutputs.clear();
    m_outcome = Outcome::None;
    m_end.reset();
    m_finishedSeen = false;
    m_missedEvents = false;
    m_rejectionType.clear();
    m_nodeErrors = json::object();
    m_rejectionError = json::object();
    const int cancelId = cancel.subscribe([self] {
        if (self)
            self->wake();
    });
    struct Cleanup
    {
        QPointer<ComfyUiRun> self;
        net::CancelToken token;
        int id;
        ~Cleanup()
        {
            token.unsubscribe(id);
            if (self) {
                self->m_running = false;
                if (self->m_channel)
                    self->m_channel->deleteLater();
                self->m_channel = nullptr;
            }
        }
    } cleanup{self, cancel, cancelId};

    // 1. The socket, before the prompt, so that no event is missed.
    m_channel = new net::WebSocketChannel(server, client->webSocketUrl(m_clientId), this);
    m_channel->setBackoff(100ms, 2s);
    m_channel->setOpenTimeout(5s);
    net::WebSocketChannel *channel = m_channel;
    connect(channel, &net::WebSocketChannel::connected, this, [this, channel] {
        // Previews then carry node and prompt ids (binary type 4).
        channel->sendText(QStringLiteral(
            "{\"type\":\"feature_flags\",\"data\":{\"supports_preview_metadata\":true}}"));
        m_progress.socketConnected = true;
        if (m_progress.stage == Stage::Recovering)
            m_progress.stage = Stage::Running;
        changed();
        wake();
    });
    connect(channel, &net::WebSocketChannel::disconnected, this, [this] {
        m_missedEvents = true;
        m_progress.socketConnected = false;
        if (m_running && !m_promptId.isEmpty() && m_outcome == Outcome::None)
            m_progress.stage = Stage::Recovering;
        changed();
        wake();
    });
    connect(
        channel, &net::WebSocketChannel::textMessageReceived, this,
        [this, server](const QString &text) { onFrame(ComfyUiEvents::decodeText(text, server)); });
    connect(channel, &net::WebSocketChannel::binaryMessageReceived, this,
            [this, server](const QByteArray &frame) {
                onFrame(ComfyUiEvents::decodeBinary(frame, server));
            });
    changed();
    channel->start();
    // The connected handler above wakes the run; so do a drop and a cancel.
    for (QDeadlineTimer deadline(m_connectTimeout);
         !channel->isConnected() && !deadline.hasExpired() && !cancel.isCancelled();) {
        co_await nap(std::chrono::milliseconds(deadline.remainingTime()));
        if (!self || !client)
            co_return gone;
    }
    if (!self || !client)
        co_return gone;
    if (cancel.isCancelled())
        co_return ApiError::make(ApiError::Kind::Cancelled, server, tr("cancelled"));

    // 2. Submit.
    setStage(Stage::Submitting);
    ComfyUiSubmitReply reply = co_await client->submit(workflow, m_clientId, cancel);
    if (!self || !client)
        co_return gone;
    if (!reply.queued) {
        m_rejectionType = reply.errorType;
        m_nodeErrors = reply.nodeErrors;
        m_rejectionError = reply.error;
        co_return reply.queued.error();
    }
    m_promptId = reply.queued->promptId;
    m_progress.promptId = m_promptId;
    m_progress.stage = Stage::Queued;
    changed();
    Q_EMIT submitted(m_promptId, reply.queued->number);
    const QList<ComfyUiEvent> early = std::exchange(m_early, {});
    for (const ComfyUiEvent &e : early)
        handle(e);

    // 3. Follow it: socket events, and /history when the socket cannot be trusted.
    ComfyUiRunResult result;
    result.promptId = m_promptId;
    std::optional<ComfyUiHistoryEntry> entry;
    QElapsedTimer sincePoll;
    sincePoll.start();
    int failures = 0;
    // Without a socket from the start, ask at once; with one, events lead.
    bool firstPoll = !channel->isConnected();
    while (m_outcome == Outcome::None) {
        if (cancel.isCancelled()) {
            ApiError e = co_await cancelPrompt(m_promptId);
            co_return e;
        }
        const auto interval = m_pollInterval;
        const bool socketTrusted = channel->isConnected() && !m_missedEvents;
        const auto due = socketTrusted && !m_finishedSeen ? interval * 10 : interval;
        if (firstPoll || sincePoll.elapsed() >= due.count()) {
            firstPoll = false;
            const bool wasConnected = channel->isConnected();
            const bool trusted = wasConnected && !m_missedEvents;
            auto history = co_await client->history(m_promptId);
            if (!self || !client)
                co_return gone;
            sincePoll.restart();
            if (m_outcome != Outcome::None)
                break; // the socket was quicker
            if (!history) {
                if (++failures >= kMaxPollFailures)
                    co_return history.error();
            } else if (history->found) {
                failures = 0;
                entry = *history;
                // Only when the socket could not have told us (the safety poll may
                // simply be quicker than the last events).
                result.recoveredFromHistory = !trusted || !channel->isConnected();
                if (history->statusStr == u"success" || history->completed) {
                    m_outcome = Outcome::Success;
                } else if (history->end) {
                    m_end = history->end;
                    m_outcome = history->end->type == Type::ExecutionInterrupted
                                    ? Outcome::Interrupted
                                    : Outcome::Error;
                } else {
                    co_return ApiError::make(
                        ApiError::Kind::Config, server,
                        tr("the prompt ended with status \"%1\"").arg(history->statusStr));
                }
                if (m_progress.cachedNodes.isEmpty())
                    m_progress.cachedNodes = history->cachedNodes;
                break;
            } else {
                failures = 0;
                if (wasConnected && channel->isConnected())
                    m_missedEvents = false;
                // Not in the history: still queued or running, or deleted.
                auto queue = co_await client->queue();
                if (!self || !client)
                    co_return gone;
                if (m_outcome != Outcome::None)
                    break;
                if (queue && !queue->isPending(m_promptId) && !queue->isRunning(m_promptId)) {
                    auto again = co_await client->history(m_promptId);
                    if (!self || !client)
                        co_return gone;
                    if (m_outcome != Outcome::None)
                        break;
                    if (again && !again->found)
                        co_return ApiError::make(
                            ApiError::Kind::Cancelled, server,
                            tr("the prompt %1 was removed from the queue before it ran")
                                .arg(m_promptId));
                    continue; // it just finished: read it on the next turn
                }
                if (queue && queue->isPending(m_promptId) && m_progress.stage == Stage::Running)
                    m_progress.stage = Stage::Queued;
            }
        }
        co_await nap(interval);
        if (!self || !client)
            co_return gone;
    }

    if (m_outcome == Outcome::Error || m_outcome == Outcome::Interrupted) {
        ComfyUiEvent end;
        if (m_end)
            end = *m_end;
        co_return endError(end);
    }

    // 4. Outputs: the history's list is complete; the events' list covers a history
    // that cannot be read.
    if (!entry) {
        for (int attempt = 0; attempt < 5 && !entry; ++attempt) {
            auto history = co_await client->history(m_promptId);
            if (!self || !client)
                co_return gone;
            if (history && history->found)
                entry = *history;
            else if (attempt < 4)
                co_await sleepFor(m_pollInterval / 5 + 20ms);
            if (!self || !client)
                co_return gone;
        }
    }
    QList<ComfyUiOutputFile> outputs = entry ? entry->outputs : QList<ComfyUiOutputFile>();
    for (const ComfyUiOutputFile &f : std::as_const(m_eventOutputs)) {
        const bool known = std::any_of(outputs.begin(), outputs.end(),
                                       [&f](const ComfyUiOutputFile &o) { return o.ref == f.ref; });
        if (!known)
            outputs.append(f);
    }
    if (entry && m_progress.cachedNodes.isEmpty())
        m_progress.cachedNodes = entry->cachedNodes;
    result.cachedNodes = m_progress.cachedNodes;
    result.previews = m_progress.previews;
    for (auto it = m_workflow.begin(); it != m_workflow.end(); ++it)
        m_doneNodes.insert(QString::fromStdString(it.key()));
    setStage(Stage::Downloading);
    for (const ComfyUiOutputFile &f : std::as_const(outputs)) {
        if (!m_saveTemp && f.ref.type == u"temp")
            continue;
        auto saved = co_await client->download(f.ref, outputDir, cancel);
        if (!self || !client)
            co_return gone;
        if (!saved) {
            if (saved.error().kind == ApiError::Kind::Cancelled)
                co_return saved.error();
            result.skipped.append(saved.error());
            continue;
        }
        if (!result.files.contains(*saved)) {
            result.files.append(*saved);
            Q_EMIT outputSaved(*saved);
        }
    }
    setStage(Stage::Done);
    co_return result;
}

} // namespace c41::backends
