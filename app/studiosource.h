// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/result.h"
#include "studio/studioconfig.h"

#include <memory>

namespace c41::fakes {
class DemoLab;
}
namespace c41::studio {
class SecretStore;
}

namespace c41::app {

// Where the studio comes from, for both c41 and c41ctl: the config file (with
// secrets in the OS keychain), or the demo lab (with secrets in memory).
struct StudioSource
{
    StudioSource();
    StudioSource(StudioSource &&) noexcept;
    StudioSource &operator=(StudioSource &&) noexcept;
    ~StudioSource();

    studio::StudioConfig config;
    std::unique_ptr<studio::SecretStore> secrets;
    std::unique_ptr<fakes::DemoLab> demo;
    QString label; // "Demo lab" or the config file's path, for the status bar

    // demo: start the demo lab. Otherwise read configPath (empty = the default file).
    static net::Result<std::shared_ptr<StudioSource>> open(bool demo, const QString &configPath);
};

} // namespace c41::app
