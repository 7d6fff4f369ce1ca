// SPDX-License-Identifier: GPL-3.0-or-later
#include "curltransfer.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibrary>
#include <QPromise>
#include <QRandomGenerator>
#include <QThreadPool>

#include <curl/curl.h>

#include <chrono>

namespace c41::diagnostics {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(c41::diagnostics::CurlTransfer)
};

// libcurl is loaded on first use, not linked: loading it and its dependency tree
// (nghttp2, ssh2, rtmp, ldap, gssapi, …) cost every start of c41 and c41ctl about
// 5 ms, and only the connection doctor needs it. The headers still come from
// <curl/curl.h>; the few functions used are resolved into these pointers.
struct CurlApi
{
    decltype(&::curl_global_init) global_init = nullptr;
    decltype(&::curl_easy_init) easy_init = nullptr;
    decltype(&::curl_easy_setopt) easy_setopt = nullptr;
    decltype(&::curl_easy_getinfo) easy_getinfo = nullptr;
    decltype(&::curl_easy_cleanup) easy_cleanup = nullptr;
    decltype(&::curl_easy_strerror) easy_strerror = nullptr;
    decltype(&::curl_slist_append) slist_append = nullptr;
    decltype(&::curl_slist_free_all) slist_free_all = nullptr;
    decltype(&::curl_multi_init) multi_init = nullptr;
    decltype(&::curl_multi_add_handle) multi_add_handle = nullptr;
    decltype(&::curl_multi_remove_handle) multi_remove_handle = nullptr;
    decltype(&::curl_multi_perform) multi_perform = nullptr;
    decltype(&::curl_multi_info_read) multi_info_read = nullptr;
    decltype(&::curl_multi_poll) multi_poll = nullptr;
    decltype(&::curl_multi_cleanup) multi_cleanup = nullptr;
    QString error; // why it could not be loaded; empty when loaded
};

template <typename F>
bool resolve(QLibrary &lib, F &f, const char *name)
{
    f = reinterpret_cast<F>(lib.resolve(name));
    return f != nullptr;
}

CurlApi loadCurl()
{
    CurlApi api;
    // Never unloaded: it stays until the process ends, like a linked library.
    static QLibrary lib;
    // C41_LIBCURL names the library file instead (to check the doctor without libcurl).
    const QString overridden = qEnvironmentVariable("C41_LIBCURL");
    struct Candidate
    {
        QString name;
        int version;
    };
    QList<Candidate> candidates;
    if (!overridden.isEmpty()) {
        candidates = {{overridden, -1}};
    } else {
#if defined(Q_OS_WIN)
        candidates = {{QStringLiteral("libcurl-x64"), -1},
                      {QStringLiteral("libcurl"), -1},
                      {QStringLiteral("libcurl-4"), -1}};
#elif defined(Q_OS_DARWIN)
        candidates = {{QStringLiteral("curl"), 4}, {QStringLiteral("curl"), -1}};
#else
        candidates = {{QStringLiteral("curl"), 4},
                      {QStringLiteral("curl-gnutls"), 4},
                      {QStringLiteral("curl"), -1}};
#endif
    }
    bool loaded = false;
    for (const Candidate &c : std::as_const(candidates)) {
        if (c.version >= 0)
            lib.setFileNameAndVersion(c.name, c.version);
        else
            lib.setFileName(c.name);
        if (lib.load()) {
            loaded = true;
            break;
        }
    }
    if (!loaded) {
        api.error = Text::tr("libcurl is not installed: install libcurl4 (Debian, Ubuntu), "
                             "libcurl (Fedora, Arch, Homebrew) or curl for Windows, then test "
                             "again");
        return api;
    }
    const bool all = resolve(lib, api.global_init, "curl_global_init") &&
                     resolve(lib, api.easy_init, "curl_easy_init") &&
                     resolve(lib, api.easy_setopt, "curl_easy_setopt") &&
                     resolve(lib, api.easy_getinfo, "curl_easy_getinfo") &&
                     resolve(lib, api.easy_cleanup, "curl_easy_cleanup") &&
                     resolve(lib, api.easy_strerror, "curl_easy_strerror") &&
                     resolve(lib, api.slist_append, "curl_slist_append") &&
                     resolve(lib, api.slist_free_all, "curl_slist_free_all") &&
                     resolve(lib, api.multi_init, "curl_multi_init") &&
                     resolve(lib, api.multi_add_handle, "curl_multi_add_handle") &&
                     resolve(lib, api.multi_remove_handle, "curl_multi_remove_handle") &&
                     resolve(lib, api.multi_perform, "curl_multi_perform") &&
                     resolve(lib, api.multi_info_read, "curl_multi_info_read") &&
                     resolve(lib, api.multi_poll, "curl_multi_poll") &&
                     resolve(lib, api.multi_cleanup, "curl_multi_cleanup");
    if (!all) {
        api.error = Text::tr("the libcurl found (%1) is too old for the connection doctor: "
                             "update libcurl")
                        .arg(lib.fileName());
        return api;
    }
    if (api.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
        api.error = Text::tr("libcurl could not be initialised");
    return api;
}

// Loaded once, on the first check, from whichever thread runs it.
const CurlApi &curl()
{
    static const CurlApi api = loadCurl();
    return api;
}

// A pool of its own: a check can wait its full timeout, and it must not hold up
// QThreadPool::globalInstance()'s few threads (one per core) meanwhile. Destroyed
// at exit after main() returned, when ConnectionDoctor has cancelled what it ran.
QThreadPool *pool()
{
    static QThreadPool p;
    static const bool configured = [] {
        p.setMaxThreadCount(8);
        p.setExpiryTimeout(30000);
        return true;
    }();
    Q_UNUSED(configured);
    return &p;
}

struct Transfer
{
    CURL *easy = nullptr;
    curl_slist *headers = nullptr;
    const CurlRequest *request = nullptr;
    qint64 maxBody = 0;
    CurlOutcome outcome;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    bool done = false;
    bool bodyTooLarge = false;
    std::chrono::steady_clock::time_point started;
    std::optional<double> firstTlsOut; // ms since started: the TCP connect is done by then
};

// libcurl sets CONNECT_TIME only once TLS is done too, so a failed handshake would
// hide that TCP went through. The first TLS record out marks it instead.
int onDebug(CURL *, curl_infotype type, char *, size_t, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    if (type == CURLINFO_SSL_DATA_OUT && !t->firstTlsOut) {
        t->firstTlsOut =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t->started)
                .count();
    }
    return 0;
}

size_t onBody(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const size_t n = size * count;
    if (t->request->keepBody) {
        if (t->outcome.body.size() + qint64(n) > t->maxBody) {
            t->bodyTooLarge = true;
            return 0; // stops the transfer
        }
        t->outcome.body.append(data, qsizetype(n));
    }
    return n;
}

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const size_t n = size * count;
    const QByteArray line = QByteArray(data, qsizetype(n)).trimmed();
    if (line.startsWith("HTTP/")) {
        // A status line; with 1xx answers there can be several, the last counts.
        const QList<QByteArray> parts = line.split(' ');
        t->outcome.httpStatus = parts.size() > 1 ? parts[1].toInt() : 0;
        t->outcome.contentType.clear();
    } else if (line.toLower().startsWith("content-type:")) {
        t->outcome.contentType = line.mid(13).trimmed();
    } else if (line.isEmpty() && t->request->websocketUpgrade && t->outcome.httpStatus == 101) {
        // The upgrade went through: what follows is the WebSocket, not HTTP, and
        // libcurl would read it until the timeout. Stop here.
        t->outcome.upgraded = true;
        return 0;
    }
    return n;
}

std::optional<double> timeOf(CURL *easy, CURLINFO info)
{
    const CurlApi &api = curl();
    curl_off_t us = 0;
    if (api.easy_getinfo(easy, info, &us) != CURLE_OK || us <= 0)
        return std::nullopt;
    return double(us) / 1000.0;
}

void setUp(Transfer &t, const CurlLimits &limits)
{
    const CurlApi &api = curl();
    CURL *e = t.easy;
    const CurlRequest &r = *t.request;
    api.easy_setopt(e, CURLOPT_URL, r.url.toEncoded().constData());
    api.easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    api.easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, long(limits.connectTimeout.count()));
    api.easy_setopt(e, CURLOPT_TIMEOUT_MS, long(limits.totalTimeout.count()));
    api.easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
    api.easy_setopt(e, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_1_1));
    api.easy_setopt(e, CURLOPT_USERAGENT, "c41-control-center/" C41_VERSION " (doctor)");
    api.easy_setopt(e, CURLOPT_ERRORBUFFER, t.errorBuffer);
    api.easy_setopt(e, CURLOPT_WRITEFUNCTION, &onBody);
    api.easy_setopt(e, CURLOPT_WRITEDATA, &t);
    api.easy_setopt(e, CURLOPT_HEADERFUNCTION, &onHeader);
    api.easy_setopt(e, CURLOPT_HEADERDATA, &t);
    api.easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    if (!limits.caFile.isEmpty())
        api.easy_setopt(e, CURLOPT_CAINFO, QFile::encodeName(limits.caFile).constData());
    if (r.url.scheme() == u"https") {
        api.easy_setopt(e, CURLOPT_DEBUGFUNCTION, &onDebug);
        api.easy_setopt(e, CURLOPT_DEBUGDATA, &t);
        api.easy_setopt(e, CURLOPT_VERBOSE, 1L);
    }
    for (const QByteArray &h : r.headers)
        t.headers = api.slist_append(t.headers, h.constData());
    if (r.websocketUpgrade) {
        QByteArray key(16, Qt::Uninitialized);
        for (char &c : key)
            c = char(QRandomGenerator::global()->bounded(256));
        const QByteArray wsHeaders[] = {QByteArrayLiteral("Connection: Upgrade"),
                                        QByteArrayLiteral("Upgrade: websocket"),
                                        QByteArrayLiteral("Sec-WebSocket-Version: 13"),
                                        QByteArray("Sec-WebSocket-Key: " + key.toBase64())};
        for (const QByteArray &h : wsHeaders)
            t.headers = api.slist_append(t.headers, h.constData());
    }
    if (t.headers)
        api.easy_setopt(e, CURLOPT_HTTPHEADER, t.headers);
}

void collect(Transfer &t, CURLcode code)
{
    const CurlApi &api = curl();
    CurlOutcome &o = t.outcome;
    o.times.dns = timeOf(t.easy, CURLINFO_NAMELOOKUP_TIME_T);
    o.times.connect = timeOf(t.easy, CURLINFO_CONNECT_TIME_T);
    o.times.tls = t.request->url.scheme() == u"https" ? timeOf(t.easy, CURLINFO_APPCONNECT_TIME_T)
                                                      : std::nullopt;
    if (!o.times.connect && t.firstTlsOut)
        o.times.connect = std::max(*t.firstTlsOut, o.times.dns.value_or(0));
    o.times.firstByte = timeOf(t.easy, CURLINFO_STARTTRANSFER_TIME_T);
    o.times.total = timeOf(t.easy, CURLINFO_TOTAL_TIME_T).value_or(0);
    long status = 0;
    api.easy_getinfo(t.easy, CURLINFO_RESPONSE_CODE, &status);
    if (status != 0)
        o.httpStatus = int(status);
    long osErrno = 0;
    api.easy_getinfo(t.easy, CURLINFO_OS_ERRNO, &osErrno);
    o.osErrno = int(osErrno);
    if (o.upgraded) {
        // Stopped on purpose at the end of the 101's headers.
        o.curlCode = CURLE_OK;
        if (!o.times.firstByte)
            o.times.firstByte = o.times.total;
        return;
    }
    o.curlCode = int(code);
    if (code != CURLE_OK) {
        o.curlMessage = QString::fromUtf8(t.errorBuffer).trimmed();
        if (o.curlMessage.isEmpty())
            o.curlMessage = QString::fromUtf8(api.easy_strerror(code));
        if (t.bodyTooLarge)
            o.curlMessage = QStringLiteral("body larger than the doctor reads");
    }
}

} // namespace

QList<CurlOutcome> CurlTransfer::runBlocking(const QList<CurlRequest> &requests,
                                             const CurlLimits &limits,
                                             const std::atomic_bool &cancel)
{
    const CurlApi &api = curl();
    if (!api.error.isEmpty()) {
        // No libcurl here: every check says so in words, nothing is attempted.
        QList<CurlOutcome> out;
        for (qsizetype i = 0; i < requests.size(); ++i) {
            CurlOutcome o;
            o.curlCode = CURLE_FAILED_INIT;
            o.curlMessage = api.error;
            o.cancelled = cancel.load();
            out << o;
        }
        return out;
    }
    std::vector<std::unique_ptr<Transfer>> transfers;
    CURLM *multi = api.multi_init();
    for (const CurlRequest &r : requests) {
        auto t = std::make_unique<Transfer>();
        t->request = &r;
        t->maxBody = limits.maxBodyBytes;
        t->easy = api.easy_init();
        setUp(*t, limits);
        api.easy_setopt(t->easy, CURLOPT_PRIVATE, t.get());
        t->started = std::chrono::steady_clock::now();
        api.multi_add_handle(multi, t->easy);
        transfers.push_back(std::move(t));
    }
    bool cancelled = false;
    int running = int(transfers.size());
    while (running > 0) {
        api.multi_perform(multi, &running);
        int queued = 0;
        while (CURLMsg *msg = api.multi_info_read(multi, &queued)) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            Transfer *t = nullptr;
            api.easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &t);
            if (t && !t->done) {
                t->done = true;
                collect(*t, msg->data.result);
            }
        }
        if (cancel.load()) {
            cancelled = true;
            break;
        }
        if (running > 0)
            api.multi_poll(multi, nullptr, 0, 100, nullptr);
    }
    QList<CurlOutcome> out;
    for (auto &t : transfers) {
        if (!t->done) {
            collect(*t, CURLE_ABORTED_BY_CALLBACK);
            t->outcome.cancelled = cancelled;
        }
        api.multi_remove_handle(multi, t->easy);
        api.easy_cleanup(t->easy);
        api.slist_free_all(t->headers);
        out << std::move(t->outcome);
    }
    api.multi_cleanup(multi);
    return out;
}

QFuture<QList<CurlOutcome>> CurlTransfer::start(QList<CurlRequest> requests, CurlLimits limits,
                                                std::shared_ptr<std::atomic_bool> cancel)
{
    auto promise = std::make_shared<QPromise<QList<CurlOutcome>>>();
    QFuture<QList<CurlOutcome>> future = promise->future();
    promise->start();
    pool()->start([promise, requests = std::move(requests), limits, cancel = std::move(cancel)] {
        promise->addResult(runBlocking(requests, limits, *cancel));
        promise->finish();
    });
    return future;
}

} // namespace c41::diagnostics
