// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatsession.h"

#include "backends/llm/llmbackend.h"
#include "chatstore.h"
#include "logging.h"
#include "modelcatalog.h"
#include "net/httpclient.h"
#include "personastore.h"

#include <QPointer>
#include <QSet>

namespace c41::studio {

using backends::ChatEvent;

namespace {
constexpr qint64 kSaveIntervalMs = 2000;
}

ChatSession::ChatSession(ModelCatalog *catalog, ChatStore *store, PersonaStore *personas,
                         QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_store(store)
    , m_personas(personas)
{
}

ChatSession::~ChatSession()
{
    m_cancel.cancel();
}

QList<Conversation> ChatSession::conversations() const
{
    if (!m_store)
        return {};
    auto list = m_store->conversations();
    return list.ok() ? *list : QList<Conversation>{};
}

QList<SearchHit> ChatSession::search(const QString &text) const
{
    if (!m_store)
        return {};
    // Every word as a quoted FTS5 prefix term: user text is never FTS syntax.
    QStringList terms;
    for (QString word : text.split(u' ', Qt::SkipEmptyParts)) {
        word.remove(u'"');
        if (!word.isEmpty())
            terms << QStringLiteral("\"%1\"*").arg(word);
    }
    if (terms.isEmpty())
        return {};
    auto hits = m_store->search(terms.join(u' '), 200);
    if (!hits.ok())
        return {};
    QList<SearchHit> unique;
    QSet<qint64> seen;
    for (const SearchHit &hit : std::as_const(*hits)) {
        if (!seen.contains(hit.conversationId)) {
            seen.insert(hit.conversationId);
            unique << hit;
        }
    }
    return unique;
}

QStringList ChatSession::personaNames() const
{
    QStringList names;
    if (!m_personas)
        return names;
    if (auto list = m_personas->personas(); list.ok())
        for (const Persona &p : std::as_const(*list))
            names << p.name;
    return names;
}

void ChatSession::setTarget(const QString &server, const QString &model)
{
    if (server == m_server && model == m_model)
        return;
    m_server = server;
    m_model = model;
    Q_EMIT targetChanged();
}

void ChatSession::setPersona(const QString &name)
{
    m_persona = name;
}

net::Status ChatSession::open(qint64 conversationId)
{
    if (m_busy || !m_store)
        return net::ApiError::make(net::ApiError::Kind::Config, tr("chat"),
                                   tr("a reply is still streaming"));
    const auto all = m_store->conversations();
    if (!all.ok())
        return all.error();
    const auto it = std::find_if(all->cbegin(), all->cend(), [conversationId](const auto &c) {
        return c.id == conversationId;
    });
    if (it == all->cend())
        return net::ApiError::make(net::ApiError::Kind::Config, tr("chat"),
                                   tr("no conversation %1").arg(conversationId));
    auto messages = m_store->messages(conversationId);
    if (!messages.ok())
        return messages.error();
    m_conversation = *it;
    m_messages = *messages;
    m_persona = it->persona;
    m_server = it->server;
    m_model = it->model;
    Q_EMIT targetChanged();
    Q_EMIT conversationReset();
    return net::Done{};
}

void ChatSession::startNew()
{
    if (m_busy)
        return;
    m_conversation = {};
    m_messages.clear();
    Q_EMIT conversationReset();
}

backends::ChatRequest ChatSession::buildRequest() const
{
    backends::ChatRequest request;
    request.model = m_model;
    if (m_personas && !m_persona.isEmpty()) {
        if (auto p = m_personas->persona(m_persona); p.ok() && *p) {
            request.system = (*p)->systemPrompt;
            request.temperature = (*p)->temperature;
            request.topP = (*p)->topP;
            request.maxTokens = (*p)->maxTokens;
        }
    }
    // The history up to the answer being written (the last message, empty).
    for (qsizetype i = 0; i + 1 < m_messages.size(); ++i) {
        const StoredMessage &m = m_messages[i];
        if ((m.role == u"user" || m.role == u"assistant") && !m.content.isEmpty())
            request.messages << backends::ChatMessage{m.role, m.content};
    }
    return request;
}

void ChatSession::save(const StoredMessage &message)
{
    if (!m_store || message.id == 0)
        return;
    if (auto done = m_store->updateMessage(message); !done.ok())
        qCWarning(lcStudio) << done.error().toString();
}

bool ChatSession::send(const QString &text)
{
    backends::LlmBackend *llm = m_catalog ? m_catalog->backend(m_server) : nullptr;
    if (m_busy || !llm || m_model.isEmpty() || text.trimmed().isEmpty())
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    StoredMessage user;
    user.role = QStringLiteral("user");
    user.content = text;
    user.createdAt = now;
    StoredMessage answer;
    answer.role = QStringLiteral("assistant");
    answer.createdAt = now;
    bool listChanged = false;
    if (m_store) {
        if (m_conversation.id == 0) {
            Conversation c;
            c.title = text.simplified().left(60);
            c.server = m_server;
            c.model = m_model;
            c.persona = m_persona;
            if (auto id = m_store->createConversation(c); id.ok()) {
                c.id = *id;
                m_conversation = c;
            } else {
                qCWarning(lcStudio) << id.error().toString();
            }
        }
        if (m_conversation.id != 0) {
            if (auto ids = m_store->appendMessages(m_conversation.id, {user, answer}); ids.ok()) {
                user.id = ids->first();
                answer.id = ids->last();
                user.conversationId = answer.conversationId = m_conversation.id;
                listChanged = true;
            }
        }
    }
    m_messages << user << answer;
    Q_EMIT messageAdded(user);
    if (listChanged)
        Q_EMIT conversationsChanged();
    Q_EMIT replyStarted(false);
    runTurn(buildRequest(), llm);
    return true;
}

bool ChatSession::regenerate()
{
    backends::LlmBackend *llm = m_catalog ? m_catalog->backend(m_server) : nullptr;
    if (m_busy || !llm || m_model.isEmpty() || m_messages.size() < 2 ||
        m_messages.last().role != u"assistant")
        return false;
    StoredMessage &answer = m_messages.last();
    answer.content.clear();
    answer.reasoning.clear();
    answer.finishReason.clear();
    answer.error.clear();
    answer.stats = {};
    save(answer);
    Q_EMIT replyStarted(true);
    runTurn(buildRequest(), llm);
    return true;
}

void ChatSession::stop()
{
    m_cancel.cancel();
}

QCoro::Task<> ChatSession::runTurn(backends::ChatRequest request, backends::LlmBackend *llm)
{
    m_busy = true;
    m_cancel = net::CancelToken();
    m_turnClock.start();
    m_sinceSave.start();
    m_thinkingStartMs = -1;
    m_thinkingMs = -1;
    Q_EMIT busyChanged(true);
    QPointer<ChatSession> self(this);
    const net::CancelToken cancel = m_cancel;
    // The sink and the task are named locals: GCC 12 destroys temporaries of a
    // co_await full-expression twice.
    backends::ChatSink sink = [self](const ChatEvent &event) {
        if (!self)
            return false;
        const double nowMs = self->m_turnClock.nsecsElapsed() / 1e6;
        StoredMessage &answer = self->m_messages.last();
        if (event.kind == ChatEvent::Kind::Reasoning) {
            if (self->m_thinkingStartMs < 0)
                self->m_thinkingStartMs = nowMs;
            answer.reasoning.append(event.text);
        } else if (event.kind == ChatEvent::Kind::Content) {
            if (self->m_thinkingStartMs >= 0 && self->m_thinkingMs < 0)
                self->m_thinkingMs = nowMs - self->m_thinkingStartMs;
            answer.content.append(event.text);
        } else {
            return true;
        }
        Q_EMIT self->replyDelta(event.kind, event.text);
        if (self && self->m_sinceSave.elapsed() >= kSaveIntervalMs) {
            self->m_sinceSave.restart();
            self->save(self->m_messages.last());
        }
        return true;
    };
    auto task = llm->chat(std::move(request), std::move(sink), cancel);
    const backends::ChatReply reply = co_await std::move(task);
    if (!self)
        co_return;
    if (m_thinkingStartMs >= 0 && m_thinkingMs < 0)
        m_thinkingMs = m_turnClock.nsecsElapsed() / 1e6 - m_thinkingStartMs;
    StoredMessage &answer = m_messages.last();
    answer.content = reply.content; // the reply is the reference (think tags split)
    answer.reasoning = reply.reasoning;
    answer.stats = reply.stats;
    if (reply.error && reply.error->kind == net::ApiError::Kind::Cancelled) {
        answer.finishReason = QStringLiteral("stopped");
        answer.error.clear();
    } else {
        answer.finishReason = reply.finishReason;
        answer.error = reply.error ? reply.error->toString() : QString();
    }
    save(answer);
    m_busy = false;
    const StoredMessage finished = answer;
    Q_EMIT replyFinished(finished);
    if (self)
        Q_EMIT busyChanged(false);
    if (self && m_store)
        Q_EMIT conversationsChanged();
}

} // namespace c41::studio
