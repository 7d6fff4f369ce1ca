// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTest>

// QCOMPARE/QVERIFY return from the enclosing function; inside a coroutine that is
// the wrong function. These compare and then co_return.
#define C41_CO_VERIFY(cond)                                                                        \
    do {                                                                                           \
        if (!QTest::qVerify(static_cast<bool>(cond), #cond, "", __FILE__, __LINE__))               \
            co_return;                                                                             \
    } while (false)

#define C41_CO_COMPARE(actual, expected)                                                           \
    do {                                                                                           \
        if (!QTest::qCompare(actual, expected, #actual, #expected, __FILE__, __LINE__))            \
            co_return;                                                                             \
    } while (false)
