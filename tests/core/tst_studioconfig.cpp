// SPDX-License-Identifier: GPL-3.0-or-later
// The config file: servers as KIND+URL grouped into boxes, errors that point at
// the line and field, and a bad file is never overwritten.
#include "studio/configfile.h"
#include "studio/memorysecretstore.h"
#include "studio/studioconfig.h"

#include "fixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace c41::studio;
using c41::net::ApiError;

namespace {
// A two-box studio (tests/fixtures/config/studio.json). Kept in a file: moc
// mistakes "//" inside raw string literals for comments.
const QByteArray kGood = c41::testing::readFixture(QStringLiteral("config/studio.json"));
} // namespace

class TestStudioConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addressesParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("url");
        QTest::newRow("ollama") << QStringLiteral("ollama+http://host:11434")
                                << int(ServerKind::Ollama) << QStringLiteral("http://host:11434");
        QTest::newRow("exporter path")
            << QStringLiteral("exporter+http://forge:9835/metrics") << int(ServerKind::Exporter)
            << QStringLiteral("http://forge:9835/metrics");
        QTest::newRow("https tts") << QStringLiteral("tts+https://box.lan/") << int(ServerKind::Tts)
                                   << QStringLiteral("https://box.lan/");
        QTest::newRow("case") << QStringLiteral("ComfyUI+http://forge:8188")
                              << int(ServerKind::ComfyUi) << QStringLiteral("http://forge:8188");
    }
    void addressesParse()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, url);
        const auto a = ServerAddress::parse(text);
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().toString()));
        QCOMPARE(int(a->kind), kind);
        QCOMPARE(a->url.toString(), url);
        QCOMPARE(ServerAddress::parse(a->toString())->url, a->url); // round trip
    }

    void badAddressesExplainThemselves_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("no kind") << QStringLiteral("http://host:11434")
                                 << QStringLiteral("KIND+URL");
        QTest::newRow("typo") << QStringLiteral("olama+http://h:1")
                              << QStringLiteral("unknown server kind 'olama'");
        QTest::newRow("ftp") << QStringLiteral("ollama+ftp://h")
                             << QStringLiteral("http:// or https://");
        QTest::newRow("no host") << QStringLiteral("ollama+http://")
                                 << QStringLiteral("with a host");
    }
    void badAddressesExplainThemselves()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        const auto a = ServerAddress::parse(text);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().kind, ApiError::Kind::Config);
        QVERIFY2(a.error().toString().contains(says), qPrintable(a.error().toString()));
    }

    void parsesBoxesServersRolesAndAuth()
    {
        const auto c = StudioConfig::parse(kGood, QStringLiteral("/etc/c41/studio.json"));
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
        QCOMPARE(c->boxes.size(), 2);
        QCOMPARE(c->servers.size(), 6);
        QCOMPARE(c->boxes[0].title, QStringLiteral("Mac Studio M3 Ultra 512 GB"));
        QCOMPARE(c->boxes[0].servers,
                 (QStringList{QStringLiteral("brain-ollama"), QStringLiteral("brain-llama"),
                              QStringLiteral("brain-macmon")}));
        QCOMPARE(c->boxes[0].roles,
                 (QStringList{QStringLiteral("llm"), QStringLiteral("telemetry")}));
        QCOMPARE(c->boxes[1].roles, (QStringList{QStringLiteral("gen"), QStringLiteral("telemetry"),
                                                 QStringLiteral("tts"), QStringLiteral("llm")}));
        const ServerConfig *llama = c->server(QStringLiteral("brain-llama"));
        QVERIFY(llama);
        QCOMPARE(llama->box, QStringLiteral("brain"));
        QCOMPARE(llama->auth, c41::net::Auth::Scheme::Bearer);
        QCOMPARE(llama->secretKey(), QStringLiteral("server/brain-llama"));
        QCOMPARE(c->server(QStringLiteral("forge-gpu"))->address.url.path(),
                 QStringLiteral("/metrics"));
    }

    void roundTripsThroughJson()
    {
        const auto c = StudioConfig::parse(kGood, QStringLiteral("a.json"));
        QVERIFY(c.ok());
        const auto again = StudioConfig::parse(c->toJson(), QStringLiteral("b.json"));
        QVERIFY(again.ok());
        QCOMPARE(again->toJson(), c->toJson());
        QCOMPARE(again->server(QStringLiteral("forge-tts"))->roles,
                 (QStringList{QStringLiteral("tts"), QStringLiteral("llm")}));
    }

    void errorsNameFileLineAndField_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QByteArray typo = kGood;
        typo.replace("comfyui+http://forge:8188", "comfy+http://forge:8188");
        QTest::newRow("kind typo")
            << typo
            << QStringLiteral(
                   "studio.json:12: boxes[1].servers[0].url: unknown server kind 'comfy'");
        QByteArray role = kGood;
        role.replace("[\"tts\", \"llm\"]", "[\"tts\", \"video\"]");
        QTest::newRow("bad role")
            << role
            << QStringLiteral("studio.json:14: boxes[1].servers[2].roles[1]: a role is one of");
        QByteArray secret = kGood;
        secret.replace("\"auth\": \"bearer\"", "\"api_key\": \"sk-123\"");
        QTest::newRow("secret in file")
            << secret
            << QStringLiteral("studio.json:7: boxes[0].servers[1].api_key: secrets never go in the "
                              "config file");
        QByteArray dup = kGood;
        dup.replace("\"forge-gpu\"", "\"forge-comfy\"");
        QTest::newRow("duplicate")
            << dup
            << QStringLiteral(
                   "studio.json:13: boxes[1].servers[1].name: server 'forge-comfy' is named twice");
        QByteArray syntax = kGood;
        syntax.replace("\"title\": \"RTX PRO 6000 96 GB\",", "\"title\": \"RTX PRO 6000 96 GB\"");
        QTest::newRow("syntax") << syntax << QStringLiteral("studio.json:11: not valid JSON");
        QTest::newRow("no url")
            << QByteArray("{\"boxes\":[{\"name\":\"b\",\"servers\":[\n{\"name\":\"s\"}]}]}")
            << QStringLiteral("studio.json:2: boxes[0].servers[0].url: a server needs a url");
        QTest::newRow("number overflow") // found by fuzz_studioconfig
            << QByteArray("{\"boxes\": [ 666666662e6666666 ]}")
            << QStringLiteral("studio.json:1: not valid JSON");
        QTest::newRow("not object")
            << QByteArray("[1,2]") << QStringLiteral("studio.json:1: the top level");
    }
    void errorsNameFileLineAndField()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const auto c = StudioConfig::parse(text, QStringLiteral("/home/u/.config/c41/studio.json"));
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, ApiError::Kind::Config);
        QCOMPARE(c.error().server, QStringLiteral("/home/u/.config/c41/studio.json"));
        QVERIFY2(c.error().message.startsWith(expected), qPrintable(c.error().message));
    }

    void resolvesNamesAndAdHocAddresses()
    {
        const auto c = StudioConfig::parse(kGood, QStringLiteral("s.json"));
        QVERIFY(c.ok());
        QCOMPARE(c->resolveServer(QStringLiteral("forge-comfy"))->address.kind,
                 ServerKind::ComfyUi);
        const auto adhoc = c->resolveServer(QStringLiteral("ollama+http://127.0.0.1:9"));
        QVERIFY(adhoc.ok());
        QCOMPARE(adhoc->name, QStringLiteral("ollama+http://127.0.0.1:9"));
        QCOMPARE(adhoc->roles, QStringList{QStringLiteral("llm")});
        const auto missing = c->resolveServer(QStringLiteral("forge-comfyui"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().hint.contains(QStringLiteral("forge-comfy")));
    }

    void missingFileIsEmptyStudio()
    {
        QTemporaryDir dir;
        const auto c = ConfigFile::load(dir.filePath(QStringLiteral("none.json")));
        QVERIFY(c.ok());
        QVERIFY(c->boxes.isEmpty());
    }

    void badFileIsNeverOverwritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("studio.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray broken = "{ \"boxes\": [ { \"name\": \"brain\", } ] }";
        f.write(broken);
        f.close();
        const auto loaded = ConfigFile::load(path);
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.error().message.startsWith(QStringLiteral("studio.json:1: not valid JSON")));
        const auto saved = ConfigFile::save(path, *StudioConfig::parse(kGood, path));
        QVERIFY(!saved.ok());
        QVERIFY(saved.error().message.contains(QStringLiteral("not saving over")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), broken);
    }

    void savesAtomicallyAndReloads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/studio.json"));
        const auto c = StudioConfig::parse(kGood, path);
        QVERIFY(ConfigFile::save(path, *c).ok());
        const auto back = ConfigFile::load(path);
        QVERIFY(back.ok());
        QCOMPARE(back->servers.size(), 6);
        QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));
    }

    void memorySecretStoreKeepsKeysOutOfTheConfig()
    {
        MemorySecretStore store;
        QCOMPARE(*QCoro::waitFor(store.read(QStringLiteral("server/brain-llama"))), QString());
        QVERIFY(
            QCoro::waitFor(store.write(QStringLiteral("server/brain-llama"), QStringLiteral("k")))
                .ok());
        QCOMPARE(*QCoro::waitFor(store.read(QStringLiteral("server/brain-llama"))),
                 QStringLiteral("k"));
        QVERIFY(QCoro::waitFor(store.remove(QStringLiteral("server/brain-llama"))).ok());
        QCOMPARE(*QCoro::waitFor(store.read(QStringLiteral("server/brain-llama"))), QString());
        const auto c = StudioConfig::parse(kGood, QStringLiteral("s.json"));
        QVERIFY(!c->toJson().contains("\"k\""));
    }
};

QTEST_GUILESS_MAIN(TestStudioConfig)
#include "tst_studioconfig.moc"
