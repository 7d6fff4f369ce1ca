// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/llm/llmtypes.h"
#include "chattypes.h"
#include "net/canceltoken.h"
#include "net/result.h"

#include <QElapsedTimer>
#include <QObject>

#include <qcorotask.h>

namespace c41::backends {
class LlmBackend;
}

namespace c41::studio {

class ChatStore;
class ModelCatalog;
class PersonaStore;

// One conversation on screen and at most one streaming reply at a time, on top of
// the catalog's LLM backends, with history in the chat store (optional: without one
// nothing is saved) and personas from the persona store (optional). Tokens are
// signalled as they arrive; the answer is saved when the turn starts, every couple
// of seconds while it streams, and when it ends, never per token.
class ChatSession final : public QObject
{
    Q_OBJECT
public:
    ChatSession(ModelCatalog *catalog, ChatStore *store, PersonaStore *personas,
                QObject *parent = nullptr);
    ~ChatSession() override;

    ModelCatalog *catalog() const { return m_catalog; }
    bool hasHistory() const { return m_store != nullptr; }

    const Conversation &conversation() const { return m_conversation; }
    const QList<StoredMessage> &messages() const { return m_messages; }
    QList<Conversation> conversations() const; // latest first; empty without a store
    // Conversations whose text matches every word of `text` (prefixes too), best first.
    QList<SearchHit> search(const QString &text) const;
    QStringList personaNames() const;

    QString server() const { return m_server; }
    QString model() const { return m_model; }
    QString persona() const { return m_persona; }
    void setTarget(const QString &server, const QString &model);
    void setPersona(const QString &name); // empty: none

    // Shows a stored conversation (and picks its server, model and persona); refused
    // while a reply streams.
    net::Status open(qint64 conversationId);
    void startNew();

    bool isBusy() const { return m_busy; }
    // Each returns false (and does nothing) while busy, without a target, or with
    // nothing to send / regenerate.
    bool send(const QString &text);
    bool regenerate(); // asks again for the last answer and replaces it
    void stop();       // ends the reply in flight; what arrived is kept

    // Time of the last reply's thinking (first reasoning token to first answer token).
    double thinkingMs() const { return m_thinkingMs; }

Q_SIGNALS:
    void conversationReset();                                  // messages() replaced
    void messageAdded(const c41::studio::StoredMessage &user); // the user turn
    void replyStarted(bool replacesLast); // a new, empty answer streams (regenerate: in place)
    void replyDelta(c41::backends::ChatEvent::Kind kind, const QString &text);
    void replyFinished(const c41::studio::StoredMessage &answer);
    void conversationsChanged();
    void busyChanged(bool busy);
    void targetChanged();

private:
    QCoro::Task<> runTurn(backends::ChatRequest request, backends::LlmBackend *llm);
    backends::ChatRequest buildRequest() const;
    void save(const StoredMessage &message);

    ModelCatalog *m_catalog;
    ChatStore *m_store;
    PersonaStore *m_personas;
    Conversation m_conversation;
    QList<StoredMessage> m_messages;
    QString m_server;
    QString m_model;
    QString m_persona;
    bool m_busy = false;
    net::CancelToken m_cancel;
    QElapsedTimer m_turnClock;
    QElapsedTimer m_sinceSave;
    double m_thinkingStartMs = -1;
    double m_thinkingMs = -1;
};

} // namespace c41::studio
