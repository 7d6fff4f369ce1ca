// SPDX-License-Identifier: GPL-3.0-or-later
#include "llmtarget.h"

#include "ctlcontext.h"
#include "studio/studiomonitor.h"

#include <QCoreApplication>

namespace c41::ctl {

namespace {
bool isLlm(studio::ServerKind kind)
{
    return kind == studio::ServerKind::Ollama || kind == studio::ServerKind::OpenAi;
}
} // namespace

std::unique_ptr<LlmTarget> LlmTarget::open(CtlContext &context, const QString &server,
                                           int *exitCode)
{
    auto config = context.config().resolveServer(server);
    if (!config.ok()) {
        *exitCode = context.fail(config.error(), 2);
        return nullptr;
    }
    if (!isLlm(config->address.kind)) {
        *exitCode = context.fail(
            QCoreApplication::translate("c41ctl", "%1 is a %2 server, not an LLM server")
                .arg(config->name, studio::serverKindName(config->address.kind)),
            2);
        return nullptr;
    }
    auto target = std::make_unique<LlmTarget>();
    target->config = *config;
    net::HttpClient *client = context.monitor()->client(config->name);
    if (!client) {
        target->ownClient =
            std::make_unique<net::HttpClient>(context.nam(), config->name, config->address.url);
        client = target->ownClient.get();
    }
    target->backend = backends::LlmBackend::create(config->address.kind, client);
    return target;
}

QList<studio::ServerConfig> LlmTarget::all(const studio::StudioConfig &config)
{
    QList<studio::ServerConfig> out;
    for (const studio::ServerConfig &s : config.servers) {
        if (isLlm(s.address.kind))
            out << s;
    }
    return out;
}

std::optional<int> intOption(CtlContext &context, const QString &name, int fallback, int min,
                             bool *bad)
{
    if (!context.parser().isSet(name))
        return fallback;
    bool ok = false;
    const int value = context.parser().value(name).toInt(&ok);
    if (!ok || value < min) {
        *bad = true;
        context.fail(
            QCoreApplication::translate("c41ctl", "--%1 needs a whole number of at least %2")
                .arg(name)
                .arg(min),
            2);
        return std::nullopt;
    }
    return value;
}

std::optional<double> doubleOption(CtlContext &context, const QString &name, bool *bad)
{
    if (!context.parser().isSet(name))
        return std::nullopt;
    bool ok = false;
    const double value = context.parser().value(name).toDouble(&ok);
    if (!ok || value < 0) {
        *bad = true;
        context.fail(
            QCoreApplication::translate("c41ctl", "--%1 needs a number of 0 or more").arg(name), 2);
        return std::nullopt;
    }
    return value;
}

} // namespace c41::ctl
