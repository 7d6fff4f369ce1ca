// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the fake LLM server tests (tst_fakeollama_*, tst_fakeopenai_*):
// replay a captured request with a plain QNetworkAccessManager and compare what
// comes back. Header-only: tests/core globs tst_*.cpp into executables.

#include "fakemodel.h"
#include "fixtures.h"
#include "jsonshape.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

#include <nlohmann/json.hpp>

namespace c41::testing {

struct Exchange
{
    int status = 0; // 0: no answer in time
    QByteArray contentType;
    QByteArray body;
    QNetworkReply *reply = nullptr; // owned by the manager
};

inline QByteArray capturedHeader(const Transcript &t, QByteArrayView name)
{
    for (const auto &[key, value] : t.responseHeaders) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// The request headers of a capture that the fake must see too (API keys).
inline QList<QPair<QByteArray, QByteArray>> capturedAuthHeaders(const QString &fixture)
{
    const QByteArray all = readFixture(fixture);
    const qsizetype from = all.indexOf("=== REQUEST ===");
    const qsizetype to = all.indexOf("\n\n", from);
    QList<QPair<QByteArray, QByteArray>> out;
    for (const QByteArray &line : all.mid(from, to - from).split('\n')) {
        for (const char *name : {"Authorization", "X-Api-Key"}) {
            if (line.startsWith(QByteArray(QByteArray(name) + ':')))
                out.append({name, line.mid(line.indexOf(':') + 1).trimmed()});
        }
    }
    return out;
}

inline QNetworkReply *startRequest(QNetworkAccessManager &nam, const QUrl &base,
                                   const QByteArray &method, const QByteArray &path,
                                   const QByteArray &body,
                                   const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    QNetworkRequest request(base.resolved(QUrl(QString::fromUtf8(path))));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (method == "HEAD") // QNAM only knows a HEAD has no body when asked through head()
        return nam.head(request);
    return nam.sendCustomRequest(request, method, body);
}

inline Exchange finishRequest(QNetworkReply *reply, int timeoutMs = 10000)
{
    Exchange e;
    e.reply = reply;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs))
        return e;
    e.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    e.contentType = reply->rawHeader("Content-Type");
    e.body = reply->readAll();
    return e;
}

// Sends the request of tests/fixtures/<fixture> (method, path, body, API key) to base.
inline Exchange replayCapture(QNetworkAccessManager &nam, const QUrl &base, const QString &fixture)
{
    const Transcript t = readTranscript(fixture);
    const QList<QByteArray> line = t.requestLine.split(' ');
    return finishRequest(startRequest(nam, base, line.value(0), line.value(1), t.requestBody,
                                      capturedAuthHeaders(fixture)));
}

inline QStringList jsonDifferences(const QByteArray &captured, const QByteArray &actual)
{
    try {
        return shapeDifferences(nlohmann::json::parse(captured), nlohmann::json::parse(actual));
    } catch (const nlohmann::json::exception &e) {
        return {QString::fromUtf8(e.what()) + QStringLiteral(" in ") + QString::fromUtf8(actual)};
    }
}

inline QList<QByteArray> ndjsonLines(const QByteArray &body)
{
    QList<QByteArray> out = body.split('\n');
    out.removeAll(QByteArray());
    return out;
}

// The payloads of the `data:` lines of an SSE body ("[DONE]" included).
inline QList<QByteArray> sseData(const QByteArray &body)
{
    QList<QByteArray> out;
    for (const QByteArray &line : body.split('\n')) {
        if (line.startsWith("data: "))
            out << line.mid(6);
    }
    return out;
}

// What each SSE chat event is, runs of the same kind collapsed, to compare event
// sequences: role, reasoning, content, finish, usage, error, done.
inline QList<QByteArray> chatEventKinds(const QList<QByteArray> &events)
{
    QList<QByteArray> out;
    for (const QByteArray &event : events) {
        QByteArray k;
        if (event == "[DONE]") {
            k = "done";
        } else {
            const nlohmann::json j = nlohmann::json::parse(event, nullptr, false);
            const nlohmann::json &delta = j.value("choices", nlohmann::json::array()).empty()
                                              ? nlohmann::json()
                                              : j["choices"][0].value("delta", nlohmann::json());
            if (j.contains("error"))
                k = "error";
            else if (j.value("choices", nlohmann::json::array()).empty())
                k = "usage";
            else if (!j["choices"][0].value("finish_reason", nlohmann::json()).is_null())
                k = "finish";
            else if (delta.contains("role"))
                k = "role";
            else
                k = delta.contains("reasoning_content") ? "reasoning" : "content";
        }
        if (out.isEmpty() || out.last() != k)
            out << k;
    }
    return out;
}

// The Ollama fixtures' model, and reading the expiry Ollama writes.
inline c41::fakes::FakeModel tinyOllamaModel() // the model of the captures
{
    return {QStringLiteral("tiny:latest"),
            9083068,
            QStringLiteral("llama"),
            QStringLiteral("4.18M"),
            QStringLiteral("F16"),
            512,
            1000,
            20000};
}

// Go's RFC 3339 with up to nine fraction digits, in UTC as Ollama writes it.
inline QDateTime parseGoTime(const QByteArray &text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d{1,9})?Z$)"));
    const auto m = re.match(QString::fromLatin1(text));
    if (!m.hasMatch())
        return {};
    QDateTime dt = QDateTime::fromString(m.captured(1), Qt::ISODate);
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

inline qint64 secondsUntil(const nlohmann::json &psModel)
{
    const QDateTime expires =
        parseGoTime(QByteArray::fromStdString(psModel["expires_at"].get<std::string>()));
    return expires.isValid() ? QDateTime::currentDateTimeUtc().secsTo(expires) : -1;
}

} // namespace c41::testing
