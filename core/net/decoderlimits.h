// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace c41::net {

// Size caps shared by the incremental stream decoders (SSE, NDJSON). A server that
// sends more than this is either broken or not the server we think it is; the decoder
// then fails with ApiError::Kind::TooLarge instead of buffering without bound.
struct DecoderLimits
{
    qsizetype maxLineBytes = 1 << 20;  // one line, without its terminator
    qsizetype maxEventBytes = 8 << 20; // the joined data of one SSE event
};

// "1 MiB", "64 KiB", "100 bytes": a cap as a person would write it.
inline QString describeByteLimit(qsizetype bytes)
{
    if (bytes >= (1 << 20) && bytes % (1 << 20) == 0)
        return QStringLiteral("%1 MiB").arg(bytes >> 20);
    if (bytes >= 1024 && bytes % 1024 == 0)
        return QStringLiteral("%1 KiB").arg(bytes >> 10);
    return QStringLiteral("%1 bytes").arg(bytes);
}

} // namespace c41::net
