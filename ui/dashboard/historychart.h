// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studio/telemetryhistory.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <QWidget>

class QButtonGroup;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace c41::ui {

// The live history of one box: GPU utilisation % and memory % of each device over the
// last 5, 15 or 60 minutes, from the in-memory TelemetryHistory. Redraws at most once
// per second whatever the update rate, reuses its series, and draws at most
// kMaxPoints points per series (averaged buckets over the longer ranges).
class HistoryChart final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxPoints = 300;
    static constexpr int kChartHeight = 190;
    struct Device
    {
        QString id;
        QString label;
        double memoryTotalBytes = 0; // 0: unknown, no memory line
    };

    HistoryChart(const studio::TelemetryHistory *history, QString box, QWidget *parent = nullptr);

    void setDevices(const QList<Device> &devices);
    void setRangeMinutes(int minutes); // 5, 15 or 60
    int rangeMinutes() const { return m_minutes; }
    void setGreyedOut(bool greyed);
    // Asks for a redraw; coalesced so the chart redraws at most once per second.
    void refresh();
    void redrawNow(const QDateTime &now = QDateTime::currentDateTime());

    // Both make the chart if it is not there yet.
    QDateTimeAxis *timeAxis();
    QChart *chart();
    int redrawCount() const { return m_redraws; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Lines
    {
        QLineSeries *utilisation = nullptr;
        QLineSeries *memory = nullptr;
    };
    QList<QPointF> points(const QString &device, studio::TelemetryHistory::Metric metric,
                          double scale, qint64 from, qint64 to) const;
    Lines &linesFor(const Device &device, int index);
    void applyPalette();
    void ensureChart();
    void slideAxis(const QDateTime &now);

    const studio::TelemetryHistory *m_history;
    QString m_box;
    QList<Device> m_devices;
    QHash<QString, Lines> m_lines;
    int m_minutes = 5;
    bool m_greyed = false;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QButtonGroup *m_ranges;
    QLabel *m_placeholder;
    QElapsedTimer m_sinceRedraw;
    QTimer m_pending;
    int m_redraws = 0;
    qint64 m_axisEnd = 0; // ms since the epoch; the axis' right end, in steps (see slideAxis)
    int m_axisMinutes = 0;
};

} // namespace c41::ui
