// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyedjobexecutor.h"

#include "serverkeys.h"

#include <QCoreApplication>

namespace c41::jobs {

KeyedJobExecutor::KeyedJobExecutor(ServerKeys *keys, QList<JobExecutor *> executors)
    : m_keys(keys)
    , m_executors(std::move(executors))
{
}

JobExecutor *KeyedJobExecutor::executorFor(JobKind kind) const
{
    for (JobExecutor *e : m_executors)
        if (e && e->canRun(kind))
            return e;
    return nullptr;
}

bool KeyedJobExecutor::canRun(JobKind kind) const
{
    return executorFor(kind) != nullptr;
}

QString KeyedJobExecutor::newRemoteId(const Job &job) const
{
    JobExecutor *e = executorFor(job.kind);
    return e ? e->newRemoteId(job) : QString();
}

QCoro::Task<JobOutcome> KeyedJobExecutor::run(Job job, ProgressSink sink, net::CancelToken cancel)
{
    return drive(std::move(job), std::move(sink), std::move(cancel), false);
}

QCoro::Task<JobOutcome> KeyedJobExecutor::reconcile(Job job, ProgressSink sink,
                                                    net::CancelToken cancel)
{
    return drive(std::move(job), std::move(sink), std::move(cancel), true);
}

QCoro::Task<JobOutcome> KeyedJobExecutor::drive(Job job, ProgressSink sink, net::CancelToken cancel,
                                                bool reconcile)
{
    JobExecutor *executor = executorFor(job.kind);
    if (!executor)
        co_return JobOutcome::failed(
            QCoreApplication::translate("c41", "no executor can run %1 jobs")
                .arg(kindName(job.kind)));
    if (QPointer<ServerKeys> keys = m_keys; keys && keys->needsKey(job.server)) {
        const net::Status key = co_await keys->ensure(job.server);
        if (!key.ok())
            co_return JobOutcome::failed(key.error().toString());
        if (cancel.isCancelled())
            co_return JobOutcome::cancelled();
    }
    JobOutcome outcome; // (no co_await inside ?: — GCC 12 miscompiles it)
    if (reconcile)
        outcome = co_await executor->reconcile(std::move(job), std::move(sink), std::move(cancel));
    else
        outcome = co_await executor->run(std::move(job), std::move(sink), std::move(cancel));
    co_return outcome;
}

} // namespace c41::jobs
