// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's shell: the navigation rail (click and Ctrl+N), the canonical page
// order whatever the call order, the window state kept across runs, and the read-only
// Settings page.
#include "mainwindow.h"
#include "shell/navigationrail.h"
#include "shell/settingspage.h"

#include <QLabel>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace c41;
using c41::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    static QWidget *page(const QString &name)
    {
        auto *w = new QWidget;
        w->setObjectName(name);
        return w;
    }

    // Dashboard, Models, Chat and Settings, added out of order on purpose.
    static void addPages(MainWindow &window)
    {
        QVERIFY(window.addPage(QStringLiteral("settings"), QStringLiteral("Settings"),
                               page(QStringLiteral("settingsPage"))));
        QVERIFY(window.addPage(QStringLiteral("chat"), QStringLiteral("Chat"),
                               page(QStringLiteral("chatPage"))));
        QVERIFY(window.addPage(QStringLiteral("dashboard"), QStringLiteral("Dashboard"),
                               page(QStringLiteral("dashboardPage"))));
        QVERIFY(window.addPage(QStringLiteral("models"), QIcon(), QStringLiteral("Models"),
                               page(QStringLiteral("modelsPage"))));
    }

    static QWidget *currentStackPage(MainWindow &window)
    {
        return window.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("c41-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void railKeepsCanonicalOrder()
    {
        MainWindow window(nullptr, QStringLiteral("Demo lab"));
        addPages(window);
        QCOMPARE(window.pageIds(),
                 QStringList({QStringLiteral("dashboard"), QStringLiteral("models"),
                              QStringLiteral("chat"), QStringLiteral("settings")}));
        // The first page added is shown first; an id can't be taken twice.
        QCOMPARE(window.currentPageId(), QStringLiteral("settings"));
        const std::unique_ptr<QWidget> refused(page(QStringLiteral("x")));
        QVERIFY(
            !window.addPage(QStringLiteral("chat"), QStringLiteral("Chat again"), refused.get()));
        // Every rail button has an accessible name and says its shortcut.
        for (const QString &id : window.pageIds()) {
            QToolButton *b = window.rail()->button(id);
            QVERIFY(b);
            QVERIFY(!b->accessibleName().isEmpty());
        }
        QVERIFY(window.rail()
                    ->button(QStringLiteral("settings"))
                    ->toolTip()
                    .contains(
                        QKeySequence(QStringLiteral("Ctrl+7")).toString(QKeySequence::NativeText)));
    }

    void clickingTheRailChangesThePage()
    {
        MainWindow window(nullptr, QStringLiteral("Demo lab"));
        addPages(window);
        window.show();
        QSignalSpy changed(&window, &MainWindow::currentPageChanged);
        QTest::mouseClick(window.rail()->button(QStringLiteral("chat")), Qt::LeftButton);
        QCOMPARE(window.currentPageId(), QStringLiteral("chat"));
        QCOMPARE(currentStackPage(window)->objectName(), QStringLiteral("chatPage"));
        QCOMPARE(changed.count(), 1);
        QTest::mouseClick(window.rail()->button(QStringLiteral("dashboard")), Qt::LeftButton);
        QCOMPARE(currentStackPage(window)->objectName(), QStringLiteral("dashboardPage"));
        QVERIFY(window.rail()->button(QStringLiteral("dashboard"))->isChecked());
        QVERIFY(!window.rail()->button(QStringLiteral("chat"))->isChecked());
    }

    void shortcutsChangeThePage()
    {
        MainWindow window(nullptr, QStringLiteral("Demo lab"));
        addPages(window);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), QStringLiteral("settings"));
        QVERIFY(window.rail()->button(QStringLiteral("settings"))->isChecked());
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(currentStackPage(window)->objectName(), QStringLiteral("chatPage"));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), QStringLiteral("dashboard"));
        // Ctrl+4 (Create) is not there yet: nothing happens.
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), QStringLiteral("dashboard"));
    }

    void windowStateIsRestored()
    {
        {
            MainWindow window(nullptr, QStringLiteral("Demo lab"));
            addPages(window);
            window.resize(1000, 700);
            window.show();
            window.setCurrentPage(QStringLiteral("chat"));
            window.close(); // saves
        }
        MainWindow again(nullptr, QStringLiteral("Demo lab"));
        addPages(again);
        again.restoreWindowState();
        QCOMPARE(again.currentPageId(), QStringLiteral("chat"));
        QCOMPARE(again.size(), QSize(1000, 700));
    }

    void statusBarSaysWhereTheStudioComesFrom()
    {
        MainWindow window(nullptr, QStringLiteral("Config: /home/me/studio.json"));
        auto *source = window.findChild<QLabel *>(QStringLiteral("sourceLabel"));
        QVERIFY(source);
        QCOMPARE(source->text(), QStringLiteral("Config: /home/me/studio.json"));
    }

    void settingsShowsBoxesServersAndTheFile()
    {
        const QByteArray json =
            QStringLiteral(
                "{\"boxes\":[{\"name\":\"brain\",\"title\":\"Mac Studio\",\"servers\":["
                "{\"name\":\"brain-ollama\",\"url\":\"ollama+http:\\/\\/mac.local:11434\"},"
                "{\"name\":\"brain-llama\",\"url\":\"openai+http:\\/\\/mac.local:8080\","
                "\"auth\":\"bearer\"}]}]}")
                .toUtf8();
        const auto config = studio::StudioConfig::parse(json, QStringLiteral("studio.json"));
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
        ui::SettingsPage settings(*config, QStringLiteral("/home/me/.config/c41/studio.json"),
                                  QStringLiteral("Config"));
        const QAbstractItemModel *tree = settings.serverTree()->model();
        QCOMPARE(tree->rowCount(), 1);
        const QModelIndex box = tree->index(0, 0);
        QVERIFY(box.data().toString().contains(QStringLiteral("Mac Studio")));
        QCOMPARE(tree->rowCount(box), 2);
        QCOMPARE(tree->index(0, 0, box).data().toString(), QStringLiteral("brain-ollama"));
        QCOMPARE(tree->index(0, 1, box).data().toString(),
                 QStringLiteral("ollama+http://mac.local:11434"));
        QCOMPARE(tree->index(1, 3, box).data().toString(),
                 QStringLiteral("API key in the keychain"));
        auto *path = settings.findChild<QLabel *>(QStringLiteral("configPath"));
        QVERIFY(path->text().contains(QStringLiteral("studio.json")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
