// SPDX-License-Identifier: GPL-3.0-or-later
#include "llmjobexecutor.h"

#include "backends/llm/llmbackend.h"
#include "jobfolder.h"
#include "net/httpclient.h"
#include "net/ndjsondecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSaveFile>

#include <algorithm>

namespace c41::jobs {

using json = nlohmann::json;
using namespace std::chrono_literals;

namespace {
QString param(const json &params, const char *key)
{
    const auto it = params.find(key);
    return it != params.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                 : QString();
}

bool writeFile(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(text.toUtf8());
    return file.commit();
}

JobOutcome failure(const net::ApiError &error, const net::CancelToken &cancel)
{
    if (cancel.isCancelled() || error.kind == net::ApiError::Kind::Cancelled)
        return JobOutcome::cancelled();
    return JobOutcome::failed(error.toString());
}
} // namespace

LlmJobExecutor::LlmJobExecutor(QNetworkAccessManager *nam, QString outputRoot, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_root(std::move(outputRoot))
{
}

LlmJobExecutor::~LlmJobExecutor()
{
    // Backends hold QPointers to their clients; drop them before the clients go.
    for (Server &s : m_servers)
        s.backend.reset();
}

void LlmJobExecutor::addServer(const QString &name, studio::ServerKind kind, const QUrl &url)
{
    if (kind != studio::ServerKind::Ollama && kind != studio::ServerKind::OpenAi)
        return;
    if (auto old = m_servers.find(name); old != m_servers.end()) {
        old->backend.reset();
        delete old->client;
        m_servers.erase(old);
    }
    Server server;
    server.kind = kind;
    server.client = new net::HttpClient(m_nam, name, url, this);
    server.backend = backends::LlmBackend::create(kind, server.client);
    m_servers.insert(name, server);
}

net::HttpClient *LlmJobExecutor::client(const QString &server) const
{
    return m_servers.value(server).client;
}

bool LlmJobExecutor::canRun(JobKind kind) const
{
    return kind == JobKind::Chat || kind == JobKind::ModelLoad || kind == JobKind::ModelPull;
}

QCoro::Task<JobOutcome> LlmJobExecutor::reconcile(Job job, ProgressSink sink,
                                                  net::CancelToken cancel)
{
    // Loading and pulling are idempotent (a pull resumes where it stopped): run
    // them again. A chat the server already accepted can't be followed, and
    // running it again could answer differently: it is lost, with retry offered.
    if (job.kind == JobKind::Chat && job.remoteAccepted)
        co_return JobOutcome::lost(
            tr("the chat was interrupted by a restart; retry it to ask again"));
    co_return co_await run(std::move(job), std::move(sink), std::move(cancel));
}

QCoro::Task<JobOutcome> LlmJobExecutor::run(Job job, ProgressSink sink, net::CancelToken cancel)
{
    const auto it = m_servers.constFind(job.server);
    if (it == m_servers.constEnd() || !it->backend)
        co_return JobOutcome::failed(
            tr("no LLM server named \"%1\" is configured").arg(job.server));
    const Server server = *it;
    if (!job.params.is_object())
        job.params = json::object();
    if (param(job.params, "model").isEmpty())
        co_return JobOutcome::failed(tr("the job names no model"));
    switch (job.kind) {
    case JobKind::Chat:
        co_return co_await runChat(std::move(job), std::move(sink), std::move(cancel), server);
    case JobKind::ModelLoad:
        co_return co_await runLoad(std::move(job), std::move(sink), std::move(cancel), server);
    case JobKind::ModelPull:
        co_return co_await runPull(std::move(job), std::move(sink), std::move(cancel), server);
    default:
        co_return JobOutcome::failed(
            tr("an LLM server cannot run %1 jobs").arg(kindName(job.kind)));
    }
}

QCoro::Task<JobOutcome> LlmJobExecutor::runChat(Job job, ProgressSink sink, net::CancelToken cancel,
                                                Server server)
{
    QPointer<LlmJobExecutor> self(this);
    const json &params = job.params;
    backends::ChatRequest request;
    request.model = param(params, "model");
    request.system = param(params, "system");
    if (const auto messages = params.find("messages");
        messages != params.end() && messages->is_array()) {
        for (const json &m : *messages) {
            if (!m.is_object())
                continue;
            backends::ChatMessage message{param(m, "role"), param(m, "content")};
            if (message.role.isEmpty())
                message.role = QStringLiteral("user");
            request.messages.append(message);
        }
    }
    if (const QString prompt = param(params, "prompt"); !prompt.isEmpty())
        request.messages.append({QStringLiteral("user"), prompt});
    if (request.messages.isEmpty())
        co_return JobOutcome::failed(tr("the job has no prompt"));
    if (const auto t = params.find("temperature"); t != params.end() && t->is_number())
        request.temperature = t->get<double>();
    if (const auto m = params.find("max_tokens"); m != params.end() && m->is_number_integer())
        request.maxTokens = m->get<int>();

    if (job.outputDir.isEmpty()) {
        job.outputDir = JobFolder::pathFor(m_root, job);
        sink.outputDir(job.outputDir);
    }
    JobFolder::writeMetadata(job.outputDir, job, nullptr);
    if (!sink.held())
        co_return JobOutcome::lost(tr("the job was released before it was submitted"));
    sink.progress(0, tr("asking %1 on %2").arg(request.model, job.server));

    int tokens = 0;
    bool accepted = false;
    QElapsedTimer clock;
    clock.start();
    qint64 firstTokenMs = -1;
    qint64 lastReportMs = -1000;
    auto report = [&](bool force) {
        const qint64 now = clock.elapsed();
        if (!force && now - lastReportMs < 250)
            return;
        lastReportMs = now;
        QString step = tr("%n tokens", nullptr, tokens);
        if (firstTokenMs >= 0 && now > firstTokenMs && tokens > 1) {
            const double rate = (tokens - 1) * 1000.0 / double(now - firstTokenMs);
            step += QStringLiteral(" · ") + tr("%1 tok/s").arg(qRound(rate));
        }
        double percent = 0; // unknown unless the job caps the reply's length
        if (request.maxTokens && *request.maxTokens > 0)
            percent = std::min(99.0, tokens * 100.0 / *request.maxTokens);
        sink.progress(percent, step);
    };
    const std::shared_ptr<backends::LlmBackend> backend = server.backend;
    const backends::ChatReply reply = co_await backend->chat(
        request,
        [&](const backends::ChatEvent &event) {
            if (!self)
                return false;
            if (!accepted && event.kind != backends::ChatEvent::Kind::Error) {
                accepted = true;
                sink.accepted();
            }
            if (event.kind == backends::ChatEvent::Kind::Content ||
                event.kind == backends::ChatEvent::Kind::Reasoning) {
                if (firstTokenMs < 0)
                    firstTokenMs = clock.elapsed();
                ++tokens;
                report(false);
            }
            return !cancel.isCancelled();
        },
        cancel);
    if (!self)
        co_return JobOutcome::failed(tr("shutting down"));
    if (reply.completionTokens > 0)
        tokens = reply.completionTokens;

    JobOutcome outcome;
    if (!reply.ok()) {
        outcome = failure(*reply.error, cancel);
    } else {
        report(true);
        json outputs = json::array();
        const QDir dir(job.outputDir);
        const QString replyPath = dir.filePath(QStringLiteral("reply.md"));
        bool written = writeFile(replyPath, reply.content);
        outputs.push_back(replyPath.toStdString());
        if (!reply.reasoning.isEmpty()) {
            const QString reasoningPath = dir.filePath(QStringLiteral("reasoning.md"));
            written = writeFile(reasoningPath, reply.reasoning) && written;
            outputs.push_back(reasoningPath.toStdString());
        }
        outcome = written ? JobOutcome::succeeded(outputs)
                          : JobOutcome::failed(tr("could not write the reply to %1")
                                                   .arg(QDir::toNativeSeparators(job.outputDir)));
    }
    JobFolder::writeMetadata(job.outputDir, job, &outcome);
    co_return outcome;
}

QCoro::Task<JobOutcome> LlmJobExecutor::runLoad(Job job, ProgressSink sink, net::CancelToken cancel,
                                                Server server)
{
    QPointer<LlmJobExecutor> self(this);
    const QString model = param(job.params, "model");
    if (!sink.held())
        co_return JobOutcome::lost(tr("the job was released before it was submitted"));
    sink.progress(0, tr("loading %1 on %2").arg(model, job.server));
    const std::shared_ptr<backends::LlmBackend> backend = server.backend;
    const net::Status status = co_await backend->load(model);
    if (!self)
        co_return JobOutcome::failed(tr("shutting down"));
    if (!status.ok())
        co_return failure(status.error(), cancel);
    sink.accepted();
    sink.progress(100, tr("%1 loaded on %2").arg(model, job.server));
    co_return JobOutcome::succeeded(json::array());
}

QCoro::Task<JobOutcome> LlmJobExecutor::runPull(Job job, ProgressSink sink, net::CancelToken cancel,
                                                Server server)
{
    if (server.kind != studio::ServerKind::Ollama)
        co_return JobOutcome::failed(
            tr("only Ollama can pull models; %1 is not an Ollama server").arg(job.server));
    QPointer<LlmJobExecutor> self(this);
    QPointer<net::HttpClient> client = server.client;
    if (!client)
        co_return JobOutcome::failed(tr("shutting down"));
    const QString model = param(job.params, "model");
    if (!sink.held())
        co_return JobOutcome::lost(tr("the job was released before it was submitted"));
    sink.progress(0, tr("pulling %1 on %2").arg(model, job.server));

    const json body{{"model", model.toStdString()}, {"stream", true}};
    net::HttpRequest request = net::HttpRequest::postJson(QStringLiteral("/api/pull"),
                                                          QByteArray::fromStdString(body.dump()));
    request.options.totalTimeout = 0ms;
    request.options.inactivityTimeout = 120s;

    net::NdjsonDecoder decoder;
    std::optional<net::ApiError> failed;
    bool success = false;
    bool accepted = false;
    double percent = 0; // the last one known
    const QString serverName = job.server;
    auto handleLine = [&](const QByteArray &line) -> bool {
        json j;
        try {
            j = json::parse(line.toStdString());
        } catch (const json::exception &) {
            failed = net::ApiError::make(net::ApiError::Kind::Malformed, serverName,
                                         tr("the pull progress is not JSON"));
            return false;
        }
        if (!j.is_object())
            return true;
        if (const QString error = param(j, "error"); !error.isEmpty()) {
            failed = net::ApiError::make(net::ApiError::Kind::Http, serverName, error);
            return false;
        }
        if (!accepted) {
            accepted = true;
            sink.accepted();
        }
        const QString status = param(j, "status");
        if (status == QLatin1String("success")) {
            success = true;
            return true;
        }
        const auto total = j.find("total");
        const auto completed = j.find("completed");
        if (total != j.end() && total->is_number() && total->get<double>() > 0) {
            const double done =
                completed != j.end() && completed->is_number() ? completed->get<double>() : 0.0;
            percent = std::clamp(done * 100.0 / total->get<double>(), 0.0, 100.0);
        }
        sink.progress(percent, status.isEmpty() ? tr("pulling %1").arg(model) : status);
        return true;
    };
    auto result = co_await client->stream(
        request,
        [&](const QByteArray &chunk) {
            if (!self || cancel.isCancelled())
                return false;
            auto lines = decoder.feed(chunk);
            if (!lines) {
                net::ApiError e = lines.error();
                e.server = serverName;
                failed = e;
                return false;
            }
            for (const QByteArray &line : *lines)
                if (!handleLine(line))
                    return false;
            return true;
        },
        cancel);
    if (!self)
        co_return JobOutcome::failed(tr("shutting down"));
    if (failed)
        co_return JobOutcome::failed(failed->toString());
    if (!result)
        co_return failure(result.error(), cancel);
    if (auto rest = decoder.finish(); rest) {
        for (const QByteArray &line : *rest)
            handleLine(line);
        if (failed)
            co_return JobOutcome::failed(failed->toString());
    }
    if (!success)
        co_return JobOutcome::failed(
            tr("%1 ended the pull of %2 without saying it succeeded").arg(serverName, model));
    sink.progress(100, tr("%1 pulled on %2").arg(model, serverName));
    co_return JobOutcome::succeeded(json::array());
}

} // namespace c41::jobs
