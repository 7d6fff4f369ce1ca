// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace c41::studio {

// Fixed-capacity FIFO: pushing onto a full buffer drops the oldest item. Memory is
// allocated once (capacity items) and never grows.
template <typename T>
class RingBuffer
{
public:
    explicit RingBuffer(qsizetype capacity = 0)
        : m_items(capacity)
    {
    }

    void push(const T &item)
    {
        if (m_items.isEmpty())
            return;
        m_items[(m_start + m_size) % m_items.size()] = item;
        if (m_size < m_items.size())
            ++m_size;
        else
            m_start = (m_start + 1) % m_items.size();
    }
    qsizetype size() const { return m_size; }
    qsizetype capacity() const { return m_items.size(); }
    bool isEmpty() const { return m_size == 0; }
    // 0 = oldest.
    const T &at(qsizetype i) const { return m_items.at((m_start + i) % m_items.size()); }
    const T &last() const { return at(m_size - 1); }
    QList<T> toList() const
    {
        QList<T> out;
        out.reserve(m_size);
        for (qsizetype i = 0; i < m_size; ++i)
            out.append(at(i));
        return out;
    }

private:
    QList<T> m_items;
    qsizetype m_start = 0;
    qsizetype m_size = 0;
};

} // namespace c41::studio
