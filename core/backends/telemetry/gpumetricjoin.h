// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studio/telemetrymodel.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace c41::prometheus {
class PrometheusScrape;
}

namespace c41::telemetry {

// Collects per-GPU series of one scrape into DeviceSamples, joined on a key label
// (uuid), in the order the GPUs first appear.
class GpuMetricJoin
{
public:
    GpuMetricJoin(const prometheus::PrometheusScrape &scrape, QByteArrayView keyLabel);

    using Field = std::optional<double> studio::DeviceSample::*;
    // Sets `field` = value × scale for every sample of `metric`, unless the field is set
    // already (so a preferred metric is applied first) or the value is NaN/±Inf or at
    // least `naAbove` (dcgm's "blank" sentinels).
    void apply(QByteArrayView metric, Field field, double scale = 1.0, double naAbove = 9.2e18);
    // Runs `fn` on the device of each sample of `metric` (created if new).
    void forEach(QByteArrayView metric,
                 const std::function<void(studio::DeviceSample &, double, qsizetype)> &fn);
    // Samples whose label `skipIfLabel` is present are ignored (dcgm MIG instances).
    void setSkipLabel(QByteArrayView label) { m_skipLabel = label; }

    QList<studio::DeviceSample> devices() const { return m_devices; }
    QList<studio::DeviceSample> &devicesRef() { return m_devices; }

    // "GPU-ABC…" → "abc…": the form nvidia_gpu_exporter uses, so sources join.
    static QString normaliseUuid(QByteArrayView uuid);

private:
    studio::DeviceSample *deviceFor(QByteArrayView key);

    const prometheus::PrometheusScrape &m_scrape;
    QByteArrayView m_keyLabel;
    QByteArrayView m_skipLabel;
    QList<studio::DeviceSample> m_devices;
};

} // namespace c41::telemetry
