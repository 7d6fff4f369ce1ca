// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace c41::app {

// Installs the translators of c41 and c41ctl: the app's own strings (":/i18n/c41_<lang>.qm",
// built from translations/*.ts) and Qt's (qtbase_<lang>.qm: Qt's dialogs, QCommandLineParser's
// --help), from Qt's translations folder or else the copy bundled into the resources. English
// is the source language: it needs no file. Only QtCore: c41ctl uses it too.
class Translations
{
public:
    // The languages the app ships, besides English: "de", "es".
    static QStringList shipped();

    // The QSettings key the Settings page writes: "ui/language" = "" (the system's) | "en" |
    // "de" | "es" (same key as studio::AppSettings::languageKey()).
    static QString settingsKey();
    // That value from QSettings (the QCoreApplication's organisation/application names);
    // "" when unset or unknown.
    static QString configuredLanguage();

    // The language to show for `language` ("" = follow `system`): "de", "es" or "en". A
    // system locale is taken in its order of preference (QLocale::uiLanguages(): LANGUAGE,
    // then LC_ALL, LC_MESSAGES, LANG): the first language that is English or shipped wins.
    static QString resolve(const QString &language, const QLocale &system = QLocale::system());

    // Installs the translators for resolve(language) into the QCoreApplication, replacing
    // any installed by an earlier call. Returns the language now shown ("en": none needed,
    // or the program has no embedded translations). With "" and LC_ALL / LC_MESSAGES / LANG
    // set to C or POSIX it is English, whatever LANGUAGE says (as with gettext).
    // Call it after the QCoreApplication exists and before any translated text is built
    // (the command-line parser, the window). Switching later affects only new text: the
    // Settings page says the change applies on the next start.
    static QString install(const QString &language);
    // install(configuredLanguage()): what c41 does.
    static QString installConfigured();
    // install(""): what c41ctl does (LANG/LC_ALL, never the GUI's setting).
    static QString installSystem();
};

} // namespace c41::app
