// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/galleryindex.h"
#include "jobs/galleryitem.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include <atomic>

namespace c41::jobs {
class JobQueue;
class JobStore;
} // namespace c41::jobs

namespace c41::ui {

// Every output file of the studio's succeeded jobs, newest first, one row per file.
// The job database is read on a worker thread (GalleryIndex, its own connection):
// the window never waits for it, and no file is touched at load (kinds come from
// file names; thumbnails are made later, for the items on screen). Follows
// JobQueue::changed(), coalesced to two refreshes a second: a refresh reads only the
// jobs that were pending and the new ones, and inserts their outputs at the top; a
// purge (fewer succeeded jobs than counted) reads everything again.
class GalleryModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        PathRole = Qt::UserRole + 1, // QString: absolute path
        JobIdRole,                   // qint64
        MediaKindRole,               // int(jobs::MediaKind)
        JobKindRole,                 // QString: "image", "video", "tts"…
        ServerRole,                  // QString
        FinishedRole,                // QDateTime (local time)
        PromptRole,                  // QString: the job's prompt or title
        FileNameRole,                // QString
    };

    static constexpr int kRefreshIntervalMs = 500;

    explicit GalleryModel(jobs::JobStore *store, jobs::JobQueue *queue = nullptr,
                          QObject *parent = nullptr);
    ~GalleryModel() override; // waits for a read in flight

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const jobs::GalleryItem &itemAt(int row) const { return m_items.at(row); }
    int rowOfPath(const QString &path) const;  // -1 if not listed
    QStringList servers() const;               // the servers of the outputs, sorted
    bool isLoaded() const { return m_loaded; } // the first read has come back
    bool isReading() const { return m_reading; }
    QString lastError() const { return m_error; }

    // Reads everything again (on the worker thread).
    void reload();
    // Reads what changed, within kRefreshIntervalMs (at most two reads a second).
    void scheduleRefresh();
    void refreshNow();

    static QString kindText(jobs::MediaKind kind); // "Image", "Video"… translated

Q_SIGNALS:
    void refreshed(); // after each read is applied (and after a failed one)
    void serversChanged();

private:
    void startRead(bool full);
    void applied(const net::Result<jobs::GalleryScan> &scan, bool full);
    void noteServers(const QList<jobs::GalleryItem> &items, bool reset);

    jobs::JobStore *m_store;
    jobs::JobQueue *m_queue;
    QList<jobs::GalleryItem> m_items;
    QHash<QString, int> m_serverCounts;
    QList<qint64> m_pending;
    qint64 m_maxId = 0;
    int m_succeeded = 0;
    bool m_loaded = false;
    bool m_reading = false;
    bool m_again = false;    // a refresh was asked for during a read
    bool m_fullNext = false; // …and it must read everything
    QString m_error;
    QTimer m_coalesce;
    qint64 m_lastRefresh = 0;
    std::atomic<bool> m_closing{false}; // stops a read when the model goes
    QThreadPool m_pool;                 // one thread: reads run one at a time
};

} // namespace c41::ui
