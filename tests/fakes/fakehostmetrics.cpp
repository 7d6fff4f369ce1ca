// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakehostmetrics.h"

#include "fakepromtext.h"
#include "faketelemetrysim.h"

#include <algorithm>
#include <cmath>

namespace c41::fakes {

namespace {
constexpr double kUptime = 276480; // booted 3.2 days before the fake started
constexpr double kGiB = 1073741824.0;
constexpr double kLoadShare = 0.18; // how much of each CPU the GPU jobs keep busy

double frac(double x)
{
    return x - std::floor(x);
}
} // namespace

QByteArray FakeHostMetrics::nodeExporter(const FakeTelemetrySim &sim, int scrapes)
{
    using T = FakePromText;
    FakePromText out;
    const double up = kUptime + sim.time();                     // seconds since boot
    const double busyLoad = 0.1 * kUptime + sim.busyIntegral(); // ∫load since boot

    out.family("go_goroutines", "Number of goroutines that currently exist.", "gauge");
    out.sample("go_goroutines", {}, T::goFloat(8 + (scrapes % 3)));
    out.family("node_boot_time_seconds", "Node boot time, in unixtime.", "gauge");
    out.sample("node_boot_time_seconds", {}, T::goFloat(std::floor(sim.epoch() - up)));

    // Per CPU: a small base load plus a share of the GPU jobs (data loading,
    // VAE on CPU…). Busy time splits over the modes; idle is the rest, so each
    // CPU's modes add up to its uptime and every counter only grows.
    out.family("node_cpu_seconds_total", "Seconds the CPUs spent in each mode.", "counter");
    static const char *const modes[] = {"idle",    "iowait", "irq",    "nice",
                                        "softirq", "steal",  "system", "user"};
    static const double shares[] = {0, 0.03, 0.01, 0.004, 0.026, 0, 0.20, 0.73};
    for (int cpu = 0; cpu < kCpus; ++cpu) {
        const double base = 0.02 + 0.04 * frac(cpu * 0.618);
        const double busy = base * up + kLoadShare * busyLoad;
        for (int m = 0; m < 8; ++m) {
            const double value = m == 0 ? up - busy : busy * shares[m];
            out.sample("node_cpu_seconds_total",
                       "cpu=\"" + QByteArray::number(cpu) + "\",mode=\"" + modes[m] + '"',
                       T::goFloat(std::round(value * 100) / 100));
        }
    }
    out.family("node_exporter_build_info",
               "A metric with a constant '1' value labeled by version, revision, branch, "
               "goversion from which node_exporter was built, and the goos and goarch for the "
               "build.",
               "gauge");
    out.sample("node_exporter_build_info",
               "branch=\"debian/sid\",goarch=\"amd64\",goos=\"linux\",goversion=\"go1.19.8\","
               "revision=\"1.5.0-1+b6\",version=\"1.5.0\"",
               "1");

    struct Fs
    {
        const char *labels;
        double size;
        double avail;
    };
    const Fs fs[] = {
        {"device=\"/dev/nvme0n1p2\",fstype=\"ext4\",mountpoint=\"/\"", 1.967317360640e12,
         1.2e12 - 1.5e5 * sim.time()},
        {"device=\"/dev/nvme1n1p1\",fstype=\"ext4\",mountpoint=\"/srv/models\"", 7.870243897344e12,
         3.1e12 - 2.0e4 * sim.time()},
    };
    out.family("node_filesystem_avail_bytes",
               "Filesystem space available to non-root users in bytes.", "gauge");
    for (const Fs &f : fs)
        out.sample("node_filesystem_avail_bytes", f.labels,
                   T::goFloat(std::max(0.0, std::round(f.avail / 4096) * 4096)));
    out.family("node_filesystem_size_bytes", "Filesystem size in bytes.", "gauge");
    for (const Fs &f : fs)
        out.sample("node_filesystem_size_bytes", f.labels, T::goFloat(f.size));

    const QByteArray k10 = "pci0000:00_0000:00:18_3";
    out.family("node_hwmon_chip_names", "Annotation metric for human-readable chip names", "gauge");
    out.sample("node_hwmon_chip_names", "chip=\"" + k10 + "\",chip_name=\"k10temp\"", "1");
    out.sample("node_hwmon_chip_names", "chip=\"nvme_nvme0\",chip_name=\"nvme\"", "1");
    out.family("node_hwmon_temp_celsius", "Hardware monitor for temperature (input)", "gauge");
    const double cpuTemp = 41 + 22 * sim.thermal() + 1.5 * sim.wobble(11.0);
    out.sample("node_hwmon_temp_celsius", "chip=\"" + k10 + "\",sensor=\"temp1\"",
               T::goFloat(std::round(cpuTemp * 1000) / 1000));
    out.sample("node_hwmon_temp_celsius", "chip=\"" + k10 + "\",sensor=\"temp3\"",
               T::goFloat(std::round((cpuTemp - 3.25) * 1000) / 1000));
    out.sample("node_hwmon_temp_celsius", "chip=\"nvme_nvme0\",sensor=\"temp1\"",
               T::goFloat(std::round(38.85 + 6 * sim.thermal())));

    const double avgBusy = 0.04 + kLoadShare * sim.smoothLoad();
    const auto loadAvg = [&](double extra) {
        return std::round(std::max(0.0, kCpus * avgBusy + extra) * 100) / 100;
    };
    out.family("node_load1", "1m load average.", "gauge");
    out.sample("node_load1", {}, T::goFloat(loadAvg(0.6 * sim.wobble(23.0))));
    out.family("node_load15", "15m load average.", "gauge");
    out.sample("node_load15", {}, T::goFloat(loadAvg(-0.8 + 0.1 * sim.wobble(300.0))));
    out.family("node_load5", "5m load average.", "gauge");
    out.sample("node_load5", {}, T::goFloat(loadAvg(-0.4 + 0.3 * sim.wobble(90.0))));

    // ComfyUI keeps models in page cache and pinned RAM while it works.
    const double used = 18 * kGiB + 46 * kGiB * sim.memory() + 0.4 * kGiB * (1 + sim.wobble(19.0));
    const double available = kMemTotal - used;
    const double cached = 92 * kGiB + 8 * kGiB * sim.memory();
    const double buffers = 1.1 * kGiB;
    const auto memory = [&](const char *field, double value) {
        const QByteArray name = QByteArray("node_memory_") + field + "_bytes";
        const QByteArray help = "Memory information field " + QByteArray(field) + "_bytes.";
        out.family(name, help, "gauge");
        out.sample(name, {}, T::goFloat(std::round(value / 4096) * 4096));
    };
    memory("Buffers", buffers);
    memory("Cached", cached);
    memory("MemAvailable", available);
    memory("MemFree", std::max(kGiB, available - cached - buffers));
    memory("MemTotal", kMemTotal);
    memory("SwapFree", 8 * kGiB - 12 * 1048576.0);
    memory("SwapTotal", 8 * kGiB);

    const auto network = [&](const char *name, const char *help, double idleRate, double loadRate) {
        out.family(name, help, "counter");
        out.sample(name, "device=\"enp6s0\"",
                   T::goFloat(std::round(idleRate * up + loadRate * busyLoad)));
        out.sample(name, "device=\"lo\"", T::goFloat(std::round(9000 * up + 2.5e6 * busyLoad)));
    };
    network("node_network_receive_bytes_total", "Network device statistic receive_bytes.", 48000,
            3.2e6);
    network("node_network_transmit_bytes_total", "Network device statistic transmit_bytes.", 21000,
            8.5e5);
    out.family("node_time_seconds", "System time in seconds since epoch (1970).", "gauge");
    out.sample("node_time_seconds", {}, T::goFloat(std::round(sim.epoch() * 1e6) / 1e6));
    out.family("node_uname_info",
               "Labeled system information as provided by the uname system call.", "gauge");
    out.sample("node_uname_info",
               "domainname=\"(none)\",machine=\"x86_64\",nodename=\"forge\","
               "release=\"6.8.0-60-generic\",sysname=\"Linux\",version=\"#63-Ubuntu SMP "
               "PREEMPT_DYNAMIC Tue Apr 15 19:04:15 UTC 2025\"",
               "1");
    out.family("process_resident_memory_bytes", "Resident memory size in bytes.", "gauge");
    out.sample("process_resident_memory_bytes", {},
               T::goFloat(std::round((2.1e7 + 1.5e6 * (1 + sim.wobble(37.0))) / 4096) * 4096));
    out.family("promhttp_metric_handler_requests_total",
               "Total number of scrapes by HTTP status code.", "counter");
    out.sample("promhttp_metric_handler_requests_total", "code=\"200\"", T::goFloat(scrapes));
    out.sample("promhttp_metric_handler_requests_total", "code=\"500\"", "0");
    out.sample("promhttp_metric_handler_requests_total", "code=\"503\"", "0");
    return out.take();
}

} // namespace c41::fakes

namespace c41::fakes {

QByteArray FakeHostMetrics::nodeExporterStrixHalo(const FakeTelemetrySim &sim, int scrapes)
{
    using T = FakePromText;
    FakePromText out;
    const double up = kUptime + sim.time();
    const double busyLoad = 0.1 * kUptime + sim.busyIntegral();
    const double load = std::clamp(sim.load(), 0.0, 1.0);

    out.family("node_cpu_seconds_total", "Seconds the CPUs spent in each mode.", "counter");
    static const char *const modes[] = {"idle", "iowait", "system", "user"};
    static const double shares[] = {0, 0.02, 0.25, 0.73};
    for (int cpu = 0; cpu < kCpus; ++cpu) {
        const double busy = (0.02 + 0.03 * frac(cpu * 0.618)) * up + 0.12 * busyLoad;
        for (int m = 0; m < 4; ++m) {
            const double value = m == 0 ? up - busy : busy * shares[m];
            out.sample("node_cpu_seconds_total",
                       "cpu=\"" + QByteArray::number(cpu) + "\",mode=\"" + modes[m] + '"',
                       T::goFloat(std::round(value * 100) / 100));
        }
    }
    const QByteArray card = "card=\"card1\"";
    const auto drm = [&](const char *name, const char *help, double value) {
        out.family(name, help, "gauge");
        out.sample(name, card, T::goFloat(value));
    };
    out.family("node_drm_card_info", "Card information", "gauge");
    out.sample("node_drm_card_info",
               "card=\"card1\",memory_vendor=\"unknown\",power_performance_level=\"auto\","
               "unique_id=\"0\",vendor=\"amd\"",
               "1");
    drm("node_drm_gpu_busy_percent", "How busy the GPU is as a percentage.",
        std::round(load * 100));
    const double gttUsed = std::round((1.5 * kGiB + 62 * kGiB * sim.memory()) / 4096) * 4096;
    const double vramUsed = std::round((0.45 * kGiB + 0.5 * kGiB * sim.memory()) / 4096) * 4096;
    drm("node_drm_memory_gtt_size_bytes",
        "The size of the graphics translation table (GTT) block in bytes.", 103079215104);
    drm("node_drm_memory_gtt_used_bytes",
        "The used amount of the graphics translation table (GTT) block in bytes.", gttUsed);
    drm("node_drm_memory_vis_vram_size_bytes", "The size of visible VRAM in bytes.", kStrixVram);
    drm("node_drm_memory_vis_vram_used_bytes", "The used amount of visible VRAM in bytes.",
        vramUsed);
    drm("node_drm_memory_vram_size_bytes", "The size of VRAM in bytes.", kStrixVram);
    drm("node_drm_memory_vram_used_bytes", "The used amount of VRAM in bytes.", vramUsed);

    const QByteArray chip = "chip=\"0000:00:08_1_0000:c3:00_0\"";
    out.family("node_hwmon_chip_names", "Annotation metric for human-readable chip names", "gauge");
    out.sample("node_hwmon_chip_names", chip + ",chip_name=\"amdgpu\"", "1");
    out.family("node_hwmon_power_watt", "Hardware monitor for power usage in watts (input)",
               "gauge");
    out.sample("node_hwmon_power_watt", chip + ",sensor=\"power1\"",
               T::goFloat(std::round(14 + 126 * load)));
    out.family("node_hwmon_sensor_label", "Label for given chip and sensor", "gauge");
    out.sample("node_hwmon_sensor_label", chip + ",label=\"PPT\",sensor=\"power1\"", "1");
    out.sample("node_hwmon_sensor_label", chip + ",label=\"edge\",sensor=\"temp1\"", "1");
    out.family("node_hwmon_temp_celsius", "Hardware monitor for temperature (input)", "gauge");
    out.sample("node_hwmon_temp_celsius", chip + ",sensor=\"temp1\"",
               T::goFloat(std::round(38 + 45 * sim.thermal())));

    // GTT pages are ordinary RAM: they count as used, next to what the CPU side holds.
    const double cpuSide = 5.5 * kGiB + 0.3 * kGiB * (1 + sim.wobble(19.0));
    const double available = kStrixMemTotal - cpuSide - gttUsed;
    const auto memory = [&](const char *field, double value) {
        const QByteArray name = QByteArray("node_memory_") + field + "_bytes";
        const QByteArray help = "Memory information field " + QByteArray(field) + "_bytes.";
        out.family(name, help, "gauge");
        out.sample(name, {}, T::goFloat(std::round(value / 4096) * 4096));
    };
    memory("MemAvailable", available);
    memory("MemFree", available - 9 * kGiB);
    memory("MemTotal", kStrixMemTotal);
    out.family("promhttp_metric_handler_requests_total",
               "Total number of scrapes by HTTP status code.", "counter");
    out.sample("promhttp_metric_handler_requests_total", "code=\"200\"", T::goFloat(scrapes));
    return out.take();
}

QByteArray FakeHostMetrics::windowsExporter(const FakeTelemetrySim &sim, int scrapes)
{
    using T = FakePromText;
    FakePromText out;
    constexpr int kThreads = 16;
    const double up = kUptime + sim.time();
    const double busyLoad = 0.1 * kUptime + sim.busyIntegral();
    out.family("windows_cpu_logical_processor", "Total number of logical processors", "gauge");
    out.sample("windows_cpu_logical_processor", {}, T::goFloat(kThreads));
    out.family("windows_cpu_time_total",
               "Time that processor spent in different modes (dpc, idle, interrupt, privileged, "
               "user)",
               "counter");
    static const char *const modes[] = {"dpc", "idle", "interrupt", "privileged", "user"};
    static const double shares[] = {0.004, 0, 0.006, 0.29, 0.70};
    for (int core = 0; core < kThreads; ++core) {
        const double busy = (0.03 + 0.04 * frac(core * 0.618)) * up + 0.1 * busyLoad;
        for (int m = 0; m < 5; ++m) {
            const double value = m == 1 ? up - busy : busy * shares[m];
            out.sample("windows_cpu_time_total",
                       "core=\"0," + QByteArray::number(core) + "\",mode=\"" + modes[m] + '"',
                       T::goFloat(std::round(value * 64) / 64)); // 1/64 s ticks
        }
    }
    const double used = 14 * kGiB + 20 * kGiB * sim.memory() + 0.3 * kGiB * (1 + sim.wobble(17.0));
    const double available = std::round((kWindowsMemTotal - used) / 4096) * 4096;
    out.family("windows_memory_available_bytes",
               "The amount of physical memory immediately available for allocation to a process "
               "or for system use. It is equal to the sum of memory assigned to the standby "
               "(cached), free and zero page lists (AvailableBytes)",
               "gauge");
    out.sample("windows_memory_available_bytes", {}, T::goFloat(available));
    out.family("windows_memory_physical_free_bytes",
               "The amount of physical memory currently available, in bytes. This is the amount "
               "of physical memory that can be immediately reused without having to write its "
               "contents to disk first. It is the sum of the size of the standby, free, and zero "
               "lists.",
               "gauge");
    out.sample("windows_memory_physical_free_bytes", {}, T::goFloat(available));
    out.family("windows_memory_physical_total_bytes",
               "The amount of actual physical memory, in bytes.", "gauge");
    out.sample("windows_memory_physical_total_bytes", {}, T::goFloat(kWindowsMemTotal));
    out.family("windows_exporter_collector_success",
               "windows_exporter: Whether the collector was successful.", "gauge");
    out.sample("windows_exporter_collector_success", "collector=\"cpu\"", "1");
    out.sample("windows_exporter_collector_success", "collector=\"memory\"", "1");
    out.family("promhttp_metric_handler_requests_total",
               "Total number of scrapes by HTTP status code.", "counter");
    out.sample("promhttp_metric_handler_requests_total", "code=\"200\"", T::goFloat(scrapes));
    return out.take();
}

} // namespace c41::fakes
