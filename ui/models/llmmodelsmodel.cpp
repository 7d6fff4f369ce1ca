// SPDX-License-Identifier: GPL-3.0-or-later
#include "llmmodelsmodel.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace c41::ui {

using studio::ModelCatalog;

QString LlmModelsModel::Row::key() const
{
    return server + QChar(u'\n') + (entry ? entry->model.name : QString());
}

LlmModelsModel::LlmModelsModel(ModelCatalog *catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{
    connect(catalog, &ModelCatalog::serverChanged, this, &LlmModelsModel::rebuild);
    connect(catalog, &ModelCatalog::actionStarted, this,
            [this](const QString &server, const QString &model) { refreshBusy(server, model); });
    connect(catalog, &ModelCatalog::actionFinished, this,
            [this](const QString &server, const QString &model) { refreshBusy(server, model); });
    rebuild();
}

void LlmModelsModel::rebuild()
{
    QList<Row> rows;
    for (const QString &name : m_catalog->serverNames()) {
        const studio::CatalogServer *server = m_catalog->server(name);
        if (!server)
            continue;
        if (!server->error.isEmpty()) {
            rows << Row{name, std::nullopt, server->error};
            continue;
        }
        for (const studio::CatalogModel &m : server->models)
            rows << Row{name, m, server->loadedError};
    }
    bool sameKeys = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
        sameKeys = rows[i].key() == m_rows[i].key();
    if (sameKeys) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void LlmModelsModel::refreshBusy(const QString &server, const QString &model)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].server == server && m_rows[i].entry && m_rows[i].entry->model.name == model)
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

int LlmModelsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LlmModelsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int LlmModelsModel::modelCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.entry; }));
}

int LlmModelsModel::loadedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &r) { return r.entry && r.entry->loaded; }));
}

int LlmModelsModel::errorCount() const
{
    return int(m_rows.size()) - modelCount();
}

QString LlmModelsModel::humanBytes(qint64 bytes)
{
    if (bytes <= 0)
        return QStringLiteral("—");
    if (bytes < 1'000'000'000)
        return tr("%1 MB").arg(qRound(bytes / 1e6));
    return tr("%1 GB").arg(QString::number(bytes / 1e9, 'f', bytes >= 100e9 ? 0 : 1));
}

QString LlmModelsModel::stateText(const Row &row) const
{
    if (!row.entry)
        return row.error;
    const QString &name = row.entry->model.name;
    if (const auto action = m_catalog->pending(row.server, name)) {
        switch (*action) {
        case ModelCatalog::Action::Load:
            return tr("Loading…");
        case ModelCatalog::Action::Unload:
            return tr("Unloading…");
        case ModelCatalog::Action::Pin:
            return tr("Pinning…");
        }
    }
    if (!row.entry->loaded)
        return row.error.isEmpty() ? tr("Not loaded") : tr("Unknown");
    const backends::LoadedModel &m = *row.entry->loaded;
    QStringList parts{tr("In memory")};
    if (m.sizeBytes > 0)
        parts << humanBytes(m.sizeBytes);
    const double share = m.vramShare();
    if (share >= 0)
        parts << (share >= 0.995   ? tr("100% GPU")
                  : share <= 0.005 ? tr("CPU only")
                                   : tr("%1% GPU").arg(qRound(share * 100)));
    if (m.pinned) {
        parts << tr("pinned");
    } else if (m.expiresAt.isValid()) {
        const qint64 secs = QDateTime::currentDateTimeUtc().secsTo(m.expiresAt);
        parts << (secs < 60 ? tr("unloads in %1 s").arg(std::max<qint64>(secs, 0))
                            : tr("unloads in %1 min").arg((secs + 30) / 60));
    } else if (!m.state.isEmpty()) {
        parts << m.state;
    }
    return parts.join(QStringLiteral(" · "));
}

QVariant LlmModelsModel::display(const Row &row, int column) const
{
    if (column == ServerColumn)
        return row.server;
    if (!row.entry)
        return column == ModelColumn   ? tr("Unreachable")
               : column == StateColumn ? row.error
                                       : QString();
    const backends::LlmModel &m = row.entry->model;
    switch (column) {
    case ModelColumn:
        return m.name;
    case SizeColumn:
        return humanBytes(m.sizeBytes);
    case ParamsColumn: {
        QString params = m.parameterSize;
        if (params.isEmpty() && m.parameterCount > 0)
            params = QString::number(m.parameterCount / 1e9, 'f', 1) + u'B';
        QStringList parts;
        if (!m.family.isEmpty())
            parts << m.family;
        if (!params.isEmpty())
            parts << params;
        return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(" · "));
    }
    case QuantColumn:
        return m.quantization.isEmpty() ? QStringLiteral("—") : m.quantization;
    case ContextColumn:
        return m.contextLength > 0 ? QLocale().toString(m.contextLength) : QStringLiteral("—");
    case StateColumn:
        return stateText(row);
    }
    return {};
}

QVariant LlmModelsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const bool busy = row.entry && m_catalog->pending(row.server, row.entry->model.name);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == StateColumn || !row.entry ? stateText(row)
                                                           : display(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == ContextColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!row.entry)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (index.column() == StateColumn && busy)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        if (index.column() == StateColumn && row.entry->loaded)
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        if (index.column() == StateColumn || index.column() == ServerColumn)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::FontRole:
        if (busy && index.column() == StateColumn) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        if (row.entry && row.entry->loaded && index.column() == ModelColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::AccessibleTextRole:
        return display(row, index.column());
    case SortRole:
        if (!row.entry)
            return display(row, index.column());
        switch (index.column()) {
        case SizeColumn:
            return row.entry->model.sizeBytes;
        case ContextColumn:
            return row.entry->model.contextLength;
        case StateColumn:
            return row.entry->loaded ? 1 : 0;
        default:
            return display(row, index.column());
        }
    case ServerRole:
        return row.server;
    case ModelNameRole:
        return row.entry ? row.entry->model.name : QString();
    case LoadedRole:
        return row.entry && row.entry->loaded;
    case PinnedRole:
        return row.entry && row.entry->loaded && row.entry->loaded->pinned;
    case BusyRole:
        return busy;
    case IsErrorRole:
        return !row.entry;
    }
    return {};
}

QVariant LlmModelsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServerColumn:
        return tr("Server");
    case ModelColumn:
        return tr("Model");
    case SizeColumn:
        return tr("Size");
    case ParamsColumn:
        return tr("Family · params");
    case QuantColumn:
        return tr("Quant");
    case ContextColumn:
        return tr("Context");
    case StateColumn:
        return tr("Memory");
    }
    return {};
}

} // namespace c41::ui
