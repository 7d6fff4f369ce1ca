// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatprinter.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace c41::ctl {

using backends::ChatEvent;
using nlohmann::json;

namespace {
// lupdate sees Text::tr() calls under the context c41ctl (a free tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(c41ctl)
};
const QString kDim = QStringLiteral("\x1b[2m");
const QString kReset = QStringLiteral("\x1b[0m");

json number(double v, int decimals = 1)
{
    if (v < 0)
        return json();
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}
} // namespace

ChatPrinter::ChatPrinter(QTextStream &out, QTextStream &err, bool json, bool errIsTerminal)
    : m_out(out)
    , m_err(err)
    , m_json(json)
    , m_tty(errIsTerminal)
{
}

void ChatPrinter::endReasoning()
{
    if (!m_inReasoning)
        return;
    m_inReasoning = false;
    m_err << (m_tty ? kReset : QString()) << u'\n';
    m_err.flush();
}

void ChatPrinter::flushSoon()
{
    if (m_flushPending)
        return;
    m_flushPending = true;
    QMetaObject::invokeMethod(
        &m_flushContext,
        [this] {
            m_flushPending = false;
            m_out.flush();
            m_err.flush();
        },
        Qt::QueuedConnection);
}

void ChatPrinter::event(const ChatEvent &e)
{
    if (m_json) {
        static const char *names[] = {"role", "content", "reasoning", "usage", "finish", "error"};
        json j = {{"type", names[int(e.kind)]}};
        switch (e.kind) {
        case ChatEvent::Kind::Usage:
            j["prompt_tokens"] = e.promptTokens >= 0 ? json(e.promptTokens) : json();
            j["completion_tokens"] = e.completionTokens >= 0 ? json(e.completionTokens) : json();
            break;
        case ChatEvent::Kind::Role:
            j["role"] = e.text.toStdString();
            break;
        case ChatEvent::Kind::Finish:
            j["reason"] = e.text.toStdString();
            break;
        case ChatEvent::Kind::Error:
            j["message"] = e.text.toStdString();
            break;
        default:
            j["text"] = e.text.toStdString();
        }
        m_out << QString::fromStdString(j.dump()) << u'\n';
        flushSoon();
        return;
    }
    switch (e.kind) {
    case ChatEvent::Kind::Reasoning:
        if (!m_inReasoning) {
            m_out.flush(); // the answer so far comes before the thinking that follows it
            m_inReasoning = true;
            m_err << (m_tty ? kDim : Text::tr("thinking: "));
        }
        m_err << e.text;
        flushSoon();
        break;
    case ChatEvent::Kind::Content:
        endReasoning();
        m_out << e.text;
        flushSoon();
        m_wroteContent = true;
        m_contentEndsWithNewline = e.text.endsWith(u'\n');
        break;
    default:
        break;
    }
}

QString ChatPrinter::statsLine(const backends::ReplyStats &s, const QString &finishReason)
{
    QStringList parts;
    if (s.completionTokens >= 0)
        parts << Text::tr("%1 tokens").arg(s.completionTokens);
    if (s.timeToFirstTokenMs >= 0)
        parts << Text::tr("first token %1 ms").arg(qRound(s.timeToFirstTokenMs));
    if (s.prefillTokensPerSecond >= 0)
        parts << Text::tr("prefill %1 tok/s").arg(s.prefillTokensPerSecond, 0, 'f', 1);
    if (s.decodeTokensPerSecond >= 0)
        parts << Text::tr("decode %1 tok/s").arg(s.decodeTokensPerSecond, 0, 'f', 1);
    if (!finishReason.isEmpty())
        parts << Text::tr("finish %1").arg(finishReason);
    return QStringLiteral("[%1] ").arg(s.source) + parts.join(QStringLiteral(", "));
}

void ChatPrinter::finish(const backends::ChatReply &reply, const QString &server,
                         const QString &model)
{
    const backends::ReplyStats &s = reply.stats;
    if (m_json) {
        const json stats = {
            {"type", "stats"},
            {"server", server.toStdString()},
            {"model", model.toStdString()},
            {"source", s.source.toStdString()},
            {"ok", reply.ok()},
            {"finish_reason",
             reply.finishReason.isEmpty() ? json() : json(reply.finishReason.toStdString())},
            {"prompt_tokens", s.promptTokens >= 0 ? json(s.promptTokens) : json()},
            {"completion_tokens", s.completionTokens >= 0 ? json(s.completionTokens) : json()},
            {"time_to_first_token_ms", number(s.timeToFirstTokenMs)},
            {"prefill_tokens_per_second", number(s.prefillTokensPerSecond, 2)},
            {"decode_tokens_per_second", number(s.decodeTokensPerSecond, 2)},
            {"total_ms", number(s.totalMs)}};
        m_out << QString::fromStdString(stats.dump()) << u'\n';
        m_out.flush();
        return;
    }
    endReasoning();
    if (m_wroteContent && !m_contentEndsWithNewline)
        m_out << u'\n';
    m_out.flush();
    m_err << statsLine(s, reply.finishReason) << u'\n';
    m_err.flush();
}

} // namespace c41::ctl
