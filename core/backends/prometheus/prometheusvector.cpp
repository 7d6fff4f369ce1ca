// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheusvector.h"

#include "net/jsonbody.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>

namespace c41::prometheus {

using net::ApiError;
using nlohmann::json;

namespace {

// lupdate sees Text::tr() calls under the context Prometheus (a free tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Prometheus)
};

double parseNumber(const std::string &text, bool *ok)
{
    *ok = true;
    if (text == "NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == "+Inf" || text == "Inf")
        return std::numeric_limits<double>::infinity();
    if (text == "-Inf")
        return -std::numeric_limits<double>::infinity();
    return QString::fromStdString(text).toDouble(ok);
}

QByteArray escapeLabel(const QString &value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        if (c == '\\' || c == '"')
            out.append('\\').append(c);
        else if (c == '\n')
            out.append("\\n");
        else
            out.append(c);
    }
    return out;
}

} // namespace

net::Result<QList<PrometheusVector::Series>> PrometheusVector::parse(const QByteArray &body,
                                                                     const QString &server)
{
    auto parsed = net::parseJson(body, server, Text::tr("the query result"));
    if (!parsed)
        return parsed.error();
    const json &root = *parsed;
    if (!root.is_object())
        return ApiError::make(ApiError::Kind::Malformed, server,
                              Text::tr("query: expected an object"));
    if (net::stringField(root, "status") != "success") {
        const std::string message = root.contains("error") && root["error"].is_string()
                                        ? root["error"].get<std::string>()
                                        : std::string("no \"status\": \"success\"");
        return ApiError::make(ApiError::Kind::Malformed, server,
                              Text::tr("query: ") + QString::fromStdString(message));
    }
    const auto data = root.find("data");
    if (data == root.end() || !data->is_object() || data->value("resultType", "") != "vector" ||
        !data->contains("result") || !(*data)["result"].is_array())
        return ApiError::make(ApiError::Kind::Malformed, server,
                              Text::tr("query: expected a vector result"));
    QList<Series> out;
    for (const json &item : (*data)["result"]) {
        if (!item.is_object() || !item.contains("value") || !item["value"].is_array() ||
            item["value"].size() != 2 || !item["value"][0].is_number() ||
            !item["value"][1].is_string())
            continue; // native histograms and the like
        Series series;
        bool ok = false;
        series.value = parseNumber(item["value"][1].get<std::string>(), &ok);
        if (!ok)
            continue;
        series.msecsSinceEpoch = qint64(std::llround(item["value"][0].get<double>() * 1000.0));
        if (item.contains("metric") && item["metric"].is_object()) {
            for (auto it = item["metric"].begin(); it != item["metric"].end(); ++it) {
                if (it->is_string())
                    series.labels.insert(QString::fromStdString(it.key()),
                                         QString::fromStdString(it->get<std::string>()));
            }
        }
        out.append(series);
    }
    return out;
}

QByteArray PrometheusVector::toExposition(const QList<Series> &series)
{
    QByteArray text;
    const QString nameKey = QStringLiteral("__name__");
    for (const Series &s : series) {
        const QString name = s.labels.value(nameKey);
        if (name.isEmpty())
            continue;
        text += name.toUtf8();
        QByteArray labels;
        for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it) {
            if (it.key() == nameKey)
                continue;
            if (!labels.isEmpty())
                labels += ',';
            labels += it.key().toUtf8() + "=\"" + escapeLabel(it.value()) + '"';
        }
        if (!labels.isEmpty())
            text += '{' + labels + '}';
        text += ' ';
        if (std::isnan(s.value))
            text += "NaN";
        else if (std::isinf(s.value))
            text += s.value > 0 ? "+Inf" : "-Inf";
        else
            text += QByteArray::number(s.value, 'g', 17);
        text += '\n';
    }
    return text;
}

QString PrometheusVector::telemetrySelector(const QList<QPair<QString, QString>> &matchers)
{
    QString selector = QStringLiteral(
        "{__name__=~\"nvidia_smi_gpu_info|nvidia_smi_utilization_gpu_ratio|nvidia_smi_memory_.*"
        "|nvidia_smi_temperature_gpu|nvidia_smi_power_.*|nvidia_smi_enforced_power_limit_watts"
        "|DCGM_FI_DEV_.*|node_memory_.*|node_cpu_seconds_total|node_load1|macmon_.*"
        "|node_drm_.*|node_hwmon_chip_names|node_hwmon_sensor_label|node_hwmon_temp_celsius"
        "|node_hwmon_fan_rpm|node_hwmon_power_.*|(amd_)?gpu_.*|windows_cpu_time_total"
        "|windows_memory_.*|windows_cs_physical_memory_bytes"
        "|windows_os_physical_memory_free_bytes\"");
    for (const auto &[label, value] : matchers) {
        selector += QStringLiteral(",") + label + QStringLiteral("=\"") +
                    QString::fromUtf8(escapeLabel(value)) + u'"';
    }
    return selector + u'}';
}

} // namespace c41::prometheus
