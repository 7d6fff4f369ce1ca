// SPDX-License-Identifier: GPL-3.0-or-later
#include "thinksplitter.h"

namespace c41::backends {

namespace {
const QString kOpen = QStringLiteral("<think>");
const QString kClose = QStringLiteral("</think>");

// Length of the longest suffix of `text` that is a proper prefix of `tag`.
qsizetype partialTagAtEnd(QStringView text, QStringView tag)
{
    const qsizetype max = std::min(text.size(), tag.size() - 1);
    for (qsizetype n = max; n > 0; --n) {
        if (text.right(n) == tag.left(n))
            return n;
    }
    return 0;
}
} // namespace

void ThinkSplitter::emitText(QList<Piece> &out, QStringView text) const
{
    if (text.isEmpty())
        return;
    if (!out.isEmpty() && out.last().reasoning == m_inThink)
        out.last().text.append(text);
    else
        out.append({m_inThink, text.toString()});
}

QList<ThinkSplitter::Piece> ThinkSplitter::feed(QStringView chunk)
{
    QList<Piece> out;
    QString joined;
    QStringView rest = chunk;
    if (!m_pending.isEmpty()) {
        joined = m_pending + chunk;
        m_pending.clear();
        rest = joined;
    }
    while (!rest.isEmpty()) {
        const QString &tag = m_inThink ? kClose : kOpen;
        const qsizetype at = rest.indexOf(tag);
        if (at >= 0) {
            emitText(out, rest.left(at));
            m_inThink = !m_inThink;
            rest = rest.mid(at + tag.size());
            continue;
        }
        const qsizetype partial = partialTagAtEnd(rest, tag);
        emitText(out, rest.left(rest.size() - partial));
        m_pending = rest.right(partial).toString();
        break;
    }
    return out;
}

QList<ThinkSplitter::Piece> ThinkSplitter::finish()
{
    QList<Piece> out;
    emitText(out, m_pending);
    m_pending.clear();
    return out;
}

} // namespace c41::backends
