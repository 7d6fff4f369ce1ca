// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheusmatrix.h"

#include "net/jsonbody.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <cmath>

namespace c41::telemetry {

using net::ApiError;
using nlohmann::json;

namespace {

// lupdate sees Text::tr() calls under the context Prometheus (a free tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Prometheus)
};

} // namespace

net::Result<QList<PrometheusMatrix::Series>> PrometheusMatrix::parse(const QByteArray &body,
                                                                     const QString &server)
{
    auto parsed = net::parseJson(body, server, Text::tr("the range query result"));
    if (!parsed)
        return parsed.error();
    const json &root = *parsed;
    if (!root.is_object())
        return ApiError::make(ApiError::Kind::Malformed, server,
                              Text::tr("query_range: expected an object"));
    if (net::stringField(root, "status") != "success") {
        const std::string message = root.contains("error") && root["error"].is_string()
                                        ? root["error"].get<std::string>()
                                        : std::string("no \"status\": \"success\"");
        return ApiError::make(ApiError::Kind::Malformed, server,
                              Text::tr("query_range: ") + QString::fromStdString(message));
    }
    const auto data = root.find("data");
    if (data == root.end() || !data->is_object() || data->value("resultType", "") != "matrix" ||
        !data->contains("result") || !(*data)["result"].is_array())
        return ApiError::make(ApiError::Kind::Malformed, server,
                              Text::tr("query_range: expected a matrix result"));
    QList<Series> out;
    for (const json &item : (*data)["result"]) {
        if (!item.is_object() || !item.contains("values") || !item["values"].is_array())
            continue; // native histograms and the like
        Series series;
        if (item.contains("metric") && item["metric"].is_object()) {
            for (const auto &[label, value] : item["metric"].items()) {
                if (value.is_string())
                    series.labels.insert(QString::fromStdString(label),
                                         QString::fromStdString(value.get<std::string>()));
            }
        }
        for (const json &pair : item["values"]) {
            if (!pair.is_array() || pair.size() != 2 || !pair[0].is_number() ||
                !pair[1].is_string())
                continue;
            bool ok = false;
            const double value = QString::fromStdString(pair[1].get<std::string>()).toDouble(&ok);
            if (!ok || !std::isfinite(value))
                continue;
            series.points.append({qint64(std::llround(pair[0].get<double>() * 1000.0)), value});
        }
        out.append(series);
    }
    return out;
}

} // namespace c41::telemetry
