// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faultkind.h"
#include "opoutcome.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QString>

#include <qcorotask.h>

#include <chrono>

namespace c41::testing {

class FaultLab;

// The operations of the fault rounds that run through the real core code, one
// shared QNetworkAccessManager as in the app: an LLM chat stream (Ollama NDJSON or
// llama.cpp SSE), a TTS render into the output folder, one telemetry poll and one
// server probe. A stream the user would stop (the Stop button) is cancelled after
// `stopAfter`.
class FaultOperations : public QObject
{
    Q_OBJECT
public:
    FaultOperations(FaultLab *lab, QString outputDir, QObject *parent = nullptr);

    QCoro::Task<OpOutcome> chat(FaultTarget target, std::chrono::milliseconds stopAfter);
    QCoro::Task<OpOutcome> tts(std::chrono::milliseconds stopAfter);
    QCoro::Task<OpOutcome> telemetry();
    QCoro::Task<OpOutcome> probe(FaultTarget target, std::chrono::milliseconds timeout);

private:
    FaultLab *m_lab;
    QString m_outputDir;
    QNetworkAccessManager m_nam;
    int m_files = 0;
};

} // namespace c41::testing
