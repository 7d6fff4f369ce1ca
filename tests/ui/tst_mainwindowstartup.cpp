// SPDX-License-Identifier: GPL-3.0-or-later
// What the main window does for a fast start-up: a page added with a factory is built only
// when it is first shown (or asked for), a page added built joins the stack only when it
// is first shown, and work handed to afterFirstPaint() runs once, after the first paint.
#include "mainwindow.h"
#include "shell/navigationrail.h"

#include <QLabel>
#include <QPointer>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>

using c41::ui::MainWindow;

class TestMainWindowStartup : public QObject
{
    Q_OBJECT

private:
    static QStackedWidget *stack(MainWindow &window)
    {
        return window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    }

private Q_SLOTS:
    void factoryPagesAreBuiltOnFirstShow()
    {
        MainWindow window(nullptr, QStringLiteral("Demo lab"));
        int built = 0;
        QVERIFY(window.addPage(QStringLiteral("dashboard"), QStringLiteral("Dashboard"),
                               new QLabel(QStringLiteral("cards"))));
        QVERIFY(window.addPage(QStringLiteral("chat"), QStringLiteral("Chat"),
                               MainWindow::PageFactory([&built] {
                                   ++built;
                                   return new QLabel(QStringLiteral("transcript"));
                               })));
        // Its rail button is there at once, the page is not.
        QCOMPARE(window.pageIds(),
                 QStringList({QStringLiteral("dashboard"), QStringLiteral("chat")}));
        QVERIFY(window.rail()->button(QStringLiteral("chat")));
        QVERIFY(!window.isPageBuilt(QStringLiteral("chat")));
        // An id is taken whether its page is built or not.
        QVERIFY(!window.addPage(QStringLiteral("chat"), QStringLiteral("Chat"),
                                MainWindow::PageFactory([] { return new QWidget; })));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(built, 0);

        QTest::mouseClick(window.rail()->button(QStringLiteral("chat")), Qt::LeftButton);
        QCOMPARE(built, 1);
        QCOMPARE(window.currentPageId(), QStringLiteral("chat"));
        auto *page = qobject_cast<QLabel *>(stack(window)->currentWidget());
        QVERIFY(page);
        QCOMPARE(page->text(), QStringLiteral("transcript"));
        QCOMPARE(page->objectName(), QStringLiteral("chatPage"));
        QCOMPARE(page->accessibleName(), QStringLiteral("Chat"));
        QVERIFY(page->isVisible());
        // Back and forth: built once.
        QVERIFY(window.setCurrentPage(QStringLiteral("dashboard")));
        QVERIFY(window.setCurrentPage(QStringLiteral("chat")));
        QCOMPARE(built, 1);
    }

    void pageAsksBuildWithoutShowing()
    {
        MainWindow window(nullptr, QStringLiteral("Demo lab"));
        window.addPage(QStringLiteral("dashboard"), QStringLiteral("Dashboard"), new QWidget);
        window.addPage(QStringLiteral("jobs"), QStringLiteral("Jobs"),
                       MainWindow::PageFactory([] { return new QLabel(QStringLiteral("queue")); }));
        QWidget *jobs = window.page(QStringLiteral("jobs"));
        QVERIFY(jobs);
        QVERIFY(window.isPageBuilt(QStringLiteral("jobs")));
        QCOMPARE(window.page(QStringLiteral("jobs")), jobs);
        QCOMPARE(window.currentPageId(), QStringLiteral("dashboard"));
        QVERIFY(!window.page(QStringLiteral("nothing")));
        QVERIFY(!window.setCurrentPage(QStringLiteral("nothing")));
    }

    void builtPagesJoinTheStackWhenShown()
    {
        auto *window = new MainWindow(nullptr, QStringLiteral("Demo lab"));
        QPointer<QWidget> models = new QWidget;
        window->addPage(QStringLiteral("dashboard"), QStringLiteral("Dashboard"), new QWidget);
        window->addPage(QStringLiteral("models"), QStringLiteral("Models"), models.data());
        QCOMPARE(stack(*window)->count(), 1); // only the current page is laid out
        QVERIFY(window->setCurrentPage(QStringLiteral("models")));
        QCOMPARE(stack(*window)->count(), 2);
        QCOMPARE(stack(*window)->currentWidget(), models.data());
        // A page never shown is still the window's: deleted with it.
        QPointer<QWidget> never = new QWidget;
        window->addPage(QStringLiteral("settings"), QStringLiteral("Settings"), never.data());
        delete window;
        QVERIFY(models.isNull());
        QVERIFY(never.isNull());
    }

    void afterFirstPaintRunsOnceAfterThePaint()
    {
        MainWindow window(nullptr, QStringLiteral("Demo lab"));
        window.addPage(QStringLiteral("dashboard"), QStringLiteral("Dashboard"), new QWidget);
        int ran = 0;
        bool paintedWhenRun = false;
        window.afterFirstPaint(&window, [&] {
            ++ran;
            paintedWhenRun = window.isPainted();
        });
        QObject gone;
        int ranForGone = 0;
        {
            QObject context;
            window.afterFirstPaint(&context, [&ranForGone] { ++ranForGone; });
        }
        QTest::qWait(50);
        QCOMPARE(ran, 0); // not shown, not painted: nothing runs
        window.show();
        QTRY_COMPARE(ran, 1);
        QVERIFY(paintedWhenRun);
        QCOMPARE(ranForGone, 0); // its context went away first
        window.update();
        QTest::qWait(50);
        QCOMPARE(ran, 1);
        // Once painted, later work runs at once.
        int late = 0;
        window.afterFirstPaint(&gone, [&late] { ++late; });
        QCOMPARE(late, 1);
    }
};

QTEST_MAIN(TestMainWindowStartup)
#include "tst_mainwindowstartup.moc"
