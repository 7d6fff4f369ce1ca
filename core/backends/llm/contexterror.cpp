// SPDX-License-Identifier: GPL-3.0-or-later
#include "contexterror.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace c41::backends {

net::ApiError ContextError::rewrite(net::ApiError error)
{
    if (error.kind != net::ApiError::Kind::Http)
        return error;
    static const QRegularExpression pattern(
        QStringLiteral("\\((\\d+) tokens\\) exceeds the available context size \\((\\d+) tokens"));
    const QRegularExpressionMatch match = pattern.match(error.message);
    if (!match.hasMatch())
        return error;
    error.message = QCoreApplication::translate(
                        "c41", "the prompt (%1 tokens) does not fit the model's context (%2)")
                        .arg(match.captured(1), match.captured(2));
    error.hint = QCoreApplication::translate(
        "c41", "Shorten the conversation, or restart the server with a larger context.");
    return error;
}

} // namespace c41::backends
