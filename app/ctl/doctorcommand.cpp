// SPDX-License-Identifier: GPL-3.0-or-later
// c41ctl doctor [SERVER...]
#include "commands.h"
#include "ctlcontext.h"
#include "diagnostics/connectiondoctor.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <cmath>

namespace c41::ctl {

using diagnostics::EndpointCheck;
using diagnostics::ServerDiagnosis;
using nlohmann::json;

namespace {
// lupdate sees Text::tr() calls under the context c41ctl (a free tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(c41ctl)
};

const QString kTimeoutOption = QStringLiteral("timeout");

json msJson(std::optional<double> ms)
{
    // Three decimals: microseconds, as precise as libcurl measures.
    return ms ? json(std::round(*ms * 1000.0) / 1000.0) : json();
}

json endpointJson(const EndpointCheck &e)
{
    return {{"endpoint", e.roleName().toStdString()},
            {"url", e.url.toString().toStdString()},
            {"optional", e.optional},
            {"dns_ms", msJson(e.times.dns)},
            {"connect_ms", msJson(e.times.connect)},
            {"tls_ms", msJson(e.times.tls)},
            {"first_byte_ms", msJson(e.times.firstByte)},
            {"total_ms", msJson(e.times.total)},
            {"http_status", e.httpStatus ? json(e.httpStatus) : json()},
            {"verdict", e.verdictName().toStdString()},
            {"diagnosis", e.diagnosis.toStdString()},
            {"curl_code", e.curlCode},
            {"curl_message", e.curlMessage.isEmpty() ? json() : json(e.curlMessage.toStdString())}};
}

json serverJson(const ServerDiagnosis &d)
{
    json endpoints = json::array();
    for (const EndpointCheck &e : d.endpoints)
        endpoints.push_back(endpointJson(e));
    return {{"name", d.server.toStdString()},
            {"kind", studio::serverKindName(d.kind).toStdString()},
            {"url", d.url.toString().toStdString()},
            {"healthy", d.healthy()},
            {"endpoints", endpoints}};
}

void printTable(QTextStream &out, const QList<ServerDiagnosis> &all)
{
    // Times are when each phase ended, counted from the start of the request.
    const QStringList head{Text::tr("SERVER"),  Text::tr("ENDPOINT"), Text::tr("DNS"),
                           Text::tr("CONNECT"), Text::tr("TLS"),      Text::tr("FIRST BYTE"),
                           Text::tr("TOTAL"),   Text::tr("HTTP"),     Text::tr("DIAGNOSIS")};
    QList<QStringList> rows;
    for (const ServerDiagnosis &d : all) {
        bool first = true;
        for (const EndpointCheck &e : d.endpoints) {
            const QString mark = e.verdict == EndpointCheck::Verdict::Ok ? QStringLiteral("ok")
                                 : e.verdict == EndpointCheck::Verdict::Warning
                                     ? Text::tr("warning")
                                     : Text::tr("PROBLEM");
            rows << QStringList{first ? d.server : QString(),
                                e.endpointLabel(),
                                ServerDiagnosis::formatMs(e.times.dns),
                                ServerDiagnosis::formatMs(e.times.connect),
                                ServerDiagnosis::formatMs(e.times.tls),
                                ServerDiagnosis::formatMs(e.times.firstByte),
                                ServerDiagnosis::formatMs(e.times.total),
                                e.httpStatus ? QString::number(e.httpStatus) : QStringLiteral("-"),
                                mark + QStringLiteral(": ") + e.diagnosis};
            first = false;
        }
    }
    QList<qsizetype> widths;
    for (qsizetype c = 0; c < head.size(); ++c) {
        qsizetype w = head[c].size();
        for (const QStringList &row : std::as_const(rows))
            w = std::max(w, row[c].size());
        widths << w;
    }
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c)
            text += c + 1 == cells.size() ? cells[c] : cells[c].leftJustified(widths[c] + 2, u' ');
        while (text.endsWith(u' '))
            text.chop(1);
        out << text << u'\n';
    };
    line(head);
    for (const QStringList &row : std::as_const(rows))
        line(row);
    out << Text::tr("Times in ms since the request started; TLS only for https.") << u'\n';
    out.flush();
}

QCoro::Task<int> runDoctor(CtlContext &context)
{
    QList<studio::ServerConfig> servers;
    if (int code = 0; !context.selectServers(&servers, &code))
        co_return code;
    diagnostics::ConnectionDoctor doctor(context.config(), context.secrets());
    if (context.parser().isSet(kTimeoutOption)) {
        bool ok = false;
        const double seconds = context.parser().value(kTimeoutOption).toDouble(&ok);
        if (!ok || seconds <= 0)
            co_return context.fail(Text::tr("--timeout wants a number of seconds"), 2);
        diagnostics::DoctorOptions options = doctor.options();
        options.totalTimeout = std::chrono::milliseconds(qint64(seconds * 1000));
        options.connectTimeout = std::min(options.connectTimeout, options.totalTimeout);
        doctor.setOptions(options);
    }
    // Every server at once: each runs its endpoints on a worker thread.
    std::vector<QCoro::Task<ServerDiagnosis>> checks;
    for (const studio::ServerConfig &s : std::as_const(servers))
        checks.push_back(doctor.examineServer(s));
    QList<ServerDiagnosis> results;
    for (auto &check : checks)
        results << co_await check;

    if (context.json()) {
        json list = json::array();
        for (const ServerDiagnosis &d : std::as_const(results))
            list.push_back(serverJson(d));
        context.out() << QString::fromStdString(json{{"servers", list}}.dump(2)) << u'\n';
        context.out().flush();
    } else {
        printTable(context.out(), results);
    }
    QStringList failed;
    for (const ServerDiagnosis &d : std::as_const(results)) {
        if (!d.healthy())
            failed << d.server;
    }
    if (failed.isEmpty())
        co_return 0;
    co_return context.fail(Text::tr("not healthy: %1").arg(failed.join(QStringLiteral(", "))));
}
} // namespace

QList<Command> doctorCommands()
{
    return {
        {QStringLiteral("doctor"),
         QStringLiteral("doctor [--timeout S] [SERVER...]"),
         Text::tr("How every server (or the SERVERs given) is reached, per endpoint: DNS, TCP "
                  "connect, TLS handshake, first byte, total and HTTP status, with a diagnosis in "
                  "words. Exits 1 when any server has a problem."),
         &runDoctor,
         {QCommandLineOption(
             kTimeoutOption,
             Text::tr("doctor: give up on an endpoint after S seconds (default 15)."),
             QStringLiteral("S"))}},
    };
}

} // namespace c41::ctl
