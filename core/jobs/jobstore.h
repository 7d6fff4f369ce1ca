// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "job.h"
#include "net/apierror.h"
#include "net/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

class QSqlQuery;

namespace c41::jobs {

// Where a queued job goes in the queue: first, one place sooner, one place
// later, last.
enum class QueueMove { Top, Up, Down, Bottom };

// Which jobs a history view shows. Empty fields match everything.
struct JobFilter
{
    QList<JobState> states;
    std::optional<JobKind> kind;
    QString server;
    QString text; // case-insensitive substring of the title (prompt)
    int limit = 200;
    int offset = 0;
    bool newestFirst = true; // else queue order (position, id)
};

// The studio's job table in SQLite (Qt SQL, WAL), shared by every process of
// the studio (c41 and c41ctl): each instance has its own connection. Every
// state transition is one committed statement, and the transitions that hand
// a job to a dispatcher are compare-and-set UPDATEs (…WHERE state=… AND
// owner=…), so two processes never both take the same job.
class JobStore
{
public:
    static constexpr int kSchemaVersion = 1;

    explicit JobStore(QString path);
    ~JobStore();
    JobStore(const JobStore &) = delete;
    JobStore &operator=(const JobStore &) = delete;

    net::Status open();
    bool isOpen() const;
    QString path() const { return m_path; }
    int schemaVersion();
    // PRAGMA data_version: changes when another connection commits.
    qint64 dataVersion();

    // A new queued job at the back of the queue; returns its id.
    net::Result<qint64> enqueue(const Job &job);
    net::Result<Job> job(qint64 id);
    net::Result<QList<Job>> list(const JobFilter &filter);
    net::Result<int> count(const JobFilter &filter);
    net::Result<QList<Job>> queued();                    // in queue order
    net::Result<QList<qint64>> queueOrder();             // their ids only (cheap)
    net::Result<QList<Job>> active();                    // dispatched or running
    net::Result<int> activeCount(const QString &server); // dispatched or running there

    // queued → dispatched, for `owner`, on `server`, with the remote id chosen
    // now (before anything is sent). False if the job was no longer queued, or
    // if `server` already has `serverLimit` active jobs (0: no limit).
    net::Result<bool> claim(qint64 id, const QString &owner, const QString &server,
                            const QString &remoteId, int serverLimit = 0);
    // The server accepted the submit (HTTP 200): dispatched → running.
    net::Result<bool> markAccepted(qint64 id, const QString &owner);
    net::Result<bool> setOutputDir(qint64 id, const QString &owner, const QString &dir);
    net::Result<bool> setProgress(qint64 id, const QString &owner, double percent,
                                  const QString &step, int etaSeconds);
    // dispatched|running → a final state. False if `owner` no longer holds it.
    net::Result<bool> finish(qint64 id, const QString &owner, JobState state, const QString &error,
                             const nlohmann::json &outputs);
    // Renews the lease of every active job `owner` holds; returns how many.
    net::Result<int> renewLeases(const QString &owner);
    // Hands an active job from `previousOwner` (as read) to `owner`.
    net::Result<bool> takeOver(qint64 id, const QString &previousOwner, const QString &owner);
    // Active jobs of `owner` lose their owner (clean shutdown): another
    // dispatcher reconciles them at once.
    net::Result<int> release(const QString &owner);

    // A queued job is cancelled at once (true). An active one is flagged for
    // its dispatcher, which interrupts it on the server (false). Error if finished.
    net::Result<bool> cancel(qint64 id);
    // A finished job that did not succeed (or any finished job) runs again as a
    // new job at the back of the queue (attempts + 1, retry_of = id).
    net::Result<qint64> retry(qint64 id);
    // The given queued jobs take the queue slots they occupy, in this order.
    net::Status reorder(const QList<qint64> &ids);
    net::Status moveToFront(qint64 id);
    // Moves a queued job within the queue, in one transaction; returns its new
    // place (0: the next to run). An error, in words, if it is not queued.
    net::Result<int> move(qint64 id, QueueMove where);
    // Puts a queued job just before another queued job (beforeId 0: last).
    net::Result<int> moveBefore(qint64 id, qint64 beforeId);

    net::Status setPaused(bool paused);
    bool isPaused();

    // Deletes finished jobs older than `before`; returns how many.
    net::Result<int> purgeFinished(const QDateTime &before);

private:
    net::ApiError error(const QString &what, const QString &detail) const;
    net::Status exec(const QString &sql);
    net::Result<bool> changed(QSqlQuery &q);
    net::Result<QList<Job>> select(QSqlQuery &q);
    net::Status migrate();
    // The queue order read and rewritten in one transaction: `target` gets the
    // queued ids in order and the job's index, and answers its new index.
    net::Result<int>
    place(qint64 id, const std::function<net::Result<int>(const QList<qint64> &, int)> &target);
    net::ApiError notQueued(qint64 id);
    bool hasTextIndex();

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    bool m_textIndex = false;
};

} // namespace c41::jobs
