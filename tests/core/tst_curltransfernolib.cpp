// SPDX-License-Identifier: GPL-3.0-or-later
// libcurl is loaded on the doctor's first check (QLibrary), not linked. Where it is
// missing, every check must say so in words, and nothing may crash.
#include "diagnostics/curltransfer.h"

#include <QtTest>

using namespace c41::diagnostics;

class TestCurlTransferNoLib : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Before the first check: the library is looked up once per process.
        qputenv("C41_LIBCURL", "/nonexistent/libcurl-for-c41-test.so.4");
    }

    void everyRequestSaysLibcurlIsMissing()
    {
        QList<CurlRequest> requests(2);
        requests[0].url = QUrl(QStringLiteral("http://127.0.0.1:9/api/version"));
        requests[1].url = QUrl(QStringLiteral("http://127.0.0.1:9/"));
        const std::atomic_bool cancel = false;
        const QList<CurlOutcome> outcomes =
            CurlTransfer::runBlocking(requests, CurlLimits{}, cancel);
        QCOMPARE(outcomes.size(), 2);
        for (const CurlOutcome &o : outcomes) {
            QCOMPARE(o.curlCode, 2); // CURLE_FAILED_INIT
            QVERIFY2(o.curlMessage.contains(u"libcurl is not installed"),
                     qPrintable(o.curlMessage));
            QVERIFY(o.curlMessage.contains(u"libcurl4"));
            QCOMPARE(o.httpStatus, 0);
            QVERIFY(!o.cancelled);
        }
    }

    void theWorkerThreadAnswersTooAndCanBeAskedAgain()
    {
        auto cancel = std::make_shared<std::atomic_bool>(false);
        QFuture<QList<CurlOutcome>> future = CurlTransfer::start(
            {CurlRequest{QUrl(QStringLiteral("http://127.0.0.1:9/")), {}, false, false}},
            CurlLimits{}, cancel);
        future.waitForFinished();
        const QList<CurlOutcome> outcomes = future.result();
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes[0].curlCode, 2);
        QVERIFY(outcomes[0].curlMessage.contains(u"libcurl is not installed"));
    }
};

QTEST_GUILESS_MAIN(TestCurlTransferNoLib)
#include "tst_curltransfernolib.moc"
