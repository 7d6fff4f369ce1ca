// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include <QFile>
#include <QList>
#include <QPair>
#include <QtGlobal>

namespace c41::testing {

QByteArray readFixture(const QString &relativePath)
{
    QFile file(QStringLiteral(C41_FIXTURES_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture missing: %s", qPrintable(relativePath));
    return file.readAll();
}

Transcript readTranscript(const QString &relativePath)
{
    const QByteArray all = readFixture(relativePath);
    Transcript t;
    // Two capture styles: llama.cpp/Ollama use "=== REQUEST ===", ComfyUI "# ===== REQUEST =====".
    qsizetype req = all.indexOf("=== REQUEST ===");
    qsizetype reqEnd = req < 0 ? -1 : all.indexOf('\n', req);
    qsizetype resp = all.indexOf("=== RESPONSE ===");
    if (resp < 0)
        resp = all.indexOf("===== RESPONSE =====");
    if (req < 0)
        req = all.indexOf("===== REQUEST =====");
    if (reqEnd < 0 && req >= 0)
        reqEnd = all.indexOf('\n', req);
    if (resp < 0 || reqEnd < 0)
        qFatal("not a transcript: %s", qPrintable(relativePath));
    const QByteArray request = all.mid(reqEnd + 1, all.lastIndexOf('\n', resp) - reqEnd - 1);
    const qsizetype reqLineEnd = request.indexOf('\n');
    t.requestLine = request.left(reqLineEnd).trimmed();
    const qsizetype reqBody = request.indexOf("\n\n");
    if (reqBody >= 0)
        t.requestBody = request.mid(reqBody + 2).trimmed();

    QByteArray response = all.mid(all.indexOf('\n', resp) + 1);
    // ComfyUI transcripts append a pretty-printed copy after a marker line.
    const qsizetype pretty = response.indexOf("\n# ----- same body pretty-printed");
    if (pretty >= 0)
        response.truncate(pretty);
    qsizetype headEnd = response.indexOf("\r\n\r\n");
    qsizetype sep = 4;
    if (headEnd < 0) {
        headEnd = response.indexOf("\n\n");
        sep = 2;
    }
    const QByteArray head = response.left(headEnd);
    t.responseBody = headEnd < 0 ? QByteArray() : response.mid(headEnd + sep);
    const QList<QByteArray> lines = head.split('\n');
    if (!lines.isEmpty()) {
        const QList<QByteArray> status = lines.first().trimmed().split(' ');
        if (status.size() >= 2)
            t.status = status.at(1).toInt();
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            t.responseHeaders.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    return t;
}

} // namespace c41::testing
