// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics/endpointcheck.h"

#include <QWidget>

namespace c41::ui {

// One request's phases as a stacked horizontal bar (DNS, connect, TLS, waiting
// for the first byte, reading the rest) on a scale shared with its neighbours,
// with a legend that gives each phase's time. A request that failed ends in a red
// stretch from its last phase to the failure.
class PhaseBar final : public QWidget
{
    Q_OBJECT
public:
    explicit PhaseBar(QWidget *parent = nullptr);

    void setTimes(const diagnostics::PhaseTimes &times, bool failed);
    // The time the full width stands for (the longest total among the bars shown).
    void setScaleMs(double ms);
    double scaleMs() const { return m_scaleMs; }

    struct Segment
    {
        QString name;
        double ms = 0;
        QColor color;
    };
    // What the bar draws, in order (phases never reached are left out).
    QList<Segment> segments() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    diagnostics::PhaseTimes m_times;
    bool m_failed = false;
    double m_scaleMs = 0;
};

} // namespace c41::ui
