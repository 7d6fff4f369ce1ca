// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatmessagewidget.h"

#include "codeblockview.h"
#include "markdownview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace c41::ui {

namespace {
const QString kFence = QStringLiteral("```");
constexpr int kChunkSegments = 8;

// Could this start of a line still become a fence line?
bool mayBeFence(const QString &start)
{
    const QString t = start.trimmed();
    return t.isEmpty() ? start.size() < 4 : (t.startsWith(kFence) || kFence.startsWith(t));
}
} // namespace

ChatMessageWidget::ChatMessageWidget(const QString &role, const QString &author, QWidget *parent)
    : QFrame(parent)
    , m_role(role)
    , m_author(new QLabel(author, this))
    , m_stats(new QLabel(this))
    , m_reasoningToggle(new QToolButton(this))
    , m_reasoning(new MarkdownView(this))
    , m_body(new QWidget(this))
    , m_bodyLayout(new QVBoxLayout(m_body))
    , m_error(new QLabel(this))
{
    const bool user = role == u"user";
    setObjectName(user ? QStringLiteral("userMessage") : QStringLiteral("assistantMessage"));
    setAttribute(Qt::WA_StyledBackground);
    if (user)
        setStyleSheet(
            QStringLiteral("#userMessage { background: palette(alternate-base);"
                           " border: 1px solid palette(midlight); border-radius: 10px; }"));
    setAccessibleName(user ? tr("Your message") : tr("Reply"));
    QFont bold = m_author->font();
    bold.setBold(true);
    m_author->setFont(bold);
    m_stats->setForegroundRole(QPalette::PlaceholderText);
    m_stats->setAccessibleName(tr("Reply statistics"));
    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_author);
    header->addStretch(1);
    header->addWidget(m_stats);

    m_reasoningToggle->setCheckable(true);
    m_reasoningToggle->setAutoRaise(true);
    m_reasoningToggle->setArrowType(Qt::RightArrow);
    m_reasoningToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_reasoningToggle->setText(tr("Thinking…"));
    m_reasoningToggle->setAccessibleName(tr("Show reasoning"));
    m_reasoningToggle->setForegroundRole(QPalette::PlaceholderText);
    m_reasoningToggle->hide();
    m_reasoning->setObjectName(QStringLiteral("reasoning"));
    m_reasoning->setAccessibleName(tr("Reasoning"));
    m_reasoning->setStyleSheet(QStringLiteral(
        "#reasoning { color: palette(placeholder-text); border-left: 3px solid palette(mid);"
        " padding-left: 8px; }"));
    m_reasoning->hide();
    connect(m_reasoningToggle, &QToolButton::toggled, this, [this](bool on) {
        m_reasoningToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_reasoning->setVisible(on);
    });

    m_bodyLayout->setContentsMargins(0, 0, 0, 0);
    m_bodyLayout->setSpacing(6);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Reply error"));
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(user ? 14 : 4, 10, user ? 14 : 4, 10);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_reasoningToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_reasoning);
    layout->addWidget(m_body);
    layout->addWidget(m_error);
    openText();
}

// Segments go into chunks of kChunkSegments: a new token re-lays out (and re-clips)
// only the last chunk and the list of chunks, not every segment of a long reply.
void ChatMessageWidget::addSegment(QWidget *segment)
{
    if (!m_chunk || m_chunkSegments >= kChunkSegments) {
        m_chunk = new QWidget(m_body);
        m_chunkLayout = new QVBoxLayout(m_chunk);
        m_chunkLayout->setContentsMargins(0, 0, 0, 0);
        m_chunkLayout->setSpacing(6);
        m_bodyLayout->addWidget(m_chunk);
        m_chunkSegments = 0;
    }
    m_chunkLayout->addWidget(segment);
    ++m_chunkSegments;
}

void ChatMessageWidget::openText()
{
    m_code = nullptr;
    m_text = new MarkdownView;
    m_text->setAccessibleName(tr("Message text"));
    addSegment(m_text);
}

void ChatMessageWidget::setMessage(const studio::StoredMessage &message)
{
    clearReply();
    if (!message.reasoning.isEmpty()) {
        m_reasoningToggle->show();
        m_reasoningToggle->setText(tr("Reasoning"));
        m_reasoning->setMarkdownText(message.reasoning);
    }
    appendContent(message.content);
    finish(message, -1);
}

void ChatMessageWidget::clearReply()
{
    while (QLayoutItem *item = m_bodyLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_chunk = nullptr;
    m_chunkLayout = nullptr;
    m_text = nullptr;
    m_code = nullptr;
    m_content.clear();
    m_held.clear();
    m_atLineStart = true;
    m_reasoning->setMarkdownText(QString());
    m_reasoning->hide();
    m_reasoningToggle->setChecked(false);
    m_reasoningToggle->setText(tr("Thinking…"));
    m_reasoningToggle->hide();
    m_stats->clear();
    m_error->hide();
    openText();
}

void ChatMessageWidget::appendReasoning(const QString &text)
{
    m_reasoningToggle->show();
    m_reasoning->appendStreaming(text);
}

// Splits the text into lines only as far as fences need: a line that may be a
// fence ("```lang") is held back until its newline; everything else goes straight
// to the open segment.
void ChatMessageWidget::appendContent(const QString &text)
{
    m_content += text;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype nl = text.indexOf(u'\n', i);
        const qsizetype end = nl < 0 ? text.size() : nl + 1;
        const QString piece = text.mid(i, end - i);
        i = end;
        if (!m_atLineStart) {
            emitText(piece);
            m_atLineStart = piece.endsWith(u'\n');
            continue;
        }
        m_held += piece;
        if (m_held.endsWith(u'\n')) {
            feedLine(m_held);
            m_held.clear();
        } else if (!mayBeFence(m_held)) {
            emitText(m_held);
            m_held.clear();
            m_atLineStart = false;
        }
    }
}

void ChatMessageWidget::feedLine(const QString &line)
{
    const QString t = line.trimmed();
    if (!t.startsWith(kFence)) {
        emitText(line);
        return;
    }
    if (m_code) { // closing fence
        m_code->finish();
        openText();
        return;
    }
    m_text->finishStreaming();
    if (m_text->rawText().trimmed().isEmpty()) {
        m_chunkLayout->removeWidget(m_text);
        --m_chunkSegments;
        delete m_text;
    }
    m_text = nullptr;
    m_code = new CodeBlockView(t.mid(3).trimmed());
    addSegment(m_code);
}

void ChatMessageWidget::emitText(const QString &text)
{
    if (m_code)
        m_code->append(text);
    else if (!m_text->rawText().isEmpty() || !text.trimmed().isEmpty())
        m_text->appendStreaming(text); // no blank lines at the top of a segment
}

void ChatMessageWidget::setStatsText(const QString &text)
{
    m_stats->setText(text);
}

void ChatMessageWidget::finish(const studio::StoredMessage &message, double thinkingMs)
{
    if (!m_held.isEmpty()) {
        const QString held = m_held;
        m_held.clear();
        if (held.trimmed().startsWith(kFence))
            feedLine(held);
        else
            emitText(held);
    }
    if (m_code)
        m_code->finish();
    else if (m_text)
        m_text->finishStreaming();
    m_reasoning->finishStreaming();
    if (!m_reasoning->rawText().isEmpty()) {
        m_reasoningToggle->show();
        m_reasoningToggle->setText(
            thinkingMs >= 0 ? tr("Thought for %1 s").arg(std::max(1, qRound(thinkingMs / 1000)))
                            : tr("Reasoning"));
    }
    if (message.finishReason == u"stopped")
        setError(tr("Stopped."), false);
    else if (!message.error.isEmpty())
        setError(message.error, true);
    else if (message.role == u"assistant" && m_content.isEmpty() &&
             m_reasoning->rawText().isEmpty())
        setError(tr("The model gave an empty answer."), true);
}

void ChatMessageWidget::setError(const QString &text, bool error)
{
    m_error->setStyleSheet(error ? QStringLiteral("color: #c62828;")
                                 : QStringLiteral("color: palette(placeholder-text);"));
    m_error->setText(text);
    m_error->show();
}

QString ChatMessageWidget::reasoningText() const
{
    return m_reasoning->rawText();
}

bool ChatMessageWidget::reasoningExpanded() const
{
    return !m_reasoning->isHidden();
}

QList<CodeBlockView *> ChatMessageWidget::codeBlocks() const
{
    return m_body->findChildren<CodeBlockView *>();
}

QString ChatMessageWidget::statsText() const
{
    return m_stats->text();
}

QString ChatMessageWidget::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace c41::ui
