// SPDX-License-Identifier: GPL-3.0-or-later
// c41ctl commands for telemetry: status [--watch], telemetry sources BOX, telemetry detect HOST.
#include "commands.h"
#include "ctlcontext.h"
#include "studio/sourcedetector.h"
#include "studio/telemetryllmpoller.h"
#include "studio/telemetryservice.h"
#include "studio/telemetrysource.h"
#include "telemetryprint.h"

#include <QCoreApplication>
#include <QPointer>

#include <nlohmann/json.hpp>
#include <qcorotimer.h>

#include <memory>

namespace c41::ctl {

using nlohmann::json;
using studio::BoxTelemetry;
using studio::TelemetryService;

namespace {

using namespace std::chrono_literals;

// lupdate sees Text::tr() calls under the context c41ctl (a free tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(c41ctl)
};

// Adds the SERVERs given (box names, server names or KIND+URL), or every telemetry server
// of the config.
// Returns an exit code on failure.
std::optional<int> addSources(CtlContext &context, TelemetryService &service,
                              const QStringList &servers)
{
    if (servers.isEmpty()) {
        service.setConfig(context.config());
        if (service.boxes().isEmpty()) {
            return context.fail(
                Text::tr("no telemetry servers configured (exporter, macmon, comfyui, prometheus); "
                         "add them to the config file, give KIND+URL arguments, or "
                         "try --demo"));
        }
        return std::nullopt;
    }
    for (const QString &arg : servers) {
        if (const studio::BoxConfig *box = context.config().box(arg)) { // a whole box
            for (const QString &name : box->servers) {
                const studio::ServerConfig *server = context.config().server(name);
                if (server && TelemetryService::isTelemetryKind(server->address.kind))
                    service.addSource(box->name, *server);
            }
            for (const QString &name : box->servers) {
                const studio::ServerConfig *server = context.config().server(name);
                if (server && studio::TelemetryLlmPoller::isLlmKind(server->address.kind) &&
                    service.boxes().contains(box->name))
                    service.addLlmServer(box->name, *server);
            }
            continue;
        }
        auto server = context.config().resolveServer(arg);
        if (!server.ok())
            return context.fail(server.error(), 2);
        if (!TelemetryService::isTelemetryKind(server->address.kind)) {
            return context.fail(
                Text::tr("%1 is a %2 server, not a telemetry source (exporter, macmon, comfyui, "
                         "prometheus)")
                    .arg(server->name, studio::serverKindName(server->address.kind)),
                2);
        }
        service.addSource(server->box.isEmpty() ? server->name : server->box, *server);
    }
    return std::nullopt;
}

// Counters (node_exporter CPU) need two scrapes: when a host has no CPU % yet, poll
// once more a second later rather than show it as unknown.
bool needsSecondScrape(const TelemetryService &service)
{
    for (const QString &name : service.boxes()) {
        const BoxTelemetry box = service.box(name);
        if (box.host && !box.host->cpuPercent)
            return true;
    }
    return false;
}

QList<BoxTelemetry> allBoxes(const TelemetryService &service)
{
    QList<BoxTelemetry> boxes;
    for (const QString &name : service.boxes())
        boxes << service.box(name);
    return boxes;
}

void printStatus(CtlContext &context, const QList<BoxTelemetry> &boxes)
{
    if (context.json()) {
        json list = json::array();
        for (const BoxTelemetry &box : boxes)
            list.push_back(boxJson(box));
        context.out() << QString::fromStdString(json{{"boxes", list}}.dump(2)) << u'\n';
        context.out().flush();
    } else {
        printStatusTable(context.out(), boxes);
    }
}

QCoro::Task<int> runStatus(CtlContext &context)
{
    auto service = std::make_unique<TelemetryService>(context.nam());
    if (auto code = addSources(context, *service, context.args()))
        co_return *code;
    co_await service->pollAll();
    if (needsSecondScrape(*service)) {
        co_await QCoro::sleepFor(1s);
        co_await service->pollAll();
    }
    if (context.parser().isSet(QStringLiteral("watch"))) {
        for (;;) { // until Ctrl-C
            context.out() << "\x1b[H\x1b[2J";
            printStatus(context, allBoxes(*service));
            co_await QCoro::sleepFor(1s);
            co_await service->pollAll();
        }
    }
    const QList<BoxTelemetry> boxes = allBoxes(*service);
    printStatus(context, boxes);
    QStringList offline;
    QString firstError;
    for (const BoxTelemetry &box : boxes) {
        if (!box.offline())
            continue;
        offline << box.box;
        for (const auto &source : box.sources) {
            if (firstError.isEmpty() && !source.error.isEmpty())
                firstError = source.error;
        }
    }
    if (offline.isEmpty())
        co_return 0;
    co_return context.fail(
        Text::tr("offline: %1 (%2)").arg(offline.join(QStringLiteral(", ")), firstError));
}

// telemetry detect HOST [PORT...]: the standard ports, or every kind on the PORTs given.
QCoro::Task<int> runDetect(CtlContext &context)
{
    const QStringList &args = context.args();
    QList<quint16> ports;
    for (qsizetype i = 2; i < args.size(); ++i) {
        bool ok = false;
        const uint port = args[i].toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            co_return context.fail(Text::tr("'%1' is not a port number").arg(args[i]), 2);
        ports << quint16(port);
    }
    const auto candidates = ports.isEmpty() ? studio::SourceDetector::standardPorts()
                                            : studio::SourceDetector::anyKindOn(ports);
    const auto found =
        co_await studio::SourceDetector::detect(context.nam(), args.at(1), candidates);
    if (context.json()) {
        json list = json::array();
        for (const auto &f : found)
            list.push_back({{"server", f.address.toString().toStdString()},
                            {"kind", studio::serverKindName(f.address.kind).toStdString()},
                            {"what", f.what.toStdString()},
                            {"detail", f.detail.toStdString()},
                            {"telemetry", TelemetryService::isTelemetryKind(f.address.kind)}});
        context.out() << QString::fromStdString(
                             json{{"host", args.at(1).toStdString()}, {"found", list}}.dump(2))
                      << u'\n';
    } else {
        for (const auto &f : found)
            context.out() << f.address.toString() << QStringLiteral("  ") << f.what
                          << QStringLiteral(" · ") << f.detail << u'\n';
    }
    context.out().flush();
    if (found.isEmpty())
        co_return context.fail(Text::tr("nothing found on %1").arg(args.at(1)));
    co_return 0;
}

QCoro::Task<int> runTelemetry(CtlContext &context)
{
    const QStringList &args = context.args();
    if (args.size() >= 2 && args.first() == QStringLiteral("detect"))
        co_return co_await runDetect(context);
    if (args.size() != 2 || args.first() != QStringLiteral("sources"))
        co_return context.fail(
            Text::tr("usage: c41ctl telemetry sources BOX | detect HOST [PORT...]"), 2);
    const QString boxName = args.at(1);
    const studio::BoxConfig *boxConfig = context.config().box(boxName);
    if (!boxConfig)
        co_return context.fail(Text::tr("no box named '%1' in the config").arg(boxName), 2);
    TelemetryService service(context.nam());
    for (const QString &name : boxConfig->servers) {
        const studio::ServerConfig *server = context.config().server(name);
        if (server && TelemetryService::isTelemetryKind(server->address.kind))
            service.addSource(boxName, *server);
    }
    if (service.sources(boxName).isEmpty())
        co_return context.fail(Text::tr("box '%1' has no telemetry servers").arg(boxName));
    co_await service.pollAll();

    json list = json::array();
    QStringList lines;
    for (studio::TelemetrySource *source : service.sources(boxName)) {
        json entry = sourceJson(source->state());
        entry["url"] = source->server().address.url.toString().toStdString();
        QStringList gives;
        json devices = json::array();
        if (const auto &reading = source->reading()) {
            for (const auto &device : reading->devices) {
                QStringList fields; // for people, translated
                QStringList keys;   // for --json, never translated
                const auto add = [&](const char *key, const QString &text) {
                    keys << QString::fromLatin1(key);
                    fields << text;
                };
                if (device.utilisationPercent)
                    add("util", Text::tr("util"));
                if (device.memoryTotalBytes || device.memoryUsedBytes)
                    add("memory", Text::tr("memory"));
                if (device.temperatureC)
                    add("temperature", Text::tr("temperature"));
                if (device.powerW)
                    add("power", Text::tr("power"));
                if (device.powerLimitW)
                    add("power limit", Text::tr("power limit"));
                devices.push_back({{"name", device.name.toStdString()},
                                   {"fields", keys.join(u',').toStdString()}});
                gives << device.name + u' ' + u'(' + fields.join(QStringLiteral(", ")) + u')';
            }
            if (reading->host)
                gives << Text::tr("host CPU/RAM");
        }
        entry["gives"] = devices;
        list.push_back(entry);
        const auto state = source->state();
        lines << source->server().name + u' ' + u'(' + source->kindName() + u',' + u' ' +
                     source->server().address.url.toString() + QStringLiteral("): ") +
                     (state.error.isEmpty() ? gives.join(QStringLiteral("; "))
                                            : Text::tr("down: ") + state.error);
    }
    if (context.json())
        context.out() << QString::fromStdString(
                             json{{"box", boxName.toStdString()}, {"sources", list}}.dump(2))
                      << u'\n';
    else
        context.out() << lines.join(u'\n') << u'\n';
    context.out().flush();
    co_return 0;
}

} // namespace

QList<Command> telemetryCommands()
{
    return {
        {QStringLiteral("status"),
         QStringLiteral("status [--watch] [BOX|SERVER...]"),
         Text::tr(
             "Every box and device of the studio, like nvitop: GPU utilisation, VRAM or "
             "unified memory, temperature, power, host CPU/RAM, the source of each figure, "
             "and which box is offline. BOXes or SERVERs (names or KIND+URL) show just those."),
         &runStatus,
         {QCommandLineOption(QStringLiteral("watch"),
                             Text::tr("status: redraw every second until Ctrl-C."))}},
        {QStringLiteral("telemetry"),
         QStringLiteral("telemetry sources BOX | detect HOST [PORT...]"),
         Text::tr("sources: the telemetry sources of a box and what each one gives. detect: probe "
                  "a host's standard ports (or the PORTs given) and propose the servers found."),
         &runTelemetry},
    };
}

} // namespace c41::ctl
