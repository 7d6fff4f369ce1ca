// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "job.h"
#include "jobservers.h"
#include "net/canceltoken.h"

#include <QCoro/QCoroTask>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace c41::jobs {

class JobExecutor;
class JobStore;

// Takes queued jobs from the shared job database and runs them through the
// executors, within each server's concurrency limit (counted across every
// process that shares the database). A job is claimed with a compare-and-set
// UPDATE, so when c41 and c41ctl both dispatch, each job goes to one of them.
// While it runs, its lease is renewed; at start and on every tick, active jobs
// whose owner is gone (a dead pid on this host, an expired lease, or released
// at shutdown) are taken over and reconciled with their server.
class JobDispatcher final : public QObject
{
    Q_OBJECT
public:
    JobDispatcher(JobStore *store, JobServers *servers, QObject *parent = nullptr);
    ~JobDispatcher() override;

    // Executors are tried in order; the first that canRun() a kind runs it.
    // Not owned; they must outlive the dispatcher.
    void addExecutor(JobExecutor *executor);
    // "host/pid/instance" written as the owner of the jobs this dispatcher holds.
    QString ownerId() const { return m_owner; }
    // How often the database is looked at while jobs are queued or running (default 250 ms);
    // with none anywhere, 8 times less often, at most every 2 s (wake() still acts at once).
    void setTickInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds currentTickInterval() const { return m_timer.intervalAsDuration(); }
    // Only jobs this accepts are dispatched or reconciled here (c41ctl --wait
    // runs just its own job; the app takes every job). Default: all.
    void setJobFilter(std::function<bool(const Job &)> accept) { m_accept = std::move(accept); }
    // A lease not renewed for this long (default 30 s) may be taken over.
    void setLeaseTimeout(std::chrono::milliseconds timeout) { m_leaseTimeout = timeout; }

    void start();
    // No new jobs; the jobs held are released (they go on on their servers, and
    // the next dispatcher to start reconciles them).
    void stop();
    bool isStarted() const { return m_started; }
    // Look at the database now (after a local change).
    void wake();
    int runningCount() const { return static_cast<int>(m_tokens.size()); }
    QList<qint64> runningJobs() const { return m_tokens.keys(); }

    // The server a job should go to now, or nothing (no server can run it, or
    // every one that can is at its limit). Among those with a free slot: the
    // shortest queue (our active jobs there + its own queue), then the most free VRAM.
    static std::optional<QString>
    chooseServer(const Job &job, const QList<JobServer> &servers,
                 const std::function<int(const QString &)> &active,
                 const std::function<JobServerLoad(const QString &)> &load);
    // Whether the dispatcher named `owner` can be presumed gone.
    static bool ownerGone(const QString &owner, const QDateTime &lease,
                          std::chrono::milliseconds leaseTimeout);

Q_SIGNALS:
    void jobChanged(qint64 id);
    void jobFinished(qint64 id, c41::jobs::JobState state);

private:
    void tick();
    JobExecutor *executorFor(JobKind kind) const;
    std::chrono::milliseconds idleInterval() const;
    void launch(Job job, JobExecutor *executor, bool reconcile);
    QCoro::Task<> drive(Job job, JobExecutor *executor, bool reconcile, net::CancelToken token);

    JobStore *m_store = nullptr;
    JobServers *m_servers = nullptr;
    QList<JobExecutor *> m_executors;
    std::function<bool(const Job &)> m_accept;
    QString m_owner;
    QTimer m_timer;
    std::chrono::milliseconds m_interval{250};
    std::chrono::milliseconds m_leaseTimeout{30000};
    qint64 m_lastRenew = 0;
    bool m_started = false;
    bool m_inTick = false;
    QHash<qint64, net::CancelToken> m_tokens;
};

} // namespace c41::jobs
