// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/backoff.h"

#include <QTest>

#include <set>

using c41::net::Backoff;
using namespace std::chrono_literals;

class TestBackoff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstDelayIsMin()
    {
        for (int i = 0; i < 50; ++i) {
            Backoff backoff(500ms, 30s);
            QCOMPARE(backoff.next(), 500ms);
        }
    }

    void growsWithinBoundsAndPlateausAtMax()
    {
        for (int run = 0; run < 200; ++run) {
            Backoff backoff(100ms, 5s);
            std::chrono::milliseconds previous{0};
            for (int n = 0; n < 40; ++n) {
                const std::chrono::milliseconds cap =
                    std::min<std::chrono::milliseconds>(100ms * (1LL << std::min(n, 20)), 5s);
                const std::chrono::milliseconds delay = backoff.next();
                QVERIFY2(delay >= std::max<std::chrono::milliseconds>(100ms, cap / 2),
                         qPrintable(QStringLiteral("attempt %1: %2 ms").arg(n).arg(delay.count())));
                QVERIFY(delay <= cap);
                QVERIFY(delay <= 5s);
                if (cap < 5s)
                    QVERIFY(delay >= previous); // never shrinks before the plateau
                previous = delay;
            }
            QCOMPARE(backoff.attempt(), 40);
        }
    }

    void isJittered()
    {
        // Two clients that lost the same server should not retry in lockstep.
        std::set<qint64> seen;
        for (int i = 0; i < 100; ++i) {
            Backoff backoff(500ms, 30s);
            backoff.next();
            backoff.next();
            seen.insert(backoff.next().count()); // drawn from [1000, 2000] ms
        }
        QVERIFY2(seen.size() > 20, "third delays barely vary");
    }

    void resetStartsOver()
    {
        Backoff backoff(200ms, 10s);
        for (int i = 0; i < 10; ++i)
            backoff.next();
        QVERIFY(backoff.next() >= 5s);
        backoff.reset();
        QCOMPARE(backoff.attempt(), 0);
        QCOMPARE(backoff.next(), 200ms);
    }

    void degenerateBoundsAreSafe()
    {
        Backoff equal(1s, 1s);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(equal.next(), 1s);
        Backoff inverted(2s, 1s); // max below min: max is raised to min
        QCOMPARE(inverted.next(), 2s);
        Backoff zero(0ms, 50ms); // never a busy loop: at least 1 ms
        for (int i = 0; i < 100; ++i) {
            const auto delay = zero.next();
            QVERIFY(delay >= 1ms && delay <= 50ms);
        }
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
