// SPDX-License-Identifier: GPL-3.0-or-later
#include "chattranscript.h"

#include "chatmessagewidget.h"

#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

namespace c41::ui {

using backends::ChatEvent;

namespace {
constexpr int kFrameMs = 16;
constexpr int kColumnWidth = 920; // a readable line length on wide screens
constexpr int kBottomSlack = 24;  // px from the bottom that still count as "at the bottom"
} // namespace

ChatTranscript::ChatTranscript(QWidget *parent)
    : QScrollArea(parent)
    , m_column(new QWidget)
    , m_layout(new QVBoxLayout(m_column))
    , m_placeholder(new QLabel(m_column))
{
    setObjectName(QStringLiteral("chatTranscript"));
    setAccessibleName(tr("Conversation"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_column->setObjectName(QStringLiteral("transcriptColumn"));
    m_column->setMaximumWidth(kColumnWidth);
    m_layout->setContentsMargins(16, 16, 16, 16);
    m_layout->setSpacing(14);
    auto *placeholder = static_cast<QLabel *>(m_placeholder);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    placeholder->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_layout->addWidget(m_placeholder, 10); // centred while it is all there is
    m_layout->addStretch(1);

    // Centre the column: an outer widget with stretch on both sides.
    auto *outer = new QWidget;
    auto *row = new QHBoxLayout(outer);
    row->setContentsMargins(0, 0, 0, 0);
    row->addStretch(1);
    row->addWidget(m_column, 100);
    row->addStretch(1);
    setWidget(outer);

    m_frame.setSingleShot(true);
    m_frame.setTimerType(Qt::PreciseTimer);
    m_frame.setInterval(kFrameMs);
    connect(&m_frame, &QTimer::timeout, this, &ChatTranscript::flush);

    QScrollBar *bar = verticalScrollBar();
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_follow)
            bar->setValue(max);
    });
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_follow = value >= bar->maximum() - kBottomSlack; });
}

void ChatTranscript::setPlaceholder(const QString &text)
{
    static_cast<QLabel *>(m_placeholder)->setText(text);
}

void ChatTranscript::clear()
{
    m_frame.stop();
    m_pendingContent.clear();
    m_pendingReasoning.clear();
    m_streaming = false;
    for (ChatMessageWidget *w : std::as_const(m_messages)) {
        m_layout->removeWidget(w);
        delete w;
    }
    m_messages.clear();
    m_placeholder->show();
    m_follow = true;
}

ChatMessageWidget *ChatTranscript::addMessage(const studio::StoredMessage &message,
                                              const QString &author)
{
    m_placeholder->hide();
    auto *w = new ChatMessageWidget(message.role, author, m_column);
    if (!message.content.isEmpty() || !message.reasoning.isEmpty() || !message.error.isEmpty()) {
        w->setMessage(message);
        if (message.role == u"assistant")
            w->setStatsText(statsText(message.stats, -1, -1, -1));
    }
    // Before the trailing stretch.
    m_layout->insertWidget(m_layout->count() - 1, w);
    m_messages << w;
    m_follow = true;
    return w;
}

void ChatTranscript::beginReply(const QString &author, bool replaceLast)
{
    flush();
    if (replaceLast && !m_messages.isEmpty() && m_messages.last()->role() == u"assistant") {
        m_messages.last()->clearReply();
    } else {
        studio::StoredMessage empty;
        empty.role = QStringLiteral("assistant");
        addMessage(empty, author);
    }
    m_streaming = true;
    m_replyClock.start();
    m_ttftMs = -1;
    m_tokens = 0;
    m_follow = true;
    lastMessage()->setStatsText(tr("waiting for the first token…"));
}

void ChatTranscript::appendDelta(ChatEvent::Kind kind, const QString &text)
{
    if (!m_streaming)
        return;
    if (m_ttftMs < 0)
        m_ttftMs = m_replyClock.nsecsElapsed() / 1e6;
    ++m_tokens;
    if (kind == ChatEvent::Kind::Reasoning)
        m_pendingReasoning += text;
    else
        m_pendingContent += text;
    if (!m_frame.isActive())
        m_frame.start();
}

void ChatTranscript::flush()
{
    m_frame.stop();
    ChatMessageWidget *last = lastMessage();
    if (!last || (m_pendingContent.isEmpty() && m_pendingReasoning.isEmpty()))
        return;
    ++m_flushes;
    if (!m_pendingReasoning.isEmpty())
        last->appendReasoning(std::exchange(m_pendingReasoning, {}));
    if (!m_pendingContent.isEmpty())
        last->appendContent(std::exchange(m_pendingContent, {}));
    updateLiveStats();
}

void ChatTranscript::updateLiveStats()
{
    const double seconds = m_replyClock.nsecsElapsed() / 1e9;
    lastMessage()->setStatsText(statsText({}, m_tokens, m_ttftMs, seconds));
}

void ChatTranscript::finishReply(const studio::StoredMessage &answer, double thinkingMs)
{
    flush();
    m_streaming = false;
    ChatMessageWidget *last = lastMessage();
    if (!last)
        return;
    last->finish(answer, thinkingMs);
    last->setStatsText(
        statsText(answer.stats, m_tokens, m_ttftMs, m_replyClock.nsecsElapsed() / 1e9));
}

QString ChatTranscript::statsText(const backends::ReplyStats &stats, qint64 tokens, double ttftMs,
                                  double seconds)
{
    // The server's own figures when it gave them, else what was measured here.
    const qint64 n = stats.completionTokens >= 0 ? stats.completionTokens : tokens;
    double rate = stats.decodeTokensPerSecond;
    const double ttft = stats.timeToFirstTokenMs >= 0 ? stats.timeToFirstTokenMs : ttftMs;
    if (rate < 0 && n > 1 && seconds > 0 && ttftMs >= 0 && seconds * 1000 > ttftMs)
        rate = (n - 1) / (seconds - ttftMs / 1000);
    QStringList parts;
    if (n >= 0)
        parts << tr("%1 tokens").arg(n);
    if (rate >= 0)
        parts << tr("%1 tok/s").arg(rate, 0, 'f', rate >= 100 ? 0 : 1);
    if (ttft >= 0)
        parts << tr("first token %1")
                     .arg(ttft >= 1000 ? tr("%1 s").arg(ttft / 1000, 0, 'f', 1)
                                       : tr("%1 ms").arg(qRound(ttft)));
    return parts.join(QStringLiteral(" · "));
}

int ChatTranscript::messageCount() const
{
    return int(m_messages.size());
}

ChatMessageWidget *ChatTranscript::message(int i) const
{
    return m_messages.value(i);
}

ChatMessageWidget *ChatTranscript::lastMessage() const
{
    return m_messages.isEmpty() ? nullptr : m_messages.last();
}

} // namespace c41::ui
