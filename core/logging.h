// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Logging categories. Enable with --verbose, or QT_LOGGING_RULES="c41.*.debug=true".
// Logs never contain secrets (auth headers are not logged) nor prompt text.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcStudio)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)

namespace c41 {
// Turns debug output of every c41.* category on or off.
void setVerboseLogging(bool on);
} // namespace c41
