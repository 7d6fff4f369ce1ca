// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakemacmonsample.h"

#include "fakepromtext.h"
#include "faketelemetrysim.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace c41::fakes {

namespace {
constexpr double kGiB = 1073741824.0;
const std::vector<int> kEcpuFreqs = {744, 1044, 1476, 2004, 2268, 2784};
const std::vector<int> kPcpuFreqs = {696, 1104, 1572, 2064, 2544, 3000, 3504, 4056};
const std::vector<int> kGpuFreqs = {338,  618,  796,  924,  952,  1056, 1062, 1182,
                                    1182, 1312, 1242, 1380, 1326, 1470, 1398, 1470};

// macmon's values are f32, which serde_json prints with few digits (43.73614):
// round so that the double prints as short.
double f32(double v)
{
    return std::round(v * 1e6) / 1e6;
}
double frac(double x)
{
    return x - std::floor(x);
}

FakeMacmonSample::Core core(const FakeTelemetrySim &sim, int index, int perDie, double load,
                            const std::vector<int> &freqs)
{
    FakeMacmonSample::Core c;
    c.dieId = index / perDie;
    c.coreId = index % perDie;
    c.activeRatio = std::clamp(load * (0.4 + 1.2 * frac(index * 0.618)) +
                                   0.02 * (1 + sim.wobble(4.0 + index, index)),
                               0.0, 1.0);
    const double maxFreq = freqs.back();
    c.freqMhz =
        std::round(freqs.front() + (maxFreq - freqs.front()) * std::min(1.0, c.activeRatio * 1.5));
    c.scaledRatio = c.activeRatio * c.freqMhz / maxFreq;
    return c;
}
} // namespace

FakeMacmonSample FakeMacmonSample::from(const FakeTelemetrySim &sim)
{
    FakeMacmonSample s;
    const double load = sim.load();
    const double cpuLoad = 0.05 + 0.14 * load; // LLM serving is GPU-bound
    s.epoch = sim.epoch();
    s.cpuTemp = 41.5 + 19 * sim.thermal() + 0.7 * sim.wobble(13.0);
    s.gpuTemp = 37 + 36 * sim.thermal() + 0.5 * sim.wobble(8.0, 1.0);
    const double ram = 96 * kGiB + 330 * kGiB * sim.memory() + 0.8 * kGiB * (1 + sim.wobble(21.0));
    s.ramUsage = std::round(ram / 16384) * 16384; // pages × the 16 KiB page size
    s.swapTotal = 2 * kGiB;
    s.swapUsage = 0.25 * kGiB + 0.5 * kGiB * std::max(0.0, sim.memory() - 0.9) * 10;
    for (int i = 0; i < 2; ++i)
        s.fanRpm[i] = std::round(1000 + 1900 * sim.thermal() + 15 * sim.wobble(7.0, i));
    for (int i = 0; i < 8; ++i)
        s.ecores.push_back(core(sim, i, 4, cpuLoad * 1.4, kEcpuFreqs));
    for (int i = 0; i < 24; ++i)
        s.pcores.push_back(core(sim, i, 12, cpuLoad, kPcpuFreqs));
    const auto cluster = [](const std::vector<Core> &cores, double &freq, double &scaled,
                            double &active) {
        freq = scaled = active = 0;
        for (const Core &c : cores) {
            freq += c.freqMhz / cores.size();
            scaled += c.scaledRatio / cores.size();
            active += c.activeRatio / cores.size();
        }
        freq = std::round(freq);
    };
    cluster(s.ecores, s.ecpuFreq, s.ecpuScaled, s.ecpuActive);
    cluster(s.pcores, s.pcpuFreq, s.pcpuScaled, s.pcpuActive);
    s.cpuActive = (8 * s.ecpuActive + 24 * s.pcpuActive) / 32;
    s.cpuScaled = (8 * s.ecpuScaled + 24 * s.pcpuScaled) / 32;
    s.gpuActive = load;
    s.gpuFreq =
        std::round(kGpuFreqs.front() + (1470 - kGpuFreqs.front()) * std::min(1.0, load * 1.25));
    s.gpuScaled = s.gpuActive * s.gpuFreq / 1470;
    s.cpuPower = 2.8 + 38 * s.cpuScaled;
    s.gpuPower = 1.2 + 118 * load;
    s.anePower = 0;
    s.ramPower = 1.1 + 5.5 * load;
    s.gpuRamPower = 0.04 + 2.2 * load;
    s.allPower = s.cpuPower + s.gpuPower + s.anePower;
    s.sysPower = s.allPower + s.ramPower + 38 + 0.8 * sim.wobble(5.0);
    return s;
}

nlohmann::json FakeMacmonSample::json() const
{
    using J = nlohmann::json; // std::map keys: sorted, like serde_json's Value
    const auto cores = [](const std::vector<Core> &list) {
        J out = J::array();
        for (const Core &c : list)
            out.push_back(J{{"die_id", c.dieId},
                            {"core_id", c.coreId},
                            {"freq_mhz", int(c.freqMhz)},
                            {"scaled_ratio", f32(c.scaledRatio)},
                            {"active_ratio", f32(c.activeRatio)}});
        return out;
    };
    J fans = J::array();
    for (int i = 0; i < 2; ++i)
        fans.push_back(J{{"name", "fan" + std::to_string(i)},
                         {"rpm", int(fanRpm[i])},
                         {"max_rpm", int(fanMaxRpm[i])}});
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(qint64(epoch * 1000), Qt::UTC);
    const std::string timestamp =
        time.toString(QStringLiteral("yyyy-MM-ddThh:mm:ss.zzz")).toStdString() +
        QStringLiteral("%1")
            .arg(int(std::fmod(epoch * 1e6, 1000)), 3, 10, QLatin1Char('0'))
            .toStdString() +
        "+00:00";
    return J{
        {"timestamp", timestamp},
        {"temp", {{"cpu_temp_avg", f32(cpuTemp)}, {"gpu_temp_avg", f32(gpuTemp)}}},
        {"memory",
         {{"ram_total", qint64(ramTotal)},
          {"ram_usage", qint64(ramUsage)},
          {"swap_total", qint64(swapTotal)},
          {"swap_usage", qint64(swapUsage)}}},
        {"fans", fans},
        {"cpu_scaled_ratio", f32(cpuScaled)},
        {"cpu_active_ratio", f32(cpuActive)},
        {"ecpu_freq_mhz", int(ecpuFreq)},
        {"ecpu_scaled_ratio", f32(ecpuScaled)},
        {"ecpu_active_ratio", f32(ecpuActive)},
        {"pcpu_freq_mhz", int(pcpuFreq)},
        {"pcpu_scaled_ratio", f32(pcpuScaled)},
        {"pcpu_active_ratio", f32(pcpuActive)},
        {"ecpu_cores", cores(ecores)},
        {"pcpu_cores", cores(pcores)},
        {"gpu_freq_mhz", int(gpuFreq)},
        {"gpu_scaled_ratio", f32(gpuScaled)},
        {"gpu_active_ratio", f32(gpuActive)},
        {"cpu_power", f32(cpuPower)},
        {"gpu_power", f32(gpuPower)},
        {"ane_power", f32(anePower)},
        {"all_power", f32(allPower)},
        {"sys_power", f32(sysPower)},
        {"ram_power", f32(ramPower)},
        {"gpu_ram_power", f32(gpuRamPower)},
        // v0.7 compatibility aliases (src_app/main.rs JsonMetrics).
        {"cpu_usage_pct", f32(cpuScaled)},
        {"ecpu_usage", J::array({int(ecpuFreq), f32(ecpuScaled)})},
        {"pcpu_usage", J::array({int(pcpuFreq), f32(pcpuScaled)})},
        {"gpu_usage", J::array({int(gpuFreq), f32(gpuScaled)})},
        {"soc",
         {{"mac_model", "Mac15,14"},
          {"chip_name", "Apple M3 Ultra"},
          {"memory_gb", 512},
          {"ecpu_cores", 8},
          {"pcpu_cores", 24},
          {"ecpu_label", "E"},
          {"pcpu_label", "P"},
          {"ecpu_freqs", kEcpuFreqs},
          {"pcpu_freqs", kPcpuFreqs},
          {"gpu_cores", 80},
          {"gpu_freqs", kGpuFreqs}}},
    };
}

QByteArray FakeMacmonSample::prometheusText() const
{
    FakePromText out;
    const QByteArray chip = "chip=\"Apple M3 Ultra\"";
    const auto gauge = [&](const char *name, const char *help, const QByteArray &value) {
        const QByteArray full = QByteArray("macmon_") + name;
        out.family(full, help, "gauge");
        out.sample(full, chip, value);
        out.blankLine();
    };
    const auto f = [](double v) { return FakePromText::rustF32(v); };
    const auto u = [](double v) { return QByteArray::number(qint64(v)); };
    // serve.rs to_prometheus, in its order.
    gauge("cpu_temp_celsius", "Average CPU temperature in Celsius", f(cpuTemp));
    gauge("gpu_temp_celsius", "Average GPU temperature in Celsius", f(gpuTemp));
    gauge("memory_ram_total_bytes", "Total RAM in bytes", u(ramTotal));
    gauge("memory_ram_used_bytes", "Used RAM in bytes", u(ramUsage));
    gauge("memory_swap_total_bytes", "Total swap in bytes", u(swapTotal));
    gauge("memory_swap_used_bytes", "Used swap in bytes", u(swapUsage));
    gauge("cpu_scaled_ratio", "Combined frequency-scaled CPU ratio (0–1), weighted by core count",
          f(cpuScaled));
    gauge("cpu_usage_ratio", "DEPRECATED: use macmon_cpu_scaled_ratio", f(cpuScaled));
    gauge("cpu_active_ratio",
          "Combined CPU active residency ratio (not frequency-scaled, 0–1), weighted by core count",
          f(cpuActive));
    gauge("ecpu_freq_mhz", "Efficiency CPU cluster frequency in MHz", u(ecpuFreq));
    gauge("ecpu_scaled_ratio", "Efficiency CPU cluster frequency-scaled ratio (0–1)",
          f(ecpuScaled));
    gauge("ecpu_usage_ratio", "DEPRECATED: use macmon_ecpu_scaled_ratio", f(ecpuScaled));
    gauge("ecpu_active_ratio",
          "Efficiency CPU cluster active residency ratio (not frequency-scaled, 0–1)",
          f(ecpuActive));
    gauge("pcpu_freq_mhz", "Performance CPU cluster frequency in MHz", u(pcpuFreq));
    gauge("pcpu_scaled_ratio", "Performance CPU cluster frequency-scaled ratio (0–1)",
          f(pcpuScaled));
    gauge("pcpu_usage_ratio", "DEPRECATED: use macmon_pcpu_scaled_ratio", f(pcpuScaled));
    gauge("pcpu_active_ratio",
          "Performance CPU cluster active residency ratio (not frequency-scaled, 0–1)",
          f(pcpuActive));
    gauge("gpu_freq_mhz", "GPU frequency in MHz", u(gpuFreq));
    gauge("gpu_scaled_ratio", "GPU frequency-scaled ratio (0–1)", f(gpuScaled));
    gauge("gpu_usage_ratio", "DEPRECATED: use macmon_gpu_scaled_ratio", f(gpuScaled));
    gauge("gpu_active_ratio", "GPU active residency ratio (not frequency-scaled, 0–1)",
          f(gpuActive));
    gauge("cpu_power_watts", "CPU power consumption in Watts", f(cpuPower));
    gauge("gpu_power_watts", "GPU power consumption in Watts", f(gpuPower));
    gauge("ane_power_watts", "Apple Neural Engine power consumption in Watts", f(anePower));
    gauge("all_power_watts", "Combined CPU+GPU+ANE power consumption in Watts", f(allPower));
    gauge("sys_power_watts", "Total system power consumption in Watts", f(sysPower));
    gauge("ram_power_watts", "RAM power consumption in Watts", f(ramPower));
    gauge("gpu_ram_power_watts", "GPU RAM power consumption in Watts", f(gpuRamPower));
    out.family("macmon_fan_speed_rpm", "Fan speed in revolutions per minute", "gauge");
    for (int i = 0; i < 2; ++i)
        out.sample("macmon_fan_speed_rpm",
                   QByteArray(chip + ",fan=\"fan" + QByteArray::number(i) + '"'), u(fanRpm[i]));
    out.blankLine();
    return out.take();
}

} // namespace c41::fakes
