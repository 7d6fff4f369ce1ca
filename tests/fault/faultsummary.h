// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roundresult.h"

#include <QMap>
#include <QStringList>
#include <QTextStream>

#include <algorithm>

namespace c41::testing {

// Totals over the fault rounds, printed at the end of a run.
class FaultSummary
{
public:
    void add(const RoundResult &round);
    void addProblem(const QString &problem) { m_extraProblems << problem; }
    void setMaxStallMs(qint64 ms) { m_maxStall = std::max(m_maxStall, ms); }
    void setLimits(qint64 stallMs, qint64 recoveryMs)
    {
        m_stallLimit = stallMs;
        m_recoveryLimit = recoveryMs;
    }
    void print(QTextStream &out) const;
    bool passed(qint64 stallLimitMs) const;
    static QString line(const RoundResult &round, int total);

private:
    int m_rounds = 0;
    int m_failedRounds = 0;
    int m_errorsSeen = 0;
    int m_succeededDespite = 0;
    qint64 m_maxElapsed = 0;
    qint64 m_maxRecovery = 0;
    qint64 m_maxStall = 0;
    qint64 m_stallLimit = 100;
    qint64 m_recoveryLimit = 2000;
    QMap<QString, int> m_byFault;
    QMap<QString, int> m_byOperation;
    QStringList m_sampleErrors;
    QStringList m_extraProblems;
};

} // namespace c41::testing
