// SPDX-License-Identifier: GPL-3.0-or-later
#include "wraplabel.h"

#include <QEvent>

namespace c41::ui {

WrapLabel::WrapLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

int WrapLabel::heightForWidth(int width) const
{
    const QString current = text();
    if (current != m_heightsFor || m_heights.size() > 16) {
        m_heights.clear();
        m_heightsFor = current;
    }
    const auto it = m_heights.constFind(width);
    if (it != m_heights.cend())
        return *it;
    const int height = QLabel::heightForWidth(width);
    m_heights.insert(width, height);
    return height;
}

void WrapLabel::changeEvent(QEvent *event)
{
    // Font, style, palette-driven or enabled changes may lay the text out differently.
    m_heights.clear();
    QLabel::changeEvent(event);
}

} // namespace c41::ui
