// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadedmodelsmodel.h"

namespace c41::ui {

LoadedModelsModel::LoadedModelsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LoadedModelsModel::setServers(const QList<studio::LlmServerSample> &servers,
                                   const QDateTime &now)
{
    QList<Row> rows;
    QStringList errors;
    for (const studio::LlmServerSample &server : servers) {
        if (!server.error.isEmpty()) { // core errors usually start with the server's name
            errors << (server.error.startsWith(server.server)
                           ? server.error
                           : tr("%1: %2").arg(server.server, server.error));
        }
        for (const studio::LlmModelSample &model : server.models)
            rows.append(Row{server.server, model});
    }
    const bool errorsChanged = errors != m_errors;
    m_errors = errors;
    m_now = now;
    if (errorsChanged)
        Q_EMIT this->errorsChanged();
    bool sameKeys = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameKeys && i < rows.size(); ++i) {
        sameKeys = rows[i].server == m_rows[i].server && rows[i].model.name == m_rows[i].model.name;
    }
    if (!sameKeys) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int LoadedModelsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LoadedModelsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LoadedModelsModel::humanBytes(double bytes)
{
    if (bytes <= 0)
        return tr("unknown size");
    const double gib = bytes / (1024.0 * 1024 * 1024);
    if (gib >= 1)
        return tr("%1 GiB").arg(gib, 0, 'f', gib >= 100 ? 0 : 1);
    return tr("%1 MiB").arg(bytes / (1024.0 * 1024), 0, 'f', 0);
}

QString LoadedModelsModel::unloadText(const studio::LlmModelSample &model, const QDateTime &now)
{
    if (model.pinned)
        return tr("pinned");
    if (!model.expiresAt.isValid())
        return tr("no idle timer");
    const qint64 secs = now.secsTo(model.expiresAt);
    if (secs <= 0)
        return tr("unloading now");
    if (secs < 60)
        return tr("unloads in %1 s").arg(secs);
    if (secs < 3600)
        return tr("unloads in %1 min").arg((secs + 59) / 60);
    if (secs < 48 * 3600)
        return tr("unloads in %1 h %2 min").arg(secs / 3600).arg((secs % 3600) / 60);
    return tr("unloads in %1 days").arg(secs / 86400);
}

QVariant LoadedModelsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.model.name;
        case ServerColumn:
            return row.server;
        case MemoryColumn: {
            QString text = humanBytes(row.model.sizeBytes);
            if (row.model.vramShare && *row.model.vramShare < 0.995 && row.model.sizeBytes > 0)
                text = tr("%1 (%2% on GPU)").arg(text).arg(qRound(*row.model.vramShare * 100));
            return text;
        }
        case UnloadsColumn:
            return unloadText(row.model, m_now);
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 on %2").arg(row.model.name, row.server);
    case Qt::TextAlignmentRole:
        return index.column() == MemoryColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case ServerRole:
        return row.server;
    case ModelRole:
        return row.model.name;
    case SizeBytesRole:
        return row.model.sizeBytes;
    case ExpiresAtRole:
        return row.model.expiresAt;
    case PinnedRole:
        return row.model.pinned;
    }
    return {};
}

QVariant LoadedModelsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Model");
    case ServerColumn:
        return tr("Server");
    case MemoryColumn:
        return tr("Memory");
    case UnloadsColumn:
        return tr("Unloads");
    }
    return {};
}

} // namespace c41::ui
