// SPDX-License-Identifier: GPL-3.0-or-later
// c41ctl speaks the language of the system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG):
// German and Spanish from the embedded translations, English for C/POSIX and for languages
// the app does not ship, and its --json output is the same in every language. c41 follows
// the Settings value "ui/language" ("" = the system's).
#include "translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    // c41ctl with only the locale variables given (the others removed).
    static Run run(const QStringList &args, const QList<std::pair<QString, QString>> &locale)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
            env.remove(QString::fromLatin1(name));
        for (const auto &[name, value] : locale)
            env.insert(name, value);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(C41CTL_PATH), args);
        if (!p.waitForFinished(30000)) { // a test process, not the GUI thread
            p.kill();
            return {};
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static bool haveQtTranslations(const QString &language)
    {
        return QFileInfo::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                                 QStringLiteral("/qtbase_") + language + QStringLiteral(".qm"));
    }

    static const QString &englishUnknown()
    {
        static const QString text =
            QStringLiteral("c41ctl: unknown command \"frobnicate\" (see c41ctl --help)");
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings below stay out of the user's
        QCoreApplication::setOrganizationName(QStringLiteral("c41-tst-translations"));
        QCoreApplication::setApplicationName(QStringLiteral("c41-tst-translations"));
    }

    void cleanupTestCase() { QSettings().clear(); }

    void theChosenLanguageWinsOverTheSystem_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("shown");
        const auto row = [](const char *name, const char *setting, const char *system,
                            const char *shown) {
            QTest::newRow(name) << QString::fromLatin1(setting) << QString::fromLatin1(system)
                                << QString::fromLatin1(shown);
        };
        row("de on an English system", "de", "en_US", "de");
        row("es on a German system", "es", "de_DE", "es");
        row("en on a German system", "en", "de_DE", "en");
        row("unshipped fr is English", "fr", "es_ES", "en");
        row("system de_AT", "", "de_AT", "de");
        row("system es_419", "", "es_419", "es");
        row("system en_GB", "", "en_GB", "en");
        row("system fr_FR", "", "fr_FR", "en");
        row("system C", "", "C", "en");
    }

    void theChosenLanguageWinsOverTheSystem()
    {
        QFETCH(QString, setting);
        QFETCH(QString, system);
        QFETCH(QString, shown);
        QCOMPARE(c41::app::Translations::resolve(setting, QLocale(system)), shown);
    }

    void theSettingIsReadFromUiLanguage()
    {
        using c41::app::Translations;
        QCOMPARE(Translations::settingsKey(), QStringLiteral("ui/language"));
        QSettings().remove(Translations::settingsKey());
        QCOMPARE(Translations::configuredLanguage(), QString()); // unset: the system's
        for (const char *value : {"en", "de", "es"}) {
            QSettings().setValue(Translations::settingsKey(), QString::fromLatin1(value));
            QCOMPARE(Translations::configuredLanguage(), QString::fromLatin1(value));
        }
        QSettings().setValue(Translations::settingsKey(), QStringLiteral("klingon"));
        QCOMPARE(Translations::configuredLanguage(), QString()); // unknown: the system's
    }

    void aProgramWithoutEmbeddedTranslationsStaysEnglish()
    {
        // This test embeds no :/i18n/c41_de.qm: nothing is installed, English is shown.
        QCOMPARE(c41::app::Translations::install(QStringLiteral("de")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Options:"),
                 QStringLiteral("Options:"));
    }

    void unknownCommandIsReportedInTheLocalesLanguage_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        const QString german =
            QStringLiteral("c41ctl: unbekannter Befehl „frobnicate“ (siehe c41ctl --help)");
        const QString spanish =
            QStringLiteral("c41ctl: comando desconocido «frobnicate» (consulte c41ctl --help)");
        QTest::newRow("LC_ALL=de_DE.UTF-8")
            << QStringLiteral("LC_ALL") << QStringLiteral("de_DE.UTF-8") << german;
        QTest::newRow("LANG=de_AT.UTF-8")
            << QStringLiteral("LANG") << QStringLiteral("de_AT.UTF-8") << german;
        QTest::newRow("LC_MESSAGES=de_CH")
            << QStringLiteral("LC_MESSAGES") << QStringLiteral("de_CH") << german;
        QTest::newRow("LC_ALL=es_ES.UTF-8")
            << QStringLiteral("LC_ALL") << QStringLiteral("es_ES.UTF-8") << spanish;
        QTest::newRow("LANG=es_MX.UTF-8")
            << QStringLiteral("LANG") << QStringLiteral("es_MX.UTF-8") << spanish;
        QTest::newRow("LANG=en_US.UTF-8")
            << QStringLiteral("LANG") << QStringLiteral("en_US.UTF-8") << englishUnknown();
        // A language the app does not ship falls back to English, not to German or Spanish.
        QTest::newRow("LANG=fr_FR.UTF-8")
            << QStringLiteral("LANG") << QStringLiteral("fr_FR.UTF-8") << englishUnknown();
    }

    void unknownCommandIsReportedInTheLocalesLanguage()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const Run r = run({QStringLiteral("frobnicate")}, {{variable, value}});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.trimmed(), expected);
    }

    void lcAllWinsOverLang()
    {
        const Run r = run({QStringLiteral("frobnicate")},
                          {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")},
                           {QStringLiteral("LC_ALL"), QStringLiteral("es_ES.UTF-8")}});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"comando desconocido"), qPrintable(r.err));
    }

    void theCAndPosixLocalesAreEnglish_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("C") << QStringLiteral("C");
        QTest::newRow("POSIX") << QStringLiteral("POSIX");
        QTest::newRow("C.UTF-8") << QStringLiteral("C.UTF-8");
    }

    void theCAndPosixLocalesAreEnglish()
    {
        QFETCH(QString, locale);
        // LANGUAGE is ignored in the C locale, as gettext does.
        const Run r = run({QStringLiteral("frobnicate")},
                          {{QStringLiteral("LC_ALL"), locale},
                           {QStringLiteral("LANGUAGE"), QStringLiteral("de:es")}});
        QCOMPARE(r.code, 2);
        // Qt may first warn that it switched C to C.UTF-8: the message is the last line.
        const QStringList lines = r.err.trimmed().split(u'\n');
        QCOMPARE(lines.last(), englishUnknown());
    }

    void languageListPicksTheFirstShippedOrEnglish()
    {
        // LANGUAGE=es:de with a German LANG: Spanish comes first.
        Run r = run({QStringLiteral("frobnicate")},
                    {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")},
                     {QStringLiteral("LANGUAGE"), QStringLiteral("es:de")}});
        QVERIFY2(r.err.contains(u"comando desconocido"), qPrintable(r.err));
        // English before German in the list: English, not the next language found.
        r = run({QStringLiteral("frobnicate")},
                {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")},
                 {QStringLiteral("LANGUAGE"), QStringLiteral("en:de")}});
        QCOMPARE(r.err.trimmed(), englishUnknown());
    }

    void helpIsTranslated_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("de") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("de")
                            << QStringList{
                                   // c41ctlmain.cpp
                                   QStringLiteral("C41 Control Center auf der Kommandozeile."),
                                   // a command's summary (commands.cpp)
                                   QStringLiteral("Speichert den API-Schlüssel eines Servers"),
                                   // an option built before the translator (mediacommands.cpp)
                                   QStringLiteral("lipsync: das Porträtbild."),
                                   // a global option (ctlcontext.cpp)
                                   QStringLiteral("Gibt JSON für Skripte aus."),
                               };
        QTest::newRow("es") << QStringLiteral("es_ES.UTF-8") << QStringLiteral("es")
                            << QStringList{
                                   QStringLiteral("C41 Control Center desde la línea de comandos."),
                                   QStringLiteral("Guarda la clave de API de un servidor"),
                                   QStringLiteral("lipsync: la imagen del retrato."),
                                   QStringLiteral("Imprime JSON para scripts."),
                               };
    }

    void helpIsTranslated()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        const Run r = run({QStringLiteral("--help")}, {{QStringLiteral("LC_ALL"), locale}});
        QCOMPARE(r.code, 0);
        for (const QString &text : std::as_const(expected))
            QVERIFY2(r.out.contains(text), qPrintable(text + QStringLiteral(" not in:\n") + r.out));
        // Qt's own strings (QCommandLineParser's) come from qtbase_<lang>.qm.
        if (haveQtTranslations(language)) {
            const QString options =
                language == u"de" ? QStringLiteral("Optionen:") : QStringLiteral("Opciones:");
            QVERIFY2(r.out.contains(options), qPrintable(r.out));
        }
        // The English help is gone, but names, KIND+URL and option syntax stay as typed.
        QVERIFY(!r.out.contains(u"C41 Control Center from the command line."));
        QVERIFY(r.out.contains(u"ollama+http://mac-studio.local:11434"));
        QVERIFY(r.out.contains(u"--json"));
        QVERIFY(r.out.contains(u"servers [SERVER...]"));
    }

    void jsonOutputIsTheSameInEveryLanguage()
    {
        const QStringList args{QStringLiteral("templates"), QStringLiteral("--json")};
        const Run english = run(args, {{QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")}});
        QCOMPARE(english.code, 0);
        QVERIFY(english.out.contains(u"\"templates\""));
        for (const char *locale : {"de_DE.UTF-8", "es_ES.UTF-8"}) {
            const Run r = run(args, {{QStringLiteral("LC_ALL"), QString::fromLatin1(locale)}});
            QCOMPARE(r.code, 0);
            QCOMPARE(r.out, english.out);
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
