// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctlrunner.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>

#include <qcoroprocess.h>

namespace c41::testing {

CtlRunner::CtlRunner(QString program, QString home)
    : m_program(std::move(program))
    , m_home(std::move(home))
{
}

QCoro::Task<OpOutcome> CtlRunner::run(QStringList arguments, std::chrono::milliseconds timeout)
{
    OpOutcome out;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QDir().mkpath(m_home);
    env.insert(QStringLiteral("HOME"), m_home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), m_home + QStringLiteral("/state"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("c41.*.debug=false"));
    process.setProcessEnvironment(env);
    const bool started = co_await qCoro(process).start(m_program, arguments);
    if (!started) {
        out.problems << QStringLiteral("c41ctl did not start: ") + process.errorString();
        co_return out;
    }
    const bool finished = co_await qCoro(process).waitForFinished(timeout);
    if (!finished) {
        process.kill();
        co_await qCoro(process).waitForFinished(std::chrono::milliseconds(2000));
        out.problems << QStringLiteral("c41ctl %1 hung: killed after %2 ms")
                            .arg(arguments.join(u' '))
                            .arg(timeout.count());
        co_return out;
    }
    const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (process.exitStatus() == QProcess::CrashExit) {
        out.problems << QStringLiteral("c41ctl %1 crashed: %2").arg(arguments.join(u' '), err);
        co_return out;
    }
    const int code = process.exitCode();
    out.ok = code == 0;
    if (code == 1) {
        // "c41ctl: …" from a command that failed; a command that ran but could not do
        // all of it (comfy run: "not saved: …") says so in its own words. Both name the
        // server. The chat command prints its token statistics before either.
        const QStringList lines = err.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (line.startsWith(QStringLiteral("c41ctl: ")))
                out.error = line;
        }
        if (out.error.isEmpty() && !lines.isEmpty())
            out.error = lines.constLast();
        if (out.error.isEmpty())
            out.problems << QStringLiteral("c41ctl failed without saying why");
    } else if (code != 0) {
        out.problems << QStringLiteral("c41ctl %1 exited %2: %3")
                            .arg(arguments.join(u' '))
                            .arg(code)
                            .arg(err);
    }
    co_return out;
}

} // namespace c41::testing
