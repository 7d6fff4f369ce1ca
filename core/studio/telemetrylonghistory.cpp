// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetrylonghistory.h"

#include "backends/telemetry/prometheusmatrix.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QUrl>

namespace c41::studio {

namespace {

QString escaped(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\"));
    value.replace(u'"', QStringLiteral("\\\""));
    return value;
}

// {first,extra matchers…}
QString selector(const QString &first, const TelemetryLongHistory::Matchers &matchers)
{
    QStringList parts;
    if (!first.isEmpty())
        parts << first;
    for (const auto &[label, value] : matchers)
        parts << label + QStringLiteral("=\"") + escaped(value) + u'"';
    return u'{' + parts.join(u',') + u'}';
}

} // namespace

TelemetryLongHistory::TelemetryLongHistory(net::HttpClient *client, Matchers matchers)
    : m_client(client)
    , m_matchers(std::move(matchers))
{
}

QString TelemetryLongHistory::query(TelemetryHistory::Metric metric, const QString &device,
                                    const Matchers &matchers)
{
    using Metric = TelemetryHistory::Metric;
    const QString smi =
        selector(QStringLiteral("uuid=\"") + escaped(device.toLower()) + u'"', matchers);
    const QString dcgm =
        selector(QStringLiteral("UUID=~\"(?i)GPU-") + escaped(device.toLower()) + u'"', matchers);
    const QString host = selector(QString(), matchers);
    switch (metric) {
    case Metric::Utilisation:
        return QStringLiteral("100 * nvidia_smi_utilization_gpu_ratio") + smi +
               QStringLiteral(" or DCGM_FI_DEV_GPU_UTIL") + dcgm;
    case Metric::MemoryUsed:
        return QStringLiteral("nvidia_smi_memory_used_bytes") + smi +
               QStringLiteral(" or DCGM_FI_DEV_FB_USED") + dcgm + QStringLiteral(" * 1048576");
    case Metric::Temperature:
        return QStringLiteral("nvidia_smi_temperature_gpu") + smi +
               QStringLiteral(" or DCGM_FI_DEV_GPU_TEMP") + dcgm;
    case Metric::Power:
        return QStringLiteral("nvidia_smi_power_draw_watts") + smi +
               QStringLiteral(" or DCGM_FI_DEV_POWER_USAGE") + dcgm;
    case Metric::HostCpu: {
        QString idle = selector(QStringLiteral("mode=\"idle\""), matchers);
        return QStringLiteral("100 * (1 - avg(rate(node_cpu_seconds_total") + idle +
               QStringLiteral("[1m])))");
    }
    case Metric::HostMemoryUsed:
        return QStringLiteral("node_memory_MemTotal_bytes") + host +
               QStringLiteral(" - node_memory_MemAvailable_bytes") + host;
    }
    return {};
}

QCoro::Task<net::Result<QList<TelemetryHistory::Point>>>
TelemetryLongHistory::fetch(TelemetryHistory::Metric metric, QString device, QDateTime end,
                            std::chrono::seconds window, std::chrono::seconds step)
{
    QPointer<net::HttpClient> client = m_client;
    if (!client)
        co_return net::ApiError::make(
            net::ApiError::Kind::Config, QString(),
            QCoreApplication::translate("Telemetry", "no Prometheus server for the history"));
    const qint64 endSecs = end.toSecsSinceEpoch();
    const auto encoded = [](const QString &value) {
        return QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    const QString path = QStringLiteral("/api/v1/query_range?query=") +
                         encoded(query(metric, device, m_matchers)) + QStringLiteral("&start=") +
                         QString::number(endSecs - window.count()) + QStringLiteral("&end=") +
                         QString::number(endSecs) + QStringLiteral("&step=") +
                         QString::number(step.count()) + u's';
    const QString server = client->serverName();
    auto response = co_await client->get(path);
    if (!response)
        co_return response.error();
    auto matrix = telemetry::PrometheusMatrix::parse(response->body, server);
    if (!matrix)
        co_return matrix.error();
    QList<TelemetryHistory::Point> out;
    for (const auto &series : std::as_const(*matrix)) {
        if (series.points.isEmpty())
            continue;
        for (const auto &p : series.points)
            out.append({p.msecsSinceEpoch, p.value});
        break;
    }
    co_return out;
}

} // namespace c41::studio
