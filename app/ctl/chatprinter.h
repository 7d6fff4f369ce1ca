// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/llm/llmtypes.h"

#include <QObject>
#include <QTextStream>

namespace c41::ctl {

// Prints a streamed chat turn: the answer to stdout as it arrives, reasoning on
// stderr (dimmed on a terminal, prefixed otherwise), the stats line on stderr;
// or, in JSON mode, one NDJSON event per line on stdout. O(1) per event.
// Output is flushed once per batch of events (all the tokens of one network read),
// from the event loop, not once per token: a fast stream then costs a write per read.
class ChatPrinter
{
public:
    ChatPrinter(QTextStream &out, QTextStream &err, bool json, bool errIsTerminal);

    void event(const backends::ChatEvent &event);
    void finish(const backends::ChatReply &reply, const QString &server, const QString &model);

    static QString statsLine(const backends::ReplyStats &stats, const QString &finishReason);

private:
    void endReasoning();
    void flushSoon();

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
    bool m_tty = false;
    bool m_inReasoning = false;
    bool m_wroteContent = false;
    bool m_contentEndsWithNewline = false;
    bool m_flushPending = false;
    QObject m_flushContext; // queued flushes die with the printer
};

} // namespace c41::ctl
