// SPDX-License-Identifier: GPL-3.0-or-later
// Editing the studio from Settings: every edit is checked as the loader would check
// the file, and what it returns is what the file will hold.
#include "studio/studioeditor.h"

#include <QTest>

using c41::studio::ServerAddress;
using c41::studio::ServerConfig;
using c41::studio::ServerKind;
using c41::studio::StudioConfig;
using c41::studio::StudioEditor;
using namespace Qt::StringLiterals;

namespace {
StudioConfig studio()
{
    const QByteArray json = "{\"version\":1,\"boxes\":[{\"name\":\"brain\",\"title\":\"Mac\","
                            "\"servers\":[{\"name\":\"brain-ollama\",\"url\":"
                            "\"ollama+http://mac.local:11434\"}]}]}";
    auto config = StudioConfig::parse(json, u"studio.json"_s);
    if (!config.ok())
        qFatal("%s", qPrintable(config.error().toString()));
    return *config;
}

ServerConfig server(const QString &name, const QString &box, const QString &address)
{
    ServerConfig s;
    s.name = name;
    s.box = box;
    auto parsed = ServerAddress::parse(address);
    if (parsed.ok())
        s.address = *parsed;
    return s;
}
} // namespace

class TestStudioEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addBoxAndServerRoundTrips()
    {
        auto withBox = StudioEditor::addBox(studio(), u"forge"_s, u"RTX box"_s);
        QVERIFY(withBox.ok());
        auto withServer = StudioEditor::addServer(
            *withBox, server(u"forge-comfy"_s, u"forge"_s, u"comfyui+http://forge:8188"_s));
        QVERIFY2(withServer.ok(),
                 qPrintable(withServer.ok() ? QString() : withServer.error().toString()));
        const auto reread = StudioConfig::parse(withServer->toJson(), u"studio.json"_s);
        QVERIFY(reread.ok());
        QCOMPARE(reread->boxes.size(), 2);
        QCOMPARE(reread->boxes[1].servers, QStringList{u"forge-comfy"_s});
        QCOMPARE(reread->server(u"forge-comfy"_s)->roles, QStringList{u"gen"_s});
        QCOMPARE(reread->server(u"forge-comfy"_s)->box, u"forge"_s);
    }

    void refusesWhatTheLoaderWouldRefuse()
    {
        QVERIFY(!StudioEditor::addBox(studio(), u"brain"_s, {}).ok());  // taken
        QVERIFY(!StudioEditor::addBox(studio(), u"my box"_s, {}).ok()); // bad name
        QVERIFY(!StudioEditor::addServer(studio(), server(u"brain-ollama"_s, u"brain"_s,
                                                          u"ollama+http://other:11434"_s))
                     .ok());
        QVERIFY(!StudioEditor::addServer(
                     studio(), server(u"x"_s, u"nowhere"_s, u"ollama+http://other:11434"_s))
                     .ok());
        QVERIFY(!StudioEditor::addServer(studio(), server(u"x"_s, u"brain"_s, u"nonsense"_s)).ok());
    }

    void updateRenamesMovesAndFollowsTheKind()
    {
        auto two = StudioEditor::addBox(studio(), u"forge"_s, {});
        QVERIFY(two.ok());
        auto moved = StudioEditor::updateServer(
            *two, u"brain-ollama"_s,
            server(u"forge-llama"_s, u"forge"_s, u"openai+http://forge:8080"_s));
        QVERIFY(moved.ok());
        QVERIFY(!moved->server(u"brain-ollama"_s));
        QVERIFY(moved->boxes[0].servers.isEmpty());
        QCOMPARE(moved->boxes[1].servers, QStringList{u"forge-llama"_s});
        QCOMPARE(moved->server(u"forge-llama"_s)->address.kind, ServerKind::OpenAi);

        auto renamed = StudioEditor::updateBox(*moved, u"forge"_s, u"anvil"_s, u"New"_s);
        QVERIFY(renamed.ok());
        QCOMPARE(renamed->server(u"forge-llama"_s)->box, u"anvil"_s);
        QCOMPARE(renamed->boxes[1].title, u"New"_s);
    }

    void removeBoxTakesItsServers()
    {
        auto removed = StudioEditor::removeBox(studio(), u"brain"_s);
        QVERIFY(removed.ok());
        QVERIFY(removed->boxes.isEmpty());
        QVERIFY(removed->servers.isEmpty());
        auto noServer = StudioEditor::removeServer(studio(), u"brain-ollama"_s);
        QVERIFY(noServer.ok());
        QVERIFY(noServer->boxes[0].servers.isEmpty());
    }

    void suggestsFreeNames()
    {
        QCOMPARE(StudioEditor::suggestServerName(studio(), u"brain"_s, ServerKind::Ollama),
                 u"brain-ollama-2"_s);
        QCOMPARE(StudioEditor::suggestServerName(studio(), u"brain"_s, ServerKind::Macmon),
                 u"brain-macmon"_s);
    }
};

QTEST_GUILESS_MAIN(TestStudioEditor)
#include "tst_studioeditor.moc"
