// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace c41::testing {

// An event-loop heartbeat: a precise timer every few milliseconds, and the longest
// gap between two of its ticks beyond the interval, i.e. how long the loop (and so
// the GUI sharing it) was stuck at most.
class StallMeter : public QObject
{
    Q_OBJECT
public:
    explicit StallMeter(int intervalMs = 5, QObject *parent = nullptr);

    void start();
    void stop();
    // Forgets the worst gap so far (e.g. after start-up).
    void reset();
    // The time since the last tick was spent on purpose by the harness itself (a fake
    // server being rebuilt in this process stands for another process): not a stall.
    void forgive();
    qint64 maxStallMs() const { return m_maxStall; }
    qint64 ticks() const { return m_ticks; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_interval;
    qint64 m_last = -1;
    qint64 m_maxStall = 0;
    qint64 m_ticks = 0;
};

} // namespace c41::testing
