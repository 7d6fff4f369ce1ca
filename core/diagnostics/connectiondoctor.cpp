// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiondoctor.h"

#include "net/errorbody.h"
#include "studio/secretstore.h"
#include "studio/serverprobe.h"

#include <QCoreApplication>
#include <QPointer>

#include <qcorofuture.h>

#include <curl/curl.h>

#include <cerrno>

namespace c41::diagnostics {

using studio::ServerConfig;
using studio::ServerKind;
using Verdict = EndpointCheck::Verdict;
using Role = EndpointCheck::Role;

namespace {
// lupdate sees Text::tr() calls under the context ConnectionDoctor.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionDoctor)
};

QUrl withPath(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

QString kindTitle(ServerKind kind)
{
    switch (kind) {
    case ServerKind::Ollama:
        return QStringLiteral("Ollama");
    case ServerKind::OpenAi:
        return Text::tr("OpenAI-compatible");
    case ServerKind::ComfyUi:
        return QStringLiteral("ComfyUI");
    case ServerKind::Tts:
        return Text::tr("TTS");
    case ServerKind::Prometheus:
        return QStringLiteral("Prometheus");
    case ServerKind::Exporter:
        return Text::tr("Prometheus exporter");
    case ServerKind::Macmon:
        return QStringLiteral("macmon");
    case ServerKind::Unknown:
        break;
    }
    return Text::tr("known");
}

// "an Ollama server", "a ComfyUI server": the article goes with the name.
QString aKindServer(ServerKind kind)
{
    switch (kind) {
    case ServerKind::Ollama:
        return Text::tr("an Ollama server");
    case ServerKind::OpenAi:
        return Text::tr("an OpenAI-compatible server");
    case ServerKind::ComfyUi:
        return Text::tr("a ComfyUI server");
    case ServerKind::Tts:
        return Text::tr("a TTS server");
    case ServerKind::Prometheus:
        return Text::tr("a Prometheus server");
    case ServerKind::Exporter:
        return Text::tr("a Prometheus exporter");
    case ServerKind::Macmon:
        return Text::tr("a macmon server");
    case ServerKind::Unknown:
        break;
    }
    return Text::tr("a server of its kind");
}

// What to ask when nothing listens: each server has its own way to listen on
// more than loopback.
QString refusedHint(ServerKind kind)
{
    switch (kind) {
    case ServerKind::ComfyUi:
        return Text::tr("is ComfyUI running with --listen?");
    case ServerKind::Ollama:
        return Text::tr("is Ollama running, with OLLAMA_HOST=0.0.0.0 when reached from another "
                        "box?");
    case ServerKind::OpenAi:
        return Text::tr("is the server running with --host 0.0.0.0, on this port?");
    case ServerKind::Macmon:
        return Text::tr("is macmon running as a server (macmon serve), on this port?");
    default:
        break;
    }
    return Text::tr("is the %1 server running, on this port?").arg(kindTitle(kind));
}

QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000.0, 'g', 3);
}

// A failure below HTTP: nothing, or not HTTP, came back.
QString transportDiagnosis(const ServerConfig &server, const EndpointCheck &check,
                           const CurlOutcome &o, const DoctorOptions &options)
{
    switch (o.curlCode) {
    case CURLE_FAILED_INIT:
        return o.curlMessage; // libcurl missing or unusable (CurlTransfer says which package)
    case CURLE_COULDNT_RESOLVE_HOST:
        return Text::tr("name not found: check the host name \"%1\"").arg(check.url.host());
    case CURLE_COULDNT_CONNECT:
        if (o.osErrno == EHOSTUNREACH || o.osErrno == ENETUNREACH)
            return Text::tr("host unreachable: is the box on, and on this network?");
        if (o.osErrno == ETIMEDOUT)
            return Text::tr("timed out connecting: firewall or wrong port?");
        return Text::tr("connection refused: %1").arg(refusedHint(server.address.kind));
    case CURLE_OPERATION_TIMEDOUT:
        if (!o.times.connect)
            return Text::tr("timed out connecting: firewall or wrong port?");
        if (!o.times.firstByte)
            return Text::tr("connected, but no answer within %1 s: the server is stuck or busy "
                            "(model loading?)")
                .arg(seconds(options.totalTimeout));
        return Text::tr("the answer did not finish within %1 s: the server is stalling")
            .arg(seconds(options.totalTimeout));
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
        return Text::tr("TLS certificate not trusted: install its CA on this computer, or use "
                        "the host name the certificate names");
    case CURLE_SSL_CONNECT_ERROR:
        return Text::tr("TLS handshake failed: is this port plain HTTP (try http://)?");
    case CURLE_GOT_NOTHING:
        return Text::tr("the server closed the connection without answering: wrong port, or "
                        "is it crashing?");
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_PARTIAL_FILE:
        return Text::tr("the connection broke off mid-answer: is the server crashing or "
                        "restarting?");
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_UNSUPPORTED_PROTOCOL:
        return Text::tr("answers, but not HTTP: wrong port, or does it want https://?");
    case CURLE_WRITE_ERROR:
        return Text::tr("answers, but with more than the doctor reads: not like %1")
            .arg(aKindServer(server.address.kind));
    default:
        break;
    }
    return Text::tr("could not reach it: %1").arg(o.curlMessage);
}

QString authDiagnosis(const ServerConfig &server, int status)
{
    QString text =
        status == 403 ? Text::tr("HTTP 403: the API key is not allowed here (c41ctl secret set %1)")
                            .arg(server.name)
                      : Text::tr("HTTP %1: the API key is missing or wrong (c41ctl secret set %2)")
                            .arg(status)
                            .arg(server.name);
    if (server.auth == net::Auth::Scheme::None)
        text += Text::tr("; the config sends no key: add \"auth\": \"bearer\" to the server");
    return text;
}

} // namespace

ConnectionDoctor::ConnectionDoctor(studio::StudioConfig config, studio::SecretStore *secrets,
                                   QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_secrets(secrets)
{
}

ConnectionDoctor::~ConnectionDoctor()
{
    for (const auto &weak : std::as_const(m_inFlight)) {
        if (const auto flag = weak.lock())
            flag->store(true);
    }
    const auto running = m_running;
    for (Running r : running)
        r.token.cancel();
}

QList<EndpointCheck> ConnectionDoctor::plan(const ServerConfig &server)
{
    QList<EndpointCheck> out;
    const QUrl base = server.address.url;
    const QString probePath = studio::ServerProbe::probePath(server.address.kind);
    EndpointCheck probe;
    probe.role = Role::Probe;
    probe.url = probePath.isEmpty() ? base : withPath(base, probePath);
    out << probe;
    // An exporter's URL is its metrics endpoint: there is no other base to try.
    if (!probePath.isEmpty()) {
        EndpointCheck root;
        root.role = Role::Base;
        root.url = base;
        if (root.url.path().isEmpty())
            root.url.setPath(QStringLiteral("/"));
        out << root;
    }
    if (server.address.kind == ServerKind::ComfyUi) {
        EndpointCheck ws;
        ws.role = Role::WebSocket;
        ws.url = withPath(base, QStringLiteral("/ws"));
        ws.optional = true;
        out << ws;
    }
    return out;
}

EndpointCheck ConnectionDoctor::diagnose(const ServerConfig &server, EndpointCheck check,
                                         const CurlOutcome &o, const DoctorOptions &options)
{
    check.times = o.times;
    check.httpStatus = o.httpStatus;
    check.curlCode = o.curlCode;
    check.curlMessage = o.curlMessage;
    check.cancelled = o.cancelled;
    const auto finish = [&](Verdict verdict, QString diagnosis) {
        // A problem at an optional endpoint is only worth a warning.
        check.verdict = verdict == Verdict::Problem && check.optional ? Verdict::Warning : verdict;
        check.diagnosis = std::move(diagnosis);
        return check;
    };
    if (o.cancelled)
        return finish(Verdict::Problem, Text::tr("cancelled"));
    if (o.curlCode != CURLE_OK)
        return finish(Verdict::Problem, transportDiagnosis(server, check, o, options));

    const int status = o.httpStatus;
    if (status == 401 || status == 403)
        return finish(Verdict::Problem, authDiagnosis(server, status));
    if (status >= 500) {
        QString said = net::extractServerMessage(o.body);
        if (status == 503)
            return finish(
                Verdict::Problem,
                said.isEmpty()
                    ? Text::tr("HTTP 503: the server is up but not ready (model loading?)")
                    : Text::tr("HTTP 503: the server is up but not ready (model "
                               "loading?): %1")
                          .arg(said));
        return finish(
            Verdict::Problem,
            said.isEmpty()
                ? Text::tr("HTTP %1: the server is up but failing").arg(status)
                : Text::tr("HTTP %1: the server is up but failing: %2").arg(status).arg(said));
    }

    Verdict verdict = Verdict::Ok;
    QString diagnosis;
    switch (check.role) {
    case Role::Base:
        // Any HTTP answer proves the connection; what the root page says does not matter.
        diagnosis = Text::tr("answers HTTP");
        break;
    case Role::WebSocket:
        if (o.upgraded) {
            diagnosis = Text::tr("upgrades to a WebSocket: live progress works");
        } else {
            verdict = Verdict::Warning;
            diagnosis = Text::tr("no WebSocket upgrade (HTTP %1): live progress will not show; "
                                 "does a proxy drop the Upgrade header?")
                            .arg(status);
        }
        break;
    case Role::Probe: {
        if (status < 200 || status >= 300) {
            return finish(Verdict::Problem,
                          Text::tr("answers, but not like %1 (HTTP %2 at %3): wrong port or kind?")
                              .arg(aKindServer(server.address.kind))
                              .arg(status)
                              .arg(check.endpointLabel()));
        }
        net::HttpResponse response;
        response.status = status;
        response.body = o.body;
        response.contentType = o.contentType;
        const auto detail =
            studio::ServerProbe::describe(server.address.kind, response, server.name);
        if (!detail.ok()) {
            return finish(Verdict::Problem,
                          Text::tr("answers, but not like %1: wrong port or kind? (%2)")
                              .arg(aKindServer(server.address.kind), detail.error().message));
        }
        diagnosis = *detail;
        break;
    }
    }
    const auto wait = o.times.serverWait();
    if (verdict == Verdict::Ok && wait && *wait > double(options.slowFirstByte.count())) {
        return finish(Verdict::Warning,
                      Text::tr("slow first byte (%1 after connecting): model loading?")
                          .arg(ServerDiagnosis::formatMs(wait)));
    }
    return finish(verdict, diagnosis);
}

QCoro::Task<net::Result<ServerDiagnosis>> ConnectionDoctor::examine(QString nameOrAddress,
                                                                    net::CancelToken cancel)
{
    auto server = m_config.resolveServer(nameOrAddress);
    if (!server.ok())
        co_return server.error();
    co_return co_await examineServer(*server, std::move(cancel));
}

QCoro::Task<ServerDiagnosis> ConnectionDoctor::examineServer(ServerConfig server,
                                                             net::CancelToken cancel)
{
    QPointer<ConnectionDoctor> self(this);
    const DoctorOptions options = m_options;
    ServerDiagnosis out;
    out.server = server.name;
    out.kind = server.address.kind;
    out.url = server.address.url;

    QList<QByteArray> headers;
    if (server.auth != net::Auth::Scheme::None && m_secrets) {
        const auto secret = co_await m_secrets->read(server.secretKey());
        if (!self) {
            out.cancelled = true;
            co_return out;
        }
        if (secret.ok() && !secret->isEmpty()) {
            headers << (server.auth == net::Auth::Scheme::Bearer
                            ? QByteArray("Authorization: Bearer " + secret->toUtf8())
                            : QByteArray("X-Api-Key: " + secret->toUtf8()));
        }
    }

    QList<EndpointCheck> checks = plan(server);
    QList<CurlRequest> requests;
    for (const EndpointCheck &c : std::as_const(checks)) {
        CurlRequest r;
        r.url = c.url;
        r.headers = headers;
        r.keepBody = c.role == Role::Probe;
        r.websocketUpgrade = c.role == Role::WebSocket;
        requests << r;
    }
    CurlLimits limits;
    limits.connectTimeout = options.connectTimeout;
    limits.totalTimeout = options.totalTimeout;
    limits.caFile = options.caFile;

    auto flag = std::make_shared<std::atomic_bool>(false);
    m_inFlight.removeIf([](const std::weak_ptr<std::atomic_bool> &w) { return w.expired(); });
    m_inFlight << flag;
    const int subscription = cancel.subscribe([flag] { flag->store(true); });
    const QList<CurlOutcome> outcomes = co_await CurlTransfer::start(requests, limits, flag);
    cancel.unsubscribe(subscription);

    out.checkedAt = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const CurlOutcome outcome = i < outcomes.size() ? outcomes[i] : CurlOutcome{};
        out.endpoints << diagnose(server, checks[i], outcome, options);
        out.cancelled = out.cancelled || outcome.cancelled;
    }
    co_return out;
}

void ConnectionDoctor::check(const QString &server)
{
    cancel(server);
    const Running running{++m_nextCheckId, net::CancelToken()};
    m_running.insert(server, running);
    Q_EMIT checkStarted(server);
    runCheck(server, running.id, running.token);
}

void ConnectionDoctor::cancel(const QString &server)
{
    const auto it = m_running.find(server);
    if (it == m_running.end())
        return;
    net::CancelToken token = it->token;
    m_running.erase(it);
    token.cancel();
}

QCoro::Task<> ConnectionDoctor::runCheck(QString server, quint64 id, net::CancelToken token)
{
    QPointer<ConnectionDoctor> self(this);
    const auto result = co_await examine(server, token);
    if (!self || token.isCancelled())
        co_return;
    // Only the latest check of a server reports; a cancelled or superseded one is quiet.
    const auto it = m_running.constFind(server);
    if (it == m_running.constEnd() || it->id != id)
        co_return;
    m_running.erase(it);
    if (!result.ok())
        Q_EMIT checkFailed(server, result.error().toString());
    else
        Q_EMIT checkFinished(*result);
}

} // namespace c41::diagnostics
