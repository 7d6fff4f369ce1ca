// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace c41::backends {

// Splits "<think>…</think>" out of streamed content, the tags possibly cut
// across chunks. Pure and O(n): each character is looked at a bounded number of
// times (only a possible partial tag, at most 7 characters, is held back).
class ThinkSplitter
{
public:
    struct Piece
    {
        bool reasoning = false;
        QString text;
    };

    QList<Piece> feed(QStringView chunk);
    QList<Piece> finish(); // flushes a held-back partial tag as text
    bool inThink() const { return m_inThink; }
    // True when `chunk` is plain answer text that feed() would pass through whole
    // (the common case: lets callers skip building pieces).
    bool isPlainText(QStringView chunk) const
    {
        return !m_inThink && m_pending.isEmpty() && !chunk.contains(u'<');
    }

private:
    void emitText(QList<Piece> &out, QStringView text) const;

    QString m_pending; // a possible partial tag
    bool m_inThink = false;
};

} // namespace c41::backends
