// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>

namespace c41::fakes {

// The simulated machine behind the telemetry fakes: a load you set (0..1) that
// the hardware follows smoothly, a slow "thermal" response, a memory envelope
// that fills fast and drains slowly (models stay loaded for a while), a
// time-based wobble so idle values still move, and ∫load·dt for counters, which
// therefore only grow. Time is the wall clock times a scale, plus whatever
// advance() added, so tests can step it deterministically. update() is cheap
// (a few exp() per simulated second) and runs on every scrape.
class FakeTelemetrySim
{
public:
    FakeTelemetrySim();

    void setLoad(double load); // clamped to 0..1
    double targetLoad() const { return m_target; }
    void setTimeScale(double scale);
    void advance(double seconds);
    void update(); // catches up with the clock

    double time() const { return m_time; }                 // simulated seconds since construction
    double epoch() const { return m_startEpoch + m_time; } // simulated Unix time
    double load() const;                                   // 0..1, smooth, with wobble
    double smoothLoad() const { return m_smooth; }
    double thermal() const { return m_thermal; } // 0..1, follows load with τ = 25 s
    double memory() const { return m_memory; } // 0..1, fills with τ = 3 s, drains with τ = 120 s
    double busyIntegral() const { return m_busy; } // ∫ load dt, seconds
    // sin(2π·t/period + phase), for per-metric wobble.
    double wobble(double period, double phase = 0) const;

private:
    void step(double dt);

    QElapsedTimer m_clock;
    double m_scale = 1.0;
    double m_clockBase = 0; // simulated seconds accounted for by the clock so far
    double m_advanced = 0;
    double m_time = 0;
    double m_startEpoch = 0;
    double m_target = 0.05;
    double m_smooth = 0.05;
    double m_thermal = 0.05;
    double m_memory = 0.05;
    double m_busy = 0;
};

} // namespace c41::fakes
