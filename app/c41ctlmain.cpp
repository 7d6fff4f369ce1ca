// SPDX-License-Identifier: GPL-3.0-or-later
// c41ctl: everything the GUI can do, from a shell or a script.
//   c41ctl [--config FILE] [--demo] [--json] [--verbose] COMMAND [ARGS...]
// Exit code 0 on success; otherwise non-zero with one line on stderr.
#include "ctl/commands.h"
#include "ctl/ctlcontext.h"
#include "translations.h"

#include <QCoreApplication>
#include <QTimer>

#include <qcorotask.h>

namespace {
QCoro::Task<int> run(c41::ctl::CtlContext &context, QString command)
{
    for (const auto &c : c41::ctl::commands()) {
        if (c.name == command)
            co_return co_await c.run(context);
    }
    co_return context.fail(
        QCoreApplication::translate("c41ctl", "unknown command \"%1\" (see c41ctl --help)")
            .arg(command),
        2);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("c41"));
    QCoreApplication::setOrganizationName(QStringLiteral("c41"));
    QCoreApplication::setApplicationVersion(QStringLiteral(C41_VERSION));
    // Before any text is built: c41ctl speaks the system's language (LANGUAGE, LC_ALL,
    // LC_MESSAGES, LANG; English for C/POSIX), never the GUI's setting. --json stays the same.
    c41::app::Translations::installSystem();

    QCommandLineParser parser;
    QString description =
        QCoreApplication::translate("c41ctl", "C41 Control Center from the command line.") +
        QStringLiteral("\n\n") + QCoreApplication::translate("c41ctl", "Commands:") + u'\n';
    QStringList optionNames; // commands may share an option such as --runs
    for (const auto &c : c41::ctl::commands()) {
        description +=
            QStringLiteral("  ") + c.usage + QStringLiteral("\n      ") + c.summary + u'\n';
        for (const QCommandLineOption &option : c.options) {
            if (optionNames.contains(option.names().first()))
                continue;
            optionNames << option.names().first();
            // Options built at static initialisation (before the translator) hold the English
            // text, marked with QT_TRANSLATE_NOOP("c41ctl", …): translate it now. Text already
            // translated has no entry and passes through unchanged.
            QCommandLineOption translated = option;
            translated.setDescription(
                QCoreApplication::translate("c41ctl", option.description().toUtf8().constData()));
            parser.addOption(translated);
        }
    }
    description += u'\n' + QCoreApplication::translate(
                               "c41ctl", "SERVER is a configured server name or a KIND+URL, e.g. "
                                         "ollama+http://mac-studio.local:11434.");
    parser.setApplicationDescription(description);

    c41::ctl::CtlContext context;
    QString command;
    int exitCode = 0;
    if (!context.setUp(parser, app.arguments(), &command, &exitCode))
        return exitCode;

    QTimer::singleShot(0, &app, [&] {
        run(context, command).then([](int code) { QCoreApplication::exit(code); });
    });
    return app.exec();
}
