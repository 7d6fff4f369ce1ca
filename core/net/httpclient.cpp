// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include "backoff.h"
#include "directstream.h"
#include "errorbody.h"
#include "logging.h"
#include "transporterror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <optional>

#include <qcorofuture.h>
#include <qcoronetworkreply.h>
#include <qcorotimer.h>

namespace c41::net {

namespace {
constexpr qint64 kErrorBodyCap = 64 * 1024;

// lupdate sees Text::tr() calls under the context HttpClient (a free tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
};

ApiError transportError(const QString &server, const QNetworkReply *reply)
{
    using E = QNetworkReply::NetworkError;
    TransportFailure failure = TransportFailure::Other;
    switch (reply->error()) {
    case E::HostNotFoundError:
        failure = TransportFailure::HostNotFound;
        break;
    case E::ConnectionRefusedError:
        failure = TransportFailure::Refused;
        break;
    case E::TimeoutError:
        failure = TransportFailure::Timeout;
        break;
    case E::SslHandshakeFailedError:
    case E::InsecureRedirectError:
        failure = TransportFailure::Tls;
        break;
    case E::RemoteHostClosedError:
        failure = TransportFailure::RemoteClosed;
        break;
    case E::ProtocolFailure:
    case E::ProtocolUnknownError:
    case E::ProtocolInvalidOperationError:
        failure = TransportFailure::Protocol;
        break;
    default:
        break;
    }
    return transportError(server, reply->url(), failure, reply->errorString());
}

bool retryable(const ApiError &e)
{
    switch (e.kind) {
    case ApiError::Kind::Refused:
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::Http:
        return e.httpStatus == 502 || e.httpStatus == 503 || e.httpStatus == 504 ||
               e.httpStatus == 429;
    default:
        return false;
    }
}
} // namespace

bool HttpRequest::isIdempotent() const
{
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE" ||
           method == "OPTIONS";
}

HttpRequest HttpRequest::get(QString path)
{
    HttpRequest r;
    r.path = std::move(path);
    return r;
}

HttpRequest HttpRequest::postJson(QString path, QByteArray json)
{
    HttpRequest r;
    r.method = QByteArrayLiteral("POST");
    r.path = std::move(path);
    r.body = std::move(json);
    r.contentType = QByteArrayLiteral("application/json");
    return r;
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// Watches one QNetworkReply: total and inactivity timers, cancellation, and the
// reason we stopped it, so the error can say what really happened.
struct HttpClient::Attempt
{
    QPointer<QNetworkReply> reply;
    QTimer total;
    QTimer idle;
    StopReason stop = StopReason::None;
    CancelToken cancel;
    int cancelId = 0;

    Attempt(QNetworkReply *r, const RequestOptions &o, CancelToken token)
        : reply(r)
        , cancel(std::move(token))
    {
        total.setSingleShot(true);
        idle.setSingleShot(true);
        QObject::connect(&total, &QTimer::timeout, [this] { abort(StopReason::TotalTimeout); });
        QObject::connect(&idle, &QTimer::timeout, [this] { abort(StopReason::InactivityTimeout); });
        if (o.totalTimeout.count() > 0)
            total.start(o.totalTimeout);
        if (o.inactivityTimeout.count() > 0) {
            idle.setInterval(o.inactivityTimeout);
            idle.start();
            const auto poke = [this] { idle.start(); };
            QObject::connect(r, &QNetworkReply::readyRead, &idle, poke);
            QObject::connect(r, &QNetworkReply::uploadProgress, &idle, poke);
            QObject::connect(r, &QNetworkReply::metaDataChanged, &idle, poke);
        }
        cancelId = cancel.subscribe([this] { abort(StopReason::Cancelled); });
    }
    ~Attempt()
    {
        cancel.unsubscribe(cancelId);
        if (reply) {
            reply->disconnect();
            reply->abort();
            reply->deleteLater();
        }
    }
    void abort(StopReason why)
    {
        if (stop == StopReason::None)
            stop = why;
        total.stop();
        idle.stop();
        if (reply && reply->isRunning())
            reply->abort();
    }
    // Once the reply is over: the error our side caused (timeout, cap, cancel), if any.
    std::optional<ApiError> stopped(const QString &server, const RequestOptions &o)
    {
        total.stop();
        idle.stop();
        if (!reply)
            return ApiError::make(ApiError::Kind::Cancelled, server,
                                  Text::tr("the request was dropped"));
        if (stop != StopReason::None)
            return stopError(server, stop, o);
        return std::nullopt;
    }
    // An HTTP error status, with the server's own words when its body has them.
    ApiError httpError(const QString &server, const QByteArray &body) const
    {
        QString message = extractServerMessage(body);
        if (message.isEmpty())
            message = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return ApiError::http(server, status(), message);
    }
    int status() const
    {
        return reply ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    }
};

HttpClient::HttpClient(QNetworkAccessManager *nam, QString serverName, QUrl baseUrl,
                       QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_serverName(std::move(serverName))
    , m_baseUrl(std::move(baseUrl))
{
}

HttpClient::~HttpClient()
{
    m_closing = true;
    const auto inFlight = m_inFlight;
    for (const QPointer<QNetworkReply> &reply : inFlight) {
        if (reply && reply->isRunning())
            reply->abort(); // emits finished: the waiting coroutine resumes and returns
    }
    const auto streams = m_streams;
    for (const QPointer<DirectStream> &stream : streams) {
        if (stream)
            stream->abort();
    }
}

QUrl HttpClient::resolve(const QString &path) const
{
    QUrl url = m_baseUrl;
    const qsizetype q = path.indexOf(u'?');
    QString p = q < 0 ? path : path.left(q);
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    if (!p.isEmpty() && !p.startsWith(u'/'))
        p.prepend(u'/');
    url.setPath(basePath + p);
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    return url;
}

QList<QPair<QByteArray, QByteArray>> HttpClient::headersFor(const HttpRequest &request) const
{
    QList<QPair<QByteArray, QByteArray>> headers;
    headers.append({"User-Agent", QByteArrayLiteral("c41-control-center/" C41_VERSION)});
    if (!request.contentType.isEmpty())
        headers.append({"Content-Type", request.contentType});
    switch (m_auth.scheme) {
    case Auth::Scheme::Bearer:
        headers.append({"Authorization", "Bearer " + m_auth.secret.toUtf8()});
        break;
    case Auth::Scheme::ApiKey:
        headers.append({"X-Api-Key", m_auth.secret.toUtf8()});
        break;
    case Auth::Scheme::None:
        break;
    }
    headers.append(request.headers);
    return headers;
}

QNetworkReply *HttpClient::start(const HttpRequest &request)
{
    QNetworkRequest req(resolve(request.path));
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto &[key, value] : headersFor(request))
        req.setRawHeader(key, value);
    qCDebug(lcNet).noquote() << m_serverName << request.method << req.url().toDisplayString();
    QNetworkReply *reply = request.method == "GET" ? m_nam->get(req)
                           : request.method == "HEAD"
                               ? m_nam->head(req)
                               : m_nam->sendCustomRequest(req, request.method, request.body);
    m_inFlight.removeAll(nullptr);
    m_inFlight.append(reply);
    return reply;
}

QCoro::Task<Result<HttpResponse>> HttpClient::send(HttpRequest request, CancelToken cancel)
{
    const int maxRetries = request.isIdempotent() ? std::max(0, request.options.maxRetries) : 0;
    QPointer<HttpClient> self(this);
    Backoff backoff(request.options.retryBaseDelay, request.options.retryBaseDelay * 16);
    for (int attempt = 0;; ++attempt) {
        Result<HttpResponse> result = co_await sendOnce(request, cancel);
        if (!self || m_closing)
            co_return result;
        if (result.ok() || attempt >= maxRetries || !retryable(result.error()) ||
            cancel.isCancelled())
            co_return result;
        const auto delay = backoff.next();
        qCDebug(lcNet).noquote() << m_serverName << "retry" << (attempt + 1) << "in"
                                 << delay.count() << "ms after" << result.error().toString();
        QTimer timer;
        timer.setSingleShot(true);
        timer.start(delay);
        co_await qCoro(timer).waitForTimeout();
        if (!self)
            co_return result;
    }
}

QCoro::Task<Result<HttpResponse>> HttpClient::get(QString path, CancelToken cancel)
{
    HttpRequest r = HttpRequest::get(std::move(path));
    r.options = m_defaults;
    return send(std::move(r), std::move(cancel));
}

QCoro::Task<Result<HttpResponse>> HttpClient::postJson(QString path, QByteArray json,
                                                       CancelToken cancel)
{
    HttpRequest r = HttpRequest::postJson(std::move(path), std::move(json));
    r.options = m_defaults;
    return send(std::move(r), std::move(cancel));
}

QCoro::Task<Result<HttpResponse>> HttpClient::sendOnce(const HttpRequest &request,
                                                       CancelToken cancel)
{
    const QString server = m_serverName;
    if (!m_nam || m_closing)
        co_return ApiError::make(ApiError::Kind::Cancelled, server,
                                 Text::tr("the client is shutting down"));
    if (cancel.isCancelled())
        co_return stopError(server, StopReason::Cancelled, request.options);
    if (resolve(request.path).scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)
        co_return co_await sendDirect(request, std::move(cancel));
    QElapsedTimer clock;
    clock.start();
    const RequestOptions options = request.options;
    Attempt a(start(request), options, cancel);
    QByteArray body;
    const auto cap = options.maxResponseBytes;
    QObject::connect(a.reply, &QNetworkReply::metaDataChanged, a.reply, [&a, cap] {
        const qint64 declared = a.reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (cap > 0 && declared > cap)
            a.abort(StopReason::TooLarge);
    });
    QObject::connect(a.reply, &QNetworkReply::readyRead, a.reply, [&a, &body, cap] {
        const qint64 limit = a.status() >= 400 ? kErrorBodyCap : cap;
        if (limit > 0 && body.size() + a.reply->bytesAvailable() > limit) {
            if (a.status() >= 400) { // keep what fits: it is only for the message
                body += a.reply->read(limit - body.size());
                return;
            }
            a.abort(StopReason::TooLarge);
            return;
        }
        body += a.reply->readAll();
    });
    if (a.reply->isRunning())
        co_await qCoro(a.reply.data()).waitForFinished();
    if (auto stopped = a.stopped(server, options))
        co_return *stopped;
    const int status = a.status();
    if (body.size() < cap || cap <= 0)
        body += a.reply->readAll();
    const auto elapsed = std::chrono::milliseconds(clock.elapsed());
    if (status >= 400) {
        qCDebug(lcNet).noquote() << server << "HTTP" << status << "in" << elapsed.count() << "ms";
        co_return a.httpError(server, body);
    }
    if (a.reply->error() != QNetworkReply::NoError)
        co_return transportError(server, a.reply);
    HttpResponse response;
    response.status = status;
    response.body = std::move(body);
    response.contentType = a.reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    for (const auto &pair : a.reply->rawHeaderPairs())
        response.headers.append(pair);
    response.elapsed = elapsed;
    qCDebug(lcNet).noquote() << server << "HTTP" << status << response.body.size() << "bytes in"
                             << elapsed.count() << "ms";
    co_return response;
}

// Plain-http requests skip QNetworkAccessManager too: its thread reads a reply's status line
// and headers one byte per read() call (~200 system calls per poll), which at 1 Hz per
// server was a fifth of the app's idle CPU. https keeps QNAM for its kept-alive TLS
// connections (a handshake per poll would cost more than it saves).
QCoro::Task<Result<HttpResponse>> HttpClient::sendDirect(const HttpRequest &request,
                                                         CancelToken cancel)
{
    const QString server = m_serverName;
    const QUrl url = resolve(request.path);
    qCDebug(lcNet).noquote() << server << request.method << url.toDisplayString();
    QElapsedTimer clock;
    clock.start();
    QByteArray body;
    DirectStream direct(
        server, url, request.method,
        DirectStream::composeHead(url, request.method, headersFor(request), request.body.size()),
        request.body, request.options,
        [&body](const QByteArray &chunk) {
            body += chunk;
            return true;
        },
        std::move(cancel));
    direct.setMaxBodyBytes(request.options.maxResponseBytes);
    m_streams.removeAll(nullptr);
    m_streams.append(&direct);
    const Result<int> status = co_await direct.run();
    const auto elapsed = std::chrono::milliseconds(clock.elapsed());
    if (!status) {
        qCDebug(lcNet).noquote() << server << status.error().toString();
        co_return status.error();
    }
    HttpResponse response;
    response.status = *status;
    response.body = std::move(body);
    response.headers = direct.headers();
    response.contentType = response.header("Content-Type");
    response.elapsed = elapsed;
    qCDebug(lcNet).noquote() << server << "HTTP" << response.status << response.body.size()
                             << "bytes in" << elapsed.count() << "ms";
    co_return response;
}

QCoro::Task<Result<int>> HttpClient::stream(HttpRequest request, ChunkSink sink, CancelToken cancel)
{
    const QString server = m_serverName;
    if (m_closing)
        co_return ApiError::make(ApiError::Kind::Cancelled, server,
                                 Text::tr("the client is shutting down"));
    if (cancel.isCancelled())
        co_return stopError(server, StopReason::Cancelled, request.options);
    const QUrl url = resolve(request.path);
    qCDebug(lcNet).noquote() << m_serverName << request.method << url.toDisplayString()
                             << "(stream)";
    DirectStream stream(
        server, url, request.method,
        DirectStream::composeHead(url, request.method, headersFor(request), request.body.size()),
        request.body, request.options, std::move(sink), std::move(cancel));
    m_streams.removeAll(nullptr);
    m_streams.append(&stream);
    co_return co_await stream.run();
}

} // namespace c41::net
