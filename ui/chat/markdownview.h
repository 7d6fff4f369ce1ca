// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace c41::ui {

// Read-only Markdown text that is as tall as its content (no scroll bar of its own)
// and can grow while it streams without re-rendering what it already shows:
// finished paragraphs (up to the last blank line) are converted once with
// QTextCursor::insertMarkdown and appended; the paragraph still arriving is shown
// as plain text at the end and replaced on the next append. An append costs the
// new text plus the open paragraph, whatever the length of the document.
class MarkdownView final : public QTextBrowser
{
    Q_OBJECT
public:
    explicit MarkdownView(QWidget *parent = nullptr);

    void setMarkdownText(const QString &markdown); // replaces everything, rendered at once
    void appendStreaming(const QString &text);
    void finishStreaming(); // renders the open paragraph
    const QString &rawText() const { return m_raw; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    void commit(qsizetype end);
    void fitHeight();

    QString m_raw;
    qsizetype m_committed = 0; // m_raw[0, m_committed) is rendered as Markdown
    int m_tailStart = 0;       // where the plain-text tail starts in the document
    int m_height = 0;
};

} // namespace c41::ui
