// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownview.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

#include <cmath>

namespace c41::ui {

namespace {
// An open paragraph longer than this is committed at its last line break, so that a
// reply without blank lines still appends in bounded time.
constexpr qsizetype kMaxTail = 4000;
} // namespace

MarkdownView::MarkdownView(QWidget *parent)
    : QTextBrowser(parent)
{
    setFrameShape(QFrame::NoFrame);
    setReadOnly(true);
    setOpenExternalLinks(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    viewport()->setAutoFillBackground(false);
    setAttribute(Qt::WA_TranslucentBackground);
    document()->setDocumentMargin(2);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &MarkdownView::fitHeight);
    fitHeight();
}

void MarkdownView::setMarkdownText(const QString &markdown)
{
    m_raw = markdown;
    m_committed = markdown.size();
    setMarkdown(markdown);
    QTextCursor c(document());
    c.movePosition(QTextCursor::End);
    m_tailStart = c.position();
    fitHeight();
}

void MarkdownView::appendStreaming(const QString &text)
{
    if (text.isEmpty())
        return;
    m_raw += text;
    qsizetype end = m_raw.lastIndexOf(QStringLiteral("\n\n"));
    if (end >= m_committed) {
        commit(end + 2);
        return;
    }
    if (m_raw.size() - m_committed > kMaxTail) {
        end = m_raw.lastIndexOf(u'\n');
        if (end >= m_committed) {
            commit(end + 1);
            return;
        }
    }
    QTextCursor c(document());
    c.movePosition(QTextCursor::End);
    c.insertText(text, QTextCharFormat());
}

void MarkdownView::finishStreaming()
{
    if (m_committed < m_raw.size())
        commit(m_raw.size());
}

void MarkdownView::commit(qsizetype end)
{
    QTextCursor c(document());
    c.beginEditBlock();
    c.setPosition(m_tailStart);
    c.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    c.removeSelectedText();
    c.insertMarkdown(m_raw.mid(m_committed, end - m_committed));
    m_committed = end;
    c.movePosition(QTextCursor::End);
    const QString tail = m_raw.mid(m_committed);
    if (!tail.isEmpty()) {
        if (!c.block().text().isEmpty() || c.block().textList())
            c.insertBlock(QTextBlockFormat(), QTextCharFormat());
        m_tailStart = c.position();
        c.insertText(tail, QTextCharFormat());
    } else {
        m_tailStart = c.position();
    }
    c.endEditBlock();
}

void MarkdownView::fitHeight()
{
    const int h = int(std::ceil(document()->size().height())) + 2 * frameWidth();
    if (h == m_height)
        return;
    m_height = h;
    setFixedHeight(h);
}

QSize MarkdownView::sizeHint() const
{
    return {200, m_height};
}

QSize MarkdownView::minimumSizeHint() const
{
    return {50, m_height};
}

} // namespace c41::ui
