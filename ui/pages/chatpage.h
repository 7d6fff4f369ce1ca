// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace c41::studio {
class ChatSession;
class ModelCatalog;
} // namespace c41::studio

namespace c41::ui {

class ChatTranscript;
class ConversationListModel;

// The Chat page: the conversation list with search on the left; on the right the
// server, model and persona pickers, the streaming transcript (see ChatTranscript),
// and the input with Send (Ctrl+Enter), Stop and Regenerate. Everything goes through
// the ChatSession; models come from the session's ModelCatalog.
class ChatPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ChatPage(studio::ChatSession *session, QWidget *parent = nullptr);

    ChatTranscript *transcript() const { return m_transcript; }
    ConversationListModel *conversations() const { return m_conversations; }
    QListView *conversationView() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *serverPicker() const { return m_server; }
    QComboBox *modelPicker() const { return m_model; }
    QComboBox *personaPicker() const { return m_persona; }
    QPlainTextEdit *input() const { return m_input; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *regenerateButton() const { return m_regenerate; }

public Q_SLOTS:
    void send();
    void newChat();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillServers();
    void fillModels();
    void fillPersonas();
    void reloadConversations();
    void showConversation();
    void applyTarget();
    void updateButtons();
    QString authorFor(const QString &role) const;

    studio::ChatSession *m_session;
    ConversationListModel *m_conversations;
    QListView *m_list;
    QLineEdit *m_search;
    QPushButton *m_new;
    QComboBox *m_server;
    QComboBox *m_model;
    QComboBox *m_persona;
    ChatTranscript *m_transcript;
    QPlainTextEdit *m_input;
    QPushButton *m_send;
    QPushButton *m_stop;
    QPushButton *m_regenerate;
    QLabel *m_hint;
    QTimer m_searchDelay;
    bool m_filling = false;
};

} // namespace c41::ui
