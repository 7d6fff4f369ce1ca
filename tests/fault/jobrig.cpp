// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobrig.h"

#include "backends/comfyui/comfyuiclient.h"
#include "faultlab.h"
#include "fixtures.h"
#include "jobs/comfyuijobexecutor.h"
#include "jobs/jobdispatcher.h"
#include "jobs/jobqueue.h"
#include "jobs/jobservers.h"
#include "jobs/jobstore.h"
#include "net/httpclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <qcorotimer.h>

using namespace std::chrono_literals;

namespace c41::testing {

JobRig::JobRig(FaultLab *lab, QString databasePath, QString outputRoot, QObject *parent)
    : QObject(parent)
    , m_lab(lab)
    , m_databasePath(std::move(databasePath))
    , m_outputRoot(std::move(outputRoot))
{
}

JobRig::~JobRig()
{
    m_dispatcher.reset();
    m_queue.reset();
    m_executor.reset();
}

QString JobRig::start()
{
    m_store = std::make_unique<jobs::JobStore>(m_databasePath);
    if (const auto opened = m_store->open(); !opened.ok())
        return opened.error().toString();
    const QString name = targetName(FaultTarget::ComfyUi);
    m_servers = std::make_unique<jobs::StaticJobServers>();
    m_servers->add({name, QStringLiteral("forge"), {jobs::JobKind::Image}, 1});
    m_executor = std::make_unique<jobs::ComfyUiJobExecutor>(&m_nam, m_outputRoot);
    m_executor->addServer(name, m_lab->url(FaultTarget::ComfyUi));
    m_executor->setPollInterval(50ms);
    m_executor->setServerGrace(3s);
    net::RequestOptions options;
    options.totalTimeout = 4s;
    options.inactivityTimeout = 1500ms;
    options.maxRetries = 1;
    m_executor->client(name)->http()->setDefaultOptions(options);
    m_dispatcher = std::make_unique<jobs::JobDispatcher>(m_store.get(), m_servers.get());
    m_dispatcher->addExecutor(m_executor.get());
    m_dispatcher->setTickInterval(25ms);
    m_queue = std::make_unique<jobs::JobQueue>(m_store.get());
    m_queue->setDispatcher(m_dispatcher.get());
    m_dispatcher->start();
    return {};
}

QCoro::Task<OpOutcome> JobRig::runJob(std::chrono::milliseconds bound)
{
    OpOutcome out;
    jobs::Job job;
    job.kind = jobs::JobKind::Image;
    job.params = {{"prompt", "fault round"},
                  {"seed", static_cast<int>(m_ids.size())},
                  {"workflow", workflow(static_cast<int>(m_ids.size()))}};
    const auto submitted = m_queue->submit(job);
    if (!submitted.ok()) {
        out.problems << QStringLiteral("the queue refused a job: ") + submitted.error().toString();
        co_return out;
    }
    const qint64 id = *submitted;
    m_ids << id;
    QElapsedTimer timer;
    timer.start();
    jobs::Job now;
    while (true) {
        const auto read = m_store->job(id);
        if (!read.ok()) {
            out.problems << QStringLiteral("job %1 vanished from the store").arg(id);
            co_return out;
        }
        now = *read;
        if (now.isFinished() || timer.elapsed() > bound.count())
            break;
        co_await QCoro::sleepFor(25ms);
    }
    if (!now.isFinished()) {
        out.problems << QStringLiteral("job %1 still %2 after %3 ms")
                            .arg(id)
                            .arg(jobs::stateName(now.state))
                            .arg(timer.elapsed());
        co_return out;
    }
    out.ok = now.state == jobs::JobState::Succeeded;
    if (!out.ok) {
        // The jobs page shows the error next to the job's server.
        out.error = now.error;
        if (!now.error.contains(now.server) && !now.server.isEmpty())
            out.error = now.server + QStringLiteral(": ") + now.error;
        if (now.error.isEmpty())
            out.problems << QStringLiteral("job %1 ended %2 without an error")
                                .arg(id)
                                .arg(jobs::stateName(now.state));
    }
    if (!now.remoteId.isEmpty() && m_lab->timesQueued(now.remoteId) > 1)
        out.problems << QStringLiteral("job %1 (prompt %2) was queued %3 times by one server")
                            .arg(id)
                            .arg(now.remoteId)
                            .arg(m_lab->timesQueued(now.remoteId));
    const QString folder = QDir::cleanPath(now.outputDir);
    for (const auto &output : now.outputs) {
        const QString path = QDir::cleanPath(
            QString::fromStdString(output.is_string() ? output.get<std::string>() : output.dump()));
        if (!path.startsWith(folder + u'/') ||
            !QFileInfo(path).canonicalFilePath().startsWith(
                QFileInfo(m_outputRoot).canonicalFilePath() + u'/'))
            out.problems << QStringLiteral("job %1 wrote %2 outside %3").arg(id).arg(path, folder);
    }
    co_return out;
}

nlohmann::json JobRig::workflow(int variant)
{
    nlohmann::json graph = nlohmann::json::parse(
        readFixture(QStringLiteral("comfyui/workflow_a_invert.json")).toStdString());
    graph["1"]["inputs"]["color"] = variant % 0xFFFFFF;
    return graph;
}

QStringList JobRig::unfinished()
{
    QStringList left;
    for (const qint64 id : std::as_const(m_ids)) {
        const auto job = m_store->job(id);
        if (!job.ok())
            left << QStringLiteral("%1 (gone)").arg(id);
        else if (!job->isFinished())
            left << QStringLiteral("%1 (%2)").arg(id).arg(jobs::stateName(job->state));
    }
    return left;
}

} // namespace c41::testing
