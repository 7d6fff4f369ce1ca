// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobexecutor.h"

#include <QList>
#include <QPointer>

namespace c41::jobs {

class ServerKeys;

// The executors, behind the servers' API keys: before a job is run or
// reconciled on a server, the server's key is loaded (ServerKeys::ensure) and
// set on its clients; without it the job fails with an error that names the
// server and says how to store the key. The dispatcher gets this one executor
// in place of the ones it wraps.
class KeyedJobExecutor final : public JobExecutor
{
public:
    // Neither is owned; both must outlive this object.
    KeyedJobExecutor(ServerKeys *keys, QList<JobExecutor *> executors);

    bool canRun(JobKind kind) const override;
    QCoro::Task<JobOutcome> run(Job job, ProgressSink sink, net::CancelToken cancel) override;
    QCoro::Task<JobOutcome> reconcile(Job job, ProgressSink sink, net::CancelToken cancel) override;
    QString newRemoteId(const Job &job) const override;

private:
    JobExecutor *executorFor(JobKind kind) const;
    QCoro::Task<JobOutcome> drive(Job job, ProgressSink sink, net::CancelToken cancel,
                                  bool reconcile);

    QPointer<ServerKeys> m_keys;
    QList<JobExecutor *> m_executors;
};

} // namespace c41::jobs
