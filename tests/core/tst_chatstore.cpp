// SPDX-License-Identifier: GPL-3.0-or-later
// Chat history and personas in SQLite: round trip, FTS5 search, WAL, and a
// batch that fails halfway leaves nothing behind.
#include "studio/chatdatabase.h"
#include "studio/chatrecorder.h"
#include "studio/chatstore.h"
#include "studio/personastore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace c41::studio;

class TestChatStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static StoredMessage message(const char *role, const QString &content,
                                 const QString &reasoning = {})
    {
        StoredMessage m;
        m.role = QString::fromLatin1(role);
        m.content = content;
        m.reasoning = reasoning;
        return m;
    }

private Q_SLOTS:
    void openUsesWal()
    {
        ChatDatabase db(path("wal.sqlite"));
        const auto opened = db.open();
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        QCOMPARE(db.journalMode(), QStringLiteral("wal"));
    }

    void roundTripKeepsEverything()
    {
        const QString file = path("roundtrip.sqlite");
        qint64 id = 0;
        {
            ChatDatabase db(file);
            QVERIFY(db.open().ok());
            ChatStore store(db);
            Conversation c;
            c.title = QStringLiteral("Sky colour");
            c.server = QStringLiteral("brain-ollama");
            c.model = QStringLiteral("gpt-oss:120b");
            c.persona = QStringLiteral("teacher");
            auto created = store.createConversation(c);
            QVERIFY2(created.ok(),
                     qPrintable(created.ok() ? QString() : created.error().toString()));
            id = *created;
            StoredMessage answer = message("assistant", QStringLiteral("Rayleigh scattering."),
                                           QStringLiteral("The user asks about light."));
            answer.finishReason = QStringLiteral("stop");
            answer.stats.source = QStringLiteral("server");
            answer.stats.decodeTokensPerSecond = 72.5;
            answer.stats.completionTokens = 3;
            const auto ids = store.appendMessages(
                id, {message("user", QStringLiteral("Why is the sky blue? ünïcode")), answer});
            QVERIFY2(ids.ok(), qPrintable(ids.ok() ? QString() : ids.error().toString()));
            QCOMPARE(ids->size(), 2);
        }
        ChatDatabase db(file); // reopened: it was on disk
        QVERIFY(db.open().ok());
        ChatStore store(db);
        const auto conversations = store.conversations();
        QVERIFY(conversations.ok());
        QCOMPARE(conversations->size(), 1);
        const Conversation &c = conversations->first();
        QCOMPARE(c.id, id);
        QCOMPARE(c.title, QStringLiteral("Sky colour"));
        QCOMPARE(c.persona, QStringLiteral("teacher"));
        QVERIFY(c.createdAt.isValid());
        const auto messages = store.messages(id);
        QVERIFY(messages.ok());
        QCOMPARE(messages->size(), 2);
        QCOMPARE(messages->at(0).content, QStringLiteral("Why is the sky blue? ünïcode"));
        QCOMPARE(messages->at(1).reasoning, QStringLiteral("The user asks about light."));
        QCOMPARE(messages->at(1).finishReason, QStringLiteral("stop"));
        QCOMPARE(messages->at(1).stats.source, QStringLiteral("server"));
        QCOMPARE(messages->at(1).stats.decodeTokensPerSecond, 72.5);
        QCOMPARE(messages->at(1).stats.completionTokens, 3);

        QVERIFY(store.renameConversation(id, QStringLiteral("Blue sky")).ok());
        QCOMPARE(store.conversations()->first().title, QStringLiteral("Blue sky"));
        QVERIFY(store.deleteConversation(id).ok());
        QVERIFY(store.conversations()->isEmpty());
        QVERIFY(store.messages(id)->isEmpty());
        QVERIFY(store.search(QStringLiteral("Rayleigh"))->isEmpty()); // index follows deletes
    }

    void fullTextSearch()
    {
        ChatDatabase db(path("search.sqlite"));
        QVERIFY(db.open().ok());
        ChatStore store(db);
        const qint64 a = *store.createConversation(
            {0, QStringLiteral("GPUs"), QStringLiteral("s"), QStringLiteral("m"), {}, {}, {}});
        const qint64 b = *store.createConversation(
            {0, QStringLiteral("Cooking"), QStringLiteral("s"), QStringLiteral("m"), {}, {}, {}});
        QVERIFY(store
                    .appendMessages(
                        a, {message("user",
                                    QStringLiteral("How much VRAM does the RTX PRO 6000 have?")),
                            message("assistant", QStringLiteral("96 GB of GDDR7."),
                                    QStringLiteral("Blackwell workstation card"))})
                    .ok());
        QVERIFY(
            store.appendMessages(b, {message("user", QStringLiteral("A recipe for bread, please"))})
                .ok());

        auto hits = store.search(QStringLiteral("vram"));
        QVERIFY2(hits.ok(), qPrintable(hits.ok() ? QString() : hits.error().toString()));
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().conversationId, a);
        QCOMPARE(hits->first().title, QStringLiteral("GPUs"));
        QVERIFY(hits->first().snippet.contains(QStringLiteral("[VRAM]")));
        hits = store.search(QStringLiteral("blackwell")); // reasoning is searchable too
        QCOMPARE(hits->size(), 1);
        hits = store.search(QStringLiteral("bre*"));
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().conversationId, b);
        QVERIFY(store.search(QStringLiteral("\"unbalanced")).ok() ==
                false); // a bad query is an error value
    }

    void failedBatchLeavesNothing()
    {
        ChatDatabase db(path("atomic.sqlite"));
        QVERIFY(db.open().ok());
        ChatStore store(db);
        const qint64 id = *store.createConversation(
            {0, QStringLiteral("t"), QStringLiteral("s"), QStringLiteral("m"), {}, {}, {}});
        // The second message breaks the NOT NULL role constraint: the first must not stay.
        StoredMessage broken = message("assistant", QStringLiteral("second"));
        broken.role = QString(); // null QString binds as NULL
        const auto result =
            store.appendMessages(id, {message("user", QStringLiteral("first")), broken});
        QVERIFY(!result.ok());
        QVERIFY(result.error().server.endsWith(QStringLiteral("atomic.sqlite")));
        QVERIFY(store.messages(id)->isEmpty());
        QVERIFY(store.search(QStringLiteral("first"))->isEmpty());
        // A batch for a conversation that does not exist is refused whole.
        QVERIFY(!store.appendMessages(id + 100, {message("user", QStringLiteral("orphan"))}).ok());
        QVERIFY(store.search(QStringLiteral("orphan"))->isEmpty());
        // And the store still works afterwards.
        QVERIFY(store.appendMessages(id, {message("user", QStringLiteral("third"))}).ok());
        QCOMPARE(store.messages(id)->size(), 1);
    }

    void recorderWritesInBatchesNotPerToken()
    {
        ChatDatabase db(path("recorder.sqlite"));
        QVERIFY(db.open().ok());
        ChatStore store(db);
        const qint64 id = *store.createConversation(
            {0, QStringLiteral("long"), QStringLiteral("s"), QStringLiteral("m"), {}, {}, {}});
        using c41::backends::ChatEvent;
        ChatRecorder recorder(store, id, std::chrono::milliseconds(50));
        QVERIFY(recorder.begin(QStringLiteral("Tell me a long story")).ok());
        QCOMPARE(store.messages(id)->size(), 2); // the question, and an empty answer
        for (int i = 0; i < 10000; ++i)
            recorder.event({ChatEvent::Kind::Content, QStringLiteral("tok ")});
        QVERIFY2(recorder.writes() <= 3, qPrintable(QString::number(recorder.writes())));
        QTest::qWait(60);
        recorder.event({ChatEvent::Kind::Reasoning, QStringLiteral("hmm")}); // interval passed
        const int writesBefore = recorder.writes();
        // A crash now keeps the checkpoint: everything up to the last interval.
        auto saved = store.messages(id);
        QCOMPARE(saved->at(1).content.size(), 40000);
        QCOMPARE(saved->at(1).reasoning, QStringLiteral("hmm"));
        QVERIFY(store.search(QStringLiteral("tok"))->size() == 1); // the index follows updates

        c41::backends::ChatReply reply;
        reply.content = QStringLiteral("The end.");
        reply.finishReason = QStringLiteral("stop");
        reply.stats.source = QStringLiteral("client");
        QVERIFY(recorder.finish(reply).ok());
        QCOMPARE(recorder.writes(), writesBefore + 1);
        saved = store.messages(id);
        QCOMPARE(saved->at(1).content, QStringLiteral("The end."));
        QCOMPARE(saved->at(1).finishReason, QStringLiteral("stop"));
        QVERIFY(store.search(QStringLiteral("tok"))->isEmpty());
        QCOMPARE(store.search(QStringLiteral("end"))->size(), 1);
    }

    void personasRoundTrip()
    {
        ChatDatabase db(path("personas.sqlite"));
        QVERIFY(db.open().ok());
        PersonaStore personas(db);
        Persona coder{QStringLiteral("coder"), QStringLiteral("You write C++20."), 0.2, 0.9, 2048};
        Persona plain{QStringLiteral("plain"), QStringLiteral("Be plain."), {}, {}, {}};
        QVERIFY(personas.save(coder).ok());
        QVERIFY(personas.save(plain).ok());
        auto found = personas.persona(QStringLiteral("coder"));
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE((*found)->systemPrompt, QStringLiteral("You write C++20."));
        QCOMPARE((*found)->temperature.value_or(-1), 0.2);
        QCOMPARE((*found)->maxTokens.value_or(-1), 2048);
        found = personas.persona(QStringLiteral("plain"));
        QVERIFY(!(*found)->temperature.has_value());
        coder.systemPrompt = QStringLiteral("You write Rust.");
        QVERIFY(personas.save(coder).ok()); // replace by name
        QCOMPARE(personas.personas()->size(), 2);
        QCOMPARE((*personas.persona(QStringLiteral("coder")))->systemPrompt,
                 QStringLiteral("You write Rust."));
        QVERIFY(personas.remove(QStringLiteral("coder")).ok());
        QVERIFY(!personas.persona(QStringLiteral("coder"))->has_value());
    }
};

QTEST_GUILESS_MAIN(TestChatStore)
#include "tst_chatstore.moc"
