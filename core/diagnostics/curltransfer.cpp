// SPDX-License-Identifier: GPL-3.0-or-later
#include "curltransfer.h"

#include <QFile>
#include <QPromise>
#include <QRandomGenerator>
#include <QThreadPool>

#include <curl/curl.h>

#include <chrono>
#include <mutex>

namespace c41::diagnostics {

namespace {

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
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
    curl_off_t us = 0;
    if (curl_easy_getinfo(easy, info, &us) != CURLE_OK || us <= 0)
        return std::nullopt;
    return double(us) / 1000.0;
}

void setUp(Transfer &t, const CurlLimits &limits)
{
    CURL *e = t.easy;
    const CurlRequest &r = *t.request;
    curl_easy_setopt(e, CURLOPT_URL, r.url.toEncoded().constData());
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, long(limits.connectTimeout.count()));
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, long(limits.totalTimeout.count()));
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(e, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_1_1));
    curl_easy_setopt(e, CURLOPT_USERAGENT, "c41-control-center/" C41_VERSION " (doctor)");
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t.errorBuffer);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &onBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, &t);
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    if (!limits.caFile.isEmpty())
        curl_easy_setopt(e, CURLOPT_CAINFO, QFile::encodeName(limits.caFile).constData());
    if (r.url.scheme() == u"https") {
        curl_easy_setopt(e, CURLOPT_DEBUGFUNCTION, &onDebug);
        curl_easy_setopt(e, CURLOPT_DEBUGDATA, &t);
        curl_easy_setopt(e, CURLOPT_VERBOSE, 1L);
    }
    for (const QByteArray &h : r.headers)
        t.headers = curl_slist_append(t.headers, h.constData());
    if (r.websocketUpgrade) {
        QByteArray key(16, Qt::Uninitialized);
        for (char &c : key)
            c = char(QRandomGenerator::global()->bounded(256));
        const QByteArray wsHeaders[] = {QByteArrayLiteral("Connection: Upgrade"),
                                        QByteArrayLiteral("Upgrade: websocket"),
                                        QByteArrayLiteral("Sec-WebSocket-Version: 13"),
                                        QByteArray("Sec-WebSocket-Key: " + key.toBase64())};
        for (const QByteArray &h : wsHeaders)
            t.headers = curl_slist_append(t.headers, h.constData());
    }
    if (t.headers)
        curl_easy_setopt(e, CURLOPT_HTTPHEADER, t.headers);
}

void collect(Transfer &t, CURLcode code)
{
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
    curl_easy_getinfo(t.easy, CURLINFO_RESPONSE_CODE, &status);
    if (status != 0)
        o.httpStatus = int(status);
    long osErrno = 0;
    curl_easy_getinfo(t.easy, CURLINFO_OS_ERRNO, &osErrno);
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
            o.curlMessage = QString::fromUtf8(curl_easy_strerror(code));
        if (t.bodyTooLarge)
            o.curlMessage = QStringLiteral("body larger than the doctor reads");
    }
}

} // namespace

QList<CurlOutcome> CurlTransfer::runBlocking(const QList<CurlRequest> &requests,
                                             const CurlLimits &limits,
                                             const std::atomic_bool &cancel)
{
    globalInit();
    std::vector<std::unique_ptr<Transfer>> transfers;
    CURLM *multi = curl_multi_init();
    for (const CurlRequest &r : requests) {
        auto t = std::make_unique<Transfer>();
        t->request = &r;
        t->maxBody = limits.maxBodyBytes;
        t->easy = curl_easy_init();
        setUp(*t, limits);
        curl_easy_setopt(t->easy, CURLOPT_PRIVATE, t.get());
        t->started = std::chrono::steady_clock::now();
        curl_multi_add_handle(multi, t->easy);
        transfers.push_back(std::move(t));
    }
    bool cancelled = false;
    int running = int(transfers.size());
    while (running > 0) {
        curl_multi_perform(multi, &running);
        int queued = 0;
        while (CURLMsg *msg = curl_multi_info_read(multi, &queued)) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            Transfer *t = nullptr;
            curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &t);
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
            curl_multi_poll(multi, nullptr, 0, 100, nullptr);
    }
    QList<CurlOutcome> out;
    for (auto &t : transfers) {
        if (!t->done) {
            collect(*t, CURLE_ABORTED_BY_CALLBACK);
            t->outcome.cancelled = cancelled;
        }
        curl_multi_remove_handle(multi, t->easy);
        curl_easy_cleanup(t->easy);
        curl_slist_free_all(t->headers);
        out << std::move(t->outcome);
    }
    curl_multi_cleanup(multi);
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
