// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studio/chattypes.h"

#include <QFrame>

class QLabel;
class QToolButton;
class QVBoxLayout;

namespace c41::ui {

class CodeBlockView;
class MarkdownView;

// One message of the transcript: who wrote it, the reply's stats, the reasoning in
// a collapsed section, then the text as Markdown with fenced code blocks as
// CodeBlockViews (language + Copy). A streaming reply grows by appends that touch
// only its last segment: text before a fence is a MarkdownView, the fence starts a
// CodeBlockView, its end a new MarkdownView.
class ChatMessageWidget final : public QFrame
{
    Q_OBJECT
public:
    ChatMessageWidget(const QString &role, const QString &author, QWidget *parent = nullptr);

    void setMessage(const studio::StoredMessage &message); // a stored one, rendered at once
    void appendContent(const QString &text);
    void appendReasoning(const QString &text);
    void setStatsText(const QString &text);
    // The reply ended: render the open paragraph, say how long it thought, show the error.
    void finish(const studio::StoredMessage &message, double thinkingMs);
    void clearReply(); // regenerate: empty again, streaming

    QString role() const { return m_role; }
    QString contentText() const { return m_content; }
    QString reasoningText() const;
    bool reasoningExpanded() const;
    QToolButton *reasoningToggle() const { return m_reasoningToggle; }
    QList<CodeBlockView *> codeBlocks() const;
    QString statsText() const;
    QString errorText() const;

private:
    void feedLine(const QString &piece); // whole or partial lines, outside the hold-back
    void emitText(const QString &text);
    void openText();
    void addSegment(QWidget *segment);
    void setError(const QString &text, bool error);

    QString m_role;
    QString m_content; // everything appended (the raw Markdown)
    QLabel *m_author;
    QLabel *m_stats;
    QToolButton *m_reasoningToggle;
    MarkdownView *m_reasoning;
    QWidget *m_body;
    QVBoxLayout *m_bodyLayout;
    QLabel *m_error;
    MarkdownView *m_text = nullptr;  // the open text segment
    CodeBlockView *m_code = nullptr; // the open code segment
    QWidget *m_chunk = nullptr;      // the last group of segments
    QVBoxLayout *m_chunkLayout = nullptr;
    int m_chunkSegments = 0;
    QString m_held; // the start of a line that may be a fence
    bool m_atLineStart = true;
};

} // namespace c41::ui
