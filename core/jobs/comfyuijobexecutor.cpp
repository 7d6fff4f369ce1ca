// SPDX-License-Identifier: GPL-3.0-or-later
#include "comfyuijobexecutor.h"

#include "backends/comfyui/comfyuiclient.h"
#include "backends/comfyui/comfyuioutputpaths.h"
#include "jobfolder.h"
#include "net/websocketchannel.h"

#include <QCoreApplication>
#include <QCoro/QCoroTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QUuid>

namespace c41::jobs {

using backends::ComfyUiClient;
using backends::ComfyUiHistoryEntry;
using json = nlohmann::json;

namespace {
// lupdate sees Text::tr() calls under the context c41 (a free tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(c41)
};
} // namespace

ComfyUiJobExecutor::ComfyUiJobExecutor(QNetworkAccessManager *nam, QString outputRoot,
                                       QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_root(std::move(outputRoot))
    , m_clientId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ComfyUiJobExecutor::~ComfyUiJobExecutor() = default;

void ComfyUiJobExecutor::addServer(const QString &name, const QUrl &url)
{
    delete m_clients.take(name);
    m_clients.insert(name, new ComfyUiClient(m_nam, name, url, this));
}

ComfyUiClient *ComfyUiJobExecutor::client(const QString &server) const
{
    return m_clients.value(server);
}

QCoro::Task<int> ComfyUiJobExecutor::freeMemory()
{
    QPointer<ComfyUiJobExecutor> self(this);
    QList<QPointer<ComfyUiClient>> clients;
    for (ComfyUiClient *c : std::as_const(m_clients))
        clients << c;
    int freed = 0;
    for (const QPointer<ComfyUiClient> &client : std::as_const(clients)) {
        if (!client)
            continue;
        auto status = co_await client->free(true, true);
        if (!self)
            co_return freed;
        if (status)
            ++freed;
    }
    co_return freed;
}

bool ComfyUiJobExecutor::canRun(JobKind kind) const
{
    return kind == JobKind::Image || kind == JobKind::Video || kind == JobKind::LipSync ||
           kind == JobKind::V2A;
}

QString ComfyUiJobExecutor::newRemoteId(const Job &) const
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString ComfyUiJobExecutor::classTypeOf(const json &workflow, const QString &node)
{
    const auto it = workflow.find(node.toStdString());
    if (it == workflow.end() || !it->is_object())
        return {};
    const auto type = it->find("class_type");
    return type != it->end() && type->is_string() ? QString::fromStdString(type->get<std::string>())
                                                  : QString();
}

void ComfyUiJobExecutor::listen(const QString &server)
{
    ComfyUiClient *client = m_clients.value(server);
    if (!client || m_sockets.contains(server))
        return;
    auto *channel = new net::WebSocketChannel(server, client->webSocketUrl(m_clientId), this);
    m_sockets.insert(server, channel);
    connect(channel, &net::WebSocketChannel::textMessageReceived, this,
            [this, server](const QString &text) {
                auto event = backends::ComfyUiEvents::decodeText(text, server);
                if (event)
                    onEvent(server, *event);
            });
    connect(channel, &net::WebSocketChannel::binaryMessageReceived, this,
            [this, server](const QByteArray &frame) {
                auto event = backends::ComfyUiEvents::decodeBinary(frame, server);
                if (event)
                    onEvent(server, *event);
            });
    channel->start();
}

void ComfyUiJobExecutor::onEvent(const QString &server, const backends::ComfyUiEvent &event)
{
    using Type = backends::ComfyUiEvent::Type;
    if (m_live.size() > 256) // prompts of other clients, broadcast: keep it small
        m_live.clear();
    switch (event.type) {
    case Type::ExecutionStart:
    case Type::Executing:
        if (!event.promptId.isEmpty()) {
            m_current.insert(server, event.promptId);
            Live &live = m_live[event.promptId];
            if (event.nodeId != live.node) {
                live = Live{};
                live.node = event.nodeId;
            }
        }
        break;
    case Type::Progress:
        if (!event.promptId.isEmpty()) {
            Live &live = m_live[event.promptId];
            if (live.node != event.nodeId || live.firstAt == 0) {
                live.node = event.nodeId;
                live.firstAt = QDateTime::currentMSecsSinceEpoch();
                live.firstValue = event.value;
            }
            live.value = event.value;
            live.max = event.max;
        }
        break;
    case Type::Preview:
        if (const QString prompt = m_current.value(server); !prompt.isEmpty())
            Q_EMIT previewReceived(prompt, event.image);
        break;
    default:
        break;
    }
}

QCoro::Task<JobOutcome> ComfyUiJobExecutor::run(Job job, ProgressSink sink, net::CancelToken cancel)
{
    return follow(std::move(job), std::move(sink), std::move(cancel), true);
}

QCoro::Task<JobOutcome> ComfyUiJobExecutor::reconcile(Job job, ProgressSink sink,
                                                      net::CancelToken cancel)
{
    return follow(std::move(job), std::move(sink), std::move(cancel), false);
}

QCoro::Task<JobOutcome> ComfyUiJobExecutor::follow(Job job, ProgressSink sink,
                                                   net::CancelToken cancel, bool submitFirst)
{
    QPointer<ComfyUiJobExecutor> self(this);
    QPointer<ComfyUiClient> client = m_clients.value(job.server);
    if (!client)
        co_return JobOutcome::failed(
            Text::tr("no ComfyUI server named \"%1\" is configured").arg(job.server));
    const json workflow = job.params.is_object() ? job.params.value("workflow", json()) : json();
    if (!workflow.is_object() || workflow.empty())
        co_return JobOutcome::failed(Text::tr("the job has no workflow"));
    if (job.remoteId.isEmpty())
        co_return JobOutcome::lost(Text::tr("the job has no prompt id; retry it"));
    const QString server = job.server;
    const QString promptId = job.remoteId;
    if (job.outputDir.isEmpty()) {
        job.outputDir = JobFolder::pathFor(m_root, job);
        sink.outputDir(job.outputDir);
    }
    if (!QFileInfo::exists(QDir(job.outputDir).filePath(QStringLiteral("job.json"))))
        JobFolder::writeMetadata(job.outputDir, job, nullptr);

    listen(server);
    bool accepted = job.remoteAccepted;
    bool needSubmit = submitFirst && !accepted;
    QElapsedTimer down; // runs while the server does not answer
    QString lastStep;
    auto report = [&](double percent, const QString &step, int eta = -1) {
        if (step != lastStep) {
            lastStep = step;
            sink.progress(percent, step, eta);
        }
    };
    auto acceptedNow = [&] {
        if (!accepted) {
            accepted = true;
            sink.accepted();
        }
    };
    auto unreachable = [&](const net::ApiError &e) -> std::optional<JobOutcome> {
        if (!down.isValid())
            down.start();
        if (down.elapsed() > m_grace.count())
            return JobOutcome::failed(
                Text::tr("%1 stopped answering: %2").arg(server, e.toString()));
        report(0, Text::tr("waiting for %1 to answer").arg(server));
        return std::nullopt;
    };

    while (true) {
        if (!self || !client)
            co_return JobOutcome::failed(Text::tr("shutting down"));
        if (cancel.isCancelled()) {
            if (!accepted && needSubmit)
                co_return JobOutcome::cancelled();
            co_return co_await cancelRemote(client, promptId);
        }
        if (needSubmit) {
            if (!sink.held())
                co_return JobOutcome::lost(
                    Text::tr("the job was released before it was submitted"));
            report(0, Text::tr("submitting to %1").arg(server));
            json body = json::object();
            body["prompt"] = workflow;
            body["client_id"] = m_clientId.toStdString();
            body["prompt_id"] = promptId.toStdString();
            const QByteArray payload = QByteArray::fromStdString(
                body.dump(-1, ' ', false, json::error_handler_t::replace));
            auto r = co_await client->http()->postJson(QStringLiteral("/prompt"), payload, cancel);
            if (!self || !client)
                co_return JobOutcome::failed(Text::tr("shutting down"));
            needSubmit = false;
            if (r) {
                down.invalidate();
                acceptedNow();
                report(0, Text::tr("queued on %1").arg(server));
                continue;
            }
            if (r.error().kind == net::ApiError::Kind::Http && r.error().httpStatus >= 400 &&
                r.error().httpStatus < 500)
                co_return JobOutcome::failed(
                    Text::tr("%1 rejected the workflow: %2").arg(server, r.error().message));
            if (r.error().kind == net::ApiError::Kind::Cancelled)
                continue; // the loop's cancel branch decides
            // Unknown whether it arrived: look it up before submitting again.
            if (auto failed = unreachable(r.error()))
                co_return *failed;
            co_await QCoro::sleepFor(m_poll);
            continue;
        }

        auto queue = co_await client->queue(cancel);
        if (!self || !client)
            co_return JobOutcome::failed(Text::tr("shutting down"));
        if (!queue) {
            if (cancel.isCancelled())
                continue;
            if (auto failed = unreachable(queue.error()))
                co_return *failed;
            co_await QCoro::sleepFor(m_poll);
            continue;
        }
        down.invalidate();
        if (queue->isRunning(promptId)) {
            acceptedNow();
            const auto live = m_live.constFind(promptId);
            if (live != m_live.cend() && live->max > 0) {
                // The sampler's steps, from the WebSocket: "KSampler 8/20".
                const QString type = classTypeOf(workflow, live->node);
                const QString step = QStringLiteral("%1 %2/%3")
                                         .arg(type.isEmpty() ? live->node : type)
                                         .arg(int(live->value))
                                         .arg(int(live->max));
                int eta = -1;
                if (live->value > live->firstValue && live->firstAt > 0) {
                    const double perStep =
                        double(QDateTime::currentMSecsSinceEpoch() - live->firstAt) /
                        (live->value - live->firstValue);
                    eta = int((live->max - live->value) * perStep / 1000.0 + 0.5);
                }
                report(100.0 * live->value / live->max, step, eta);
            } else if (live != m_live.cend() && !live->node.isEmpty()) {
                const QString type = classTypeOf(workflow, live->node);
                report(
                    0,
                    Text::tr("running %1 on %2").arg(type.isEmpty() ? live->node : type, server));
            } else {
                report(0, Text::tr("running on %1").arg(server));
            }
            co_await QCoro::sleepFor(m_poll);
            continue;
        }
        if (queue->isPending(promptId)) {
            acceptedNow();
            int ahead = int(queue->running.size());
            for (const auto &item : std::as_const(queue->pending)) {
                if (item.promptId == promptId)
                    break;
                ++ahead;
            }
            report(0, Text::tr("waiting on %1 (%2 ahead)").arg(server).arg(ahead));
            co_await QCoro::sleepFor(m_poll);
            continue;
        }
        auto history = co_await client->history(promptId, cancel);
        if (!self || !client)
            co_return JobOutcome::failed(Text::tr("shutting down"));
        if (!history) {
            if (cancel.isCancelled())
                continue;
            if (auto failed = unreachable(history.error()))
                co_return *failed;
            co_await QCoro::sleepFor(m_poll);
            continue;
        }
        if (history->found) {
            acceptedNow();
            m_live.remove(promptId);
            co_return co_await collect(client, job, *history, cancel);
        }
        if (!accepted) {
            // Never acknowledged, and the server does not know it: it never
            // arrived. Submit it again, with the same prompt_id.
            needSubmit = true;
            continue;
        }
        co_return JobOutcome::lost(
            Text::tr("%1 no longer knows prompt %2 (the server restarted?); retry the job")
                .arg(server, promptId));
    }
}

QCoro::Task<JobOutcome> ComfyUiJobExecutor::collect(ComfyUiClient *rawClient, Job job,
                                                    ComfyUiHistoryEntry entry,
                                                    net::CancelToken cancel)
{
    QPointer<ComfyUiJobExecutor> self(this);
    QPointer<ComfyUiClient> client(rawClient);
    const QString server = job.server;
    JobOutcome outcome;
    if (!entry.completed || entry.statusStr == QLatin1String("error")) {
        QString why;
        if (entry.end) {
            const auto &e = *entry.end;
            if (e.type == backends::ComfyUiEvent::Type::ExecutionInterrupted) {
                outcome = cancel.isCancelled()
                              ? JobOutcome::cancelled()
                              : JobOutcome::failed(Text::tr("%1 interrupted the prompt at node %2")
                                                       .arg(server, e.nodeId));
                JobFolder::writeMetadata(job.outputDir, job, &outcome);
                co_return outcome;
            }
            why = e.exceptionType.isEmpty()
                      ? e.exceptionMessage
                      : e.exceptionType + QStringLiteral(": ") + e.exceptionMessage;
            const QString node = e.nodeType.isEmpty()
                                     ? e.nodeId
                                     : e.nodeId + QStringLiteral(" (") + e.nodeType + u')';
            why = Text::tr("node %1 failed: %2")
                      .arg(node, why.isEmpty() ? Text::tr("no details") : why);
        } else {
            why = Text::tr("the prompt ended with status \"%1\"").arg(entry.statusStr);
        }
        outcome = JobOutcome::failed(server + QStringLiteral(": ") + why);
        JobFolder::writeMetadata(job.outputDir, job, &outcome);
        co_return outcome;
    }

    json files = json::array();
    QList<backends::ComfyUiOutputFile> wanted;
    for (const auto &f : std::as_const(entry.outputs))
        if (f.ref.type == QLatin1String("output"))
            wanted.append(f);
    if (wanted.isEmpty())
        wanted = entry.outputs; // only previews: keep those
    int index = 0;
    for (const auto &f : std::as_const(wanted)) {
        ++index;
        auto rel =
            backends::ComfyUiOutputPaths::relativePath(f.ref.subfolder, f.ref.filename, server);
        if (!rel) {
            outcome = JobOutcome::failed(rel.error().toString());
            JobFolder::writeMetadata(job.outputDir, job, &outcome);
            co_return outcome;
        }
        const QString path = QDir(job.outputDir).filePath(*rel);
        if (QFileInfo::exists(path)) { // saved before a restart
            files.push_back(QFileInfo(path).absoluteFilePath().toStdString());
            continue;
        }
        auto saved = co_await client->download(f.ref, job.outputDir, cancel);
        if (!self || !client)
            co_return JobOutcome::failed(Text::tr("shutting down"));
        if (!saved) {
            if (cancel.isCancelled())
                co_return JobOutcome::cancelled();
            outcome = JobOutcome::failed(Text::tr("could not save output %1: %2")
                                             .arg(f.ref.filename, saved.error().toString()));
            JobFolder::writeMetadata(job.outputDir, job, &outcome);
            co_return outcome;
        }
        files.push_back(saved->toStdString());
    }
    outcome = JobOutcome::succeeded(files);
    JobFolder::writeMetadata(job.outputDir, job, &outcome);
    co_return outcome;
}

QCoro::Task<JobOutcome> ComfyUiJobExecutor::cancelRemote(ComfyUiClient *rawClient, QString promptId)
{
    QPointer<ComfyUiClient> client(rawClient);
    auto queue = co_await client->queue();
    if (!client)
        co_return JobOutcome::cancelled();
    if (queue && queue->isPending(promptId))
        co_await client->deleteFromQueue(QStringList(promptId));
    else if (queue && queue->isRunning(promptId) && client)
        co_await client->interrupt(promptId);
    co_return JobOutcome::cancelled();
}

} // namespace c41::jobs
