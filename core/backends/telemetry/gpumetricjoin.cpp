// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpumetricjoin.h"

#include "backends/prometheus/prometheusscrape.h"

#include <cmath>

namespace c41::telemetry {

using prometheus::PrometheusScrape;
using studio::DeviceSample;

GpuMetricJoin::GpuMetricJoin(const PrometheusScrape &scrape, QByteArrayView keyLabel)
    : m_scrape(scrape)
    , m_keyLabel(keyLabel)
{
}

QString GpuMetricJoin::normaliseUuid(QByteArrayView uuid)
{
    QString text = QString::fromUtf8(uuid).toLower();
    if (text.startsWith(QStringLiteral("gpu-")))
        text.remove(0, 4);
    return text;
}

DeviceSample *GpuMetricJoin::deviceFor(QByteArrayView key)
{
    const QString id = normaliseUuid(key);
    for (DeviceSample &device : m_devices) {
        if (device.id == id)
            return &device;
    }
    DeviceSample device;
    device.id = id;
    m_devices.append(device);
    return &m_devices.last();
}

void GpuMetricJoin::forEach(QByteArrayView metric,
                            const std::function<void(DeviceSample &, double, qsizetype)> &fn)
{
    const auto samples = m_scrape.samples(metric);
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const auto &sample = samples.at(i);
        if (!m_skipLabel.isEmpty() && sample.label(m_skipLabel))
            continue;
        const auto key = sample.label(m_keyLabel);
        if (!key)
            continue;
        fn(*deviceFor(*key), sample.value(), i);
    }
}

void GpuMetricJoin::apply(QByteArrayView metric, Field field, double scale, double naAbove)
{
    forEach(metric, [&](DeviceSample &device, double value, qsizetype) {
        if ((device.*field).has_value() || !std::isfinite(value) || value >= naAbove)
            return;
        device.*field = value * scale;
    });
}

} // namespace c41::telemetry
