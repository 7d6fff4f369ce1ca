// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/result.h"

#include <QString>

namespace c41::studio {

// "Start at login": the freedesktop autostart entry
// $XDG_CONFIG_HOME/autostart/org.c41.ControlCenter.desktop (~/.config when unset) that
// starts `c41 --minimized`. Present means on. Only on Linux and the other XDG desktops;
// elsewhere isSupported() is false and nothing is written.
class AutostartEntry
{
public:
    static bool isSupported();
    static QString path(); // empty where unsupported
    static bool isEnabled();
    // Writes (atomically) or removes the entry.
    static net::Status setEnabled(bool on);
    // The entry's text (the same as packaging/linux/c41-autostart.desktop).
    static QByteArray contents();
};

} // namespace c41::studio
