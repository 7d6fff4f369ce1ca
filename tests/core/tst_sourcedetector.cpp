// SPDX-License-Identifier: GPL-3.0-or-later
// Auto-detection against fakes on loopback; the port list is injected because the
// fakes listen on ephemeral ports.
#include "fakecomfyui.h"
#include "fakeexporter.h"
#include "fakemacmon.h"

#include "studio/sourcedetector.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

#include <qcorotask.h>

using c41::fakes::FakeComfyUi;
using c41::fakes::FakeExporter;
using c41::fakes::FakeMacmon;
using c41::studio::ServerKind;
using c41::studio::SourceDetector;
using namespace Qt::StringLiterals;

class TestSourceDetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void standardPortsCoverTheKnownSources()
    {
        QList<quint16> ports;
        for (const auto &candidate : SourceDetector::standardPorts())
            ports << candidate.port;
        for (quint16 port : {9835, 9400, 9100, 8188, 11434, 8080, 9090})
            QVERIFY2(ports.contains(port), qPrintable(QString::number(port)));
    }

    void findsWhatAnswersAsItsKind()
    {
        FakeExporter gpu;
        FakeMacmon macmon;
        FakeComfyUi comfy;
        QVERIFY(gpu.listen() && macmon.listen() && comfy.listen());
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost);
        const quint16 closedPort = closed.serverPort();
        closed.close();

        const quint16 gpuPort = quint16(gpu.url().port());
        const quint16 macPort = quint16(macmon.url().port());
        const quint16 comfyPort = quint16(comfy.url().port());
        const QString metrics = u"/metrics"_s;
        const QList<SourceDetector::Candidate> candidates{
            {gpuPort, ServerKind::Prometheus, {}, u"Prometheus"_s}, // wrong kind: not proposed
            {gpuPort, ServerKind::Exporter, metrics, u"nvidia_gpu_exporter"_s},
            {closedPort, ServerKind::Exporter, metrics, u"dcgm-exporter"_s},
            {comfyPort, ServerKind::ComfyUi, {}, u"ComfyUI"_s},
            {macPort, ServerKind::Macmon, {}, u"macmon serve"_s},
            {macPort, ServerKind::Prometheus, {}, u"Prometheus"_s},
        };
        QNetworkAccessManager nam;
        const auto found = QCoro::waitFor(SourceDetector::detect(&nam, u"127.0.0.1"_s, candidates));
        QCOMPARE(found.size(), 3);
        QCOMPARE(found[0].address.kind, ServerKind::Exporter);
        QCOMPARE(found[0].address.toString(), u"exporter+"_s + gpu.metricsUrl().toString());
        QCOMPARE(found[0].what, u"nvidia_gpu_exporter"_s);
        QCOMPARE(found[1].address.kind, ServerKind::ComfyUi);
        QVERIFY2(found[1].detail.contains(u"ComfyUI"_s), qPrintable(found[1].detail));
        QCOMPARE(found[2].address.kind, ServerKind::Macmon);
        QCOMPARE(found[2].address.url.port(), int(macPort));
    }
};

QTEST_GUILESS_MAIN(TestSourceDetector)
#include "tst_sourcedetector.moc"
