// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/job.h"
#include "jobs/jobstore.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

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
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Jobs matching the filter (loaded or not), and jobs in the whole store.
    int totalCount() const { return m_total; }
    int storeCount() const { return m_storeCount; }
    const jobs::Job *jobAt(int row) const;
    int rowOf(qint64 id) const; // -1 if not loaded
    QString lastError() const { return m_error; }

    // Re-reads the loaded rows now (the coalesced refresh calls this).
    void refreshNow();
    // Asks for a refresh within kRefreshIntervalMs (at most two a second).
    void scheduleRefresh();

    static QString durationText(qint64 seconds);

Q_SIGNALS:
    void refreshed(); // after each refresh, reset or not

private:
    void reload();
    QVariant display(const jobs::Job &job, int column) const;
    static bool sameRow(const jobs::Job &a, const jobs::Job &b);

    jobs::JobStore *m_store;
    jobs::JobQueue *m_queue;
    jobs::JobFilter m_filter;
    QList<jobs::Job> m_rows;
    int m_total = 0;
    int m_storeCount = 0;
    QString m_error;
    QTimer m_coalesce; // single shot: the pending refresh
    QTimer m_tick;     // 1 s while jobs run: their duration column
    qint64 m_lastRefresh = 0;
};

} // namespace c41::ui
