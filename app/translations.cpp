// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace c41::app {

namespace {

// Marks the translators this class installed, to replace them on the next install().
const char kOwnTranslator[] = "c41-translator";

QString languageOf(const QString &uiLanguage)
{
    // "de-DE", "de_DE.UTF-8", "es-419", "C" → "de", "de", "es", "c"
    QString code = uiLanguage.section(u'.', 0, 0).section(u'@', 0, 0);
    code = code.section(u'-', 0, 0).section(u'_', 0, 0);
    return code.toLower();
}

// LC_ALL, else LC_MESSAGES, else LANG is C, POSIX or C.<codeset>: gettext then shows the
// untranslated (English) text and ignores LANGUAGE; so do we. Qt's QLocale::system() reads
// "C.UTF-8" as no locale at all and would follow LANGUAGE.
QByteArray messagesLocale()
{
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QByteArray value = qgetenv(name);
        if (!value.isEmpty())
            return value;
    }
    return {};
}

bool messagesLocaleIsC()
{
    const QByteArray value = messagesLocale();
    return value == "C" || value == "POSIX" || value.startsWith("C.");
}

// The locale a program started from a shell follows. Qt reads LANGUAGE, LC_ALL,
// LC_MESSAGES and LANG on Linux; on macOS QLocale::system() is the system preference,
// so a terminal's LANG is read here as a command-line tool is expected to.
QLocale shellLocale()
{
#ifdef Q_OS_DARWIN
    if (const QByteArray value = messagesLocale(); !value.isEmpty())
        return QLocale(QString::fromLatin1(value).section(u'.', 0, 0));
#endif
    return QLocale::system();
}

void removeOwnTranslators()
{
    QCoreApplication *app = QCoreApplication::instance();
    const auto children = app->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator *t : children) {
        if (t->property(kOwnTranslator).toBool()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
}

bool installFile(const QString &path)
{
    if (!QFileInfo::exists(path))
        return false;
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(path)) {
        delete translator;
        return false;
    }
    translator->setProperty(kOwnTranslator, true);
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

QStringList Translations::shipped()
{
    return {QStringLiteral("de"), QStringLiteral("es")};
}

QString Translations::settingsKey()
{
    return QStringLiteral("ui/language");
}

QString Translations::configuredLanguage()
{
    const QString value = QSettings().value(settingsKey()).toString();
    if (value == u"en" || shipped().contains(value))
        return value;
    return {};
}

QString Translations::resolve(const QString &language, const QLocale &system)
{
    if (!language.isEmpty())
        return shipped().contains(language) ? language : QStringLiteral("en");
    if (system.language() == QLocale::C)
        return QStringLiteral("en");
    const QStringList preferred = system.uiLanguages();
    for (const QString &uiLanguage : preferred) {
        const QString code = languageOf(uiLanguage);
        if (code == u"en" || code == u"c" || code == u"posix")
            return QStringLiteral("en");
        if (shipped().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString Translations::install(const QString &language)
{
    removeOwnTranslators();
    const QString shown = language.isEmpty() && messagesLocaleIsC()
                              ? QStringLiteral("en")
                              : resolve(language, shellLocale());
    const QString ours = QStringLiteral(":/i18n/c41_") + shown + QStringLiteral(".qm");
    if (shown == u"en" || !QFileInfo::exists(ours))
        return QStringLiteral("en");
    // Qt's own strings first, so that ours win where both translate the same text.
    const QString qtbase = QStringLiteral("qtbase_") + shown + QStringLiteral(".qm");
    if (!installFile(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u'/' + qtbase))
        installFile(QStringLiteral(":/i18n/") + qtbase);
    if (!installFile(ours)) {
        removeOwnTranslators();
        return QStringLiteral("en");
    }
    return shown;
}

QString Translations::installConfigured()
{
    return install(configuredLanguage());
}

QString Translations::installSystem()
{
    return install(QString());
}

} // namespace c41::app
