// SPDX-License-Identifier: GPL-3.0-or-later
// c41ctl servers [SERVER...]
#include "commands.h"
#include "ctlcontext.h"
#include "studio/serverprobe.h"
#include "studio/studiomonitor.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace c41::ctl {

using nlohmann::json;
using studio::ProbeResult;
using studio::ServerConfig;

namespace {
// lupdate sees Text::tr() calls under the context c41ctl (a free tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(c41ctl)
};

json errorJson(const net::ApiError &e)
{
    return {{"kind", net::ApiError::kindName(e.kind).toStdString()},
            {"message", e.toString().toStdString()},
            {"http_status", e.httpStatus == 0 ? json() : json(e.httpStatus)}};
}

json serverJson(const ServerConfig &s, const ProbeResult &r)
{
    json roles = json::array();
    for (const QString &role : s.roles)
        roles.push_back(role.toStdString());
    return {{"name", s.name.toStdString()},
            {"kind", studio::serverKindName(s.address.kind).toStdString()},
            {"url", s.address.url.toString().toStdString()},
            {"box", s.box.isEmpty() ? json() : json(s.box.toStdString())},
            {"roles", roles},
            {"reachable", r.reachable},
            {"healthy", r.healthy},
            {"latency_ms", r.reachable ? json(r.latency.count()) : json()},
            {"detail", r.detail.isEmpty() ? json() : json(r.detail.toStdString())},
            {"error", r.error ? errorJson(*r.error) : json()}};
}

QString pad(const QString &s, qsizetype width)
{
    return s.leftJustified(width, u' ');
}

void printTable(QTextStream &out, const QList<ServerConfig> &servers,
                const QList<ProbeResult> &results)
{
    const QStringList head{Text::tr("BOX"),   Text::tr("SERVER"), Text::tr("KIND"),
                           Text::tr("URL"),   Text::tr("STATE"),  Text::tr("LATENCY"),
                           Text::tr("DETAIL")};
    QList<QStringList> rows;
    for (qsizetype i = 0; i < servers.size(); ++i) {
        const ServerConfig &s = servers[i];
        const ProbeResult &r = results[i];
        const QString state = r.healthy     ? Text::tr("up")
                              : r.reachable ? Text::tr("error")
                                            : Text::tr("down");
        const QString latency = r.reachable
                                    ? QString::number(r.latency.count()) + QStringLiteral(" ms")
                                    : QStringLiteral("-");
        const QString detail = r.error ? r.error->message : r.detail;
        rows << QStringList{s.box.isEmpty() ? QStringLiteral("-") : s.box,
                            s.name,
                            studio::serverKindName(s.address.kind),
                            s.address.url.toString(),
                            state,
                            latency,
                            detail};
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
            text += c + 1 == cells.size() ? cells[c] : pad(cells[c], widths[c] + 2);
        out << text.trimmed() << u'\n';
    };
    line(head);
    for (const QStringList &row : std::as_const(rows))
        line(row);
    out.flush();
}
} // namespace

QCoro::Task<int> runServers(CtlContext &context)
{
    QList<ServerConfig> servers;
    if (int code = 0; !context.selectServers(&servers, &code))
        co_return code;
    // Probe every server at once.
    std::vector<std::unique_ptr<net::HttpClient>> clients;
    std::vector<QCoro::Task<ProbeResult>> probes;
    studio::StudioMonitor *monitor = context.monitor();
    for (const ServerConfig &s : std::as_const(servers)) {
        net::HttpClient *client = monitor->client(s.name);
        if (!client) { // an ad-hoc KIND+URL
            clients.push_back(
                std::make_unique<net::HttpClient>(context.nam(), s.name, s.address.url));
            client = clients.back().get();
        }
        probes.push_back(studio::ServerProbe::probe(*client, s.address.kind));
    }
    QList<ProbeResult> results;
    for (auto &probe : probes)
        results << co_await probe;

    if (context.json()) {
        json list = json::array();
        for (qsizetype i = 0; i < servers.size(); ++i)
            list.push_back(serverJson(servers[i], results[i]));
        context.out() << QString::fromStdString(json{{"servers", list}}.dump(2)) << u'\n';
        context.out().flush();
    } else {
        printTable(context.out(), servers, results);
    }
    QStringList failed;
    const net::ApiError *first = nullptr;
    for (qsizetype i = 0; i < servers.size(); ++i) {
        if (!results[i].healthy) {
            failed << servers[i].name;
            if (!first && results[i].error)
                first = &*results[i].error;
        }
    }
    if (failed.isEmpty())
        co_return 0;
    QString message = first ? first->toString() : failed.first() + Text::tr(": not healthy");
    if (failed.size() > 1)
        message += Text::tr(" (and %1 more: %2)")
                       .arg(failed.size() - 1)
                       .arg(failed.mid(1).join(QStringLiteral(", ")));
    co_return context.fail(message);
}

} // namespace c41::ctl
