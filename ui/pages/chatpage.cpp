// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatpage.h"

#include "chat/chatmessagewidget.h"
#include "chat/chattranscript.h"
#include "chat/conversationlistmodel.h"
#include "studio/chatsession.h"
#include "studio/modelcatalog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace c41::ui {

using backends::ChatEvent;
using studio::ChatSession;
using studio::ModelCatalog;

ChatPage::ChatPage(ChatSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_conversations(new ConversationListModel(this))
    , m_list(new QListView(this))
    , m_search(new QLineEdit(this))
    , m_new(new QPushButton(tr("New chat"), this))
    , m_server(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_persona(new QComboBox(this))
    , m_transcript(new ChatTranscript(this))
    , m_input(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_regenerate(new QPushButton(tr("Regenerate"), this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("chatPage"));
    // Left: history.
    m_new->setAccessibleName(tr("New chat"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(tr("Start a new conversation (Ctrl+N)"));
    m_search->setPlaceholderText(tr("Search chats…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search chats"));
    m_list->setModel(m_conversations);
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(2);
    m_list->setFrameShape(QFrame::NoFrame);
    auto *left = new QWidget(this);
    left->setObjectName(QStringLiteral("chatHistory"));
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(12, 12, 8, 12);
    leftLayout->setSpacing(8);
    leftLayout->addWidget(m_new);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);
    if (!session->hasHistory()) {
        m_search->setEnabled(false);
        m_search->setPlaceholderText(tr("History is off"));
    }

    // Right: pickers, transcript, input.
    m_server->setAccessibleName(tr("Server"));
    m_model->setAccessibleName(tr("Model"));
    m_persona->setAccessibleName(tr("Persona"));
    m_server->setMinimumContentsLength(12);
    m_model->setMinimumContentsLength(18);
    m_persona->setMinimumContentsLength(12);
    m_server->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_persona->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *pickers = new QHBoxLayout;
    pickers->setSpacing(6);
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    pickers->addWidget(label(tr("&Server"), m_server));
    pickers->addWidget(m_server);
    pickers->addSpacing(10);
    pickers->addWidget(label(tr("&Model"), m_model));
    pickers->addWidget(m_model, 1);
    pickers->addSpacing(10);
    pickers->addWidget(label(tr("&Persona"), m_persona));
    pickers->addWidget(m_persona);

    m_input->setPlaceholderText(tr("Ask anything… (Ctrl+Enter sends)"));
    m_input->setAccessibleName(tr("Message"));
    m_input->setTabChangesFocus(true);
    m_input->setFixedHeight(m_input->fontMetrics().lineSpacing() * 4 + 16);
    m_input->installEventFilter(this);
    m_send->setDefault(true);
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));
    m_send->setAccessibleName(tr("Send message"));
    m_stop->setToolTip(tr("Stop the answer (Esc)"));
    m_stop->setAccessibleName(tr("Stop answer"));
    m_stop->setShortcut(Qt::Key_Escape);
    m_regenerate->setToolTip(tr("Ask again for the last answer (Ctrl+R)"));
    m_regenerate->setAccessibleName(tr("Regenerate answer"));
    m_regenerate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_send);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_regenerate);
    buttons->addStretch(1);
    auto *inputRow = new QHBoxLayout;
    inputRow->setSpacing(8);
    inputRow->addWidget(m_input, 1);
    inputRow->addLayout(buttons);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setAccessibleName(tr("Chat status"));
    m_hint->setWordWrap(true);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 12, 16, 12);
    rightLayout->setSpacing(8);
    rightLayout->addLayout(pickers);
    rightLayout->addWidget(m_transcript, 1);
    rightLayout->addLayout(inputRow);
    rightLayout->addWidget(m_hint);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({270, 1000});
    splitter->setChildrenCollapsible(false);
    left->setMinimumWidth(200);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(150);
    connect(&m_searchDelay, &QTimer::timeout, this, &ChatPage::reloadConversations);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (m_session->isBusy())
            return;
        m_session->open(index.data(ConversationListModel::IdRole).toLongLong());
    });
    connect(m_new, &QPushButton::clicked, this, &ChatPage::newChat);
    connect(m_send, &QPushButton::clicked, this, &ChatPage::send);
    connect(m_stop, &QPushButton::clicked, m_session, &ChatSession::stop);
    connect(m_regenerate, &QPushButton::clicked, this, [this] { m_session->regenerate(); });
    connect(m_server, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillModels();
        applyTarget();
    });
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            applyTarget();
    });
    connect(m_persona, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            m_session->setPersona(m_persona->currentData().toString());
    });
    connect(m_input, &QPlainTextEdit::textChanged, this, &ChatPage::updateButtons);

    connect(session, &ChatSession::conversationReset, this, &ChatPage::showConversation);
    connect(session, &ChatSession::messageAdded, this, [this](const studio::StoredMessage &m) {
        m_transcript->addMessage(m, authorFor(m.role));
    });
    connect(session, &ChatSession::replyStarted, this, [this](bool replaceLast) {
        m_transcript->beginReply(authorFor(QStringLiteral("assistant")), replaceLast);
    });
    connect(session, &ChatSession::replyDelta, m_transcript, &ChatTranscript::appendDelta);
    connect(session, &ChatSession::replyFinished, this, [this](const studio::StoredMessage &m) {
        m_transcript->finishReply(m, m_session->thinkingMs());
    });
    connect(session, &ChatSession::busyChanged, this, &ChatPage::updateButtons);
    connect(session, &ChatSession::conversationsChanged, this, &ChatPage::reloadConversations);
    connect(session, &ChatSession::targetChanged, this, [this] {
        // A conversation was opened: show its server, model and persona.
        m_filling = true;
        const int s = m_server->findData(m_session->server());
        if (s >= 0)
            m_server->setCurrentIndex(s);
        m_filling = false;
        fillModels();
        fillPersonas();
        updateButtons();
    });
    if (ModelCatalog *catalog = session->catalog()) {
        connect(catalog, &ModelCatalog::serverChanged, this, [this](const QString &server) {
            if (server == m_server->currentData().toString())
                fillModels();
        });
    }

    fillServers();
    fillPersonas();
    reloadConversations();
    showConversation();
}

QString ChatPage::authorFor(const QString &role) const
{
    if (role == u"user")
        return tr("You");
    const QString model = m_session->model();
    return model.isEmpty() ? tr("Assistant") : model;
}

void ChatPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ModelCatalog *catalog = m_session->catalog();
    if (!catalog)
        return;
    const studio::CatalogServer *s = catalog->server(m_server->currentData().toString());
    if (s && !s->refreshedAt.isValid() && !s->refreshing)
        catalog->refresh();
}

bool ChatPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            send();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChatPage::fillServers()
{
    m_filling = true;
    m_server->clear();
    if (ModelCatalog *catalog = m_session->catalog())
        for (const QString &name : catalog->serverNames())
            m_server->addItem(name, name);
    const int current = m_server->findData(m_session->server());
    m_server->setCurrentIndex(current >= 0 ? current : 0);
    m_filling = false;
    fillModels();
    applyTarget();
}

void ChatPage::fillModels()
{
    ModelCatalog *catalog = m_session->catalog();
    const QString serverName = m_server->currentData().toString();
    const studio::CatalogServer *server = catalog ? catalog->server(serverName) : nullptr;
    QString wanted = m_model->currentData().toString();
    if (m_session->server() == serverName && !m_session->model().isEmpty())
        wanted = m_session->model();
    m_filling = true;
    m_model->clear();
    QString loaded;
    if (server) {
        for (const studio::CatalogModel &m : server->models) {
            const QString text = m.loaded ? tr("%1  (in memory)").arg(m.model.name) : m.model.name;
            m_model->addItem(text, m.model.name);
            if (m.loaded && loaded.isEmpty())
                loaded = m.model.name;
        }
    }
    // Keep the model of an opened conversation even when the list has not come yet.
    if (!wanted.isEmpty() && m_model->findData(wanted) < 0)
        m_model->addItem(wanted, wanted);
    int index = m_model->findData(wanted.isEmpty() ? loaded : wanted);
    m_model->setCurrentIndex(index >= 0 ? index : 0);
    m_filling = false;
    applyTarget();
}

void ChatPage::fillPersonas()
{
    m_filling = true;
    m_persona->clear();
    m_persona->addItem(tr("No persona"), QString());
    for (const QString &name : m_session->personaNames())
        m_persona->addItem(name, name);
    const int current = m_persona->findData(m_session->persona());
    m_persona->setCurrentIndex(current >= 0 ? current : 0);
    m_filling = false;
}

void ChatPage::applyTarget()
{
    if (m_session->isBusy())
        return;
    m_session->setTarget(m_server->currentData().toString(), m_model->currentData().toString());
    updateButtons();
}

void ChatPage::reloadConversations()
{
    const QString query = m_search->text().trimmed();
    if (query.isEmpty())
        m_conversations->setConversations(m_session->conversations());
    else
        m_conversations->setSearchHits(m_session->search(query));
    const int row = m_conversations->rowOf(m_session->conversation().id);
    if (row >= 0)
        m_list->setCurrentIndex(m_conversations->index(row));
}

void ChatPage::showConversation()
{
    m_transcript->clear();
    const int row = m_conversations->rowOf(m_session->conversation().id);
    if (row >= 0)
        m_list->setCurrentIndex(m_conversations->index(row));
    else
        m_list->clearSelection();
    for (const studio::StoredMessage &m : m_session->messages())
        m_transcript->addMessage(m, authorFor(m.role));
    updateButtons();
}

void ChatPage::newChat()
{
    if (m_session->isBusy())
        return;
    m_session->startNew();
    m_list->clearSelection();
    m_input->setFocus();
}

void ChatPage::send()
{
    const QString text = m_input->toPlainText();
    if (m_session->send(text))
        m_input->clear();
    updateButtons();
}

void ChatPage::updateButtons()
{
    const bool busy = m_session->isBusy();
    const bool hasServer = m_server->count() > 0;
    const bool ready = hasServer && !m_model->currentData().toString().isEmpty();
    const auto &messages = m_session->messages();
    m_send->setEnabled(!busy && ready && !m_input->toPlainText().trimmed().isEmpty());
    m_stop->setEnabled(busy);
    m_regenerate->setEnabled(!busy && ready && messages.size() >= 2 &&
                             messages.last().role == u"assistant");
    m_server->setEnabled(!busy);
    m_model->setEnabled(!busy);
    m_persona->setEnabled(!busy);
    m_new->setEnabled(!busy);
    if (!hasServer) {
        m_transcript->setPlaceholder(
            tr("No LLM server yet.\nAdd an Ollama or OpenAI-compatible server in Settings "
               "to chat with its models."));
        m_hint->setText(tr("No LLM server configured."));
    } else {
        m_transcript->setPlaceholder(tr("Pick a model above and type below to start a "
                                        "conversation.\nCtrl+Enter sends, Esc stops the answer."));
        m_hint->setText(busy ? tr("Answering… Esc stops.")
                        : ready
                            ? QString()
                            : tr("Waiting for the model list of %1…").arg(m_server->currentText()));
    }
    m_hint->setVisible(!m_hint->text().isEmpty());
}

} // namespace c41::ui
