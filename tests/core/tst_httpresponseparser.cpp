// SPDX-License-Identifier: GPL-3.0-or-later
// HttpResponseParser: every framing a server uses, split anywhere, and hostile replies
// that must fail with a sentence instead of growing a buffer.
#include "net/httpresponseparser.h"

#include <QTest>

using c41::net::HttpResponseParser;
using State = HttpResponseParser::State;

class TestHttpResponseParser : public QObject
{
    Q_OBJECT

    // Feeds `bytes` in pieces of `step` bytes; returns the body.
    static QByteArray feedAll(HttpResponseParser &p, QByteArrayView bytes, qsizetype step)
    {
        QByteArray body;
        for (qsizetype i = 0; i < bytes.size(); i += step)
            p.feed(bytes.sliced(i, std::min(step, bytes.size() - i)), body);
        return body;
    }

private Q_SLOTS:
    void chunkedSplitAtEveryByte()
    {
        const QByteArray reply = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                 "7\r\ndata: a\r\n1A;ext=1\r\n\ndata: bbbbbbbbbbbbbbbbbb\n\r\n"
                                 "0\r\nTrailer: x\r\n\r\n";
        for (const qsizetype step : {1, 2, 3, 7, 1000}) {
            HttpResponseParser p;
            const QByteArray body = feedAll(p, reply, step);
            QCOMPARE(p.state(), State::Done);
            QCOMPARE(p.status(), 200);
            QCOMPARE(body, QByteArray("data: a\ndata: bbbbbbbbbbbbbbbbbb\n"));
        }
    }

    void interimRepliesAreSkipped()
    {
        HttpResponseParser p;
        QByteArray body;
        QVERIFY(p.feed("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 404 Not Found\r\n"
                       "Content-Length: 3\r\nContent-Type: text/plain\r\n\r\nno!extra",
                       body));
        QCOMPARE(p.status(), 404);
        QCOMPARE(p.reasonPhrase(), QByteArray("Not Found"));
        QCOMPARE(p.header("content-type"), QByteArray("text/plain"));
        QCOMPARE(body, QByteArray("no!")); // bytes after the body are not the reply's
        QCOMPARE(p.state(), State::Done);
    }

    void closeFramedBodyEndsWithTheConnection()
    {
        HttpResponseParser p;
        QByteArray body;
        QVERIFY(p.feed("HTTP/1.0 200 OK\n\nall of it", body));
        QCOMPARE(p.state(), State::Body);
        QVERIFY(p.finish());
        QCOMPARE(body, QByteArray("all of it"));
    }

    void cutShortIsNotComplete()
    {
        HttpResponseParser chunked;
        QByteArray body;
        chunked.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab", body);
        QVERIFY(!chunked.finish());
        HttpResponseParser sized;
        sized.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nab", body);
        QVERIFY(!sized.finish());
        HttpResponseParser nothing;
        QVERIFY(!nothing.finish());
    }

    void hostileRepliesFailWithASentence_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("says");
        QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n")
                                  << QStringLiteral("status line");
        QTest::newRow("no status code")
            << QByteArray("HTTP/1.1 OK!\r\n\r\n") << QStringLiteral("status code");
        QTest::newRow("endless head")
            << QByteArray("HTTP/1.1 200 OK\r\nX: ") + QByteArray(70000, 'a')
            << QStringLiteral("longer than");
        QTest::newRow("bad length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n")
                                    << QStringLiteral("Content-Length");
        QTest::newRow("bad chunk size")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
            << QStringLiteral("chunk size");
        QTest::newRow("huge chunk size")
            << QByteArray(
                   "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n")
            << QStringLiteral("chunk size");
        QTest::newRow("endless chunk-size line")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n") +
                   QByteArray(5000, '1')
            << QStringLiteral("chunk-size line");
        QTest::newRow("chunk longer than declared")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n")
            << QStringLiteral("declared size");
        QTest::newRow("gzip coding")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n")
            << QStringLiteral("transfer coding");
    }

    void hostileRepliesFailWithASentence()
    {
        QFETCH(QByteArray, reply);
        QFETCH(QString, says);
        HttpResponseParser p;
        QByteArray body;
        QVERIFY(!p.feed(reply, body));
        QCOMPARE(p.state(), State::Failed);
        QVERIFY2(p.error().contains(says), qPrintable(p.error()));
        QVERIFY(!p.feed("more", body)); // it stays failed
    }

    void headRepliesHaveNoBody()
    {
        HttpResponseParser p(true);
        QByteArray body;
        QVERIFY(p.feed("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n", body));
        QCOMPARE(p.state(), State::Done);
        QVERIFY(body.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
