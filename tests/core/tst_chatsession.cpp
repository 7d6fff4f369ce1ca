// SPDX-License-Identifier: GPL-3.0-or-later
// One conversation at a time against the fake Ollama: streamed answers saved to the
// chat history, stop, regenerate in place, reasoning kept apart, search.
#include "fakeollama.h"
#include "studio/chatdatabase.h"
#include "studio/chatsession.h"
#include "studio/chatstore.h"
#include "studio/memorysecretstore.h"
#include "studio/modelcatalog.h"
#include "studio/personastore.h"
#include "studio/studiomonitor.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <qcorotask.h>

#include <memory>

using namespace c41;
using backends::ChatEvent;
using studio::ChatSession;

class TestChatSession : public QObject
{
    Q_OBJECT

private:
    fakes::FakeOllama m_ollama;
    QNetworkAccessManager m_nam;
    studio::MemorySecretStore m_secrets;
    QTemporaryDir m_dir;
    std::unique_ptr<studio::StudioMonitor> m_monitor;
    std::unique_ptr<studio::ModelCatalog> m_catalog;
    std::unique_ptr<studio::ChatDatabase> m_db;
    std::unique_ptr<studio::ChatStore> m_store;
    std::unique_ptr<studio::PersonaStore> m_personas;
    int m_dbCount = 0;

    const QString kServer = QStringLiteral("brain-ollama");

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_ollama.listen());
        const QByteArray json = QStringLiteral("{\"boxes\":[{\"name\":\"brain\",\"servers\":["
                                               "{\"name\":\"brain-ollama\",\"url\":\"ollama+%1\"}"
                                               "]}]}")
                                    .arg(m_ollama.url().toString())
                                    .toUtf8();
        m_monitor = std::make_unique<studio::StudioMonitor>(
            *studio::StudioConfig::parse(json, QStringLiteral("t.json")), &m_secrets, &m_nam);
        m_catalog = std::make_unique<studio::ModelCatalog>(m_monitor.get());
    }

    void init()
    {
        m_ollama.setTimeScale(0.001);
        m_ollama.setFillToMax(false);
        m_db = std::make_unique<studio::ChatDatabase>(
            m_dir.filePath(QStringLiteral("chats%1.sqlite").arg(++m_dbCount)));
        QVERIFY(m_db->open().ok());
        m_store = std::make_unique<studio::ChatStore>(*m_db);
        m_personas = std::make_unique<studio::PersonaStore>(*m_db);
    }

    void cleanup()
    {
        m_personas.reset();
        m_store.reset();
        m_db.reset();
    }

    void sendStreamsTheAnswerAndSavesTheTurn()
    {
        ChatSession session(m_catalog.get(), m_store.get(), m_personas.get());
        QVERIFY(!session.send(QStringLiteral("no target yet")));
        session.setTarget(kServer, QStringLiteral("llama3.2:3b"));
        QSignalSpy deltas(&session, &ChatSession::replyDelta);
        QSignalSpy finished(&session, &ChatSession::replyFinished);
        QSignalSpy listChanged(&session, &ChatSession::conversationsChanged);
        QVERIFY(session.send(QStringLiteral("Tell me about the weather on Mars")));
        QVERIFY(session.isBusy());
        QVERIFY(!session.send(QStringLiteral("one at a time")));
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!session.isBusy());
        QVERIFY(deltas.count() > 3);

        QCOMPARE(session.messages().size(), 2);
        const studio::StoredMessage answer = session.messages().last();
        QCOMPARE(answer.role, QStringLiteral("assistant"));
        QVERIFY(!answer.content.isEmpty());
        QVERIFY(answer.error.isEmpty());
        QVERIFY(answer.stats.timeToFirstTokenMs >= 0 || answer.stats.decodeTokensPerSecond > 0);
        QVERIFY(listChanged.count() >= 1);

        const auto conversations = session.conversations();
        QCOMPARE(conversations.size(), 1);
        QCOMPARE(conversations.first().model, QStringLiteral("llama3.2:3b"));
        QVERIFY(conversations.first().title.startsWith(QStringLiteral("Tell me about")));
        const auto saved = m_store->messages(conversations.first().id);
        QVERIFY(saved.ok());
        QCOMPARE(saved->size(), 2);
        QCOMPARE(saved->last().content, answer.content);

        const auto hits = session.search(QStringLiteral("mars weath"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().conversationId, conversations.first().id);
        QVERIFY(session.search(QStringLiteral("\"unbalanced")).isEmpty()); // never FTS syntax
    }

    void stopEndsALongStreamAndKeepsWhatArrived()
    {
        m_ollama.setTimeScale(0.05);
        m_ollama.setFillToMax(true);
        studio::Persona persona;
        persona.name = QStringLiteral("verbose");
        persona.systemPrompt = QStringLiteral("Write at length.");
        persona.maxTokens = 100000;
        QVERIFY(m_personas->save(persona).ok());
        ChatSession session(m_catalog.get(), m_store.get(), m_personas.get());
        QCOMPARE(session.personaNames(), QStringList{QStringLiteral("verbose")});
        session.setTarget(kServer, QStringLiteral("llama3.2:3b"));
        session.setPersona(QStringLiteral("verbose"));
        QSignalSpy deltas(&session, &ChatSession::replyDelta);
        QSignalSpy finished(&session, &ChatSession::replyFinished);
        QVERIFY(session.send(QStringLiteral("Write a long story")));
        QTRY_VERIFY(deltas.count() >= 20);
        session.stop();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 2000);
        const auto answer = finished.first().first().value<studio::StoredMessage>();
        QCOMPARE(answer.finishReason, QStringLiteral("stopped"));
        QVERIFY(answer.error.isEmpty());
        QVERIFY(!answer.content.isEmpty());
        QVERIFY(answer.content.size() < 100000);
        const auto saved = m_store->messages(session.conversation().id);
        QCOMPARE(saved->last().finishReason, QStringLiteral("stopped"));
        QCOMPARE(saved->last().content, answer.content);
    }

    void regenerateReplacesTheLastAnswer()
    {
        ChatSession session(m_catalog.get(), m_store.get(), m_personas.get());
        session.setTarget(kServer, QStringLiteral("gemma3:12b"));
        QSignalSpy finished(&session, &ChatSession::replyFinished);
        QSignalSpy started(&session, &ChatSession::replyStarted);
        QVERIFY(!session.regenerate()); // nothing to regenerate yet
        QVERIFY(session.send(QStringLiteral("Name a colour")));
        QTRY_COMPARE(finished.count(), 1);
        const qint64 answerId = session.messages().last().id;
        QVERIFY(answerId > 0);

        session.setTarget(kServer, QStringLiteral("llama3.2:3b"));
        QVERIFY(session.regenerate());
        QCOMPARE(started.count(), 2);
        QCOMPARE(started.last().first().toBool(), true);
        QVERIFY(session.messages().last().content.isEmpty());
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(session.messages().size(), 2);
        QCOMPARE(session.messages().last().id, answerId);
        QVERIFY(!session.messages().last().content.isEmpty());
        const auto saved = m_store->messages(session.conversation().id);
        QCOMPARE(saved->size(), 2);
        QCOMPARE(saved->last().content, session.messages().last().content);
    }

    void reasoningArrivesApartAndIsTimed()
    {
        ChatSession session(m_catalog.get(), m_store.get(), m_personas.get());
        session.setTarget(kServer, QStringLiteral("gpt-oss:20b"));
        QSignalSpy deltas(&session, &ChatSession::replyDelta);
        QSignalSpy finished(&session, &ChatSession::replyFinished);
        QVERIFY(session.send(QStringLiteral("Why is the sky blue?")));
        QTRY_COMPARE(finished.count(), 1);
        int reasoning = 0;
        for (const auto &args : std::as_const(deltas))
            reasoning += args.first().value<ChatEvent::Kind>() == ChatEvent::Kind::Reasoning;
        QVERIFY(reasoning > 0);
        QVERIFY(!session.messages().last().reasoning.isEmpty());
        QVERIFY(!session.messages().last().content.isEmpty());
        QVERIFY(session.thinkingMs() >= 0);
    }

    void openShowsAStoredConversation()
    {
        ChatSession writer(m_catalog.get(), m_store.get(), m_personas.get());
        writer.setTarget(kServer, QStringLiteral("qwen3:14b"));
        QSignalSpy finished(&writer, &ChatSession::replyFinished);
        QVERIFY(writer.send(QStringLiteral("First question")));
        QTRY_COMPARE(finished.count(), 1);
        const qint64 id = writer.conversation().id;

        ChatSession reader(m_catalog.get(), m_store.get(), m_personas.get());
        QSignalSpy reset(&reader, &ChatSession::conversationReset);
        QVERIFY(reader.open(id).ok());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(reader.messages().size(), 2);
        QCOMPARE(reader.model(), QStringLiteral("qwen3:14b"));
        QCOMPARE(reader.server(), kServer);
        QVERIFY(!reader.open(987654).ok());
        reader.startNew();
        QVERIFY(reader.messages().isEmpty());
        QCOMPARE(reader.conversation().id, 0);
    }

    void withoutHistoryNothingIsSaved()
    {
        ChatSession session(m_catalog.get(), nullptr, nullptr);
        QVERIFY(!session.hasHistory());
        session.setTarget(kServer, QStringLiteral("llama3.2:3b"));
        QSignalSpy finished(&session, &ChatSession::replyFinished);
        QVERIFY(session.send(QStringLiteral("Hello")));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(session.messages().size(), 2);
        QVERIFY(session.conversations().isEmpty());
        QVERIFY(!session.messages().last().content.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChatSession)
#include "tst_chatsession.moc"
