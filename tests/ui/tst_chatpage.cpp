// SPDX-License-Identifier: GPL-3.0-or-later
// The Chat page against the fake Ollama: a message sent with Ctrl+Enter streams its
// answer, Stop ends a long one, Regenerate replaces the last answer, reasoning stays
// collapsed, the conversation is listed and found by search; the transcript renders
// code blocks with Copy and coalesces tokens per frame.
#include "chat/chatmessagewidget.h"
#include "chat/chattranscript.h"
#include "chat/codeblockview.h"
#include "chat/conversationlistmodel.h"
#include "fakeollama.h"
#include "pages/chatpage.h"
#include "studio/chatdatabase.h"
#include "studio/chatsession.h"
#include "studio/chatstore.h"
#include "studio/memorysecretstore.h"
#include "studio/modelcatalog.h"
#include "studio/personastore.h"
#include "studio/studiomonitor.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace c41;
using backends::ChatEvent;

class TestChatPage : public QObject
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
    std::unique_ptr<studio::ChatSession> m_session;
    int m_dbCount = 0;

    std::unique_ptr<ui::ChatPage> openPage()
    {
        auto page = std::make_unique<ui::ChatPage>(m_session.get());
        page->resize(1280, 800);
        page->show();
        [&] { QTRY_VERIFY(page->modelPicker()->count() >= 4); }();
        return page;
    }

    static void pickModel(ui::ChatPage &page, const QString &model)
    {
        const int i = page.modelPicker()->findData(model);
        QVERIFY(i >= 0);
        page.modelPicker()->setCurrentIndex(i);
    }

    static void type(ui::ChatPage &page, const QString &text)
    {
        page.input()->setFocus();
        QTest::keyClicks(page.input(), text);
        QTest::keyClick(page.input(), Qt::Key_Return, Qt::ControlModifier);
    }

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
        m_ollama.setTimeScale(0.002);
        m_ollama.setFillToMax(false);
        m_db = std::make_unique<studio::ChatDatabase>(
            m_dir.filePath(QStringLiteral("chat%1.sqlite").arg(++m_dbCount)));
        QVERIFY(m_db->open().ok());
        m_store = std::make_unique<studio::ChatStore>(*m_db);
        m_personas = std::make_unique<studio::PersonaStore>(*m_db);
        m_session =
            std::make_unique<studio::ChatSession>(m_catalog.get(), m_store.get(), m_personas.get());
    }

    void cleanup()
    {
        m_session.reset();
        m_personas.reset();
        m_store.reset();
        m_db.reset();
    }

    void sendStreamsTheAnswerListsAndFindsTheConversation()
    {
        auto page = openPage();
        QAbstractItemModelTester tester(page->conversations(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        pickModel(*page, QStringLiteral("llama3.2:3b"));
        QVERIFY(!page->sendButton()->isEnabled()); // nothing typed
        type(*page, QStringLiteral("What is the weather on Mars?"));
        QVERIFY(page->input()->toPlainText().isEmpty());
        QCOMPARE(page->transcript()->messageCount(), 2);
        QVERIFY(page->stopButton()->isEnabled());
        QCOMPARE(page->transcript()->message(0)->contentText(),
                 QStringLiteral("What is the weather on Mars?"));
        QTRY_VERIFY(!m_session->isBusy());
        ui::ChatMessageWidget *answer = page->transcript()->lastMessage();
        QVERIFY(!answer->contentText().isEmpty());
        QCOMPARE(answer->contentText(), m_session->messages().last().content);
        QVERIFY2(answer->statsText().contains(QStringLiteral("tok/s")),
                 qPrintable(answer->statsText()));
        QVERIFY(answer->statsText().contains(QStringLiteral("first token")));
        QVERIFY(page->transcript()->flushCount() < m_session->messages().last().content.size());
        QVERIFY(!page->stopButton()->isEnabled());
        QVERIFY(page->regenerateButton()->isEnabled());

        QTRY_COMPARE(page->conversations()->rowCount(), 1);
        QCOMPARE(page->conversations()->index(0).data(ui::ConversationListModel::TitleRole),
                 QVariant(QStringLiteral("What is the weather on Mars?")));
        QTest::keyClicks(page->searchField(), QStringLiteral("mars"));
        QTRY_VERIFY(page->conversations()->isSearch());
        QCOMPARE(page->conversations()->rowCount(), 1);
        page->searchField()->clear();
        QTest::keyClicks(page->searchField(), QStringLiteral("zanzibar"));
        QTRY_COMPARE(page->conversations()->rowCount(), 0);
        page->searchField()->clear();
        QTRY_COMPARE(page->conversations()->rowCount(), 1);

        // A new chat empties the transcript; clicking the listed one brings it back.
        page->newChat();
        QCOMPARE(page->transcript()->messageCount(), 0);
        QTest::mouseClick(
            page->conversationView()->viewport(), Qt::LeftButton, {},
            page->conversationView()->visualRect(page->conversations()->index(0)).center());
        QTRY_COMPARE(page->transcript()->messageCount(), 2);
    }

    void stopEndsALongStream()
    {
        m_ollama.setTimeScale(0.05);
        m_ollama.setFillToMax(true);
        studio::Persona persona;
        persona.name = QStringLiteral("novelist");
        persona.systemPrompt = QStringLiteral("Write at length.");
        persona.maxTokens = 100000;
        QVERIFY(m_personas->save(persona).ok());
        auto page = openPage();
        QCOMPARE(page->personaPicker()->count(), 2);
        page->personaPicker()->setCurrentIndex(1);
        pickModel(*page, QStringLiteral("llama3.2:3b"));
        type(*page, QStringLiteral("Write a very long story"));
        QTRY_VERIFY(page->transcript()->lastMessage()->contentText().size() > 40);
        QTest::mouseClick(page->stopButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 2000);
        QCOMPARE(page->transcript()->lastMessage()->errorText(), QStringLiteral("Stopped."));
        QVERIFY(page->sendButton()->isEnabled() == false); // input is empty
        QVERIFY(page->regenerateButton()->isEnabled());
    }

    void regenerateReplacesTheLastAnswer()
    {
        auto page = openPage();
        pickModel(*page, QStringLiteral("gemma3:12b"));
        type(*page, QStringLiteral("Name a colour"));
        QTRY_VERIFY(!m_session->isBusy());
        const qint64 id = m_session->messages().last().id;
        pickModel(*page, QStringLiteral("llama3.2:3b"));
        QTest::mouseClick(page->regenerateButton(), Qt::LeftButton);
        QVERIFY(m_session->isBusy());
        QCOMPARE(page->transcript()->messageCount(), 2);
        QTRY_VERIFY(!m_session->isBusy());
        QCOMPARE(page->transcript()->messageCount(), 2);
        QCOMPARE(m_session->messages().last().id, id);
        QCOMPARE(page->transcript()->lastMessage()->contentText(),
                 m_session->messages().last().content);
        QCOMPARE(m_store->messages(m_session->conversation().id)->size(), 2);
    }

    void reasoningStaysCollapsed()
    {
        auto page = openPage();
        pickModel(*page, QStringLiteral("gpt-oss:20b"));
        type(*page, QStringLiteral("Why is the sky blue?"));
        QTRY_VERIFY(!m_session->isBusy());
        ui::ChatMessageWidget *answer = page->transcript()->lastMessage();
        QVERIFY(!answer->reasoningText().isEmpty());
        QVERIFY(!answer->reasoningExpanded());
        QVERIFY2(answer->reasoningToggle()->text().startsWith(QStringLiteral("Thought for")),
                 qPrintable(answer->reasoningToggle()->text()));
        QTest::mouseClick(answer->reasoningToggle(), Qt::LeftButton);
        QVERIFY(answer->reasoningExpanded());
    }

    void transcriptRendersCodeBlocksAndCoalesces()
    {
        ui::ChatTranscript transcript;
        transcript.resize(900, 600);
        transcript.show();
        studio::StoredMessage user;
        user.role = QStringLiteral("user");
        user.content = QStringLiteral("Show me code");
        transcript.addMessage(user, QStringLiteral("You"));
        transcript.beginReply(QStringLiteral("qwen3:14b"), false);
        const QString reply = QStringLiteral(
            "Here is **Python**:\n\n```python\nfor i in range(3):\n    print(i)\n```\n"
            "And `inline` code.\n");
        // Token by token, fences split across tokens.
        for (qsizetype i = 0; i < reply.size(); i += 3)
            transcript.appendDelta(ChatEvent::Kind::Content, reply.mid(i, 3));
        QCOMPARE(transcript.flushCount(), 0); // nothing painted before the frame
        QTRY_COMPARE(transcript.flushCount(), 1);
        studio::StoredMessage done;
        done.role = QStringLiteral("assistant");
        done.content = reply;
        transcript.finishReply(done, -1);
        ui::ChatMessageWidget *answer = transcript.lastMessage();
        QCOMPARE(answer->contentText(), reply);
        const auto blocks = answer->codeBlocks();
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks.first()->code(), QStringLiteral("for i in range(3):\n    print(i)"));
        QTest::mouseClick(blocks.first()->copyButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), blocks.first()->code());
    }

    void followsTheBottomUnlessScrolledUp()
    {
        ui::ChatTranscript transcript;
        transcript.resize(700, 400);
        transcript.show();
        transcript.beginReply(QStringLiteral("m"), false);
        for (int i = 0; i < 200; ++i)
            transcript.appendDelta(ChatEvent::Kind::Content,
                                   QStringLiteral("Line %1 of a long answer.\n\n").arg(i));
        transcript.flush();
        QScrollBar *bar = transcript.verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        QTRY_COMPARE(bar->value(), bar->maximum());
        bar->setValue(0); // the user reads from the top
        QVERIFY(!transcript.isFollowing());
        for (int i = 0; i < 50; ++i)
            transcript.appendDelta(ChatEvent::Kind::Content, QStringLiteral("More.\n\n"));
        transcript.flush();
        QTest::qWait(50);
        QCOMPARE(bar->value(), 0);
    }

    void renderAStoredConversation()
    {
        m_ollama.setTimeScale(0.002);
        // A conversation as it would be stored, with Markdown, a code block and reasoning.
        studio::Conversation c;
        c.title = QStringLiteral("Parse a CSV file in Python");
        c.server = QStringLiteral("brain-ollama");
        c.model = QStringLiteral("qwen3:14b");
        const qint64 id = *m_store->createConversation(c);
        studio::StoredMessage q;
        q.role = QStringLiteral("user");
        q.content = QStringLiteral("How do I read a CSV file and sum one column in Python?");
        studio::StoredMessage a;
        a.role = QStringLiteral("assistant");
        a.reasoning = QStringLiteral("The user wants the csv module; show DictReader.");
        a.content = QStringLiteral(
            "Use the standard **csv** module. `DictReader` gives each row as a dict:\n\n"
            "```python\nimport csv\n\ntotal = 0.0\nwith open(\"sales.csv\", newline=\"\") as f:\n"
            "    for row in csv.DictReader(f):\n        total += float(row[\"amount\"])\n"
            "print(f\"total: {total:.2f}\")\n```\n\n"
            "A few notes:\n\n- `newline=\"\"` lets the module handle line endings.\n"
            "- For large files, this streams row by row.\n- With *pandas*: "
            "`pd.read_csv(\"sales.csv\")[\"amount\"].sum()`.\n");
        a.stats.source = QStringLiteral("server");
        a.stats.completionTokens = 164;
        a.stats.decodeTokensPerSecond = 58.4;
        a.stats.timeToFirstTokenMs = 212;
        QVERIFY(m_store->appendMessages(id, {q, a}).ok());
        studio::Conversation other;
        other.title = QStringLiteral("Flux 2 prompt ideas for a product shot");
        other.model = QStringLiteral("gemma3:12b");
        QVERIFY(m_store->createConversation(other).ok());

        auto page = openPage();
        QTRY_COMPARE(page->conversations()->rowCount(), 2);
        QVERIFY(m_session->open(id).ok());
        QCOMPARE(page->transcript()->messageCount(), 2);
        QCOMPARE(page->transcript()->lastMessage()->codeBlocks().size(), 1);
        QVERIFY(!page->transcript()->lastMessage()->reasoningExpanded());
        QCOMPARE(page->modelPicker()->currentData().toString(), QStringLiteral("qwen3:14b"));
        type(*page, QStringLiteral("And how do I skip the header row?"));
        QTRY_VERIFY(!m_session->isBusy());
        QTest::qWait(50);
        QVERIFY(page->grab().save(QDir::temp().filePath(QStringLiteral("gui-chat-chat.png"))));

        ui::ChatPage empty(m_session.get());
        m_session->startNew();
        empty.resize(1280, 800);
        empty.show();
        QTest::qWait(20);
        QVERIFY(
            empty.grab().save(QDir::temp().filePath(QStringLiteral("gui-chat-chat-empty.png"))));
    }
};

QTEST_MAIN(TestChatPage)
#include "tst_chatpage.moc"
