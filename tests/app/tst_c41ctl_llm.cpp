// SPDX-License-Identifier: GPL-3.0-or-later
// c41ctl's LLM commands, the real binary against the demo lab: models, load /
// unload / pin, chat (text, NDJSON, stdin, personas, history), bench, exit codes.
#include "studio/chatdatabase.h"
#include "studio/chatstore.h"
#include "studio/personastore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace c41;

class TestC41ctlLlm : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &args, const QByteArray &input = {},
                   const QString &chatDb = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("C41_CHAT_DB"));
        if (!chatDb.isEmpty())
            env.insert(QStringLiteral("C41_CHAT_DB"), chatDb);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(C41CTL_PATH), QStringList{QStringLiteral("--demo")} + args);
        if (!input.isNull()) {
            p.write(input);
            p.closeWriteChannel();
        }
        if (!p.waitForFinished(30000)) { // a test process, not the GUI thread
            p.kill();
            return {};
        }
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    static QJsonObject serverIn(const QByteArray &json, const QString &name)
    {
        for (const auto &v : QJsonDocument::fromJson(json).object().value(u"servers").toArray()) {
            if (v.toObject().value(u"name").toString() == name)
                return v.toObject();
        }
        return {};
    }
    static QJsonObject loadedIn(const QJsonArray &loaded, const QString &model)
    {
        for (const auto &v : loaded) {
            if (v.toObject().value(u"name").toString() == model)
                return v.toObject();
        }
        return {};
    }
    static QList<QJsonObject> ndjson(const QByteArray &out)
    {
        QList<QJsonObject> events;
        for (const QByteArray &line : out.trimmed().split('\n'))
            events << QJsonDocument::fromJson(line).object();
        return events;
    }

private Q_SLOTS:
    void modelsJsonListsEveryLlmServerWithDetails()
    {
        const Run r = run({QStringLiteral("models"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject ollama = serverIn(r.out, QStringLiteral("brain-ollama"));
        const QJsonObject llama = serverIn(r.out, QStringLiteral("brain-llama"));
        QCOMPARE(ollama.value(u"models").toArray().size(), 5);
        QCOMPARE(llama.value(u"models").toArray().size(), 1);
        const QJsonObject gptOss = ollama.value(u"models").toArray().first().toObject();
        QCOMPARE(gptOss.value(u"name").toString(), QStringLiteral("gpt-oss:120b"));
        QCOMPARE(gptOss.value(u"quantization").toString(), QStringLiteral("MXFP4"));
        QCOMPARE(gptOss.value(u"context_length").toInt(), 131072);
        const QJsonObject pinned =
            loadedIn(ollama.value(u"loaded").toArray(), QStringLiteral("gpt-oss:120b"));
        QVERIFY(pinned.value(u"pinned").toBool());
        QVERIFY(pinned.value(u"expires_at").isNull());
        const QJsonObject timed =
            loadedIn(ollama.value(u"loaded").toArray(), QStringLiteral("qwen3-coder-next:latest"));
        QVERIFY(!timed.value(u"pinned").toBool());
        QVERIFY(!timed.value(u"expires_at").toString().isEmpty());
        QCOMPARE(llama.value(u"load").toObject().value(u"total_slots").toInt(), 2);
    }

    void modelsTableForOneServer()
    {
        const Run r = run({QStringLiteral("models"), QStringLiteral("brain-ollama")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("SERVER"));
        QVERIFY(r.out.contains("pinned"));
        QVERIFY(!r.out.contains("brain-llama"));
    }

    void unknownOrNonLlmServerIsUsageError()
    {
        Run r = run({QStringLiteral("models"), QStringLiteral("nope")});
        QCOMPARE(r.code, 2);
        r = run({QStringLiteral("models"), QStringLiteral("forge-comfy")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("not an LLM server"));
    }

    void unloadAndPinChangeWhatIsLoaded()
    {
        Run r = run({QStringLiteral("unload"), QStringLiteral("brain-ollama"),
                     QStringLiteral("qwen3-coder-next:latest"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QJsonArray loaded = QJsonDocument::fromJson(r.out).object().value(u"loaded").toArray();
        QCOMPARE(loaded.size(), 1); // only the pinned gpt-oss:120b is left
        QCOMPARE(loaded[0].toObject().value(u"name").toString(), QStringLiteral("gpt-oss:120b"));

        r = run({QStringLiteral("pin"), QStringLiteral("brain-ollama"),
                 QStringLiteral("qwen3-coder-next:latest"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        loaded = QJsonDocument::fromJson(r.out).object().value(u"loaded").toArray();
        QVERIFY(
            loadedIn(loaded, QStringLiteral("qwen3-coder-next:latest")).value(u"pinned").toBool());

        r = run({QStringLiteral("load"), QStringLiteral("brain-ollama"),
                 QStringLiteral("gpt-oss:120b")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("gpt-oss:120b"));
    }

    void loadFailuresSayWhy()
    {
        Run r = run({QStringLiteral("load"), QStringLiteral("brain-llama"), QStringLiteral("m")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith("c41ctl: brain-llama: this server cannot load"),
                 r.err.constData());
        r = run(
            {QStringLiteral("load"), QStringLiteral("brain-ollama"), QStringLiteral("nope:1b")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("not found"), r.err.constData());
        r = run({QStringLiteral("load"), QStringLiteral("brain-ollama")});
        QCOMPARE(r.code, 2);
    }

    void chatStreamsTheAnswerAndStats()
    {
        const Run r = run({QStringLiteral("chat"), QStringLiteral("brain-ollama"),
                           QStringLiteral("qwen3-coder-next:latest"), QStringLiteral("hi"),
                           QStringLiteral("--max-tokens"), QStringLiteral("10")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.trimmed().size() > 3);
        QVERIFY2(r.err.contains("[server] "), r.err.constData());
        QVERIFY(r.err.contains("decode "));
        QVERIFY(r.err.contains("finish length"));
        // A thinking model: its reasoning goes to stderr, apart from the answer.
        const Run thinking = run({QStringLiteral("chat"), QStringLiteral("brain-ollama"),
                                  QStringLiteral("gpt-oss:120b"), QStringLiteral("hi"),
                                  QStringLiteral("--max-tokens"), QStringLiteral("6")});
        QCOMPARE(thinking.code, 0);
        QVERIFY2(thinking.err.startsWith("thinking: "), thinking.err.constData());
        QVERIFY(thinking.out.trimmed().isEmpty());
    }

    void chatJsonIsNdjsonEvents()
    {
        const Run r =
            run({QStringLiteral("chat"), QStringLiteral("brain-llama"), QStringLiteral("any"),
                 QStringLiteral("hi"), QStringLiteral("--max-tokens"), QStringLiteral("6"),
                 QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QList<QJsonObject> events = ndjson(r.out);
        QCOMPARE(events.first().value(u"type").toString(), QStringLiteral("role"));
        const QJsonObject stats = events.last();
        QCOMPARE(stats.value(u"type").toString(), QStringLiteral("stats"));
        QCOMPARE(stats.value(u"source").toString(), QStringLiteral("server"));
        QCOMPARE(stats.value(u"completion_tokens").toInt(), 6);
        QVERIFY(stats.value(u"decode_tokens_per_second").toDouble() > 0);
        bool sawReasoningOrContent = false;
        for (const QJsonObject &e : events)
            sawReasoningOrContent |= e.value(u"type").toString() == u"reasoning" ||
                                     e.value(u"type").toString() == u"content";
        QVERIFY(sawReasoningOrContent);
    }

    void chatReadsStdin()
    {
        const Run r = run({QStringLiteral("chat"), QStringLiteral("brain-ollama"),
                           QStringLiteral("qwen3-coder-next:latest"), QStringLiteral("-"),
                           QStringLiteral("--max-tokens"), QStringLiteral("4")},
                          QByteArray("What is on the brain box?\n"));
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!r.out.trimmed().isEmpty());
        const Run empty = run({QStringLiteral("chat"), QStringLiteral("brain-ollama"),
                               QStringLiteral("gpt-oss:120b")},
                              QByteArray(""));
        QCOMPARE(empty.code, 2);
    }

    void ctrlCStopsTheAnswerAndKeepsWhatArrived()
    {
        QProcess p;
        p.start(QStringLiteral(C41CTL_PATH),
                {QStringLiteral("--demo"), QStringLiteral("chat"), QStringLiteral("brain-ollama"),
                 QStringLiteral("qwen3-coder-next:latest"), QStringLiteral("hi"),
                 QStringLiteral("--max-tokens"), QStringLiteral("3000")}); // ~45 s at 64 tok/s
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).size() > 10, 10000);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 130);
        out += p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("[server] ") || err.contains("[client] "), err.constData());
        QVERIFY2(err.contains("c41ctl: brain-ollama: "), err.constData());
        QVERIFY(out.trimmed().size() > 10);
    }

    void chatErrorsExitOne()
    {
        const Run r = run({QStringLiteral("chat"), QStringLiteral("brain-ollama"),
                           QStringLiteral("nope:1b"), QStringLiteral("hi")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("c41ctl: brain-ollama: "), r.err.constData());
        const Run usage = run({QStringLiteral("chat"), QStringLiteral("brain-ollama")});
        QCOMPARE(usage.code, 2);
        const Run badOption =
            run({QStringLiteral("chat"), QStringLiteral("brain-ollama"), QStringLiteral("m"),
                 QStringLiteral("hi"), QStringLiteral("--max-tokens"), QStringLiteral("x")});
        QCOMPARE(badOption.code, 2);
    }

    void chatWithPersonaIsRecorded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chats.sqlite"));
        {
            studio::ChatDatabase db(path);
            QVERIFY(db.open().ok());
            studio::Persona p;
            p.name = QStringLiteral("terse");
            p.systemPrompt = QStringLiteral("Answer in five words.");
            p.maxTokens = 5;
            QVERIFY(studio::PersonaStore(db).save(p).ok());
        }
        const Run r =
            run({QStringLiteral("chat"), QStringLiteral("brain-ollama"),
                 QStringLiteral("gpt-oss:120b"), QStringLiteral("hello there"),
                 QStringLiteral("--persona"), QStringLiteral("terse"), QStringLiteral("--json")},
                {}, path);
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(ndjson(r.out).last().value(u"completion_tokens").toInt(),
                 5); // the persona's default

        studio::ChatDatabase db(path);
        QVERIFY(db.open().ok());
        studio::ChatStore store(db);
        const auto conversations = store.conversations();
        QVERIFY(conversations.ok());
        QCOMPARE(conversations->size(), 1);
        QCOMPARE(conversations->first().persona, QStringLiteral("terse"));
        QCOMPARE(conversations->first().server, QStringLiteral("brain-ollama"));
        const auto messages = store.messages(conversations->first().id);
        QCOMPARE(messages->size(), 2);
        QCOMPARE(messages->at(0).content, QStringLiteral("hello there"));
        QCOMPARE(messages->at(1).stats.source, QStringLiteral("server"));

        const Run missing = run({QStringLiteral("chat"), QStringLiteral("brain-ollama"),
                                 QStringLiteral("gpt-oss:120b"), QStringLiteral("hi"),
                                 QStringLiteral("--persona"), QStringLiteral("nobody")},
                                {}, path);
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains("nobody"));
    }

    void benchReportsMedianMinMax()
    {
        const Run r =
            run({QStringLiteral("bench"), QStringLiteral("brain-ollama"),
                 QStringLiteral("gpt-oss:120b"), QStringLiteral("--runs"), QStringLiteral("3"),
                 QStringLiteral("--prompt-tokens"), QStringLiteral("32"),
                 QStringLiteral("--gen-tokens"), QStringLiteral("6"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonObject tg = o.value(u"decode_tokens_per_second").toObject();
        const QJsonObject pp = o.value(u"prefill_tokens_per_second").toObject();
        QCOMPARE(tg.value(u"samples").toArray().size(), 3);
        // The demo's gpt-oss:120b decodes at ~72 tok/s and prefills at ~900.
        QVERIFY2(tg.value(u"median").toDouble() > 40 && tg.value(u"median").toDouble() < 120,
                 r.out.constData());
        QVERIFY(tg.value(u"min").toDouble() <= tg.value(u"median").toDouble());
        QVERIFY(tg.value(u"max").toDouble() >= tg.value(u"median").toDouble());
        QVERIFY(pp.value(u"median").toDouble() > 100);
        QCOMPARE(o.value(u"source").toString(), QStringLiteral("server"));

        const Run text =
            run({QStringLiteral("bench"), QStringLiteral("brain-llama"), QStringLiteral("m"),
                 QStringLiteral("--runs"), QStringLiteral("1"), QStringLiteral("--prompt-tokens"),
                 QStringLiteral("16"), QStringLiteral("--gen-tokens"), QStringLiteral("4")});
        QVERIFY2(text.code == 0, text.err.constData());
        QVERIFY(text.out.contains("pp16"));
        QVERIFY(text.out.contains("tg4"));
        QCOMPARE(run({QStringLiteral("bench"), QStringLiteral("brain-ollama"), QStringLiteral("m"),
                      QStringLiteral("--runs"), QStringLiteral("0")})
                     .code,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestC41ctlLlm)
#include "tst_c41ctl_llm.moc"
