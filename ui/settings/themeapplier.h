// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studio/appsettings.h"

#include <QPalette>

namespace c41::ui {

// Appearance for the whole application. Qt 6.4 cannot ask the platform for a colour
// scheme, so Light and Dark set the Fusion style with a palette of that scheme;
// System gives back the style and palette the app started with.
class ThemeApplier
{
public:
    static void apply(studio::AppSettings::Appearance appearance);
    static QPalette lightPalette();
    static QPalette darkPalette();
};

} // namespace c41::ui
