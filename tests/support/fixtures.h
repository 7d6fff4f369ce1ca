// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace c41::testing {

// Reads tests/fixtures/<relativePath>; fails the test (QFAIL-style message) if absent.
QByteArray readFixture(const QString &relativePath);

// A captured curl transcript (=== REQUEST === / === RESPONSE === or the ComfyUI
// "# ===== RESPONSE =====" form) split into its parts.
struct Transcript
{
    QByteArray requestLine;
    QByteArray requestBody;
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> responseHeaders;
    QByteArray responseBody;
};
Transcript readTranscript(const QString &relativePath);

} // namespace c41::testing
