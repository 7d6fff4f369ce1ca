// SPDX-License-Identifier: GPL-3.0-or-later
#include "stallmeter.h"

#include <algorithm>

namespace c41::testing {

StallMeter::StallMeter(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_interval(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(m_interval);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
}

void StallMeter::start()
{
    m_clock.start();
    m_last = -1;
    m_timer.start();
}

void StallMeter::stop()
{
    m_timer.stop();
}

void StallMeter::reset()
{
    m_maxStall = 0;
    m_last = m_clock.isValid() ? m_clock.elapsed() : -1;
}

void StallMeter::forgive()
{
    if (m_clock.isValid())
        m_last = m_clock.elapsed();
}

void StallMeter::tick()
{
    const qint64 now = m_clock.elapsed();
    if (m_last >= 0)
        m_maxStall = std::max(m_maxStall, now - m_last - m_interval);
    m_last = now;
    ++m_ticks;
}

} // namespace c41::testing
