// SPDX-License-Identifier: GPL-3.0-or-later
// "Test connection": the dialog runs the connection doctor without freezing,
// shows each endpoint's phases and diagnosis, runs again, copies its report,
// and cancels a check still running when closed.
#include "diagnostics/connectiondoctor.h"
#include "fakehttpserver.h"
#include "fakeollama.h"
#include "widgets/connectiondoctordialog.h"
#include "widgets/phasebar.h"

#include <QClipboard>
#include <QDir>
#include <QFrame>
#include <QGuiApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using c41::diagnostics::ConnectionDoctor;
using c41::fakes::FakeHttpServer;
using c41::fakes::FakeResponse;
using c41::ui::ConnectionDoctorDialog;
using c41::ui::PhaseBar;

class TestConnectionDoctorDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString address(const char *kind, QUrl url)
    {
        url.setPath(QString());
        return QString::fromLatin1(kind) + u'+' + url.toString();
    }
    static quint16 closedPort()
    {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost);
        return s.serverPort();
    }
    static QString summary(const ConnectionDoctorDialog &d)
    {
        for (QLabel *l : d.findChildren<QLabel *>()) {
            if (l->accessibleName() == u"Result")
                return l->text();
        }
        return {};
    }
    void render(QWidget &w, const QString &name)
    {
        // Pictures for a look by eye ($C41_RENDER_DIR, else the test's own folder).
        const QString dir = qEnvironmentVariable("C41_RENDER_DIR", m_dir.path());
        QVERIFY(w.grab().save(dir + u'/' + name));
    }

private Q_SLOTS:
    void healthyServerShowsEveryEndpointAndCopiesItsReport()
    {
        c41::fakes::FakeOllama ollama;
        QVERIFY(ollama.listen());
        ConnectionDoctor doctor({}, nullptr);
        const QString server = address("ollama", ollama.url());
        ConnectionDoctorDialog dialog(&doctor, server);
        QSignalSpy done(&dialog, &ConnectionDoctorDialog::checkDone);
        QVERIFY(!dialog.copyButton()->isEnabled());
        dialog.show(); // the check starts on first show
        QVERIFY(dialog.isRunning());
        QVERIFY(!dialog.runAgainButton()->isEnabled());
        QTRY_COMPARE(done.size(), 1);
        QVERIFY(!dialog.isRunning());
        QVERIFY(!dialog.findChild<QProgressBar *>()->isVisible());
        QVERIFY(dialog.diagnosis() && dialog.diagnosis()->healthy());
        QVERIFY2(summary(dialog).startsWith(u"Healthy"), qPrintable(summary(dialog)));

        // One card per endpoint, each with its phase bar.
        const QList<PhaseBar *> bars = dialog.findChildren<PhaseBar *>();
        QCOMPARE(bars.size(), 2);
        QStringList names;
        for (const auto &s : bars[0]->segments())
            names << s.name;
        QCOMPARE(names, (QStringList{QStringLiteral("DNS"), QStringLiteral("connect"),
                                     QStringLiteral("first byte"), QStringLiteral("rest")}));
        QVERIFY(bars[0]->accessibleDescription().startsWith(u"DNS "));
        bool sawDiagnosis = false;
        for (QLabel *l : dialog.findChildren<QLabel *>()) {
            if (l->accessibleName() == u"Diagnosis of /api/version")
                sawDiagnosis = l->text().startsWith(u"Ollama ");
        }
        QVERIFY(sawDiagnosis);

        QVERIFY(dialog.copyButton()->isEnabled());
        dialog.copyButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), dialog.reportText());
        QVERIFY(dialog.reportText().contains(u"/api/version"));
        QVERIFY(dialog.reportText().contains(server));
        render(dialog, QStringLiteral("connectiondoctor-healthy.png"));

        // Run again: a fresh check, a fresh result.
        const QDateTime first = dialog.diagnosis()->checkedAt;
        QTest::qWait(5);
        dialog.runAgainButton()->click();
        QVERIFY(dialog.isRunning());
        QTRY_COMPARE(done.size(), 2);
        QVERIFY(dialog.diagnosis()->checkedAt > first);
    }

    void refusedServerSaysWhatToDo()
    {
        ConnectionDoctor doctor({}, nullptr);
        const QString server = QStringLiteral("comfyui+http://127.0.0.1:%1").arg(closedPort());
        ConnectionDoctorDialog dialog(&doctor, server);
        QSignalSpy done(&dialog, &ConnectionDoctorDialog::checkDone);
        dialog.show();
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(summary(dialog),
                 QStringLiteral("Problem: connection refused: is ComfyUI running with --listen?"));
        QCOMPARE(dialog.findChildren<PhaseBar *>().size(), 3);
        // The failed request's bar ends in the failure, not in a first byte.
        const auto segments = dialog.findChildren<PhaseBar *>().at(0)->segments();
        QVERIFY(!segments.isEmpty());
        QCOMPARE(segments.last().name, QStringLiteral("failed after"));
        // Complete at once: the cards are laid out when the result is announced.
        QVERIFY(dialog.findChildren<PhaseBar *>().at(0)->isVisible());
        QVERIFY(dialog.height() >= dialog.sizeHint().height());
        render(dialog, QStringLiteral("connectiondoctor-refused.png"));
    }

    void busyWhileCheckingAndClosingCancels()
    {
        FakeHttpServer stall;
        stall.setGlobalFault(FakeResponse::Fault::StallBeforeHeaders);
        QVERIFY(stall.listen());
        ConnectionDoctor doctor({}, nullptr);
        const QString server = address("ollama", stall.url());
        ConnectionDoctorDialog dialog(&doctor, server);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The event loop keeps running while the server says nothing.
        QTest::qWait(200);
        QVERIFY(dialog.isRunning());
        QVERIFY(dialog.findChild<QProgressBar *>()->isVisible());
        QVERIFY(doctor.isChecking(server));
        render(dialog, QStringLiteral("connectiondoctor-busy.png"));
        dialog.reject();
        QVERIFY(!doctor.isChecking(server));
        QVERIFY(!dialog.isRunning());
    }

    void unknownServerShowsTheError()
    {
        ConnectionDoctor doctor({}, nullptr);
        ConnectionDoctorDialog dialog(&doctor, QStringLiteral("no-such-server"));
        QSignalSpy done(&dialog, &ConnectionDoctorDialog::checkDone);
        dialog.show();
        QTRY_COMPARE(done.size(), 1);
        QVERIFY(!dialog.diagnosis());
        QVERIFY(summary(dialog).contains(u"no-such-server"));
        QCOMPARE(dialog.reportText(), summary(dialog));
        QVERIFY(dialog.copyButton()->isEnabled());
    }
};

QTEST_MAIN(TestConnectionDoctorDialog)
#include "tst_connectiondoctordialog.moc"
