// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace c41::ui {

// The dashboard refreshes every poll round with mostly the same figures. QLabel::setText
// re-lays out its text (rich, word-wrapped text costs the most) and asks for a relayout and
// a repaint even when nothing changed; these set only what differs.
inline void setLabelText(QLabel *label, const QString &text)
{
    if (label->text() != text)
        label->setText(text);
}

inline void setToolTipIfChanged(QWidget *widget, const QString &tip)
{
    if (widget->toolTip() != tip)
        widget->setToolTip(tip);
}

inline void setAccessibleNameIfChanged(QWidget *widget, const QString &name)
{
    if (widget->accessibleName() != name)
        widget->setAccessibleName(name);
}

// A figure as shown: rounded. A broken exporter can send any finite double, and
// qRound of one beyond int's range is undefined; such values are clamped.
inline int shownInt(double value)
{
    if (!std::isfinite(value))
        return 0;
    return qRound(std::clamp(value, -1e9, 1e9));
}

} // namespace c41::ui
