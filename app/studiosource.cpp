// SPDX-License-Identifier: GPL-3.0-or-later
#include "studiosource.h"

#include "demolab.h"
#include "studio/configfile.h"
#include "studio/keychainsecretstore.h"
#include "studio/memorysecretstore.h"

#include <QCoreApplication>

namespace c41::app {

StudioSource::StudioSource() = default;
StudioSource::StudioSource(StudioSource &&) noexcept = default;
StudioSource &StudioSource::operator=(StudioSource &&) noexcept = default;
StudioSource::~StudioSource() = default;

net::Result<std::shared_ptr<StudioSource>> StudioSource::open(bool demo, const QString &configPath)
{
    auto source = std::make_shared<StudioSource>();
    if (demo) {
        source->secrets = std::make_unique<studio::MemorySecretStore>();
        source->demo = std::make_unique<fakes::DemoLab>();
        const auto started = source->demo->start();
        if (!started.ok())
            return started.error();
        auto config = studio::StudioConfig::parse(source->demo->configJson(),
                                                  QStringLiteral("demo-lab.json"));
        if (!config.ok())
            return config.error();
        source->config = *config;
        source->label = QCoreApplication::translate("StudioSource",
                                                    "Demo lab: simulated servers on this machine");
        return source;
    }
    const QString path = configPath.isEmpty() ? studio::ConfigFile::defaultPath() : configPath;
    auto config = studio::ConfigFile::load(path);
    if (!config.ok())
        return config.error();
    source->config = *config;
    source->secrets = std::make_unique<studio::KeychainSecretStore>();
    source->label = QCoreApplication::translate("StudioSource", "Config: %1").arg(path);
    return source;
}

} // namespace c41::app
