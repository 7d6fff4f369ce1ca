// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canceltoken.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <qcorotask.h>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace c41::net {

class DirectStream;
using namespace std::chrono_literals;

struct Auth
{
    enum class Scheme { None, Bearer, ApiKey };
    Scheme scheme = Scheme::None;
    QString secret; // never logged
};

struct RequestOptions
{
    std::chrono::milliseconds totalTimeout = 30s;      // 0 = none (streams)
    std::chrono::milliseconds inactivityTimeout = 15s; // no byte for this long = timeout
    qint64 maxResponseBytes = 32LL * 1024 * 1024;      // buffered responses only
    int maxRetries = 2;                                // idempotent methods only
    std::chrono::milliseconds retryBaseDelay = 200ms;  // doubled per try, with jitter
};

struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path; // relative to the client's base URL; may carry "?query"
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    RequestOptions options;

    bool isIdempotent() const;
    static HttpRequest get(QString path);
    static HttpRequest postJson(QString path, QByteArray json);
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    std::chrono::milliseconds elapsed{0};

    QByteArray header(QByteArrayView name) const; // case-insensitive
};

// Called with each piece of a streamed body as it arrives. Return false to stop
// reading (the connection is closed, so the server frees its slot).
using ChunkSink = std::function<bool(const QByteArray &chunk)>;

// One HTTP stack for every backend: timeouts, auth, size caps, retries with
// jittered backoff for idempotent requests, and errors that name the server.
class HttpClient final : public QObject
{
    Q_OBJECT
public:
    HttpClient(QNetworkAccessManager *nam, QString serverName, QUrl baseUrl,
               QObject *parent = nullptr);
    // Aborts the requests still in flight, so their coroutines finish (with
    // Cancelled) instead of waiting forever on replies nobody will answer.
    ~HttpClient() override;

    QString serverName() const { return m_serverName; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setAuth(Auth auth) { m_auth = std::move(auth); }
    void setDefaultOptions(RequestOptions options) { m_defaults = options; }
    RequestOptions defaultOptions() const { return m_defaults; }

    QUrl resolve(const QString &path) const;

    // A buffered request. HTTP status >= 400 becomes ApiError::Kind::Http with the
    // server's own message pulled out of the body. Plain http runs over a socket on
    // this thread (DirectStream, one connection per request, redirects reported);
    // https through the QNetworkAccessManager (kept-alive TLS connections).
    QCoro::Task<Result<HttpResponse>> send(HttpRequest request, CancelToken cancel = {});
    QCoro::Task<Result<HttpResponse>> get(QString path, CancelToken cancel = {});
    QCoro::Task<Result<HttpResponse>> postJson(QString path, QByteArray json,
                                               CancelToken cancel = {});

    // A streamed request (SSE, NDJSON, downloads). Never retried; no total timeout
    // unless the request sets one; the inactivity timeout applies. Returns the
    // HTTP status on success. When the sink returns false, ends with Cancelled.
    // It runs over a socket on this thread (DirectStream), not through the
    // QNetworkAccessManager; redirects are reported, not followed.
    QCoro::Task<Result<int>> stream(HttpRequest request, ChunkSink sink, CancelToken cancel = {});

private:
    struct Attempt;
    QCoro::Task<Result<HttpResponse>> sendOnce(const HttpRequest &request, CancelToken cancel);
    QCoro::Task<Result<HttpResponse>> sendDirect(const HttpRequest &request, CancelToken cancel);
    QNetworkReply *start(const HttpRequest &request);
    // User-Agent, Content-Type, the server's credentials, then the request's own headers.
    QList<QPair<QByteArray, QByteArray>> headersFor(const HttpRequest &request) const;

    QPointer<QNetworkAccessManager> m_nam;
    QString m_serverName;
    QUrl m_baseUrl;
    Auth m_auth;
    RequestOptions m_defaults;
    QList<QPointer<QNetworkReply>> m_inFlight;
    QList<QPointer<DirectStream>> m_streams;
    bool m_closing = false;
};

} // namespace c41::net
