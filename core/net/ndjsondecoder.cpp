// SPDX-License-Identifier: GPL-3.0-or-later
#include "ndjsondecoder.h"

#include <QCoreApplication>

namespace c41::net {

namespace {

bool isBlank(QByteArrayView line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v')
            return false;
    }
    return true;
}

} // namespace

NdjsonDecoder::NdjsonDecoder(DecoderLimits limits)
    : m_limits(limits)
{
}

Result<QList<QByteArray>> NdjsonDecoder::feed(QByteArrayView bytes)
{
    if (m_failure)
        return *m_failure;
    m_buffer.append(bytes);

    QList<QByteArray> out;
    const QByteArrayView all(m_buffer);
    qsizetype lineStart = 0;
    qsizetype newline = all.indexOf('\n', m_scanned);
    while (newline >= 0) {
        if (newline - lineStart > m_limits.maxLineBytes)
            return fail();
        appendLine(all.sliced(lineStart, newline - lineStart), out);
        lineStart = newline + 1;
        newline = all.indexOf('\n', lineStart);
    }
    if (all.size() - lineStart > m_limits.maxLineBytes)
        return fail();
    m_buffer.remove(0, lineStart);
    m_scanned = m_buffer.size();
    return out;
}

Result<QList<QByteArray>> NdjsonDecoder::finish()
{
    if (m_failure)
        return *m_failure;
    QList<QByteArray> out;
    appendLine(m_buffer, out); // feed() already checked its length
    reset();
    return out;
}

void NdjsonDecoder::reset()
{
    m_buffer.clear();
    m_scanned = 0;
    m_failure.reset();
}

void NdjsonDecoder::appendLine(QByteArrayView line, QList<QByteArray> &out)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (!isBlank(line))
        out.append(line.toByteArray());
}

ApiError NdjsonDecoder::fail()
{
    m_failure = ApiError::make(
        ApiError::Kind::TooLarge, {},
        QCoreApplication::translate("NdjsonDecoder", "an NDJSON line exceeded %1")
            .arg(describeByteLimit(m_limits.maxLineBytes)),
        QCoreApplication::translate("NdjsonDecoder",
                                    "The server's stream has a line longer than this app "
                                    "accepts; check that the URL points at the right server."));
    m_buffer.clear();
    return *m_failure;
}

} // namespace c41::net
