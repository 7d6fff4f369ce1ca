// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studio/modelcatalog.h"

#include <QAbstractTableModel>

#include <optional>

namespace c41::ui {

// Every model of every LLM server of the catalog, one row each, plus one row per
// server that could not be listed (with its error). Follows the catalog's signals.
class LlmModelsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ServerColumn,
        ModelColumn,
        SizeColumn,
        ParamsColumn,
        QuantColumn,
        ContextColumn,
        StateColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values for sorting
        ServerRole,
        ModelNameRole,
        LoadedRole,  // bool
        PinnedRole,  // bool
        BusyRole,    // bool: an action runs on it
        IsErrorRole, // bool: a server that could not be listed
    };

    explicit LlmModelsModel(studio::ModelCatalog *catalog, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int modelCount() const;  // model rows
    int loadedCount() const; // of which in memory
    int errorCount() const;  // servers that failed

    static QString humanBytes(qint64 bytes);

private:
    struct Row
    {
        QString server;
        std::optional<studio::CatalogModel> entry; // empty: the server's error row
        QString error;
        QString key() const;
    };

    void rebuild();
    void refreshBusy(const QString &server, const QString &model);
    QVariant display(const Row &row, int column) const;
    QString stateText(const Row &row) const;

    studio::ModelCatalog *m_catalog;
    QList<Row> m_rows;
};

} // namespace c41::ui
