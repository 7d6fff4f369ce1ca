// SPDX-License-Identifier: GPL-3.0-or-later
#include "backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace c41::net {

Backoff::Backoff(std::chrono::milliseconds min, std::chrono::milliseconds max)
    : m_min(std::max(min, std::chrono::milliseconds(1)))
    , m_max(std::max(max, m_min))
{
}

std::chrono::milliseconds Backoff::next()
{
    // cap = min * 2^attempt, computed without overflow: stop doubling at max.
    qint64 cap = m_min.count();
    for (int i = 0; i < m_attempt && cap < m_max.count(); ++i)
        cap *= 2;
    cap = std::min(cap, qint64(m_max.count()));
    const qint64 low = std::max(qint64(m_min.count()), cap / 2);
    const qint64 delay =
        low >= cap ? cap : low + QRandomGenerator::global()->bounded(cap - low + 1);
    if (m_attempt < 1'000'000)
        ++m_attempt;
    return std::chrono::milliseconds(delay);
}

} // namespace c41::net
