// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/result.h"
#include "studio/studioconfig.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <memory>

namespace c41::app {
struct StudioSource;
}
namespace c41::studio {
class SecretStore;
class StudioMonitor;
} // namespace c41::studio

namespace c41::ctl {

// What every c41ctl command gets: the parsed options, the studio (from the config
// file, or the demo lab), the network and secrets, and the two output streams.
class CtlContext
{
public:
    CtlContext();
    ~CtlContext();

    bool json() const { return m_json; }
    const QStringList &args() const { return m_args; }             // after the command name
    const QCommandLineParser &parser() const { return *m_parser; } // for command options
    const studio::StudioConfig &config() const;
    QNetworkAccessManager *nam() { return &m_nam; }
    studio::SecretStore *secrets();
    studio::StudioMonitor *monitor();

    QTextStream &out() { return m_out; }
    // Prints "c41ctl: <message>" on stderr; returns the exit code to use.
    int fail(const QString &message, int code = 1);
    // The outcome of a command that has nothing else to print: with --json the object
    // {"ok": true, "message": …, plus `fields` (a JSON object as text)}, otherwise the
    // message on its own line. Returns 0.
    int done(const QString &message, const QByteArray &fields = "{}");
    int fail(const net::ApiError &error, int code = 1);
    // The servers the positional arguments name (configured names or KIND+URL), or every
    // configured server when there are none. Otherwise prints why and sets the exit code
    // (2 for an unknown server, 1 when the studio has no servers).
    bool selectServers(QList<studio::ServerConfig> *servers, int *exitCode);

    // Parses argv; starts the demo lab with --demo. Returns false with a message
    // set when c41ctl should stop (bad usage, bad config, --help, --version).
    bool setUp(QCommandLineParser &parser, const QStringList &arguments, QString *command,
               int *exitCode);

private:
    QNetworkAccessManager m_nam;
    std::shared_ptr<app::StudioSource> m_source;
    std::unique_ptr<studio::StudioMonitor> m_monitor;
    QStringList m_args;
    const QCommandLineParser *m_parser = nullptr;
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
};

} // namespace c41::ctl
