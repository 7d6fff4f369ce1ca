// SPDX-License-Identifier: GPL-3.0-or-later
#include "faketelemetrysim.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace c41::fakes {

FakeTelemetrySim::FakeTelemetrySim()
    : m_startEpoch(QDateTime::currentMSecsSinceEpoch() / 1000.0)
{
    m_clock.start();
}

void FakeTelemetrySim::setLoad(double load)
{
    update(); // the old target applies up to now
    m_target = std::clamp(load, 0.0, 1.0);
}

void FakeTelemetrySim::setTimeScale(double scale)
{
    update();
    m_clockBase = m_time - m_advanced;
    m_clock.restart();
    m_scale = std::max(0.0, scale);
}

void FakeTelemetrySim::advance(double seconds)
{
    update();
    m_advanced += std::max(0.0, seconds);
    update();
}

void FakeTelemetrySim::update()
{
    const double now = m_clockBase + m_clock.elapsed() / 1000.0 * m_scale + m_advanced;
    double dt = now - m_time;
    while (dt > 0) {
        const double h = std::min(dt, 0.5);
        step(h);
        dt -= h;
    }
}

void FakeTelemetrySim::step(double dt)
{
    const double before = load();
    const auto follow = [dt](double value, double target, double tau) {
        return target + (value - target) * std::exp(-dt / tau);
    };
    m_smooth = follow(m_smooth, m_target, 4.0);
    m_thermal = follow(m_thermal, m_smooth, 25.0);
    m_memory = follow(m_memory, m_smooth, m_smooth > m_memory ? 3.0 : 120.0);
    m_time += dt;
    m_busy += (before + load()) / 2 * dt; // trapezoid; load() ≥ 0 keeps counters monotonic
}

double FakeTelemetrySim::wobble(double period, double phase) const
{
    return std::sin(2 * std::numbers::pi * m_time / period + phase);
}

double FakeTelemetrySim::load() const
{
    const double w = 0.035 * wobble(9.7) + 0.02 * wobble(3.3, 1.0) +
                     (m_smooth > 0.5 ? 0.015 * wobble(1.9, 2.0) : 0.0);
    return std::clamp(m_smooth + w * std::max(0.3, m_smooth), 0.0, 1.0);
}

} // namespace c41::fakes
