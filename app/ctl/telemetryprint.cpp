// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetryprint.h"

#include <QCoreApplication>

namespace c41::ctl {

using nlohmann::json;
using studio::BoxTelemetry;
using studio::DeviceSample;

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("c41ctl", s);
}

json opt(std::optional<double> value)
{
    return value ? json(*value) : json();
}

QString number(std::optional<double> value, int decimals, const QString &unit)
{
    return value ? QString::number(*value, 'f', decimals) + unit : QStringLiteral("-");
}

QString power(std::optional<double> draw, std::optional<double> limit)
{
    if (!draw)
        return QStringLiteral("-");
    QString text = QString::number(*draw, 'f', 0);
    if (limit)
        text += u'/' + QString::number(*limit, 'f', 0);
    return text + QStringLiteral(" W");
}

QString sourcesOf(const DeviceSample &device)
{
    QStringList names{device.source};
    for (const QString &source : device.fieldSources) {
        if (!names.contains(source))
            names << source;
    }
    return names.join(u'+');
}

} // namespace

QString formatMemory(std::optional<double> used, std::optional<double> total)
{
    constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;
    if (!used && !total)
        return QStringLiteral("-");
    const QString u = used ? QString::number(*used / kGiB, 'f', 1) : QStringLiteral("?");
    const QString t = total ? QString::number(*total / kGiB, 'f', 1) : QStringLiteral("?");
    return u + u'/' + t + QStringLiteral(" GiB");
}

json sourceJson(const studio::SourceState &source)
{
    return {
        {"name", source.name.toStdString()},
        {"kind", source.kind.toStdString()},
        {"stale", source.stale},
        {"error", source.error.isEmpty() ? json() : json(source.error.toStdString())},
        {"last_success", source.lastSuccess.isValid()
                             ? json(source.lastSuccess.toString(Qt::ISODateWithMs).toStdString())
                             : json()},
        {"devices", source.deviceCount},
        {"host", source.givesHost}};
}

json boxJson(const BoxTelemetry &box)
{
    json devices = json::array();
    for (const DeviceSample &d : box.devices) {
        json fieldSources = json::object();
        for (auto it = d.fieldSources.cbegin(); it != d.fieldSources.cend(); ++it)
            fieldSources[it.key().toStdString()] = it.value().toStdString();
        devices.push_back(
            {{"id", d.id.toStdString()},
             {"name", d.name.toStdString()},
             {"kind", d.kind == studio::DeviceKind::UnifiedMemory ? "unified" : "discrete"},
             {"utilisation_percent", opt(d.utilisationPercent)},
             {"memory_used_bytes", opt(d.memoryUsedBytes)},
             {"memory_total_bytes", opt(d.memoryTotalBytes)},
             {"temperature_c", opt(d.temperatureC)},
             {"power_w", opt(d.powerW)},
             {"power_limit_w", opt(d.powerLimitW)},
             {"source", d.source.toStdString()},
             {"field_sources", fieldSources},
             {"stale", box.staleDevices.value(d.id, true)},
             {"sampled_at", d.sampledAt.toString(Qt::ISODateWithMs).toStdString()}});
    }
    json host;
    if (box.host) {
        host = {{"cpu_percent", opt(box.host->cpuPercent)},
                {"memory_used_bytes", opt(box.host->memoryUsedBytes)},
                {"memory_total_bytes", opt(box.host->memoryTotalBytes)},
                {"load1", opt(box.host->load1)},
                {"source", box.host->source.toStdString()},
                {"stale", box.hostStale}};
    }
    json sources = json::array();
    for (const auto &source : box.sources)
        sources.push_back(sourceJson(source));
    return {{"name", box.box.toStdString()},
            {"offline", box.offline()},
            {"devices", devices},
            {"host", host},
            {"sources", sources}};
}

void printStatusTable(QTextStream &out, const QList<BoxTelemetry> &boxes)
{
    const QStringList head{tr("BOX"),  tr("DEVICE"), tr("UTIL"),   tr("MEMORY"),
                           tr("TEMP"), tr("POWER"),  tr("SOURCE"), tr("STATE")};
    QList<QStringList> rows;
    for (const BoxTelemetry &box : boxes) {
        const bool offline = box.offline();
        for (const DeviceSample &d : box.devices) {
            const bool stale = offline || box.staleDevices.value(d.id, true);
            rows << QStringList{box.box,
                                d.name + (d.kind == studio::DeviceKind::UnifiedMemory
                                              ? tr(" (unified)")
                                              : QString()),
                                number(d.utilisationPercent, 0, QStringLiteral("%")),
                                formatMemory(d.memoryUsedBytes, d.memoryTotalBytes),
                                number(d.temperatureC, 0, QStringLiteral("°C")),
                                power(d.powerW, d.powerLimitW),
                                sourcesOf(d),
                                stale ? tr("stale") : tr("live")};
        }
        if (box.host) {
            rows << QStringList{box.box,
                                tr("host CPU/RAM"),
                                number(box.host->cpuPercent, 0, QStringLiteral("%")),
                                formatMemory(box.host->memoryUsedBytes, box.host->memoryTotalBytes),
                                QStringLiteral("-"),
                                QStringLiteral("-"),
                                box.host->source,
                                offline || box.hostStale ? tr("stale") : tr("live")};
        }
        for (const auto &source : box.sources) {
            if (source.error.isEmpty())
                continue;
            rows << QStringList{box.box,
                                QStringLiteral("-"),
                                QStringLiteral("-"),
                                QStringLiteral("-"),
                                QStringLiteral("-"),
                                QStringLiteral("-"),
                                source.name,
                                (offline ? tr("offline: ") : tr("error: ")) + source.error};
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
            text += c + 1 == cells.size() ? cells[c] : cells[c].leftJustified(widths[c] + 2);
        out << text.trimmed() << u'\n';
    };
    line(head);
    for (const QStringList &row : std::as_const(rows))
        line(row);
    out.flush();
}

} // namespace c41::ctl
