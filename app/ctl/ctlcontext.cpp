// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctlcontext.h"

#include "logging.h"
#include "studio/configfile.h"
#include "studio/secretstore.h"
#include "studio/studiomonitor.h"
#include "studiosource.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace c41::ctl {

CtlContext::CtlContext()
    : m_out(stdout)
    , m_err(stderr)
{
}

CtlContext::~CtlContext() = default;

const studio::StudioConfig &CtlContext::config() const
{
    return m_source->config;
}

studio::SecretStore *CtlContext::secrets()
{
    return m_source->secrets.get();
}

studio::StudioMonitor *CtlContext::monitor()
{
    if (!m_monitor) {
        m_monitor = std::make_unique<studio::StudioMonitor>(m_source->config,
                                                            m_source->secrets.get(), &m_nam);
    }
    return m_monitor.get();
}

int CtlContext::fail(const QString &message, int code)
{
    m_out.flush();
    m_err << QStringLiteral("c41ctl: ") << message << Qt::endl;
    return code;
}

int CtlContext::done(const QString &message, const QByteArray &fields)
{
    if (!m_json) {
        m_out << message << Qt::endl;
        return 0;
    }
    nlohmann::json object = nlohmann::json::parse(fields.toStdString(), nullptr, false);
    if (!object.is_object())
        object = nlohmann::json::object();
    object["ok"] = true;
    object["message"] = message.toStdString();
    m_out << QString::fromStdString(object.dump()) << Qt::endl;
    return 0;
}

int CtlContext::fail(const net::ApiError &error, int code)
{
    return fail(error.toString(), code);
}

bool CtlContext::selectServers(QList<studio::ServerConfig> *servers, int *exitCode)
{
    servers->clear();
    if (args().isEmpty()) {
        *servers = config().servers;
    } else {
        for (const QString &arg : args()) {
            auto s = config().resolveServer(arg);
            if (!s.ok()) {
                *exitCode = fail(s.error(), 2);
                return false;
            }
            *servers << *s;
        }
    }
    if (servers->isEmpty()) {
        *exitCode = fail(QCoreApplication::translate(
            "c41ctl", "no servers configured; add them to the config file, give "
                      "KIND+URL arguments, or try --demo"));
        return false;
    }
    return true;
}

bool CtlContext::setUp(QCommandLineParser &parser, const QStringList &arguments, QString *command,
                       int *exitCode)
{
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QCoreApplication::translate("c41ctl", "Read the studio from FILE instead of %1.")
            .arg(studio::ConfigFile::defaultPath()),
        QStringLiteral("FILE"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("c41ctl", "Run against the built-in demo studio (simulated "
                                              "servers on this machine)."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QCoreApplication::translate("c41ctl", "Print JSON for scripts."));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        QCoreApplication::translate("c41ctl",
                                    "Log requests (never secrets or prompts) to stderr."));
    m_parser = &parser;
    parser.addOptions({configOption, demoOption, jsonOption, verboseOption});
    parser.addVersionOption();
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("c41ctl", "What to do (see below)."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);

    if (!parser.parse(arguments)) {
        *exitCode = fail(
            QCoreApplication::translate("c41ctl", "%1 (see c41ctl --help)").arg(parser.errorText()),
            2);
        return false;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << QStringLiteral("c41ctl ") << QCoreApplication::applicationVersion() << Qt::endl;
        *exitCode = 0;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        *exitCode = 0;
        return false;
    }
    c41::setVerboseLogging(parser.isSet(verboseOption));
    m_json = parser.isSet(jsonOption);
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        *exitCode = fail(QCoreApplication::translate(
                             "c41ctl", "no command given; try \"c41ctl servers\" or c41ctl --help"),
                         2);
        return false;
    }
    *command = positional.takeFirst();
    m_args = positional;

    auto source = app::StudioSource::open(parser.isSet(demoOption), parser.value(configOption));
    if (!source.ok()) {
        *exitCode = fail(source.error());
        return false;
    }
    m_source = *source;
    return true;
}

} // namespace c41::ctl
