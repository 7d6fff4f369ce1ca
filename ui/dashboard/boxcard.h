// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studio/studiomonitor.h"
#include "studio/telemetrymodel.h"

#include <QDateTime>
#include <QFrame>

class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace c41::studio {
class TelemetryHistory;
}

namespace c41::ui {

class DevicePanel;
class HistoryChart;
class LoadedModelsList;
class LoadedModelsModel;

// One box on the dashboard: a gauge panel per device, the host line, the live history
// chart, the models loaded right now (with Unload), and the state of each server of
// the box. A box whose sources all fail, or whose figures went stale, is greyed with
// the reason in its header.
class BoxCard final : public QFrame
{
    Q_OBJECT
public:
    BoxCard(QString box, QString title, const studio::TelemetryHistory *history,
            QWidget *parent = nullptr);

    QString box() const { return m_box; }
    void setTelemetry(const studio::BoxTelemetry &telemetry,
                      const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Boxes without a telemetry source still show their servers.
    void setNoTelemetry();
    void setServers(const QList<studio::ServerState> &servers);
    void showUnloadResult(const QString &server, const QString &model, const QString &error);

    bool isGreyedOut() const { return m_greyed; }
    QString statusText() const; // "Live", "Offline", "Stale"
    QString reasonText() const; // why it is greyed; empty when live
    QList<DevicePanel *> devicePanels() const { return m_panels; }
    HistoryChart *historyChart() const { return m_chart; }
    LoadedModelsList *loadedModels() const { return m_modelsList; }
    LoadedModelsModel *loadedModelsModel() const { return m_models; }
    QString serverText(const QString &server) const;

Q_SIGNALS:
    void unloadRequested(const QString &server, const QString &model);

private:
    void setGreyed(bool greyed, const QString &status, const QString &reason);
    void setReason(const QString &reason);
    static QLabel *sectionTitle(const QString &text);
    static QString sourceError(const studio::SourceState &source);

    QString m_box;
    bool m_greyed = false;
    QLabel *m_status;
    QLabel *m_reason;
    QString m_reasonPlain;
    QWidget *m_body;
    QVBoxLayout *m_devices;
    QList<DevicePanel *> m_panels;
    QLabel *m_noDevices;
    QLabel *m_host;
    HistoryChart *m_chart;
    LoadedModelsModel *m_models;
    LoadedModelsList *m_modelsList;
    QWidget *m_modelsSection;
    QGridLayout *m_serverGrid;
    QStringList m_serverNames;
    QList<QPair<QLabel *, QLabel *>> m_serverLabels; // dot, text
    // The round-trip time of each server, apart from its (rich, word-wrapped) text and of
    // a fixed size: it changes every round, and then only it repaints, with no relayout.
    QList<QLabel *> m_serverLatency;
};

} // namespace c41::ui
