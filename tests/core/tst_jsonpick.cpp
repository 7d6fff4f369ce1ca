// SPDX-License-Identifier: GPL-3.0-or-later
// JsonPick, the fast path of the chat stream readers: it reads the fields of real stream
// events exactly as nlohmann::json does, and refuses (so the full parse runs) whatever it
// is not sure of. fuzz_jsonpick checks the same against nlohmann on random input.
#include "net/jsonpick.h"

#include <QTest>

using c41::net::JsonPick;
using Kind = JsonPick::Kind;

class TestJsonPick : public QObject
{
    Q_OBJECT

    static JsonPick openAi()
    {
        return JsonPick({"choices", "choices.0", "choices.0.delta", "choices.0.delta.content",
                         "choices.0.finish_reason", "usage"});
    }

private Q_SLOTS:
    void readsALlamaCppDelta()
    {
        // As captured from llama.cpp (b9187), UTF-8 unescaped.
        JsonPick p = openAi();
        QVERIFY(p.pick(
            "{\"choices\":[{\"finish_reason\":null,\"index\":0,\"delta\":{\"content\":\" "
            "соста\"}}],"
            "\"created\":1795307592,\"id\":\"chatcmpl-isKT\",\"model\":\"tiny-llama.gguf\","
            "\"system_fingerprint\":\"b9187-0253fb21f\",\"object\":\"chat.completion.chunk\"}"));
        QCOMPARE(p.field(0).kind, Kind::Array);
        QCOMPARE(p.field(1).kind, Kind::Object);
        QCOMPARE(p.field(3).text(), QStringLiteral(" соста"));
        QCOMPARE(p.field(4).kind, Kind::Null);
        QCOMPARE(p.field(5).kind, Kind::Absent);
    }

    void undoesEscapes()
    {
        // Ollama (Go) escapes <, > and & as \u003c…; servers escape quotes, newlines, tabs.
        JsonPick p({"message.content"});
        QVERIFY(
            p.pick("{\"message\":{\"content\":\"\\u003cb\\u003e \\\"x\\\"\\n\\t\\\\ \\/ é\"}}"));
        QCOMPARE(p.field(0).text(), QStringLiteral("<b> \"x\"\n\t\\ / é"));
    }

    void onlyTheFirstArrayElementIsPicked()
    {
        JsonPick p({"choices.0.delta.content"});
        QVERIFY(p.pick(
            "{\"choices\":[{\"delta\":{\"content\":\"a\"}},{\"delta\":{\"content\":\"b\"}}]}"));
        QCOMPARE(p.field(0).text(), QStringLiteral("a"));
    }

    void refusesWhatItIsNotSureOf_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("truncated") << QByteArray("{\"message\":{\"content\":\"a\"");
        QTest::newRow("trailing garbage") << QByteArray("{\"a\":1} x");
        QTest::newRow("two values") << QByteArray("{} {}");
        QTest::newRow("bad number") << QByteArray("{\"a\":01}");
        QTest::newRow("beyond a double") << QByteArray("{\"a\":130079E02710000}");
        QTest::newRow("bare word") << QByteArray("{\"a\":nul}");
        QTest::newRow("raw newline in a string") << QByteArray("{\"a\":\"x\ny\"}");
        QTest::newRow("bad escape") << QByteArray("{\"a\":\"\\x\"}");
        QTest::newRow("invalid UTF-8") << QByteArray("{\"a\":\"\xc3\x28\"}");
        QTest::newRow("overlong UTF-8") << QByteArray("{\"a\":\"\xc0\xaf\"}");
        QTest::newRow("UTF-8 surrogate") << QByteArray("{\"a\":\"\xed\xa0\x80\"}");
        QTest::newRow("escaped surrogate pair") << QByteArray("{\"a\":\"\\ud83d\\ude00\"}");
        QTest::newRow("escaped key") << QByteArray("{\"mess\\u0061ge\":{\"content\":\"x\"}}");
        QTest::newRow("picked key twice") << QByteArray("{\"message\":{},\"message\":{}}");
        QTest::newRow("too deep") << QByteArray(20, '[') + QByteArray(20, ']');
        QTest::newRow("empty") << QByteArray();
    }

    void refusesWhatItIsNotSureOf()
    {
        QFETCH(QByteArray, json);
        JsonPick p({"message", "message.content", "a"});
        QVERIFY(!p.pick(json));
    }

    void anyValidShapeIsWalked()
    {
        JsonPick p({"done", "n"});
        QVERIFY(p.pick(" {\"n\":-0.5e+3,\"x\":[1,[true,false],{\"y\":null}],\"done\":true}\r\n"));
        QCOMPARE(p.field(0).kind, Kind::True);
        QCOMPARE(p.field(1).kind, Kind::Number);
        QCOMPARE(p.field(1).text(), QString()); // not a string
    }
};

QTEST_GUILESS_MAIN(TestJsonPick)
#include "tst_jsonpick.moc"
