// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobsmodel.h"

#include "jobs/jobdispatcher.h" // JobQueue holds a QPointer<JobDispatcher>
#include "jobs/jobqueue.h"

#include <QColor>
#include <QDateTime>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace c41::ui {

using jobs::Job;
using jobs::JobState;

JobsModel::JobsModel(jobs::JobStore *store, jobs::JobQueue *queue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_queue(queue)
{
    m_coalesce.setSingleShot(true);
    connect(&m_coalesce, &QTimer::timeout, this, &JobsModel::refreshNow);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        bool any = false;
        for (int r = 0; r < int(m_rows.size()); ++r) {
            if (m_rows[r].isActive()) {
                any = true;
                Q_EMIT dataChanged(index(r, DurationColumn), index(r, DurationColumn),
                                   {Qt::DisplayRole});
            }
        }
        if (!any)
            m_tick.stop();
    });
    if (m_queue)
        connect(m_queue, &jobs::JobQueue::changed, this, &JobsModel::scheduleRefresh);
    reload();
}

void JobsModel::setFilter(const jobs::JobFilter &filter)
{
    m_filter = filter;
    m_filter.offset = 0;
    m_filter.limit = kPageSize;
    reload();
}

void JobsModel::reload()
{
    m_coalesce.stop();
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    jobs::JobFilter f = m_filter;
    f.limit = kPageSize;
    f.offset = 0;
    if (auto all = m_store->count(jobs::JobFilter{}))
        m_storeCount = *all;
    auto total = m_store->count(f);
    auto rows = m_store->list(f);
    readPlaces();
    if (total && rows) {
        m_total = *total;
        m_rows = *rows;
    } else {
        m_total = 0;
        m_error = !total ? total.error().toString() : rows.error().toString();
    }
    endResetModel();
    m_lastRefresh = QDateTime::currentMSecsSinceEpoch();
    if (std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Job &j) { return j.isActive(); }))
        m_tick.start();
    Q_EMIT refreshed();
}

void JobsModel::scheduleRefresh()
{
    if (m_coalesce.isActive())
        return;
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - m_lastRefresh;
    m_coalesce.start(int(std::clamp<qint64>(kRefreshIntervalMs - since, 0, kRefreshIntervalMs)));
}

bool JobsModel::sameRow(const Job &a, const Job &b)
{
    return a.id == b.id && a.state == b.state && a.progress == b.progress && a.step == b.step &&
           a.etaSeconds == b.etaSeconds && a.server == b.server && a.error == b.error &&
           a.started == b.started && a.finished == b.finished && a.outputs == b.outputs &&
           a.outputDir == b.outputDir && a.params == b.params &&
           a.cancelRequested == b.cancelRequested;
}

bool JobsModel::readPlaces()
{
    auto order = m_store->queueOrder();
    if (!order)
        return false;
    QHash<qint64, int> places;
    places.reserve(order->size());
    for (qsizetype i = 0; i < order->size(); ++i)
        places.insert(order->at(i), int(i) + 1);
    if (places == m_places)
        return false;
    m_places = std::move(places);
    return true;
}

void JobsModel::refreshNow()
{
    m_coalesce.stop();
    m_lastRefresh = QDateTime::currentMSecsSinceEpoch();
    jobs::JobFilter f = m_filter;
    auto total = m_store->count(f);
    if (!total) {
        m_error = total.error().toString();
        Q_EMIT refreshed();
        return;
    }
    const int grown = std::max(0, *total - m_total);
    f.offset = 0;
    // Many new jobs at once (a batch from c41ctl): read a page, and reset below.
    f.limit = m_rows.isEmpty()
                  ? kPageSize
                  : std::max(kPageSize, int(m_rows.size()) + std::min(grown, kPageSize));
    auto fresh = m_store->list(f);
    if (!fresh) {
        m_error = fresh.error().toString();
        Q_EMIT refreshed();
        return;
    }
    m_error.clear();
    if (auto all = m_store->count(jobs::JobFilter{}))
        m_storeCount = *all;
    const QList<Job> &rows = *fresh;
    const bool placesMoved = readPlaces();

    // Where the first row shown so far now is: the rows above it are new.
    qsizetype added = m_rows.isEmpty() ? rows.size() : -1;
    if (!m_rows.isEmpty()) {
        for (qsizetype i = 0; i < rows.size() && i <= grown; ++i) {
            if (rows[i].id == m_rows.first().id) {
                added = i;
                break;
            }
        }
    }
    bool lined = added >= 0 && rows.size() >= added + m_rows.size();
    for (qsizetype i = 0; lined && i < m_rows.size(); ++i)
        lined = rows[added + i].id == m_rows[i].id;
    if (!lined) {
        beginResetModel();
        m_rows = rows.mid(
            0, std::min<qsizetype>(rows.size(), std::max<qsizetype>(kPageSize, m_rows.size())));
        m_total = *total;
        endResetModel();
    } else {
        // Rows whose values changed first (at their current rows), then the new ones on top.
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            const Job &now = rows[added + i];
            if (!sameRow(m_rows[i], now)) {
                m_rows[i] = now;
                Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
            } else if (placesMoved && now.state == JobState::Queued) {
                Q_EMIT dataChanged(index(int(i), ProgressColumn), index(int(i), ProgressColumn));
            }
        }
        if (added > 0) {
            beginInsertRows({}, 0, int(added) - 1);
            m_rows = rows.mid(0, added) + m_rows;
            m_total = *total;
            endInsertRows();
        }
        m_total = *total;
    }
    if (std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Job &j) { return j.isActive(); }))
        m_tick.start();
    Q_EMIT refreshed();
}

namespace {
const QString kJobIdMime = QStringLiteral("application/x-c41-job-id");
} // namespace

bool JobsModel::isQueueOrder() const
{
    return m_queue && !m_filter.newestFirst && m_filter.states == QList<JobState>{JobState::Queued};
}

Qt::ItemFlags JobsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!isQueueOrder())
        return f;
    if (!index.isValid())
        return f | Qt::ItemIsDropEnabled; // below the last row: to the bottom
    if (m_rows[index.row()].state == JobState::Queued)
        f |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    return f;
}

QStringList JobsModel::mimeTypes() const
{
    return {kJobIdMime};
}

QMimeData *JobsModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes) {
        if (!i.isValid() || i.row() >= m_rows.size())
            continue;
        auto *data = new QMimeData;
        data->setData(kJobIdMime, QByteArray::number(m_rows[i.row()].id));
        return data;
    }
    return nullptr;
}

bool JobsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                const QModelIndex &) const
{
    return isQueueOrder() && action == Qt::MoveAction && data && data->hasFormat(kJobIdMime);
}

bool JobsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                             const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    bool ok = false;
    const qint64 id = data->data(kJobIdMime).toLongLong(&ok);
    if (!ok)
        return false;
    // On a row or above it: before that job; below the last row: to the bottom.
    const int at = parent.isValid() ? parent.row() : row;
    const qint64 before = at >= 0 && at < m_rows.size() ? m_rows[at].id : 0;
    if (before == id)
        return false;
    auto place = m_queue->moveBefore(id, before);
    if (!place) {
        Q_EMIT moveFailed(place.error().toString());
        return false;
    }
    refreshNow();
    Q_EMIT jobMoved(id, *place);
    return true;
}

bool JobsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void JobsModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    jobs::JobFilter f = m_filter;
    f.offset = int(m_rows.size());
    f.limit = kPageSize;
    auto more = m_store->list(f);
    if (!more) {
        m_error = more.error().toString();
        m_total = int(m_rows.size()); // stop asking
        return;
    }
    if (more->isEmpty()) {
        m_total = int(m_rows.size());
        return;
    }
    // A job inserted since the last refresh shifts the pages: skip what is loaded.
    QList<Job> rows;
    for (const Job &j : *more)
        if (rowOf(j.id) < 0)
            rows << j;
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
    m_rows += rows;
    endInsertRows();
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Job *JobsModel::jobAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int JobsModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return int(i);
    return -1;
}

QString JobsModel::durationText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

static QColor stateColor(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return QColor(0x9e, 0x9e, 0x9e);
    case JobState::Dispatched:
    case JobState::Running:
        return QColor(0x1e, 0x88, 0xe5);
    case JobState::Succeeded:
        return QColor(0x2e, 0x7d, 0x32);
    case JobState::Failed:
    case JobState::Lost:
        return QColor(0xc6, 0x28, 0x28);
    case JobState::Cancelled:
        return QColor(0x75, 0x75, 0x75);
    }
    return {};
}

// A small filled circle in the state's colour, made once per state.
static QPixmap stateDot(JobState state)
{
    static QHash<int, QPixmap> cache;
    auto it = cache.find(int(state));
    if (it != cache.end())
        return *it;
    const qreal dpr = qApp ? qApp->devicePixelRatio() : 1.0;
    QPixmap dot(QSize(12, 12) * dpr);
    dot.setDevicePixelRatio(dpr);
    dot.fill(Qt::transparent);
    QPainter p(&dot);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(stateColor(state));
    p.drawEllipse(QRectF(1, 1, 10, 10));
    p.end();
    return *cache.insert(int(state), dot);
}

QVariant JobsModel::display(const Job &job, int column) const
{
    switch (column) {
    case StateColumn:
        if (job.cancelRequested && job.isActive())
            return tr("cancelling");
        return jobs::stateText(job.state);
    case KindColumn:
        return jobs::kindName(job.kind);
    case TitleColumn:
        return job.title();
    case ServerColumn:
        return job.server.isEmpty() ? job.target : job.server;
    case ProgressColumn:
        if (job.isActive())
            return QStringLiteral("%1%").arg(qRound(job.progress));
        if (job.state == JobState::Queued) {
            const int place = m_places.value(job.id);
            return place ? tr("#%1 in queue").arg(place) : tr("waiting");
        }
        return job.state == JobState::Succeeded ? tr("done") : QString();
    case StartedColumn: {
        if (!job.started.isValid())
            return QString();
        const QDateTime local = job.started.toLocalTime();
        const QLocale locale;
        if (local.date() == QDate::currentDate())
            return locale.toString(local.time(), QLocale::ShortFormat);
        return locale.toString(local, QLocale::ShortFormat);
    }
    case DurationColumn:
        if (!job.started.isValid())
            return QString();
        if (job.finished.isValid())
            return durationText(job.started.secsTo(job.finished));
        if (job.isActive())
            return durationText(job.started.secsTo(QDateTime::currentDateTimeUtc()));
        return QString();
    }
    return {};
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Job &job = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(job, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return job.title();
        if (index.column() == StateColumn && !job.error.isEmpty())
            return job.error;
        if (index.column() == ProgressColumn && job.isActive() && !job.step.isEmpty())
            return job.step; // a finished job's last step is over
        if (index.column() == ProgressColumn && job.state == JobState::Queued &&
            m_places.value(job.id) == 1)
            return tr("The next job to run");
        if (index.column() == StartedColumn && job.started.isValid())
            return QLocale().toString(job.started.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::DecorationRole:
        return index.column() == StateColumn ? QVariant(stateDot(job.state)) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == StateColumn &&
            (job.state == JobState::Failed || job.state == JobState::Lost))
            return stateColor(job.state);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == ProgressColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case JobIdRole:
        return job.id;
    case StateRole:
        return int(job.state);
    case ProgressRole:
        return job.progress;
    case ActiveRole:
        return job.isActive();
    case FinishedRole:
        return job.isFinished();
    case QueuePlaceRole:
        return m_places.value(job.id);
    }
    return {};
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StateColumn:
        return tr("State");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Prompt");
    case ServerColumn:
        return tr("Server");
    case ProgressColumn:
        return tr("Progress");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    }
    return {};
}

} // namespace c41::ui
