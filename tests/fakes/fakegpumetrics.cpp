// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakegpumetrics.h"

#include "fakepromtext.h"
#include "faketelemetrysim.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace c41::fakes {

namespace {

constexpr double kUptime = 276480; // the box booted 3.2 days before the fake started
constexpr double kMiB = 1048576.0;
const QByteArray kUuid = "11111111-2222-3333-4444-555555555555";
const QByteArray kName = "NVIDIA RTX PRO 6000 Blackwell Workstation Edition";
const QByteArray kDriver = "580.82.07";

} // namespace

FakeGpuSample FakeGpuSample::from(const FakeTelemetrySim &sim)
{
    FakeGpuSample g;
    const double load = sim.load();
    g.utilPct = std::round(std::clamp(load * 100.0, 0.0, 100.0));
    g.memUtilPct = std::round(g.utilPct * 0.45);
    g.usedMiB = std::round(890 + 71000 * sim.memory() + 120 * (1 + sim.wobble(13.0)));
    g.freeMiB = g.totalMiB - g.reservedMiB - g.usedMiB;
    g.tempC = std::round(31 + 50 * sim.thermal() + 0.8 * sim.wobble(17.0));
    g.powerW = std::round((18 + 582 * load) * 100) / 100;
    g.powerInstantW = std::round((18 + 582 * load + 6 * sim.wobble(1.3)) * 100) / 100;
    g.energyJ = 18 * (kUptime + sim.time()) + 582 * (0.08 * kUptime + sim.busyIntegral());
    const double busy = std::min(1.0, load * 1.6);
    g.smClockMHz = std::round(210 + (2617 - 210) * busy);
    g.memClockMHz = load > 0.06 ? 14001 : 405;
    g.videoClockMHz = std::round(600 + 1200 * busy);
    g.fanPct = std::round(30 + 55 * sim.thermal());
    g.pstate = load > 0.06 ? 1 : 8;
    g.appUsedMiB = std::max(0.0, g.usedMiB - 486);
    return g;
}

QByteArray FakeGpuMetrics::nvidiaGpuExporter(const FakeGpuSample &g, int failedScrapes)
{
    FakePromText out;
    const QByteArray uuid = "uuid=\"" + kUuid + '"';
    const auto gauge = [&](const char *name, const char *help, double value) {
        out.family(name, help, "gauge");
        out.sample(name, uuid, FakePromText::goFloat(value));
    };
    const QByteArray app = "pid=\"2417\",process_name=\"python3\"," + uuid;
    // Families in name order, as client_golang's registry sorts them.
    gauge("nvidia_smi_clocks_current_graphics_clock_hz", "clocks.current.graphics [MHz]",
          g.smClockMHz * 1e6);
    gauge("nvidia_smi_clocks_current_memory_clock_hz", "clocks.current.memory [MHz]",
          g.memClockMHz * 1e6);
    gauge("nvidia_smi_clocks_current_sm_clock_hz", "clocks.current.sm [MHz]", g.smClockMHz * 1e6);
    gauge("nvidia_smi_clocks_current_video_clock_hz", "clocks.current.video [MHz]",
          g.videoClockMHz * 1e6);
    gauge("nvidia_smi_clocks_max_graphics_clock_hz", "clocks.max.graphics [MHz]", 2.617e9);
    gauge("nvidia_smi_clocks_max_memory_clock_hz", "clocks.max.memory [MHz]", 1.4001e10);
    gauge("nvidia_smi_clocks_max_sm_clock_hz", "clocks.max.sm [MHz]", 2.617e9);
    out.family("nvidia_smi_command_exit_code", "Exit code of the most recent nvidia-smi run",
               "gauge");
    out.sample("nvidia_smi_command_exit_code", {}, "0");
    out.family("nvidia_smi_compute_app_info",
               "A metric with a constant '1' value labeled by the identity of a process with a "
               "compute context on a GPU.",
               "gauge");
    out.sample("nvidia_smi_compute_app_info", app, "1");
    out.family("nvidia_smi_compute_app_used_memory_bytes",
               "GPU memory used by the process. Absent when the driver cannot report it (e.g. "
               "Windows WDDM).",
               "gauge");
    out.sample("nvidia_smi_compute_app_used_memory_bytes", app,
               FakePromText::goFloat(g.appUsedMiB * kMiB));
    gauge("nvidia_smi_compute_apps", "Number of processes with a compute context on the GPU.", 1);
    out.family("nvidia_smi_compute_apps_last_collect_success",
               "Whether the most recent per-process collection succeeded (1) or not (0)", "gauge");
    out.sample("nvidia_smi_compute_apps_last_collect_success", {}, "1");
    gauge("nvidia_smi_compute_cap", "compute_cap", 12);
    // No nvidia_smi_driver_version: "580.82.07" does not parse as a float, so the
    // exporter drops that series (the L40S capture's "595.80" became 595.8).
    gauge("nvidia_smi_enforced_power_limit_watts", "enforced.power.limit [W]", 600);
    out.family("nvidia_smi_failed_scrapes_total", "Number of failed collections", "counter");
    out.sample("nvidia_smi_failed_scrapes_total", {}, FakePromText::goFloat(failedScrapes));
    gauge("nvidia_smi_fan_speed_ratio", "fan.speed [%]", g.fanPct / 100);
    out.family("nvidia_smi_gpu_info",
               "A metric with a constant '1' value labeled by gpu uuid, name, "
               "driver_model_current, driver_model_pending, vbios_version, driver_version, "
               "pci_bus_id, serial, compute_cap, pci_sub_device_id, index, cuda_version.",
               "gauge");
    out.sample("nvidia_smi_gpu_info",
               "compute_cap=\"12.0\",cuda_version=\"13.0\",driver_model_current=\"[N/A]\","
               "driver_model_pending=\"[N/A]\",driver_version=\"" +
                   kDriver + "\",index=\"0\",name=\"" + kName +
                   "\",pci_bus_id=\"00000000:01:00.0\",pci_sub_device_id=\"0x204B10DE\","
                   "serial=\"1796024009999\"," +
                   uuid + ",vbios_version=\"98.02.52.00.02\"",
               "1");
    gauge("nvidia_smi_index", "index", 0);
    out.family("nvidia_smi_last_collect_success",
               "Whether the most recent collection succeeded (1) or not (0)", "gauge");
    out.sample("nvidia_smi_last_collect_success", {}, "1");
    gauge("nvidia_smi_memory_free_bytes", "memory.free [MiB]", g.freeMiB * kMiB);
    gauge("nvidia_smi_memory_reserved_bytes", "memory.reserved [MiB]", g.reservedMiB * kMiB);
    gauge("nvidia_smi_memory_total_bytes", "memory.total [MiB]", g.totalMiB * kMiB);
    gauge("nvidia_smi_memory_used_bytes", "memory.used [MiB]", g.usedMiB * kMiB);
    gauge("nvidia_smi_pcie_link_gen_current", "pcie.link.gen.current", g.pstate == 8 ? 1 : 5);
    gauge("nvidia_smi_pcie_link_width_current", "pcie.link.width.current", 16);
    gauge("nvidia_smi_power_default_limit_watts", "power.default_limit [W]", 600);
    gauge("nvidia_smi_power_draw_average_watts", "power.draw.average [W]", g.powerW);
    gauge("nvidia_smi_power_draw_instant_watts", "power.draw.instant [W]", g.powerInstantW);
    gauge("nvidia_smi_power_draw_watts", "power.draw [W]", g.powerW);
    gauge("nvidia_smi_power_limit_watts", "power.limit [W]", 600);
    gauge("nvidia_smi_power_max_limit_watts", "power.max_limit [W]", 600);
    gauge("nvidia_smi_power_min_limit_watts", "power.min_limit [W]", 150);
    gauge("nvidia_smi_pstate", "pstate", g.pstate);
    gauge("nvidia_smi_temperature_gpu", "temperature.gpu", g.tempC);
    gauge("nvidia_smi_utilization_decoder_ratio", "utilization.decoder [%]", 0);
    gauge("nvidia_smi_utilization_encoder_ratio", "utilization.encoder [%]", 0);
    gauge("nvidia_smi_utilization_gpu_ratio", "utilization.gpu [%]", g.utilPct / 100);
    gauge("nvidia_smi_utilization_memory_ratio", "utilization.memory [%]", g.memUtilPct / 100);
    return out.take();
}

QByteArray FakeGpuMetrics::dcgmExporter(const FakeGpuSample &g, const QString &hostname)
{
    FakePromText out;
    const QByteArray labels = "gpu=\"0\",UUID=\"GPU-" + kUuid +
                              "\",pci_bus_id=\"00000000:01:00.0\",device=\"nvidia0\",modelName=\"" +
                              kName + "\",Hostname=\"" + hostname.toUtf8() +
                              "\",DCGM_FI_DRIVER_VERSION=\"" + kDriver + '"';
    const auto metric = [&](const char *name, const char *help, const char *type,
                            const QByteArray &value, const QByteArray &extraLabels = {}) {
        out.family(name, help, type);
        out.sample(name, extraLabels.isEmpty() ? labels : QByteArray(labels + ',' + extraLabels),
                   value);
    };
    const double load = g.utilPct / 100;
    // Default-counter order and help texts (etc/default-counters.csv).
    metric("DCGM_FI_DEV_SM_CLOCK", "SM clock frequency (in MHz).", "gauge",
           FakePromText::cInt(g.smClockMHz));
    metric("DCGM_FI_DEV_MEM_CLOCK", "Memory clock frequency (in MHz).", "gauge",
           FakePromText::cInt(g.memClockMHz));
    metric("DCGM_FI_DEV_GPU_TEMP", "GPU temperature (in C).", "gauge", FakePromText::cInt(g.tempC));
    metric("DCGM_FI_DEV_POWER_USAGE", "Power draw (in W).", "gauge",
           FakePromText::cFixed(g.powerInstantW));
    metric("DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION", "Total energy consumption since boot (in mJ).",
           "counter", FakePromText::cInt(g.energyJ * 1000));
    metric("DCGM_FI_DEV_PCIE_REPLAY_COUNTER", "Total number of PCIe retries.", "counter", "0");
    metric("DCGM_FI_DEV_GPU_UTIL", "GPU utilization (in %).", "gauge",
           FakePromText::cInt(g.utilPct));
    metric("DCGM_FI_DEV_MEM_COPY_UTIL", "Memory utilization (in %).", "gauge",
           FakePromText::cInt(g.memUtilPct));
    metric("DCGM_FI_DEV_ENC_UTIL", "Encoder utilization (in %).", "gauge", "0");
    metric("DCGM_FI_DEV_DEC_UTIL", "Decoder utilization (in %).", "gauge", "0");
    metric("DCGM_FI_DEV_XID_ERRORS", "Value of the last XID error encountered.", "gauge", "0",
           "err_code=\"0\",err_msg=\"No Error\"");
    metric("DCGM_FI_DEV_FB_FREE", "Framebuffer memory free (in MiB).", "gauge",
           FakePromText::cInt(g.freeMiB));
    metric("DCGM_FI_DEV_FB_USED", "Framebuffer memory used (in MiB).", "gauge",
           FakePromText::cInt(g.usedMiB));
    metric("DCGM_FI_DEV_FB_RESERVED", "Framebuffer memory reserved (in MiB).", "gauge",
           FakePromText::cInt(g.reservedMiB));
    metric("DCGM_FI_DEV_VGPU_LICENSE_STATUS", "vGPU License status", "gauge", "0");
    metric("DCGM_FI_DEV_UNCORRECTABLE_REMAPPED_ROWS",
           "Number of remapped rows for uncorrectable errors", "counter", "0");
    metric("DCGM_FI_DEV_CORRECTABLE_REMAPPED_ROWS",
           "Number of remapped rows for correctable errors", "counter", "0");
    metric("DCGM_FI_DEV_ROW_REMAP_FAILURE", "Whether remapping of rows has failed", "gauge", "0");
    metric("DCGM_FI_PROF_GR_ENGINE_ACTIVE", "Ratio of time the graphics engine is active.", "gauge",
           FakePromText::cFixed(std::min(1.0, load * 0.99)));
    metric("DCGM_FI_PROF_PIPE_TENSOR_ACTIVE", "Ratio of cycles the tensor (HMMA) pipe is active.",
           "gauge", FakePromText::cFixed(load * 0.42));
    metric("DCGM_FI_PROF_DRAM_ACTIVE",
           "Ratio of cycles the device memory interface is active sending or receiving data.",
           "gauge", FakePromText::cFixed(load * 0.39));
    metric("DCGM_FI_PROF_PCIE_TX_BYTES",
           "The rate of data transmitted over the PCIe bus - including both protocol headers and "
           "data payloads - in bytes per second.",
           "gauge", FakePromText::cInt(180000 + load * 1.05e7));
    metric("DCGM_FI_PROF_PCIE_RX_BYTES",
           "The rate of data received over the PCIe bus - including both protocol headers and "
           "data payloads - in bytes per second.",
           "gauge", FakePromText::cInt(95000 + load * 2.1e6));
    return out.take();
}

} // namespace c41::fakes

namespace c41::fakes {

QByteArray FakeGpuMetrics::amdDeviceMetricsExporter(const FakeTelemetrySim &sim)
{
    using T = FakePromText;
    FakePromText out;
    struct Gpu
    {
        const char *id;
        const char *serial;
        double load;
        double memory;
        double thermal;
    };
    const Gpu gpus[] = {{"0", "SN-0000000000A1", sim.load(), sim.memory(), sim.thermal()},
                        {"1", "SN-0000000000B2", 0.0, 0.0, 0.05}};
    const auto labels = [](const Gpu &g) -> QByteArray {
        return QByteArray("card_model=\"AMD Radeon AI PRO R9700\",gpu_compute_partition_type="
                          "\"spx\",gpu_id=\"") +
               g.id + "\",gpu_partition_id=\"0\",hostname=\"threadripper\",serial_number=\"" +
               g.serial + '"';
    };
    const auto family = [&](const char *name, const char *help,
                            const std::function<double(const Gpu &)> &value) {
        out.family(name, help, "gauge");
        for (const Gpu &g : gpus)
            out.sample(name, labels(g), T::goFloat(value(g)));
    };
    out.family("gpu_nodes_total", "Number of GPUs in the node", "gauge");
    out.sample("gpu_nodes_total", "hostname=\"threadripper\"", "2");
    constexpr double kTotalMb = 32624;
    const auto usedMb = [](const Gpu &g) { return std::round(526 + 26000 * g.memory); };
    family("gpu_gfx_activity", "Graphics engine usage in Percentage (0-100)",
           [](const Gpu &g) { return std::round(std::clamp(g.load, 0.0, 1.0) * 100); });
    family("gpu_umc_activity", "Memory engine usage in Percentage (0-100)",
           [](const Gpu &g) { return std::round(std::clamp(g.load, 0.0, 1.0) * 60); });
    family("gpu_edge_temperature", "Current edge temperature in Celsius",
           [](const Gpu &g) { return std::round(33 + 42 * g.thermal); });
    family("gpu_junction_temperature", "Current junction/hotspot temperature in Celsius",
           [](const Gpu &g) { return std::round(36 + 56 * g.thermal); });
    family("gpu_memory_temperature", "Current memory temperature in Celsius",
           [](const Gpu &g) { return std::round(40 + 48 * g.thermal); });
    family("gpu_average_package_power", "Average socket power in Watts",
           [](const Gpu &g) { return std::round(18 + 280 * g.load); });
    family("gpu_total_vram", "Total VRAM memory of the GPU (in MB)",
           [](const Gpu &) { return kTotalMb; });
    family("gpu_used_vram", "Used VRAM memory of the GPU (in MB)", usedMb);
    family("gpu_free_vram", "Free VRAM memory of the GPU (in MB)",
           [&](const Gpu &g) { return kTotalMb - usedMb(g); });
    family("gpu_total_gtt", "Total graphics translation table memory of the GPU (in MB)",
           [](const Gpu &) { return 64372.0; });
    family("gpu_used_gtt", "Used graphics translation table memory of the GPU (in MB)",
           [](const Gpu &g) { return std::round(22 + 160 * g.memory); });
    return out.take();
}

} // namespace c41::fakes
