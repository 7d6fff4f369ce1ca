// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/llm/llmtypes.h"
#include "studio/chattypes.h"

#include <QElapsedTimer>
#include <QScrollArea>
#include <QTimer>

class QVBoxLayout;

namespace c41::ui {

class ChatMessageWidget;

// The conversation as a column of message widgets in a scroll area.
//
// Why widgets in a QVBoxLayout and not a QListView with a delegate: a message is
// rich (Markdown, code blocks with their own Copy button, a collapsible reasoning
// section, selectable text), which real widgets give for free, and a streaming
// reply only ever grows its LAST widget. Each message widget is as tall as its
// content (fixed height, cached by the layout), so growing the last one costs the
// layout a walk over cached sizes, never a re-layout of the other messages' text.
//
// Tokens arrive through appendDelta() at any rate; they are buffered and applied
// at most once per frame (a 16 ms timer): one append to the last message's open
// segment (see MarkdownView), whatever the number of tokens in between. While
// streaming the view follows the bottom, unless the user scrolled up.
class ChatTranscript final : public QScrollArea
{
    Q_OBJECT
public:
    explicit ChatTranscript(QWidget *parent = nullptr);

    void clear();
    void setPlaceholder(const QString &text); // shown while there is no message
    ChatMessageWidget *addMessage(const studio::StoredMessage &message, const QString &author);
    // A reply starts streaming: into a new message widget, or (regenerate) into the last.
    void beginReply(const QString &author, bool replaceLast);
    void appendDelta(backends::ChatEvent::Kind kind, const QString &text);
    void finishReply(const studio::StoredMessage &answer, double thinkingMs);
    void flush(); // applies what is buffered now (the frame timer calls it)

    int messageCount() const;
    ChatMessageWidget *message(int i) const;
    ChatMessageWidget *lastMessage() const;
    bool isFollowing() const { return m_follow; }
    int flushCount() const { return m_flushes; }
    qint64 replyTokens() const { return m_tokens; }

    static QString statsText(const backends::ReplyStats &stats, qint64 tokens, double ttftMs,
                             double seconds);

private:
    void updateLiveStats();

    QWidget *m_column;
    QVBoxLayout *m_layout;
    QWidget *m_placeholder;
    QList<ChatMessageWidget *> m_messages;
    QTimer m_frame;
    QString m_pendingContent;
    QString m_pendingReasoning;
    QElapsedTimer m_replyClock;
    double m_ttftMs = -1;
    qint64 m_tokens = 0;
    bool m_streaming = false;
    bool m_follow = true;
    int m_flushes = 0;
};

} // namespace c41::ui
