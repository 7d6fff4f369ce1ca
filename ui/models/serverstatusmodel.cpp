// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverstatusmodel.h"

#include "studio/studiomonitor.h"

#include <QColor>
#include <QFont>

#include "widgets/statusdot.h"

namespace c41::ui {

using studio::ServerState;

namespace {
// Internal ids: 0 for box rows, box index + 1 for server rows (their parent).
constexpr quintptr kBoxId = 0;

ServerStatusModel::Health healthOf(const ServerState &s)
{
    if (!s.last.checkedAt.isValid())
        return ServerStatusModel::Health::Unknown;
    if (s.last.healthy)
        return ServerStatusModel::Health::Up;
    return s.last.reachable ? ServerStatusModel::Health::Error : ServerStatusModel::Health::Down;
}

QColor colorOf(ServerStatusModel::Health h)
{
    switch (h) {
    case ServerStatusModel::Health::Up:
        return QColor(0x2e, 0xa0, 0x43);
    case ServerStatusModel::Health::Error:
        return QColor(0xd2, 0x99, 0x22);
    case ServerStatusModel::Health::Down:
        return QColor(0xcf, 0x22, 0x2e);
    case ServerStatusModel::Health::Unknown:
        break;
    }
    return QColor(0x8c, 0x95, 0x9f);
}
} // namespace

ServerStatusModel::ServerStatusModel(studio::StudioMonitor *monitor, QObject *parent)
    : QAbstractItemModel(parent)
    , m_monitor(monitor)
{
    const auto &config = m_monitor->config();
    QStringList boxed;
    for (const auto &b : config.boxes) {
        m_boxes.append({b.name, b.title, b.servers});
        boxed << b.servers;
    }
    Box other{QString(), tr("Other servers"), {}};
    for (const auto &s : config.servers) {
        if (!boxed.contains(s.name))
            other.servers << s.name;
    }
    if (!other.servers.isEmpty())
        m_boxes.append(other);
    connect(m_monitor, &studio::StudioMonitor::serverChanged, this,
            &ServerStatusModel::onServerChanged);
}

QModelIndex ServerStatusModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kBoxId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ServerStatusModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kBoxId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kBoxId);
}

int ServerStatusModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_boxes.size());
    if (parent.internalId() == kBoxId && parent.column() == 0)
        return int(m_boxes.at(parent.row()).servers.size());
    return 0;
}

int ServerStatusModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ServerStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Box / server");
    case KindColumn:
        return tr("Kind");
    case AddressColumn:
        return tr("Address");
    case StateColumn:
        return tr("State");
    case LatencyColumn:
        return tr("Latency");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

QVariant ServerStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == IsBoxRole)
        return index.internalId() == kBoxId;
    if (index.internalId() == kBoxId)
        return boxData(index.row(), index.column(), role);
    const Box &box = m_boxes.at(int(index.internalId() - 1));
    const ServerState *state = m_monitor->state(box.servers.at(index.row()));
    return state ? serverData(*state, index.column(), role) : QVariant();
}

ServerStatusModel::Health ServerStatusModel::boxHealth(const Box &box) const
{
    int up = 0;
    int known = 0;
    for (const QString &name : box.servers) {
        const ServerState *s = m_monitor->state(name);
        if (!s || !s->last.checkedAt.isValid())
            continue;
        ++known;
        up += s->last.healthy ? 1 : 0;
    }
    if (known == 0)
        return Health::Unknown;
    if (up == box.servers.size())
        return Health::Up;
    return up == 0 ? Health::Down : Health::Error;
}

QVariant ServerStatusModel::boxData(int boxRow, int column, int role) const
{
    const Box &box = m_boxes.at(boxRow);
    const Health health = boxHealth(box);
    int up = 0;
    for (const QString &name : box.servers) {
        const ServerState *s = m_monitor->state(name);
        up += (s && s->last.healthy) ? 1 : 0;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return box.title;
        if (column == StateColumn)
            return health == Health::Unknown ? tr("checking…")
                                             : tr("%1 of %2 up").arg(up).arg(box.servers.size());
        if (column == DetailColumn && !box.name.isEmpty() && box.name != box.title)
            return box.name;
        return {};
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return f;
    }
    case Qt::DecorationRole:
        return column == StateColumn ? QVariant(statusDot(colorOf(health))) : QVariant();
    case HealthRole:
        return int(health);
    case Qt::AccessibleTextRole:
        return column == NameColumn ? tr("Box %1").arg(box.title) : QVariant();
    default:
        return {};
    }
}

QVariant ServerStatusModel::serverData(const ServerState &s, int column, int role) const
{
    const Health health = healthOf(s);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return s.config.name;
        case KindColumn:
            return studio::serverKindName(s.config.address.kind);
        case AddressColumn:
            return s.config.address.url.toString();
        case StateColumn:
            switch (health) {
            case Health::Up:
                return tr("up");
            case Health::Error:
                return tr("error");
            case Health::Down:
                return tr("down");
            case Health::Unknown:
                return tr("checking…");
            }
            return {};
        case LatencyColumn:
            return s.last.reachable ? tr("%1 ms").arg(s.last.latency.count()) : QStringLiteral("—");
        case DetailColumn:
            return s.last.error ? s.last.error->message : s.last.detail;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (s.last.error)
            return s.last.error->toString();
        return s.last.detail;
    case Qt::ForegroundRole:
        if (column == DetailColumn && s.last.error)
            return colorOf(Health::Down);
        return {};
    case Qt::DecorationRole:
        return column == StateColumn ? QVariant(statusDot(colorOf(health))) : QVariant();
    case Qt::TextAlignmentRole:
        return column == LatencyColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case HealthRole:
        return int(health);
    default:
        return {};
    }
}

void ServerStatusModel::onServerChanged(const QString &server)
{
    for (int b = 0; b < m_boxes.size(); ++b) {
        const int row = int(m_boxes[b].servers.indexOf(server));
        if (row < 0)
            continue;
        const QModelIndex parentIndex = index(b, 0);
        Q_EMIT dataChanged(index(row, 0, parentIndex), index(row, ColumnCount - 1, parentIndex));
        Q_EMIT dataChanged(index(b, 0), index(b, ColumnCount - 1));
    }
}

int ServerStatusModel::upCount() const
{
    int up = 0;
    for (const auto &s : m_monitor->states())
        up += s.last.healthy ? 1 : 0;
    return up;
}

int ServerStatusModel::serverCount() const
{
    return int(m_monitor->config().servers.size());
}

} // namespace c41::ui
