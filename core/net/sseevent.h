// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace c41::net {

// One dispatched Server-Sent Event. Everything stays bytes: the decoder does no
// UTF-8 decoding, so a multi-byte character split across network chunks is intact.
struct SseEvent
{
    QByteArray event; // the "event:" field; empty means the default type, "message"
    QByteArray data;  // the "data:" lines joined with '\n'
    QByteArray id;    // the last event ID in force when this event was dispatched
    int retryMs = -1; // the stream's reconnection time in force ("retry:"), -1 if never set

    friend bool operator==(const SseEvent &, const SseEvent &) = default;
};

} // namespace c41::net
