// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>

namespace c41::studio {
class StudioMonitor;
struct ServerState;
} // namespace c41::studio

namespace c41::ui {

// Boxes and their servers as a two-level tree, live from the StudioMonitor.
// Top-level rows are boxes (with an "n of m up" summary); children are servers.
class ServerStatusModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        KindColumn,
        AddressColumn,
        StateColumn,
        LatencyColumn,
        DetailColumn,
        ColumnCount
    };
    enum class Health { Unknown, Up, Error, Down };
    enum Role { HealthRole = Qt::UserRole + 1, IsBoxRole };

    explicit ServerStatusModel(studio::StudioMonitor *monitor, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Servers up / all servers, for the window's summary line.
    int upCount() const;
    int serverCount() const;

private:
    struct Box
    {
        QString name;
        QString title;
        QStringList servers;
    };
    void onServerChanged(const QString &server);
    QVariant boxData(int boxRow, int column, int role) const;
    QVariant serverData(const studio::ServerState &state, int column, int role) const;
    Health boxHealth(const Box &box) const;

    studio::StudioMonitor *m_monitor;
    QList<Box> m_boxes; // boxes, plus one "other" box for servers outside any box
};

} // namespace c41::ui
