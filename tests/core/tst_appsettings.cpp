// SPDX-License-Identifier: GPL-3.0-or-later
// The app's preferences as c41 and c41ctl share them: typed values with sane
// defaults, kept across instances (a restart), one changed signal per real change,
// alert thresholds that always keep a clear level below the raise level, and the
// "start at login" entry written and removed under XDG_CONFIG_HOME.
#include "studio/appsettings.h"
#include "studio/autostartentry.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using c41::studio::AlertThresholds;
using c41::studio::AppSettings;
using c41::studio::AutostartEntry;
using namespace Qt::StringLiterals;

class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_file = 0;

    QString freshFile() { return m_dir.filePath(u"settings-%1.ini"_s.arg(++m_file)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void defaultsBeforeAnythingIsStored()
    {
        AppSettings settings(freshFile());
        QCOMPARE(settings.appearance(), AppSettings::Appearance::System);
        QCOMPARE(settings.language(), QString());
        QVERIFY(settings.closeToTray(true));
        QVERIFY(!settings.closeToTray(false)); // the tray decides when unset
        QVERIFY(settings.showNotifications());
        QCOMPARE(settings.outputFolder(), QString());
        const AlertThresholds t = settings.alertThresholds();
        const AlertThresholds defaults;
        QCOMPARE(t.gpuTemperatureC, defaults.gpuTemperatureC);
        QCOMPARE(t.memoryFillPercent, defaults.memoryFillPercent);
        QVERIFY(t.gpuTemperatureClearC < t.gpuTemperatureC);
        QVERIFY(t.boxOffline);
    }

    void valuesSurviveARestart()
    {
        const QString file = freshFile();
        {
            AppSettings settings(file);
            settings.setAppearance(AppSettings::Appearance::Dark);
            settings.setLanguage(u"de"_s);
            settings.setCloseToTray(false);
            settings.setShowNotifications(false);
            settings.setOutputFolder(u"  /data/outputs  "_s);
            AlertThresholds t;
            t.gpuTemperatureC = 78;
            t.gpuTemperatureClearC = 72;
            t.memoryFillPercent = 90;
            t.memoryFillClearPercent = 85;
            t.throttling = false;
            settings.setAlertThresholds(t);
            settings.sync();
        }
        AppSettings again(file);
        QCOMPARE(again.appearance(), AppSettings::Appearance::Dark);
        QCOMPARE(again.language(), u"de"_s);
        QVERIFY(!again.closeToTray(true));
        QVERIFY(!again.showNotifications());
        QCOMPARE(again.outputFolder(), u"/data/outputs"_s);
        const AlertThresholds t = again.alertThresholds();
        QCOMPARE(t.gpuTemperatureC, 78.0);
        QCOMPARE(t.gpuTemperatureClearC, 72.0);
        QCOMPARE(t.memoryFillPercent, 90.0);
        QCOMPARE(t.memoryFillClearPercent, 85.0);
        QVERIFY(!t.throttling);
        QVERIFY(t.boxOffline);

        // The raw keys others read (the tray, the translator loader).
        QSettings raw(file, QSettings::IniFormat);
        QCOMPARE(raw.value(u"ui/language"_s).toString(), u"de"_s);
        QCOMPARE(raw.value(u"ui/appearance"_s).toString(), u"dark"_s);
        QCOMPARE(raw.value(u"tray/closeToTray"_s).toBool(), false);
    }

    void unknownValuesFallBack()
    {
        const QString file = freshFile();
        {
            QSettings raw(file, QSettings::IniFormat);
            raw.setValue(u"ui/language"_s, u"klingon"_s);
            raw.setValue(u"ui/appearance"_s, u"sepia"_s);
        }
        AppSettings settings(file);
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.appearance(), AppSettings::Appearance::System);
        settings.setLanguage(u"fr"_s); // not offered: stored as "follow the system"
        QCOMPARE(settings.language(), QString());
        QCOMPARE(AppSettings::languages(), (QStringList{QString(), u"en"_s, u"de"_s, u"es"_s}));
    }

    void changedOncePerRealChange()
    {
        AppSettings settings(freshFile());
        QSignalSpy spy(&settings, &AppSettings::changed);
        settings.setLanguage(u"es"_s);
        settings.setLanguage(u"es"_s);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), AppSettings::languageKey());
        settings.setAppearance(AppSettings::Appearance::Light);
        settings.setAppearance(AppSettings::Appearance::Light);
        QCOMPARE(spy.count(), 2);
        AlertThresholds t = settings.alertThresholds();
        t.gpuTemperatureC = 70;
        settings.setAlertThresholds(t);
        settings.setAlertThresholds(settings.alertThresholds());
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(2).at(0).toString(), AppSettings::alertsGroup());
    }

    void clearLevelStaysBelowRaiseLevel()
    {
        AppSettings settings(freshFile());
        AlertThresholds t;
        t.gpuTemperatureC = 70;
        t.gpuTemperatureClearC = 75; // would never clear
        t.memoryFillPercent = 80;
        t.memoryFillClearPercent = 80;
        t.throttlingSamples = 0;
        settings.setAlertThresholds(t);
        const AlertThresholds stored = settings.alertThresholds();
        QCOMPARE(stored.gpuTemperatureClearC, 65.0);
        QCOMPARE(stored.memoryFillClearPercent, 75.0);
        QCOMPARE(stored.throttlingSamples, 1);
    }

    void startAtLoginWritesAndRemovesTheAutostartEntry()
    {
        if (!AutostartEntry::isSupported())
            QSKIP("no XDG autostart on this system");
        QTemporaryDir xdg;
        QVERIFY(xdg.isValid());
        const QByteArray before = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", xdg.path().toLocal8Bit());
        const QString expected = xdg.path() + u"/autostart/org.c41.ControlCenter.desktop"_s;
        QCOMPARE(AutostartEntry::path(), expected);
        QVERIFY(!AutostartEntry::isEnabled());

        QVERIFY(AutostartEntry::setEnabled(true).ok());
        QVERIFY(AutostartEntry::isEnabled());
        QFile file(expected);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("[Desktop Entry]\n"));
        QVERIFY(text.contains("\nExec=c41 --minimized\n"));
        file.close();

        QVERIFY(AutostartEntry::setEnabled(false).ok());
        QVERIFY(!QFile::exists(expected));
        QVERIFY(AutostartEntry::setEnabled(false).ok()); // already off: fine

        if (before.isEmpty())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", before);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
