// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobdispatcher.h"

#include "jobexecutor.h"
#include "jobstore.h"
#include "logging.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif

namespace c41::jobs {

namespace {
QString hostName()
{
    QString host = QSysInfo::machineHostName();
    host.replace(u'/', u'_');
    return host;
}
} // namespace

JobDispatcher::JobDispatcher(JobStore *store, JobServers *servers, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_servers(servers)
{
    m_owner = hostName() + u'/' + QString::number(QCoreApplication::applicationPid()) + u'/' +
              QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_timer.setInterval(m_interval);
    connect(&m_timer, &QTimer::timeout, this, &JobDispatcher::tick);
}

JobDispatcher::~JobDispatcher()
{
    stop();
}

void JobDispatcher::addExecutor(JobExecutor *executor)
{
    m_executors.append(executor);
}

void JobDispatcher::setTickInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
    m_timer.setInterval(interval);
}

std::chrono::milliseconds JobDispatcher::idleInterval() const
{
    // With no job queued or running anywhere, look less often: local changes wake() the
    // dispatcher at once, and the queue's watch wakes it for other processes' writes.
    return std::max(m_interval, std::min(m_interval * 8, std::chrono::milliseconds(2000)));
}

void JobDispatcher::start()
{
    if (m_started)
        return;
    m_started = true;
    m_timer.start();
    tick();
}

void JobDispatcher::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_timer.stop();
    if (m_store && m_store->isOpen())
        m_store->release(m_owner);
    m_tokens.clear();
}

void JobDispatcher::wake()
{
    if (m_started)
        QTimer::singleShot(0, this, &JobDispatcher::tick);
}

JobExecutor *JobDispatcher::executorFor(JobKind kind) const
{
    for (JobExecutor *e : m_executors)
        if (e->canRun(kind))
            return e;
    return nullptr;
}

bool JobDispatcher::ownerGone(const QString &owner, const QDateTime &lease,
                              std::chrono::milliseconds leaseTimeout)
{
    if (owner.isEmpty())
        return true;
    if (!lease.isValid() ||
        lease.msecsTo(QDateTime::currentDateTimeUtc()) > qint64(leaseTimeout.count()))
        return true;
#ifdef Q_OS_UNIX
    const QStringList parts = owner.split(u'/');
    if (parts.size() == 3 && parts[0] == hostName()) {
        bool ok = false;
        const qint64 pid = parts[1].toLongLong(&ok);
        if (ok && pid > 0 && pid != QCoreApplication::applicationPid() &&
            ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
            return true;
    }
#endif
    return false;
}

std::optional<QString>
JobDispatcher::chooseServer(const Job &job, const QList<JobServer> &servers,
                            const std::function<int(const QString &)> &active,
                            const std::function<JobServerLoad(const QString &)> &load)
{
    struct Candidate
    {
        QString name;
        int queue;
        qint64 freeVram;
    };
    QList<Candidate> candidates;
    const bool any = job.target.isEmpty() || job.target == QLatin1String("any");
    for (const JobServer &s : servers) {
        if (!s.kinds.contains(job.kind))
            continue;
        if (!any && job.target != s.name && job.target != s.box)
            continue;
        const int busy = active(s.name);
        if (busy >= std::max(1, s.limit))
            continue;
        const JobServerLoad l = load(s.name);
        candidates.append({s.name, busy + std::max(0, l.queueLength), l.freeVram});
    }
    if (candidates.isEmpty())
        return std::nullopt;
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) {
                         if (a.queue != b.queue)
                             return a.queue < b.queue;
                         return a.freeVram > b.freeVram;
                     });
    return candidates.first().name;
}

void JobDispatcher::tick()
{
    if (!m_started || m_inTick || !m_store || !m_store->isOpen())
        return;
    m_inTick = true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    bool idle = m_tokens.isEmpty();

    // 1. Cancel requests for our jobs; orphans of dead dispatchers.
    if (auto active = m_store->active()) {
        idle = idle && active->isEmpty();
        for (const Job &job : std::as_const(*active)) {
            if (job.owner == m_owner) {
                if (job.cancelRequested && m_tokens.contains(job.id))
                    m_tokens[job.id].cancel();
                continue;
            }
            if (!ownerGone(job.owner, job.lease, m_leaseTimeout) || (m_accept && !m_accept(job)))
                continue;
            JobExecutor *executor = executorFor(job.kind);
            if (!executor)
                continue;
            auto taken = m_store->takeOver(job.id, job.owner, m_owner);
            if (!taken || !*taken)
                continue;
            qCInfo(lcStudio) << "reconciling job" << job.id << "left by" << job.owner;
            Job mine = job;
            mine.owner = m_owner;
            launch(mine, executor, true);
        }
    }

    // 2. Queued jobs, in order, where a server has a free slot.
    if (!m_store->isPaused()) {
        const QList<JobServer> servers = m_servers ? m_servers->servers() : QList<JobServer>();
        auto activeCount = [this](const QString &server) {
            auto n = m_store->activeCount(server);
            return n ? *n : 1 << 20;
        };
        auto loadOf = [this](const QString &server) {
            return m_servers ? m_servers->load(server) : JobServerLoad{};
        };
        if (auto queued = m_store->queued()) {
            idle = idle && queued->isEmpty();
            for (Job job : std::as_const(*queued)) {
                if (m_accept && !m_accept(job))
                    continue;
                JobExecutor *executor = executorFor(job.kind);
                if (!executor)
                    continue;
                const std::optional<QString> server =
                    chooseServer(job, servers, activeCount, loadOf);
                if (!server)
                    continue;
                job.server = *server;
                job.remoteId = executor->newRemoteId(job);
                int limit = 1;
                for (const JobServer &s : servers)
                    if (s.name == job.server)
                        limit = std::max(1, s.limit);
                auto claimed = m_store->claim(job.id, m_owner, job.server, job.remoteId, limit);
                if (!claimed || !*claimed)
                    continue; // another dispatcher took it, or the server's last slot
                job.state = JobState::Dispatched;
                job.owner = m_owner;
                job.started = QDateTime::currentDateTimeUtc();
                launch(job, executor, false);
            }
        }
    }

    // 3. Leases.
    if (!m_tokens.isEmpty() && now - m_lastRenew > m_leaseTimeout.count() / 4) {
        m_store->renewLeases(m_owner);
        m_lastRenew = now;
    }
    idle = idle && m_tokens.isEmpty();
    const std::chrono::milliseconds next = idle ? idleInterval() : m_interval;
    if (m_started && m_timer.intervalAsDuration() != next)
        m_timer.setInterval(next);
    m_inTick = false;
}

void JobDispatcher::launch(Job job, JobExecutor *executor, bool reconcile)
{
    net::CancelToken token;
    if (job.cancelRequested)
        token.cancel();
    m_tokens.insert(job.id, token);
    Q_EMIT jobChanged(job.id);
    drive(std::move(job), executor, reconcile, token);
}

QCoro::Task<> JobDispatcher::drive(Job job, JobExecutor *executor, bool reconcile,
                                   net::CancelToken token)
{
    QPointer<JobDispatcher> self(this);
    const qint64 id = job.id;
    const QString owner = m_owner;
    ProgressSink sink;
    sink.onProgress = [self, id, owner](double percent, const QString &step, int eta) {
        if (self && self->m_started) {
            self->m_store->setProgress(id, owner, percent, step, eta);
            Q_EMIT self->jobChanged(id);
        }
    };
    sink.onAccepted = [self, id, owner] {
        if (self && self->m_started) {
            self->m_store->markAccepted(id, owner);
            Q_EMIT self->jobChanged(id);
        }
    };
    sink.onHeld = [self, id, owner] {
        if (!self || !self->m_started || !self->m_tokens.contains(id))
            return false;
        auto now = self->m_store->job(id);
        return now && now->owner == owner && now->isActive();
    };
    sink.onOutputDir = [self, id, owner](const QString &dir) {
        if (self && self->m_started)
            self->m_store->setOutputDir(id, owner, dir);
    };
    JobOutcome outcome; // (no co_await inside ?: — GCC 12 miscompiles it)
    if (reconcile)
        outcome = co_await executor->reconcile(job, sink, token);
    else
        outcome = co_await executor->run(job, sink, token);
    if (!self)
        co_return;
    if (!self->m_started || !self->m_tokens.contains(id))
        co_return; // stopped: the job was released, the next dispatcher reconciles it
    self->m_tokens.remove(id);
    auto written = self->m_store->finish(id, owner, outcome.state, outcome.error, outcome.outputs);
    if (!written)
        qCWarning(lcStudio) << "job" << id << written.error().toString();
    Q_EMIT self->jobChanged(id);
    Q_EMIT self->jobFinished(id, outcome.state);
    self->wake();
}

} // namespace c41::jobs
