// SPDX-License-Identifier: GPL-3.0-or-later
#include "directstream.h"

#include "errorbody.h"
#include "logging.h"
#include "transporterror.h"

#include <QCoreApplication>
#include <QSslSocket>
#include <QTcpSocket>

#include <qcorosignal.h>

namespace c41::net {

namespace {
// lupdate sees Text::tr() calls under the context HttpClient, like the rest of its errors.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
};

constexpr qsizetype kErrorBodyCap = 64 * 1024;

// A header value with its line breaks removed: a key or a header from a config file must
// not be able to start a second header, or a second request.
QByteArray oneLine(QByteArray value)
{
    value.replace('\r', ' ');
    value.replace('\n', ' ');
    return value;
}

bool isHttps(const QUrl &url)
{
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
}
} // namespace

QByteArray DirectStream::composeHead(const QUrl &url, const QByteArray &method,
                                     const QList<QPair<QByteArray, QByteArray>> &headers,
                                     qsizetype bodySize)
{
    QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority |
                                      QUrl::RemoveFragment | QUrl::FullyEncoded);
    if (target.isEmpty() || target.front() != '/')
        target.prepend('/');
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // an IPv6 literal
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());

    QByteArray head;
    head.reserve(256);
    head += oneLine(method) + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    bool hasAccept = false;
    bool hasAuthorization = false;
    for (const auto &[name, value] : headers) {
        hasAccept |= name.compare("Accept", Qt::CaseInsensitive) == 0;
        hasAuthorization |= name.compare("Authorization", Qt::CaseInsensitive) == 0;
        head += oneLine(name) + ": " + oneLine(value) + "\r\n";
    }
    if (!hasAccept)
        head += "Accept: */*\r\n";
    if (!hasAuthorization && !url.userName().isEmpty()) {
        const QByteArray credentials = (url.userName() + u':' + url.password()).toUtf8().toBase64();
        head += "Authorization: Basic " + credentials + "\r\n";
    }
    if (bodySize > 0 || method == "POST" || method == "PUT")
        head += "Content-Length: " + QByteArray::number(bodySize) + "\r\n";
    head += "Connection: close\r\n\r\n";
    return head;
}

DirectStream::DirectStream(QString serverName, QUrl url, QByteArray method, QByteArray requestHead,
                           QByteArray body, RequestOptions options, ChunkSink sink,
                           CancelToken cancel)
    : m_server(std::move(serverName))
    , m_url(std::move(url))
    , m_request(std::move(requestHead) + body)
    , m_options(options)
    , m_sink(std::move(sink))
    , m_cancel(std::move(cancel))
    , m_parser(method == "HEAD")
{
    m_total.setSingleShot(true);
    m_idle.setSingleShot(true);
    connect(&m_total, &QTimer::timeout, this, [this] { stop(Stop::TotalTimeout); });
    connect(&m_idle, &QTimer::timeout, this, [this] { stop(Stop::InactivityTimeout); });
}

DirectStream::~DirectStream()
{
    m_cancel.unsubscribe(m_cancelId);
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QCoro::Task<Result<int>> DirectStream::run()
{
    if (isHttps(m_url)) {
        if (!QSslSocket::supportsSsl())
            co_return transportError(m_server, m_url, TransportFailure::Tls,
                                     Text::tr("this system has no TLS library for Qt"));
        m_socket = std::make_unique<QSslSocket>();
    } else if (m_url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0) {
        m_socket = std::make_unique<QTcpSocket>();
    } else {
        co_return transportError(
            m_server, m_url, TransportFailure::Protocol,
            Text::tr("the URL scheme '%1' is not http or https").arg(m_url.scheme()));
    }
    QAbstractSocket *socket = m_socket.get();
    connect(socket, &QAbstractSocket::connected, this, [this, socket] {
        if (!isHttps(m_url))
            socket->write(m_request);
    });
    if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
        connect(tls, &QSslSocket::encrypted, this, [this, tls] { tls->write(m_request); });
    }
    connect(socket, &QAbstractSocket::bytesWritten, this, [this] {
        if (m_idle.interval() > 0)
            m_idle.start();
    });
    connect(socket, &QAbstractSocket::readyRead, this, &DirectStream::onReadyRead);
    connect(socket, &QAbstractSocket::disconnected, this, &DirectStream::onDisconnected);
    connect(socket, &QAbstractSocket::errorOccurred, this, &DirectStream::onError);
    m_cancelId = m_cancel.subscribe([this] { stop(Stop::Cancelled); });
    if (m_options.totalTimeout.count() > 0)
        m_total.start(m_options.totalTimeout);
    if (m_options.inactivityTimeout.count() > 0) {
        m_idle.setInterval(m_options.inactivityTimeout);
        m_idle.start();
    }
    const int defaultPort = isHttps(m_url) ? 443 : 80;
    if (auto *tls = qobject_cast<QSslSocket *>(socket))
        tls->connectToHostEncrypted(m_url.host(), quint16(m_url.port(defaultPort)));
    else
        socket->connectToHost(m_url.host(), quint16(m_url.port(defaultPort)));
    if (!m_result)
        co_await qCoro(this, &DirectStream::ended);
    co_return m_result ? *m_result
                       : ApiError::make(ApiError::Kind::Cancelled, m_server, Text::tr("cancelled"));
}

void DirectStream::abort()
{
    stop(Stop::Cancelled);
}

void DirectStream::onReadyRead()
{
    if (m_result)
        return;
    if (m_idle.interval() > 0)
        m_idle.start();
    const QByteArray data = m_socket->readAll();
    m_body.resize(0);
    if (!m_parser.feed(data, m_body)) {
        end(malformed(m_parser.error()));
        return;
    }
    if (!m_parser.headComplete())
        return;
    const int status = m_parser.status();
    if (status >= 300) {
        // Keep the first 64 KiB of an error body: only its message is wanted.
        m_errorBody.append(
            m_body.first(std::min(m_body.size(), kErrorBodyCap - m_errorBody.size())));
        if (m_parser.state() == HttpResponseParser::State::Done ||
            m_errorBody.size() >= kErrorBodyCap)
            onDisconnected();
        return;
    }
    if (m_maxBodyBytes > 0) {
        bool declared = false;
        const qint64 length = m_parser.header("Content-Length").toLongLong(&declared);
        m_bodyBytes += m_body.size();
        if ((declared && length > m_maxBodyBytes) || m_bodyBytes > m_maxBodyBytes) {
            stop(Stop::TooLarge);
            return;
        }
    }
    if (!m_body.isEmpty() && !m_sink(m_body)) {
        stop(Stop::SinkStopped);
        return;
    }
    if (m_parser.state() == HttpResponseParser::State::Done)
        end(status);
}

// The connection ended, or an error reply is complete enough to report.
void DirectStream::onDisconnected()
{
    if (m_result)
        return;
    if (m_socket->bytesAvailable() > 0) {
        onReadyRead();
        if (m_result)
            return;
    }
    const bool complete = m_parser.finish();
    const int status = m_parser.status();
    if (m_parser.headComplete() && status >= 400) {
        QString message = extractServerMessage(m_errorBody);
        if (message.isEmpty())
            message = QString::fromLatin1(m_parser.reasonPhrase());
        end(ApiError::http(m_server, status, message));
        return;
    }
    if (m_parser.headComplete() && status >= 300) {
        const QString location = QString::fromUtf8(m_parser.header("Location").left(512));
        end(ApiError::make(ApiError::Kind::Http, m_server,
                           Text::tr("the server redirects this request (HTTP %1) to %2")
                               .arg(status)
                               .arg(location.isEmpty() ? Text::tr("nowhere") : location),
                           Text::tr("Set the server's URL to where it redirects.")));
        return;
    }
    if (complete) {
        end(status);
        return;
    }
    if (m_parser.state() == HttpResponseParser::State::Failed) {
        end(malformed(m_parser.error()));
        return;
    }
    end(transportError(m_server, m_url, TransportFailure::RemoteClosed, QString()));
}

void DirectStream::onError()
{
    if (m_result)
        return;
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected(); // the end of a close-framed body, or a reply cut short
        return;
    }
    end(socketError());
}

ApiError DirectStream::socketError() const
{
    const QString detail = m_socket->errorString();
    switch (m_socket->error()) {
    case QAbstractSocket::HostNotFoundError:
        return transportError(m_server, m_url, TransportFailure::HostNotFound, detail);
    case QAbstractSocket::ConnectionRefusedError:
        return transportError(m_server, m_url, TransportFailure::Refused, detail);
    case QAbstractSocket::SocketTimeoutError:
        return transportError(m_server, m_url, TransportFailure::Timeout, detail);
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return transportError(m_server, m_url, TransportFailure::Tls, detail);
    default:
        return transportError(m_server, m_url, TransportFailure::Other, detail);
    }
}

ApiError DirectStream::malformed(const QString &why) const
{
    return transportError(m_server, m_url, TransportFailure::Protocol, why);
}

void DirectStream::stop(Stop why)
{
    if (m_result)
        return;
    switch (why) {
    case Stop::TotalTimeout:
        end(stopError(m_server, StopReason::TotalTimeout, m_options));
        break;
    case Stop::InactivityTimeout:
        end(stopError(m_server, StopReason::InactivityTimeout, m_options));
        break;
    case Stop::TooLarge:
        end(stopError(m_server, StopReason::TooLarge, m_options));
        break;
    case Stop::Cancelled:
    case Stop::SinkStopped:
        end(stopError(m_server, StopReason::Cancelled, m_options));
        break;
    }
}

void DirectStream::end(Result<int> result)
{
    if (m_result)
        return;
    m_result = std::move(result);
    m_total.stop();
    m_idle.stop();
    m_cancel.unsubscribe(m_cancelId);
    m_cancelId = 0;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort(); // no keep-alive: the server frees its slot at once
    }
    Q_EMIT ended();
}

} // namespace c41::net
