// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace c41::testing {

// How one operation of a fault round ended, as its user would see it.
struct OpOutcome
{
    bool ok = false;
    QString error;        // the message the user reads when it failed
    QStringList problems; // broken promises the operation itself noticed
};

} // namespace c41::testing
