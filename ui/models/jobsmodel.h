// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/job.h"
#include "jobs/jobstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>

class QMimeData;

namespace c41::jobs {
class JobQueue;
}

namespace c41::ui {

// The job history of a JobStore, newest first, as a table. Rows are loaded a
// page at a time (canFetchMore/fetchMore with the store's limit/offset), so a
// history of 100k jobs opens at once. Follows JobQueue::changed(), coalesced
// to at most two refreshes a second: rows whose values changed (progress,
// state…) get dataChanged, new jobs are inserted at the top, and the model is
// reset only when the rows shown no longer line up (a purge, a new filter).
class JobsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StateColumn,
        KindColumn,
        TitleColumn,
        ServerColumn,
        ProgressColumn,
        StartedColumn,
        DurationColumn,
        ColumnCount
    };
    enum Role {
        JobIdRole = Qt::UserRole + 1, // qint64
        StateRole,                    // int(jobs::JobState)
        ProgressRole,                 // double 0..100, for the progress-bar delegate
        ActiveRole,                   // bool: dispatched or running
        FinishedRole,                 // bool
        QueuePlaceRole,               // int: 1 for the next queued job to run; 0: not queued
    };

    static constexpr int kPageSize = 200;
    static constexpr int kRefreshIntervalMs = 500;

    explicit JobsModel(jobs::JobStore *store, jobs::JobQueue *queue, QObject *parent = nullptr);

    // Which jobs to show (limit and offset are ignored: the model pages itself).
    void setFilter(const jobs::JobFilter &filter);
    jobs::JobFilter filter() const { return m_filter; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Drag and drop of queued rows, in the queue-ordered view only (a filter
    // on "queued" alone): a row dropped on or above another goes before it in
    // the queue, below the last row to the bottom (JobQueue::moveBefore).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    // True when the rows are the queue in its order, so they can be dragged.
    bool isQueueOrder() const;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Jobs matching the filter (loaded or not), and jobs in the whole store.
    int totalCount() const { return m_total; }
    int storeCount() const { return m_storeCount; }
    const jobs::Job *jobAt(int row) const;
    int rowOf(qint64 id) const; // -1 if not loaded
    // A queued job's place in the queue (1: the next to run); 0 if not queued.
    int queuePlace(qint64 id) const { return m_places.value(id); }
    int queuedCount() const { return int(m_places.size()); }
    QString lastError() const { return m_error; }

    // Re-reads the loaded rows now (the coalesced refresh calls this).
    void refreshNow();
    // Asks for a refresh within kRefreshIntervalMs (at most two a second).
    void scheduleRefresh();

    static QString durationText(qint64 seconds);

Q_SIGNALS:
    void refreshed(); // after each refresh, reset or not
    // A dropped job took its new place (0: next to run), or could not move.
    void jobMoved(qint64 id, int place);
    void moveFailed(const QString &error);

private:
    void reload();
    QVariant display(const jobs::Job &job, int column) const;
    static bool sameRow(const jobs::Job &a, const jobs::Job &b);
    // Reads the queue order; true if a place changed.
    bool readPlaces();

    jobs::JobStore *m_store;
    jobs::JobQueue *m_queue;
    jobs::JobFilter m_filter;
    QList<jobs::Job> m_rows;
    QHash<qint64, int> m_places; // queued job → its place (1-based)
    int m_total = 0;
    int m_storeCount = 0;
    QString m_error;
    QTimer m_coalesce; // single shot: the pending refresh
    QTimer m_tick;     // 1 s while jobs run: their duration column
    qint64 m_lastRefresh = 0;
};

} // namespace c41::ui
