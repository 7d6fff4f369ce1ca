// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faultlab.h"
#include "faultsummary.h"
#include "opoutcome.h"
#include "roundresult.h"

#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include <qcorotask.h>

#include <chrono>
#include <memory>

namespace c41::testing {

class CtlRunner;
class FaultOperations;
class GuiRig;
class JobRig;
class StallMeter;

struct FaultRoundsOptions
{
    int rounds = 20;
    quint32 seed = 1;
    int ctlEvery = 4;   // every Nth round runs through the c41ctl binary (0: never)
    QString ctlPath;    // the c41ctl binary
    bool gui = true;    // the offscreen main window with its live dashboard
    QString onlyTarget; // e.g. "forge-comfy": every round breaks that server
    QString onlyFault;  // e.g. "restart": every round uses that fault
    qint64 stallLimitMs = 100;
    qint64 recoveryLimitMs = 2000;
};

// The randomised fault rounds (issue 9). Each round picks a server of the lab and a
// fault, breaks the server (for the whole operation, or for part of it), runs one
// operation through the real core code or the c41ctl binary, and checks: it ended in
// bounded time, with a clear error naming the server when it failed, without a job
// queued twice or lost, without a file outside the output folder; then that the
// next operation succeeds within 2 s of the server being well again. Meanwhile the
// app's window runs on the same event loop, whose longest stall must stay ≤ 100 ms.
class FaultRounds : public QObject
{
    Q_OBJECT
public:
    FaultRounds(FaultRoundsOptions options, QTextStream &out, QObject *parent = nullptr);
    ~FaultRounds() override;

    // Runs every round and prints one line each, then the summary; returns the exit
    // code (0: every check held).
    QCoro::Task<int> run();

private:
    QCoro::Task<RoundResult> round(int index);
    QCoro::Task<OpOutcome> operate(FaultTarget target, const QString &operation);
    QStringList ctlArguments(FaultTarget target, const QString &operation);
    QString chooseOperation(FaultTarget target, FaultKind fault, bool viaCtl);
    static std::chrono::milliseconds bound(const QString &operation);
    QPair<QString, QString> hostileName();
    QSet<QString> filesOutsideOutput() const;
    QStringList escapes() const;
    bool namesServer(const QString &error, FaultTarget target) const;
    int pick(int n) { return static_cast<int>(m_rng.bounded(static_cast<quint32>(n))); }

    FaultRoundsOptions m_options;
    QTextStream &m_out;
    QRandomGenerator m_rng;
    QTemporaryDir m_dir;
    QString m_marker; // in every hostile name, to find escapes anywhere
    FaultLab m_lab;
    std::unique_ptr<FaultOperations> m_ops;
    std::unique_ptr<JobRig> m_jobs;
    std::unique_ptr<CtlRunner> m_ctl;
    std::unique_ptr<GuiRig> m_gui;
    std::unique_ptr<StallMeter> m_stall;
    FaultSummary m_summary;
    QSet<QString> m_initialFiles;
    int m_ctlFiles = 0;
};

} // namespace c41::testing
