// SPDX-License-Identifier: GPL-3.0-or-later
// fault_rounds [--rounds N] [--seed S] [--ctl-every N] [--no-gui] [--target SERVER] [--fault F]
// Randomised fault injection against the fake studio (issue 9); see faultrounds.h.
#include "faultrounds.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <qcorotask.h>

#include <cstdio>

// AddressSanitizer slows everything down and keeps freed memory in quarantine.
#if defined(__SANITIZE_ADDRESS__)
#define C41_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define C41_UNDER_ASAN 1
#endif
#endif

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "c41.*.debug=false;c41.*.warning=false;qt.*.warning=false");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("c41-fault-rounds"));
    QApplication::setApplicationName(QStringLiteral("fault_rounds"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fault-injection rounds against fake servers."));
    parser.addHelpOption();
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Rounds to run."),
                                    QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption ctlEvery(QStringLiteral("ctl-every"),
                                      QStringLiteral("Every Nth round runs c41ctl (0: never)."),
                                      QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption noGui(QStringLiteral("no-gui"),
                                   QStringLiteral("No window on the event loop."));
    const QCommandLineOption onlyTarget(
        QStringLiteral("target"),
        QStringLiteral("Break only this server (brain-ollama, brain-llama, forge-comfy, "
                       "forge-tts, forge-gpu)."),
        QStringLiteral("SERVER"));
    const QCommandLineOption onlyFault(
        QStringLiteral("fault"),
        QStringLiteral("Use only this fault (close-before-headers, close-mid-body, stall, "
                       "stall-before-headers, garbage, oversized, invalid-utf8, hostile-names, "
                       "restart, refuse)."),
        QStringLiteral("FAULT"));
    parser.addOptions({rounds, seed, ctlEvery, noGui, onlyTarget, onlyFault});
    parser.process(app);

    c41::testing::FaultRoundsOptions options;
    bool ok1 = false;
    bool ok2 = false;
    bool ok3 = false;
    options.rounds = parser.value(rounds).toInt(&ok1);
    options.seed = parser.value(seed).toUInt(&ok2);
    options.ctlEvery = parser.value(ctlEvery).toInt(&ok3);
    if (!ok1 || !ok2 || !ok3 || options.rounds < 1 || options.ctlEvery < 0) {
        std::fputs("fault_rounds: --rounds, --seed and --ctl-every take numbers\n", stderr);
        return 2;
    }
    options.ctlPath = QStringLiteral(C41CTL_PATH);
    options.gui = !parser.isSet(noGui);
    options.onlyTarget = parser.value(onlyTarget);
    options.onlyFault = parser.value(onlyFault);
#ifdef C41_UNDER_ASAN
    // Painting and parsing run several times slower; the limits are for real builds.
    options.stallLimitMs *= 3;
    options.recoveryLimitMs *= 2;
    std::fputs("fault_rounds: AddressSanitizer build: stall and recovery limits relaxed\n", stdout);
#endif

    QTextStream out(stdout);
    c41::testing::FaultRounds faultRounds(options, out);
    return QCoro::waitFor(faultRounds.run());
}
