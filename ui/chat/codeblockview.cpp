// SPDX-License-Identifier: GPL-3.0-or-later
#include "codeblockview.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace c41::ui {

CodeBlockView::CodeBlockView(const QString &language, QWidget *parent)
    : QFrame(parent)
    , m_language(new QLabel(language.isEmpty() ? tr("code") : language, this))
    , m_copy(new QToolButton(this))
    , m_code(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("codeBlock"));
    setStyleSheet(
        QStringLiteral("#codeBlock { border: 1px solid palette(mid); border-radius: 6px;"
                       " background: palette(alternate-base); }"
                       "#codeHeader { background: palette(button); border-top-left-radius: 6px;"
                       " border-top-right-radius: 6px; }"));
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("codeHeader"));
    header->setAttribute(Qt::WA_StyledBackground);
    auto *top = new QHBoxLayout(header);
    top->setContentsMargins(10, 2, 4, 2);
    m_language->setForegroundRole(QPalette::PlaceholderText);
    m_copy->setText(tr("Copy"));
    m_copy->setAutoRaise(true);
    m_copy->setToolTip(tr("Copy the code to the clipboard"));
    m_copy->setAccessibleName(tr("Copy code"));
    top->addWidget(m_language);
    top->addStretch(1);
    top->addWidget(m_copy);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_code->setFont(mono);
    m_code->setReadOnly(true);
    m_code->setFrameShape(QFrame::NoFrame);
    m_code->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_code->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_code->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_code->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_code->setAccessibleName(tr("Code"));
    m_code->viewport()->setAutoFillBackground(false);
    m_code->setStyleSheet(QStringLiteral("QPlainTextEdit { background: transparent; }"));
    m_code->document()->setDocumentMargin(8);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(m_code);

    connect(m_copy, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(code());
        m_copy->setText(tr("Copied"));
        QTimer::singleShot(1500, m_copy, [copy = m_copy] { copy->setText(tr("Copy")); });
    });
    connect(m_code, &QPlainTextEdit::blockCountChanged, this, &CodeBlockView::fitHeight);
    fitHeight();
}

void CodeBlockView::append(const QString &text)
{
    QTextCursor c(m_code->document());
    c.movePosition(QTextCursor::End);
    c.insertText(text);
}

void CodeBlockView::finish()
{
    QTextCursor c(m_code->document());
    c.movePosition(QTextCursor::End);
    if (c.block().text().isEmpty() && m_code->document()->blockCount() > 1)
        c.deletePreviousChar();
}

QString CodeBlockView::code() const
{
    return m_code->toPlainText();
}

void CodeBlockView::fitHeight()
{
    const int lines = m_code->document()->blockCount();
    if (lines == m_lines)
        return;
    m_lines = lines;
    m_code->setFixedHeight(lines * m_code->fontMetrics().lineSpacing() + 16 + 4);
}

} // namespace c41::ui
