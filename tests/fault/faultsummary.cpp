// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultsummary.h"

#include <algorithm>

namespace c41::testing {

namespace {
QString oneLine(QString text, int max = 160)
{
    text.replace(u'\n', u' ');
    return text.size() > max ? text.left(max) + QStringLiteral("…") : text;
}
} // namespace

QString FaultSummary::line(const RoundResult &r, int total)
{
    QString text =
        QStringLiteral("round %1/%2 %3 %4 fault=%5(%6) -> %7 in %8 ms")
            .arg(r.index)
            .arg(total)
            .arg(targetName(r.target), r.operation, faultName(r.fault),
                 r.transient ? QStringLiteral("transient") : QStringLiteral("persistent"),
                 r.ok ? QStringLiteral("ok") : QStringLiteral("error"))
            .arg(r.elapsedMs);
    text += QStringLiteral(", stall %1 ms").arg(r.stallMs);
    text += r.recoveryMs >= 0 ? QStringLiteral(", recovered in %1 ms").arg(r.recoveryMs)
                              : QStringLiteral(", NOT recovered");
    if (!r.ok)
        text += QStringLiteral(" [") + oneLine(r.error) + u']';
    text += r.problems.isEmpty()
                ? QStringLiteral(" PASS")
                : QStringLiteral(" FAIL: ") + r.problems.join(QStringLiteral("; "));
    return text;
}

void FaultSummary::add(const RoundResult &r)
{
    ++m_rounds;
    if (!r.problems.isEmpty())
        ++m_failedRounds;
    if (r.ok) {
        ++m_succeededDespite;
    } else {
        ++m_errorsSeen;
        if (m_sampleErrors.size() < 12 && !r.error.isEmpty())
            m_sampleErrors << faultName(r.fault) + QStringLiteral(" / ") + r.operation +
                                  QStringLiteral(": ") + oneLine(r.error, 140);
    }
    ++m_byFault[faultName(r.fault)];
    ++m_byOperation[r.operation];
    m_maxElapsed = std::max(m_maxElapsed, r.elapsedMs);
    m_maxRecovery = std::max(m_maxRecovery, r.recoveryMs);
    m_maxStall = std::max(m_maxStall, r.stallMs);
}

bool FaultSummary::passed(qint64 stallLimitMs) const
{
    return m_failedRounds == 0 && m_extraProblems.isEmpty() && m_maxStall <= stallLimitMs;
}

void FaultSummary::print(QTextStream &out) const
{
    out << "\n== fault rounds summary ==\n";
    out << QStringLiteral("rounds:               %1 (%2 failed)\n")
               .arg(m_rounds)
               .arg(m_failedRounds);
    out << QStringLiteral("errors seen:          %1 (operations that succeeded despite the fault: "
                          "%2)\n")
               .arg(m_errorsSeen)
               .arg(m_succeededDespite);
    out << QStringLiteral("longest operation:    %1 ms\n").arg(m_maxElapsed);
    out << QStringLiteral("max recovery:         %1 ms (limit %2)\n")
               .arg(m_maxRecovery)
               .arg(m_recoveryLimit);
    out << QStringLiteral("max event-loop stall: %1 ms (limit %2)\n")
               .arg(m_maxStall)
               .arg(m_stallLimit);
    out << "faults by type:\n";
    for (auto it = m_byFault.cbegin(); it != m_byFault.cend(); ++it)
        out << QStringLiteral("  %1 %2\n").arg(it.key(), -22).arg(it.value());
    out << "operations:\n";
    for (auto it = m_byOperation.cbegin(); it != m_byOperation.cend(); ++it)
        out << QStringLiteral("  %1 %2\n").arg(it.key(), -22).arg(it.value());
    out << "sample errors:\n";
    for (const QString &e : m_sampleErrors)
        out << QStringLiteral("  ") << e << '\n';
    for (const QString &p : m_extraProblems)
        out << QStringLiteral("PROBLEM: ") << p << '\n';
    out.flush();
}

} // namespace c41::testing
