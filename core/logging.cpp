// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcNet, "c41.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStudio, "c41.studio", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "c41.config", QtInfoMsg)

namespace c41 {
void setVerboseLogging(bool on)
{
    QLoggingCategory::setFilterRules(on ? QStringLiteral("c41.*.debug=true")
                                        : QStringLiteral("c41.*.debug=false"));
}
} // namespace c41
