// SPDX-License-Identifier: GPL-3.0-or-later
#include "ttsjobexecutor.h"

#include "backends/tts/ttsclient.h"
#include "jobfolder.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace c41::jobs {

using json = nlohmann::json;

namespace {
QString param(const json &params, const char *key)
{
    const auto it = params.find(key);
    return it != params.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                 : QString();
}
} // namespace

TtsJobExecutor::TtsJobExecutor(QNetworkAccessManager *nam, QString outputRoot, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_root(std::move(outputRoot))
{
}

TtsJobExecutor::~TtsJobExecutor() = default;

void TtsJobExecutor::addServer(const QString &name, const QUrl &url)
{
    delete m_clients.take(name);
    delete m_http.take(name);
    auto *http = new net::HttpClient(m_nam, name, url, this);
    m_http.insert(name, http);
    m_clients.insert(name, new backends::TtsClient(http, this));
}

net::HttpClient *TtsJobExecutor::client(const QString &server) const
{
    return m_http.value(server);
}

bool TtsJobExecutor::canRun(JobKind kind) const
{
    return kind == JobKind::Tts;
}

QCoro::Task<JobOutcome> TtsJobExecutor::reconcile(Job job, ProgressSink sink,
                                                  net::CancelToken cancel)
{
    return run(std::move(job), std::move(sink), std::move(cancel));
}

QCoro::Task<JobOutcome> TtsJobExecutor::run(Job job, ProgressSink sink, net::CancelToken cancel)
{
    QPointer<TtsJobExecutor> self(this);
    QPointer<backends::TtsClient> client = m_clients.value(job.server);
    if (!client)
        co_return JobOutcome::failed(
            QCoreApplication::translate("c41", "no speech server named \"%1\" is configured")
                .arg(job.server));
    const json params = job.params.is_object() ? job.params : json::object();
    backends::TtsRequest request;
    request.input = param(params, "text");
    if (request.input.isEmpty())
        request.input = param(params, "input");
    request.voice = param(params, "voice");
    request.model = param(params, "model");
    request.instructions = param(params, "instructions");
    if (const QString format = param(params, "format"); !format.isEmpty())
        request.responseFormat = format;
    if (const auto speed = params.find("speed"); speed != params.end() && speed->is_number())
        request.speed = speed->get<double>();
    if (request.input.isEmpty())
        co_return JobOutcome::failed(QCoreApplication::translate("c41", "the job has no text"));

    if (job.outputDir.isEmpty()) {
        job.outputDir = JobFolder::pathFor(m_root, job);
        sink.outputDir(job.outputDir);
    }
    const QString path =
        QDir(job.outputDir).filePath(QStringLiteral("speech.") + request.responseFormat);
    JobOutcome outcome;
    if (QFileInfo(path).size() > 0) { // rendered before a restart
        outcome = JobOutcome::succeeded(json::array({path.toStdString()}));
        JobFolder::writeMetadata(job.outputDir, job, &outcome);
        co_return outcome;
    }
    JobFolder::writeMetadata(job.outputDir, job, nullptr);
    if (!sink.held())
        co_return JobOutcome::lost(
            QCoreApplication::translate("c41", "the job was released before it was submitted"));
    sink.progress(0, QCoreApplication::translate("c41", "speaking on %1").arg(job.server));
    auto result = co_await client->synthesize(request, path, cancel);
    if (!self)
        co_return JobOutcome::failed(QCoreApplication::translate("c41", "shutting down"));
    if (!result) {
        outcome = cancel.isCancelled() ? JobOutcome::cancelled()
                                       : JobOutcome::failed(result.error().toString());
    } else {
        sink.accepted();
        outcome = JobOutcome::succeeded(json::array({result->path.toStdString()}));
    }
    JobFolder::writeMetadata(job.outputDir, job, &outcome);
    co_return outcome;
}

} // namespace c41::jobs
