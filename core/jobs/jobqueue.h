// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "job.h"
#include "jobdispatcher.h" // complete for the inline setDispatcher (QPointer)
#include "jobstore.h"      // QueueMove
#include "net/result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace c41::jobs {

// What the user does with the queue (GUI and c41ctl): submit, pause and
// resume, reorder, cancel, retry. Every action is a committed write to the
// shared database; the local dispatcher, if any, is woken at once, and the
// dispatchers of other processes see it on their next tick. changed() fires
// for local actions and, while watching, for writes from other processes.
class JobQueue final : public QObject
{
    Q_OBJECT
public:
    explicit JobQueue(JobStore *store, QObject *parent = nullptr);

    JobStore *store() const { return m_store; }
    // The dispatcher of this process: woken when jobs are queued, and its progress
    // and state writes (same connection, so data_version does not move) are changes.
    void setDispatcher(JobDispatcher *dispatcher);

    net::Result<qint64> submit(const Job &job);
    // true: it was queued and is cancelled; false: it runs, and its dispatcher
    // interrupts it on the server.
    net::Result<bool> cancel(qint64 id);
    net::Result<qint64> retry(qint64 id);
    net::Status pause();
    net::Status resume();
    bool isPaused() const;
    net::Status reorder(const QList<qint64> &ids);
    net::Status moveToFront(qint64 id);
    // A queued job to the top, one place up or down, or to the bottom of the
    // queue; returns its new place (0: next to run). Error if it is not queued.
    net::Result<int> move(qint64 id, QueueMove where);
    // Just before another queued job (beforeId 0: to the bottom).
    net::Result<int> moveBefore(qint64 id, qint64 beforeId);

    // Polls the database's data_version (cheap) and emits changed() when
    // another connection wrote. 0 stops.
    void watch(std::chrono::milliseconds interval);

Q_SIGNALS:
    void changed();

private:
    void touched();

    JobStore *m_store = nullptr;
    QPointer<JobDispatcher> m_dispatcher;
    QTimer m_watch;
    qint64 m_version = -1;
};

} // namespace c41::jobs
