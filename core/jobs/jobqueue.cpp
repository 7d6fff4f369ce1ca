// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobqueue.h"

#include "jobdispatcher.h"
#include "jobstore.h"

namespace c41::jobs {

JobQueue::JobQueue(JobStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(&m_watch, &QTimer::timeout, this, [this] {
        const qint64 v = m_store->dataVersion();
        if (v != m_version) {
            m_version = v;
            // Another process wrote (c41ctl submit, another dispatcher): the dispatcher may
            // be idling on its longer interval.
            if (m_dispatcher)
                m_dispatcher->wake();
            Q_EMIT changed();
        }
    });
}

void JobQueue::setDispatcher(JobDispatcher *dispatcher)
{
    if (m_dispatcher)
        disconnect(m_dispatcher, nullptr, this, nullptr);
    m_dispatcher = dispatcher;
    if (dispatcher)
        connect(dispatcher, &JobDispatcher::jobChanged, this, &JobQueue::changed);
}

void JobQueue::touched()
{
    if (m_dispatcher)
        m_dispatcher->wake();
    Q_EMIT changed();
}

net::Result<qint64> JobQueue::submit(const Job &job)
{
    auto r = m_store->enqueue(job);
    if (r)
        touched();
    return r;
}

net::Result<bool> JobQueue::cancel(qint64 id)
{
    auto r = m_store->cancel(id);
    if (r)
        touched();
    return r;
}

net::Result<qint64> JobQueue::retry(qint64 id)
{
    auto r = m_store->retry(id);
    if (r)
        touched();
    return r;
}

net::Status JobQueue::pause()
{
    auto r = m_store->setPaused(true);
    if (r)
        touched();
    return r;
}

net::Status JobQueue::resume()
{
    auto r = m_store->setPaused(false);
    if (r)
        touched();
    return r;
}

bool JobQueue::isPaused() const
{
    return m_store->isPaused();
}

net::Status JobQueue::reorder(const QList<qint64> &ids)
{
    auto r = m_store->reorder(ids);
    if (r)
        touched();
    return r;
}

net::Status JobQueue::moveToFront(qint64 id)
{
    auto r = m_store->moveToFront(id);
    if (r)
        touched();
    return r;
}

net::Result<int> JobQueue::move(qint64 id, QueueMove where)
{
    auto r = m_store->move(id, where);
    if (r)
        touched();
    return r;
}

net::Result<int> JobQueue::moveBefore(qint64 id, qint64 beforeId)
{
    auto r = m_store->moveBefore(id, beforeId);
    if (r)
        touched();
    return r;
}

void JobQueue::watch(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_watch.stop();
        return;
    }
    m_version = m_store->dataVersion();
    m_watch.start(interval);
}

} // namespace c41::jobs
