// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studio/telemetrymodel.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace c41::ui {

// The models one box holds in memory right now, across its LLM servers (Ollama /api/ps,
// llama.cpp, vLLM), one row each: name, server, memory held, and when it unloads
// ("in 4 min", "pinned", or unknown). Fed with the LlmServerSamples of a BoxTelemetry;
// rows are only reset when the set of loaded models changes, otherwise the changed
// cells are announced.
class LoadedModelsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ServerColumn, MemoryColumn, UnloadsColumn, ColumnCount };
    enum Role {
        ServerRole = Qt::UserRole + 1, // the server's name (what an unload goes to)
        ModelRole,                     // the model's name
        SizeBytesRole,                 // double, 0 when unknown
        ExpiresAtRole,                 // QDateTime, invalid when unknown
        PinnedRole,                    // bool
    };

    explicit LoadedModelsModel(QObject *parent = nullptr);

    void setServers(const QList<studio::LlmServerSample> &servers,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Server errors of the last poll ("brain-llama: connection refused"), one per server.
    QStringList errors() const { return m_errors; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString humanBytes(double bytes);

Q_SIGNALS:
    void errorsChanged();

public:
    static QString unloadText(const studio::LlmModelSample &model, const QDateTime &now);

private:
    struct Row
    {
        QString server;
        studio::LlmModelSample model;
    };
    QList<Row> m_rows;
    QStringList m_errors;
    QDateTime m_now;
};

} // namespace c41::ui
