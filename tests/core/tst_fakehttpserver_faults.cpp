// SPDX-License-Identifier: GPL-3.0-or-later
// The fault knobs the fault rounds (tests/fault) rely on: a server that refuses
// connections and comes back on the same port, an oversized body, invalid UTF-8.
#include "fakehttpserver.h"
#include "net/httpclient.h"

#include <QNetworkAccessManager>
#include <QtTest>

using namespace c41::fakes;
using c41::net::ApiError;
using c41::net::HttpClient;

class TestFakeHttpServerFaults : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<HttpClient> m_client;

    c41::net::Result<c41::net::HttpResponse> get(const QString &path)
    {
        return QCoro::waitFor(m_client->get(path));
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeHttpServer>();
        m_server->route("GET", QStringLiteral("/hello"), [](const FakeRequest &) {
            return FakeResponse::json(QByteArrayLiteral("{\"text\":\"hello there world\"}"));
        });
        QVERIFY(m_server->listen());
        m_client = std::make_unique<HttpClient>(&m_nam, QStringLiteral("fake"), m_server->url());
        c41::net::RequestOptions options;
        options.maxRetries = 0;
        m_client->setDefaultOptions(options);
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void refusesThenListensAgainOnTheSamePort()
    {
        const quint16 port = m_server->port();
        QVERIFY(m_server->setRefusingConnections(true));
        QVERIFY(m_server->isRefusingConnections());
        const auto refused = get(QStringLiteral("/hello"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ApiError::Kind::Refused);
        QVERIFY(m_server->setRefusingConnections(false));
        QCOMPARE(m_server->port(), port);
        const auto back = get(QStringLiteral("/hello"));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    }

    void oversizedBodyHitsTheClientCap()
    {
        m_server->setGlobalFault(FakeResponse::Fault::Oversized);
        const auto r = get(QStringLiteral("/hello"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::TooLarge);
        QVERIFY(r.error().toString().startsWith(QStringLiteral("fake")));
    }

    void invalidUtf8KeepsTheAnswerButBreaksItsText()
    {
        m_server->setGlobalFault(FakeResponse::Fault::InvalidUtf8);
        const auto r = get(QStringLiteral("/hello"));
        QVERIFY(r.ok());
        QCOMPARE(r->body, QByteArray("{\"text\":\"hello\xff"
                                     "there\xff"
                                     "world\"}"));
        m_server->setGlobalFault(FakeResponse::Fault::None);
        QCOMPARE(get(QStringLiteral("/hello"))->body,
                 QByteArray("{\"text\":\"hello there world\"}"));
    }
};

QTEST_GUILESS_MAIN(TestFakeHttpServerFaults)
#include "tst_fakehttpserver_faults.moc"
