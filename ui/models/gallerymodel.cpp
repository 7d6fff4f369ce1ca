// SPDX-License-Identifier: GPL-3.0-or-later
#include "gallerymodel.h"

#include "jobs/jobdispatcher.h" // JobQueue holds a QPointer<JobDispatcher>
#include "jobs/jobqueue.h"
#include "jobs/jobstore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace c41::ui {

using jobs::GalleryItem;
using jobs::MediaKind;

GalleryModel::GalleryModel(jobs::JobStore *store, jobs::JobQueue *queue, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_queue(queue)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(10000);
    m_coalesce.setSingleShot(true);
    connect(&m_coalesce, &QTimer::timeout, this, &GalleryModel::refreshNow);
    if (m_queue)
        connect(m_queue, &jobs::JobQueue::changed, this, &GalleryModel::scheduleRefresh);
    reload();
}

GalleryModel::~GalleryModel()
{
    m_closing = true;
    m_pool.waitForDone();
}

int GalleryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QString GalleryModel::kindText(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Image:
        return tr("Image");
    case MediaKind::Video:
        return tr("Video");
    case MediaKind::Audio:
        return tr("Audio");
    case MediaKind::Other:
        break;
    }
    return tr("File");
}

QVariant GalleryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GalleryItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case PromptRole:
        return item.title;
    case Qt::ToolTipRole: {
        const QString when = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(item.finishedMs).toLocalTime(), QLocale::ShortFormat);
        return tr("%1\n%2 · %3 · %4 · job %5")
            .arg(item.title, QFileInfo(item.path).fileName(),
                 item.server.isEmpty() ? tr("no server") : item.server, when)
            .arg(item.jobId);
    }
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(kindText(item.media), item.title);
    case PathRole:
        return item.path;
    case JobIdRole:
        return item.jobId;
    case MediaKindRole:
        return int(item.media);
    case JobKindRole:
        return jobs::kindName(item.jobKind);
    case ServerRole:
        return item.server;
    case FinishedRole:
        return QDateTime::fromMSecsSinceEpoch(item.finishedMs).toLocalTime();
    case FileNameRole:
        return QFileInfo(item.path).fileName();
    default:
        return {};
    }
}

QHash<int, QByteArray> GalleryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PathRole, "path");
    names.insert(JobIdRole, "jobId");
    names.insert(MediaKindRole, "mediaKind");
    names.insert(JobKindRole, "jobKind");
    names.insert(ServerRole, "server");
    names.insert(FinishedRole, "finished");
    names.insert(PromptRole, "prompt");
    names.insert(FileNameRole, "fileName");
    return names;
}

int GalleryModel::rowOfPath(const QString &path) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items[i].path == path)
            return i;
    return -1;
}

QStringList GalleryModel::servers() const
{
    QStringList names;
    for (auto it = m_serverCounts.cbegin(); it != m_serverCounts.cend(); ++it)
        if (!it.key().isEmpty())
            names << it.key();
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return names;
}

void GalleryModel::reload()
{
    if (m_reading) {
        m_again = true;
        m_fullNext = true;
        return;
    }
    startRead(true);
}

void GalleryModel::scheduleRefresh()
{
    if (m_coalesce.isActive())
        return;
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - m_lastRefresh;
    m_coalesce.start(int(std::clamp<qint64>(kRefreshIntervalMs - since, 0, kRefreshIntervalMs)));
}

void GalleryModel::refreshNow()
{
    m_coalesce.stop();
    if (m_reading) {
        m_again = true;
        return;
    }
    startRead(!m_loaded);
}

void GalleryModel::startRead(bool full)
{
    m_lastRefresh = QDateTime::currentMSecsSinceEpoch();
    if (!m_store) {
        m_error = tr("There is no job database.");
        m_loaded = true;
        Q_EMIT refreshed();
        return;
    }
    m_reading = true;
    const QString path = m_store->path();
    const QList<qint64> pending = m_pending;
    const qint64 after = m_maxId;
    m_pool.start([this, path, pending, after, full] {
        net::Result<jobs::GalleryScan> scan =
            full ? jobs::GalleryIndex::scanAll(path, &m_closing)
                 : jobs::GalleryIndex::scanChanges(path, pending, after);
        // The destructor waits for the pool; events posted to a deleted object are dropped.
        QMetaObject::invokeMethod(
            this, [this, scan = std::move(scan), full] { applied(scan, full); },
            Qt::QueuedConnection);
    });
}

void GalleryModel::noteServers(const QList<GalleryItem> &items, bool reset)
{
    const QStringList before = servers();
    if (reset)
        m_serverCounts.clear();
    for (const GalleryItem &item : items)
        ++m_serverCounts[item.server];
    if (servers() != before)
        Q_EMIT serversChanged();
}

void GalleryModel::applied(const net::Result<jobs::GalleryScan> &scan, bool full)
{
    m_reading = false;
    bool readAll = false;
    if (!scan) {
        m_error = scan.error().toString();
    } else {
        m_error.clear();
        if (full) {
            beginResetModel();
            m_items = scan->items;
            endResetModel();
            m_pending = scan->pending;
            m_maxId = scan->maxId;
            m_succeeded = scan->succeededJobs;
            noteServers(m_items, true);
        } else {
            m_pending = scan->pending;
            m_maxId = std::max(m_maxId, scan->maxId);
            m_succeeded += scan->succeededJobs;
            if (!scan->items.isEmpty()) {
                beginInsertRows({}, 0, int(scan->items.size()) - 1);
                m_items = scan->items + m_items;
                endInsertRows();
                noteServers(scan->items, false);
            }
        }
        // Fewer (or more) succeeded jobs than counted: some were deleted, or a job's
        // state went back and forth. Read everything again.
        readAll = m_succeeded != scan->totalSucceeded;
    }
    m_loaded = true;
    Q_EMIT refreshed();
    if (readAll || m_fullNext) {
        m_again = false;
        m_fullNext = false;
        startRead(true);
    } else if (m_again) {
        m_again = false;
        scheduleRefresh();
    }
}

} // namespace c41::ui
