// SPDX-License-Identifier: GPL-3.0-or-later
#include "amddrmmetrics.h"

#include "backends/prometheus/prometheusscrape.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>

namespace c41::telemetry {

using prometheus::PrometheusScrape;
using studio::DeviceSample;

namespace {

using ByLabel = QMap<QString, double>;

// metric{<label>="x"} value → x → value (finite values only).
ByLabel byLabel(const PrometheusScrape &scrape, QByteArrayView metric, QByteArrayView label)
{
    ByLabel out;
    for (const auto &sample : scrape.samples(metric)) {
        const auto key = sample.label(label);
        if (key && std::isfinite(sample.value()))
            out.insert(QString::fromUtf8(*key), sample.value());
    }
    return out;
}

std::optional<double> get(const ByLabel &map, const QString &key)
{
    const auto it = map.constFind(key);
    return it == map.constEnd() ? std::nullopt : std::optional<double>(*it);
}

std::optional<double> single(const PrometheusScrape &scrape, QByteArrayView name)
{
    const auto samples = scrape.samples(name);
    if (samples.isEmpty() || !std::isfinite(samples.first().value()))
        return std::nullopt;
    return samples.first().value();
}

int cardNumber(const QString &card)
{
    return QStringView(card).mid(4).toInt(); // "card12" → 12
}

// "0000:40:01_1_0000:41:00_0" → "0000:41:00_0": the device part after the bridge.
QString pciDevice(const QString &chip)
{
    const qsizetype at = chip.lastIndexOf(u':');
    if (at < 0)
        return chip;
    const qsizetype start = chip.lastIndexOf(u'_', chip.lastIndexOf(u':', at - 1));
    return start < 0 ? chip : chip.mid(start + 1);
}

struct Chip
{
    QString id;
    QMap<QString, QString> sensorLabels; // "temp2" → "junction"
    ByLabel temps;                       // sensor → °C
    bool hasFan = false;

    bool hasTempLabel(const QString &label) const
    {
        return std::find(sensorLabels.cbegin(), sensorLabels.cend(), label) != sensorLabels.cend();
    }
    // SOC15 dGPUs expose temp2 (junction) and temp3 (mem); APUs only temp1 (edge).
    bool looksLikeApu() const
    {
        return !temps.isEmpty() && !hasFan && !hasTempLabel(QStringLiteral("junction")) &&
               !hasTempLabel(QStringLiteral("mem"));
    }
    std::optional<double> temperature() const
    {
        for (const QString &wanted : {QStringLiteral("edge"), QStringLiteral("junction")}) {
            for (auto it = sensorLabels.cbegin(); it != sensorLabels.cend(); ++it) {
                if (it.value() == wanted && temps.contains(it.key()))
                    return temps.value(it.key());
            }
        }
        if (temps.contains(QStringLiteral("temp1")))
            return temps.value(QStringLiteral("temp1"));
        return std::nullopt;
    }
};

QMap<QString, Chip> amdgpuChips(const PrometheusScrape &scrape)
{
    QMap<QString, Chip> chips;
    for (const auto &sample : scrape.samples("node_hwmon_chip_names")) {
        if (sample.label("chip_name") != std::optional<QByteArrayView>("amdgpu"))
            continue;
        const QString id = sample.labelString("chip");
        if (!id.isEmpty())
            chips[id].id = id;
    }
    for (const auto &sample : scrape.samples("node_hwmon_sensor_label")) {
        const auto it = chips.find(sample.labelString("chip"));
        if (it != chips.end())
            it->sensorLabels.insert(sample.labelString("sensor"), sample.labelString("label"));
    }
    for (const auto &sample : scrape.samples("node_hwmon_temp_celsius")) {
        const auto it = chips.find(sample.labelString("chip"));
        if (it != chips.end() && std::isfinite(sample.value()))
            it->temps.insert(sample.labelString("sensor"), sample.value());
    }
    for (const auto &sample : scrape.samples("node_hwmon_fan_rpm")) {
        const auto it = chips.find(sample.labelString("chip"));
        if (it != chips.end())
            it->hasFan = true;
    }
    return chips;
}

// Per chip: the power1 reading, else the first power sensor (power1_input →
// node_hwmon_power_watt, power1_average → node_hwmon_power_average_watt).
ByLabel powerByChip(const PrometheusScrape &scrape, QByteArrayView metric)
{
    ByLabel out;
    for (const auto &sample : scrape.samples(metric)) {
        if (!std::isfinite(sample.value()))
            continue;
        const QString chip = sample.labelString("chip");
        if (!out.contains(chip) ||
            sample.label("sensor") == std::optional<QByteArrayView>("power1"))
            out.insert(chip, sample.value());
    }
    return out;
}

} // namespace

bool AmdDrmMetrics::recognises(const PrometheusScrape &scrape)
{
    return scrape.familyIndex("node_drm_gpu_busy_percent") >= 0 ||
           scrape.familyIndex("node_drm_memory_vram_size_bytes") >= 0;
}

QList<DeviceSample> AmdDrmMetrics::devices(const PrometheusScrape &scrape)
{
    const ByLabel busy = byLabel(scrape, "node_drm_gpu_busy_percent", "card");
    const ByLabel vramSize = byLabel(scrape, "node_drm_memory_vram_size_bytes", "card");
    const ByLabel vramUsed = byLabel(scrape, "node_drm_memory_vram_used_bytes", "card");
    const ByLabel gttSize = byLabel(scrape, "node_drm_memory_gtt_size_bytes", "card");

    QSet<QString> seen;
    QStringList cards;
    QMap<QString, QString> uniqueIds;
    QMap<QString, QString> cardChips; // newer node_exporter: node_drm_card_info{chip}
    for (const auto &sample : scrape.samples("node_drm_card_info")) {
        const QString card = sample.labelString("card");
        uniqueIds.insert(card, sample.labelString("unique_id"));
        if (sample.label("chip"))
            cardChips.insert(card, sample.labelString("chip"));
    }
    for (const ByLabel *map : {&busy, &vramSize, &vramUsed, &gttSize}) {
        for (auto it = map->cbegin(); it != map->cend(); ++it) {
            if (!seen.contains(it.key())) {
                seen.insert(it.key());
                cards << it.key();
            }
        }
    }
    // A non-amdgpu card (a BMC's display adapter) is listed with zeros by 1.5.0.
    cards.erase(std::remove_if(cards.begin(), cards.end(),
                               [&](const QString &card) {
                                   return get(vramSize, card).value_or(0) <= 0 &&
                                          get(gttSize, card).value_or(0) <= 0;
                               }),
                cards.end());
    std::sort(cards.begin(), cards.end(),
              [](const QString &a, const QString &b) { return cardNumber(a) < cardNumber(b); });

    const QMap<QString, Chip> chips = amdgpuChips(scrape);
    QMap<QString, QString> chipOf = cardChips;
    if (cardChips.isEmpty() && chips.size() == cards.size()) {
        QStringList byPci = chips.keys();
        std::sort(byPci.begin(), byPci.end(),
                  [](const QString &a, const QString &b) { return pciDevice(a) < pciDevice(b); });
        for (qsizetype i = 0; i < cards.size(); ++i)
            chipOf.insert(cards[i], byPci[i]);
    }
    const ByLabel powerInput = powerByChip(scrape, "node_hwmon_power_watt");
    const ByLabel powerAverage = powerByChip(scrape, "node_hwmon_power_average_watt");
    const ByLabel powerCap = powerByChip(scrape, "node_hwmon_power_cap_watt");
    const auto memTotal = single(scrape, "node_memory_MemTotal_bytes");
    const auto memAvailable = single(scrape, "node_memory_MemAvailable_bytes");

    QList<DeviceSample> out;
    for (const QString &card : std::as_const(cards)) {
        DeviceSample device;
        const QString uniqueId = uniqueIds.value(card);
        device.id = uniqueId.isEmpty() ? card : uniqueId;
        device.utilisationPercent = get(busy, card);
        const QString chipId = chipOf.value(card);
        const auto chip = chips.constFind(chipId);
        const bool apu = chip != chips.cend() && chip->looksLikeApu();
        if (chip != chips.cend()) {
            device.temperatureC = chip->temperature();
            device.powerW = get(powerInput, chipId);
            if (!device.powerW)
                device.powerW = get(powerAverage, chipId);
            device.powerLimitW = get(powerCap, chipId);
        }
        if (apu) {
            device.kind = studio::DeviceKind::UnifiedMemory;
            device.name = QStringLiteral("AMD APU ") + card;
            if (memTotal && memAvailable) {
                device.memoryTotalBytes = *memTotal + get(vramSize, card).value_or(0);
                device.memoryUsedBytes =
                    std::max(0.0, *memTotal - *memAvailable) + get(vramUsed, card).value_or(0);
            }
        } else {
            device.name = QStringLiteral("AMD GPU ") + card;
            device.memoryTotalBytes = get(vramSize, card);
            device.memoryUsedBytes = get(vramUsed, card);
        }
        out.append(device);
    }
    return out;
}

} // namespace c41::telemetry
