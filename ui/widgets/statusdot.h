// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>

namespace c41::ui {

// A round, anti-aliased dot in the given colour, crisp on high-DPI screens.
QIcon statusDot(const QColor &color);

} // namespace c41::ui
