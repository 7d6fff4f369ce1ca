// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

namespace c41::net {

// Exponential backoff with "equal jitter": the n-th delay (n = 0, 1, ...) is drawn
// uniformly from [max(min, cap/2), cap] with cap = min(max, min * 2^n).
//
// So the first delay is exactly `min` (at least 1 ms), every delay lies in [min, max], and the
// sequence never shrinks (each draw's lower bound is the previous draw's upper bound)
// until it reaches the plateau [max/2, max]. The jitter keeps many clients that lost
// the same server from reconnecting in lockstep, while still guaranteeing a real pause
// (full jitter could draw ~0 ms and hammer a restarting server).
class Backoff
{
public:
    Backoff(std::chrono::milliseconds min, std::chrono::milliseconds max);

    // The next delay to wait; advances the attempt counter.
    std::chrono::milliseconds next();
    // After a success: the next delay is `min` again.
    void reset() { m_attempt = 0; }

    int attempt() const { return m_attempt; }
    std::chrono::milliseconds min() const { return m_min; }
    std::chrono::milliseconds max() const { return m_max; }

private:
    std::chrono::milliseconds m_min;
    std::chrono::milliseconds m_max;
    int m_attempt = 0;
};

} // namespace c41::net
