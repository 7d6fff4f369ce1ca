// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetryprint.h"

#include <QCoreApplication>

namespace c41::ctl {

using nlohmann::json;
using studio::BoxTelemetry;
using studio::DeviceSample;

namespace {

// lupdate sees Text::tr() calls under the context c41ctl (a free tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(c41ctl)
};

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

QString keep(const studio::LlmModelSample &model)
{
    if (model.pinned)
        return Text::tr("pinned");
    if (!model.expiresAt.isValid())
        return QString();
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(model.expiresAt);
    if (seconds <= 0)
        return Text::tr("expiring");
    if (seconds < 120)
        return Text::tr("expires in %1 s").arg(seconds);
    return Text::tr("expires in %1 min").arg((seconds + 30) / 60);
}

QString serverLoad(const studio::LlmServerSample &server)
{
    QStringList parts;
    if (server.busySlots && server.totalSlots)
        parts << Text::tr("slots %1/%2 busy").arg(*server.busySlots).arg(*server.totalSlots);
    else if (server.busySlots)
        parts << Text::tr("%1 slots busy").arg(*server.busySlots);
    if (server.running)
        parts << Text::tr("%1 running").arg(*server.running, 0, 'f', 0);
    if (server.waiting)
        parts << Text::tr("%1 waiting").arg(*server.waiting, 0, 'f', 0);
    if (server.kvCacheFill)
        parts << Text::tr("KV cache %1%").arg(*server.kvCacheFill * 100, 0, 'f', 0);
    return parts.join(QStringLiteral(", "));
}

json llmServerJson(const studio::LlmServerSample &server)
{
    json models = json::array();
    for (const studio::LlmModelSample &m : server.models) {
        models.push_back(
            {{"name", m.name.toStdString()},
             {"size_bytes", m.sizeBytes > 0 ? json(m.sizeBytes) : json()},
             {"vram_share", opt(m.vramShare)},
             {"pinned", m.pinned},
             {"expires_at", m.expiresAt.isValid()
                                ? json(m.expiresAt.toString(Qt::ISODateWithMs).toStdString())
                                : json()},
             {"state", m.state.isEmpty() ? json() : json(m.state.toStdString())}});
    }
    const auto optInt = [](std::optional<int> v) { return v ? json(*v) : json(); };
    return {{"server", server.server.toStdString()},
            {"kind", server.kind.toStdString()},
            {"models", models},
            {"busy_slots", optInt(server.busySlots)},
            {"total_slots", optInt(server.totalSlots)},
            {"requests_running", opt(server.running)},
            {"requests_waiting", opt(server.waiting)},
            {"kv_cache_fill", opt(server.kvCacheFill)},
            {"error", server.error.isEmpty() ? json() : json(server.error.toStdString())}};
}

json throttleReasons(const DeviceSample &d)
{
    json reasons = json::array();
    for (const QString &r : d.throttleReasons)
        reasons.push_back(r.toStdString());
    return reasons;
}

QString throttleNote(const DeviceSample &d)
{
    if (!d.throttled || !*d.throttled)
        return QString();
    return Text::tr(", throttled (%1)").arg(d.throttleReasons.join(QStringLiteral(", ")));
}

} // namespace

QString formatModelSize(double bytes)
{
    if (bytes <= 0)
        return QStringLiteral("-");
    if (bytes >= 1e9)
        return QString::number(bytes / 1e9, 'f', 1) + QStringLiteral(" GB");
    return QString::number(bytes / 1e6, 'f', 0) + QStringLiteral(" MB");
}

void printModels(QTextStream &out, const QList<BoxTelemetry> &boxes)
{
    QList<QStringList> rows;
    for (const BoxTelemetry &box : boxes) {
        for (const studio::LlmServerSample &server : box.llmServers) {
            if (!server.error.isEmpty()) {
                rows << QStringList{box.box, server.server, Text::tr("error: ") + server.error};
                continue;
            }
            for (const studio::LlmModelSample &m : server.models) {
                QStringList row{box.box, server.server, m.name, formatModelSize(m.sizeBytes)};
                if (m.vramShare)
                    row << QString::number(*m.vramShare * 100, 'f', 0) + Text::tr("% GPU");
                if (!m.state.isEmpty())
                    row << m.state;
                if (const QString k = keep(m); !k.isEmpty())
                    row << k;
                rows << row;
            }
            if (server.models.isEmpty())
                rows << QStringList{box.box, server.server, Text::tr("(no model loaded)")};
            if (const QString load = serverLoad(server); !load.isEmpty())
                rows << QStringList{box.box, server.server, load};
        }
    }
    if (rows.isEmpty())
        return;
    QList<qsizetype> widths;
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths << 0;
            widths[c] = std::max(widths[c], row[c].size());
        }
    }
    out << u'\n' << Text::tr("MODELS") << u'\n';
    for (const QStringList &row : std::as_const(rows)) {
        QString text;
        for (qsizetype c = 0; c < row.size(); ++c)
            text += c + 1 == row.size() ? row[c] : row[c].leftJustified(widths[c] + 2);
        out << text.trimmed() << u'\n';
    }
    out.flush();
}

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
             {"throttled", d.throttled ? json(*d.throttled) : json()},
             {"throttle_reasons", throttleReasons(d)},
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
    json llm = json::array();
    for (const studio::LlmServerSample &server : box.llmServers)
        llm.push_back(llmServerJson(server));
    return {{"name", box.box.toStdString()},
            {"offline", box.offline()},
            {"devices", devices},
            {"host", host},
            {"sources", sources},
            {"llm_servers", llm}};
}

void printStatusTable(QTextStream &out, const QList<BoxTelemetry> &boxes)
{
    const QStringList head{Text::tr("BOX"),    Text::tr("DEVICE"), Text::tr("UTIL"),
                           Text::tr("MEMORY"), Text::tr("TEMP"),   Text::tr("POWER"),
                           Text::tr("SOURCE"), Text::tr("STATE")};
    QList<QStringList> rows;
    for (const BoxTelemetry &box : boxes) {
        const bool offline = box.offline();
        for (const DeviceSample &d : box.devices) {
            const bool stale = offline || box.staleDevices.value(d.id, true);
            rows << QStringList{box.box,
                                d.name + (d.kind == studio::DeviceKind::UnifiedMemory
                                              ? Text::tr(" (unified)")
                                              : QString()),
                                number(d.utilisationPercent, 0, QStringLiteral("%")),
                                formatMemory(d.memoryUsedBytes, d.memoryTotalBytes),
                                number(d.temperatureC, 0, QStringLiteral("°C")),
                                power(d.powerW, d.powerLimitW),
                                sourcesOf(d),
                                (stale ? Text::tr("stale") : Text::tr("live")) + throttleNote(d)};
        }
        if (box.host) {
            rows << QStringList{box.box,
                                Text::tr("host CPU/RAM"),
                                number(box.host->cpuPercent, 0, QStringLiteral("%")),
                                formatMemory(box.host->memoryUsedBytes, box.host->memoryTotalBytes),
                                QStringLiteral("-"),
                                QStringLiteral("-"),
                                box.host->source,
                                offline || box.hostStale ? Text::tr("stale") : Text::tr("live")};
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
                                (offline ? Text::tr("offline: ") : Text::tr("error: ")) +
                                    source.error};
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
    printModels(out, boxes);
}

} // namespace c41::ctl
