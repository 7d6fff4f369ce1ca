// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace c41::ui {

// A monochrome SVG (drawn in black) recoloured for the current palette: `normal` for
// the Off state, `checked` for the On state. Rendered at 1x, 2x and 3x so it stays
// crisp from 100% to 300% scaling. A missing resource gives a null icon.
QIcon tintedIcon(const QString &svgPath, const QColor &normal, const QColor &checked);

} // namespace c41::ui
