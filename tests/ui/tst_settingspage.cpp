// SPDX-License-Identifier: GPL-3.0-or-later
// Settings, offscreen, against a studio.json in a temporary folder and fakes on loopback:
// nothing is built before the page shows; a server is added by host name through
// auto-detection; edits are saved to the file and read back; an invalid KIND+URL is shown
// under the field and not saved; the demo is read-only; API keys go to the SecretStore,
// never the file; Test connection reports in words; preferences (appearance, language,
// alerts, start at login) are stored where c41 reads them; the About dialog shows the
// version. C41_SETTINGS_SHOTS=DIR saves pictures of each section and of About.
#include "fakeollama.h"
#include "settings/alertsform.h"
#include "settings/apikeysform.h"
#include "settings/hostdetectpanel.h"
#include "settings/preferencesform.h"
#include "settings/serverform.h"
#include "settings/serverseditor.h"
#include "shell/aboutdialog.h"
#include "shell/settingspage.h"
#include "studio/appsettings.h"
#include "studio/configfile.h"
#include "studio/connectioncheck.h"
#include "studio/memorysecretstore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace c41;
using namespace Qt::StringLiterals;
using c41::ui::SettingsPage;
using c41::ui::SettingsServices;

namespace {

const QByteArray kStudio = "{\n  \"version\": 1,\n  \"boxes\": [\n"
                           "    { \"name\": \"brain\", \"title\": \"Mac Studio\", \"servers\": [\n"
                           "      { \"name\": \"brain-ollama\", \"url\": "
                           "\"ollama+http://mac.local:11434\" },\n"
                           "      { \"name\": \"brain-llama\", \"url\": "
                           "\"openai+http://mac.local:8080\", \"auth\": \"bearer\" } ] } ]\n}\n";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The row of the tree whose first column reads `name` (invalid: none).
QModelIndex findItem(QTreeView *tree, const QString &name)
{
    const QAbstractItemModel *model = tree->model();
    const QModelIndexList found =
        model->match(model->index(0, 0), Qt::DisplayRole, name, 1,
                     Qt::MatchFixedString | Qt::MatchCaseSensitive | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

// The text in `column` of that row.
QString cellText(QTreeView *tree, const QString &name, int column)
{
    return findItem(tree, name).siblingAtColumn(column).data().toString();
}

} // namespace

class TestSettingsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QNetworkAccessManager m_nam;
    studio::MemorySecretStore m_secrets;
    std::unique_ptr<studio::AppSettings> m_prefs;
    QString m_path;

    // A fresh studio.json and a page on it, shown at 1280x800.
    std::unique_ptr<SettingsPage> makePage(bool withFile = true)
    {
        m_path = m_dir.filePath(u"studio-%1.json"_s.arg(++m_n));
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly) || file.write(kStudio) < 0)
            qFatal("cannot write %s", qPrintable(m_path));
        file.close();
        const auto config = studio::ConfigFile::load(m_path);
        if (!config.ok())
            qFatal("%s", qPrintable(config.error().toString()));
        m_prefs = std::make_unique<studio::AppSettings>(m_dir.filePath(u"prefs-%1.ini"_s.arg(m_n)));
        SettingsServices services;
        services.preferences = m_prefs.get();
        services.secrets = &m_secrets;
        QNetworkAccessManager *nam = &m_nam;
        services.detect = [nam](QString host, QList<quint16> ports) {
            return studio::SourceDetector::detect(nam, host,
                                                  ports.isEmpty()
                                                      ? studio::SourceDetector::standardPorts()
                                                      : studio::SourceDetector::anyKindOn(ports),
                                                  std::chrono::milliseconds(3000));
        };
        studio::SecretStore *secrets = &m_secrets;
        services.testConnection = [nam, secrets](studio::ServerConfig server) {
            return studio::ConnectionCheck::check(nam, secrets, server);
        };
        services.trayAvailable = true;
        services.defaultOutputFolder = u"/home/me/.local/share/c41/outputs"_s;
        auto page = std::make_unique<SettingsPage>(*config, withFile ? m_path : QString(),
                                                   withFile ? m_path : u"Demo lab"_s, services);
        page->resize(1280 - 88, 800 - 30); // the window less the rail and the status bar
        page->show();
        // What is built on the first show appears on the next turn of the event loop.
        if (!QTest::qWaitForWindowExposed(page.get()))
            qWarning("the settings page was not exposed");
        QCoreApplication::processEvents();
        return page;
    }

    void shoot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("C41_SETTINGS_SHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QCoreApplication::processEvents();
        QVERIFY(widget->grab().save(QDir(dir).filePath(name + u".png"_s)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setApplicationVersion(u"9.8.7"_s);
    }

    void nothingIsBuiltBeforeTheFirstShow()
    {
        SettingsPage page(studio::StudioConfig{}, QString(), u"Demo lab"_s);
        QVERIFY(page.findChildren<QWidget *>().isEmpty());
        page.show();
        QVERIFY(page.findChild<QTreeView *>(u"configTree"_s));
        QVERIFY(page.findChild<QPushButton *>(u"aboutButton"_s));
    }

    void everyModelPassesTheTester()
    {
        auto page = makePage();
        QAbstractItemModelTester keys(page->apiKeysForm()->table()->model(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sections(page->sectionList()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester servers(page->serverTree()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->sectionList()->count(), 4);
        const QAbstractItemModel *tree = page->serverTree()->model();
        QCOMPARE(tree->rowCount(), 1);
        QCOMPARE(tree->rowCount(tree->index(0, 0)), 2);
        QCOMPARE(tree->rowCount(tree->index(0, 1)), 0); // children hang under the first column
        QCOMPARE(cellText(page->serverTree(), u"brain-llama"_s, 3), u"API key in the keychain"_s);
        // Editing rebuilds the tree under the tester.
        ui::ServersEditor *editor = page->serversEditor();
        QVERIFY(editor->select(u"brain-ollama"_s));
        editor->serverForm()->addressEdit()->setText(u"ollama+http://mac.local:11500"_s);
        editor->serverForm()->saveButton()->click();
        QCOMPARE(cellText(page->serverTree(), u"brain-ollama"_s, 1),
                 u"ollama+http://mac.local:11500"_s);
        shoot(page.get(), u"settings-servers"_s);
    }

    void addsAServerByHostNameWithAutoDetection()
    {
        fakes::FakeOllama ollama;
        QVERIFY(ollama.listen());
        auto page = makePage();
        ui::ServersEditor *editor = page->serversEditor();
        ui::HostDetectPanel *detect = editor->detectPanel();
        QSignalSpy changed(page.get(), &SettingsPage::studioChanged);

        const QString host = u"127.0.0.1:%1"_s.arg(ollama.url().port());
        QTest::keyClicks(detect->hostEdit(), host);
        QTest::keyClick(detect->hostEdit(), Qt::Key_Return);
        // Under way: a busy bar and words, and the window still answers.
        QVERIFY(detect->findChild<QProgressBar *>(u"detectBusy"_s)->isVisible());
        QVERIFY(!detect->detectButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(detect->foundList()->count(), 1, 10000);
        const QString expected = u"ollama+http://127.0.0.1:%1"_s.arg(ollama.url().port());
        QVERIFY2(detect->foundList()->item(0)->text().contains(expected),
                 qPrintable(detect->foundList()->item(0)->text()));
        QVERIFY(detect->message()->text().contains(u"Found 1 server"_s));
        QVERIFY(!detect->findChild<QProgressBar *>(u"detectBusy"_s)->isVisible());
        shoot(page.get(), u"settings-detected"_s);

        detect->boxCombo()->setCurrentText(u"brain"_s);
        QVERIFY(detect->addButton()->isEnabled());
        detect->addButton()->click();
        QCOMPARE(changed.count(), 1);

        const auto saved = studio::ConfigFile::load(m_path);
        QVERIFY(saved.ok());
        const studio::ServerConfig *added = saved->server(u"brain-ollama-2"_s);
        QVERIFY(added);
        QCOMPARE(added->address.toString(), expected);
        QCOMPARE(saved->box(u"brain"_s)->servers.size(), 3);
        QVERIFY(findItem(page->serverTree(), u"brain-ollama-2"_s).isValid());
        QVERIFY(editor->status()->text().contains(u"Added brain-ollama-2"_s));
    }

    void nothingFoundIsSaidInWords()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        auto page = makePage();
        ui::HostDetectPanel *detect = page->serversEditor()->detectPanel();
        detect->hostEdit()->setText(u"127.0.0.1:%1"_s.arg(port));
        detect->detectButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(detect->message()->text().contains(u"Nothing answered"_s), 10000);
        QVERIFY(detect->detectButton()->isEnabled());
        QVERIFY(!detect->addButton()->isVisible());
    }

    void editSavesTheFileAndReadsItBack()
    {
        auto page = makePage();
        ui::ServersEditor *editor = page->serversEditor();
        QVERIFY(editor->select(u"brain-llama"_s));
        ui::ServerForm *form = editor->serverForm();
        QCOMPARE(form->addressEdit()->text(), u"openai+http://mac.local:8080"_s);
        form->nameEdit()->setText(u"brain-vllm"_s);
        form->addressEdit()->clear();
        QTest::keyClicks(form->addressEdit(), u"openai+http://mac.local:8000"_s);
        QVERIFY(!form->addressError()->isVisible());
        form->saveButton()->click();

        const auto saved = studio::ConfigFile::load(m_path);
        QVERIFY(saved.ok());
        QVERIFY(!saved->server(u"brain-llama"_s));
        QCOMPARE(saved->server(u"brain-vllm"_s)->address.url.port(), 8000);
        QCOMPARE(saved->server(u"brain-vllm"_s)->auth, net::Auth::Scheme::Bearer);
        QCOMPARE(saved->box(u"brain"_s)->servers,
                 (QStringList{u"brain-ollama"_s, u"brain-vllm"_s}));
        QVERIFY(findItem(page->serverTree(), u"brain-vllm"_s).isValid());
        QVERIFY(editor->status()->text().contains(u"saved"_s));

        // A new box, then a server on it by KIND+URL.
        editor->addBoxButton()->click();
        QTest::keyClicks(editor->boxNameEdit(), u"forge"_s);
        QTest::keyClicks(editor->boxTitleEdit(), u"RTX 5090 workstation"_s);
        editor->saveBoxButton()->click();
        QVERIFY(studio::ConfigFile::load(m_path)->box(u"forge"_s));
        QVERIFY(editor->select(u"forge"_s));
        editor->addServerButton()->click();
        QCOMPARE(form->boxCombo()->currentText(), u"forge"_s);
        QVERIFY(form->nameEdit()->text().isEmpty()); // named from the box and kind
        QTest::keyClicks(form->addressEdit(), u"comfyui+http://forge:8188"_s);
        form->saveButton()->click();
        const auto again = studio::ConfigFile::load(m_path);
        QCOMPARE(again->server(u"forge-comfyui"_s)->box, u"forge"_s);

        // Removing a box asks twice and takes its servers.
        QVERIFY(editor->select(u"forge"_s));
        editor->removeBoxButton()->click();
        QVERIFY(studio::ConfigFile::load(m_path)->box(u"forge"_s));
        QVERIFY(editor->removeBoxButton()->text().contains(u"again"_s));
        editor->removeBoxButton()->click();
        QVERIFY(!studio::ConfigFile::load(m_path)->box(u"forge"_s));
        QVERIFY(!studio::ConfigFile::load(m_path)->server(u"forge-comfyui"_s));
    }

    void invalidAddressIsShownInlineAndNotSaved()
    {
        auto page = makePage();
        ui::ServersEditor *editor = page->serversEditor();
        QVERIFY(editor->select(u"brain-ollama"_s));
        ui::ServerForm *form = editor->serverForm();
        const QByteArray before = readAll(m_path);
        form->addressEdit()->clear();
        QTest::keyClicks(form->addressEdit(), u"olama+http://mac.local:11434"_s);
        QVERIFY(form->addressError()->isVisible());
        QVERIFY2(form->addressError()->text().contains(u"olama"_s),
                 qPrintable(form->addressError()->text()));
        shoot(page.get(), u"settings-invalid"_s);
        form->saveButton()->click();
        QCOMPARE(readAll(m_path), before);
        QVERIFY(form->addressError()->isVisible());

        // A name the loader refuses is refused too, with its words.
        form->addressEdit()->setText(u"ollama+http://mac.local:11434"_s);
        form->nameEdit()->setText(u"brain llama"_s);
        form->saveButton()->click();
        QCOMPARE(readAll(m_path), before);
        QVERIFY(form->addressError()->text().contains(u"not a valid name"_s));
    }

    void aFileThatDoesNotParseIsNotOverwritten()
    {
        auto page = makePage();
        {
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{ \"version\": 1, \"boxes\": [ oops");
        }
        ui::ServersEditor *editor = page->serversEditor();
        QVERIFY(editor->select(u"brain-ollama"_s));
        editor->serverForm()->addressEdit()->setText(u"ollama+http://mac.local:1"_s);
        editor->serverForm()->saveButton()->click();
        QCOMPARE(readAll(m_path), QByteArray("{ \"version\": 1, \"boxes\": [ oops"));
        QVERIFY(editor->status()->text().startsWith(u"Not saved"_s));
    }

    void theDemoIsReadOnly()
    {
        auto page = makePage(false);
        ui::ServersEditor *editor = page->serversEditor();
        QVERIFY(!editor->isEditable());
        QVERIFY(!editor->addBoxButton()->isEnabled());
        QVERIFY(!editor->addServerButton()->isEnabled());
        QVERIFY(editor->select(u"brain-ollama"_s));
        QVERIFY(!editor->serverForm()->saveButton()->isEnabled());
        QVERIFY(editor->serverForm()->testButton()->isEnabled());
        QVERIFY(editor->serverForm()->addressEdit()->isReadOnly());
        auto *note = editor->findChild<QLabel *>(u"editNote"_s);
        QVERIFY(note->text().contains(u"cannot be edited"_s));
        shoot(page.get(), u"settings-demo"_s);
    }

    void testConnectionReportsInWords()
    {
        fakes::FakeOllama ollama;
        QVERIFY(ollama.listen());
        auto page = makePage();
        QSignalSpy asked(page.get(), &SettingsPage::testConnectionRequested);
        ui::ServersEditor *editor = page->serversEditor();
        QVERIFY(editor->select(u"brain-ollama"_s));
        ui::ServerForm *form = editor->serverForm();
        form->testButton()->click();
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(0).toString(), u"brain-ollama"_s); // saved as shown
        // mac.local does not resolve here: an answer in words, not a frozen form.
        QTRY_VERIFY_WITH_TIMEOUT(form->testResult()->text().startsWith(u"No connection"_s), 15000);
        QVERIFY(form->testButton()->isEnabled());

        const QString address = u"ollama+"_s + ollama.url().toString();
        form->addressEdit()->setText(address);
        form->testButton()->click();
        QCOMPARE(asked.count(), 2);
        QCOMPARE(asked.at(1).at(0).toString(), address); // not saved: its KIND+URL
        QVERIFY(form->findChild<QProgressBar *>(u"testBusy"_s)->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(form->testResult()->text().contains(u"answered in"_s), 10000);
        QVERIFY(form->testResult()->text().contains(u"Ollama"_s));
        QVERIFY(!form->findChild<QProgressBar *>(u"testBusy"_s)->isVisible());
        shoot(page.get(), u"settings-tested"_s);
    }

    void apiKeysGoToTheSecretStoreNotTheFile()
    {
        auto page = makePage();
        page->showSection(SettingsPage::Section::ApiKeys);
        ui::ApiKeysForm *keys = page->apiKeysForm();
        QCOMPARE(keys->table()->rowCount(), 2);
        QTRY_COMPARE(keys->table()->item(1, 2)->text(), u"not set"_s);
        QCOMPARE(keys->table()->item(0, 2)->text(), u"not needed"_s);
        QVERIFY(keys->selectServer(u"brain-llama"_s));
        QVERIFY(!keys->saveButton()->isEnabled());
        QTest::keyClicks(keys->keyEdit(), u"sk-secret-123"_s);
        QCOMPARE(keys->keyEdit()->echoMode(), QLineEdit::Password);
        keys->saveButton()->click();
        QTRY_VERIFY(keys->status()->text().contains(u"stored in the keychain"_s));
        QCOMPARE(keys->table()->item(1, 2)->text(), u"stored"_s);
        QVERIFY(keys->keyEdit()->text().isEmpty());
        const auto stored = QCoro::waitFor(m_secrets.read(u"server/brain-llama"_s));
        QVERIFY(stored.ok());
        QCOMPARE(*stored, u"sk-secret-123"_s);
        QVERIFY(!readAll(m_path).contains("sk-secret-123"));
        shoot(page.get(), u"settings-keys"_s);

        keys->removeButton()->click();
        QTRY_COMPARE(keys->table()->item(1, 2)->text(), u"not set"_s);
        QCOMPARE(*QCoro::waitFor(m_secrets.read(u"server/brain-llama"_s)), QString());
    }

    void preferencesAreStoredWhereTheAppReadsThem()
    {
        auto page = makePage();
        page->showSection(SettingsPage::Section::Preferences);
        ui::PreferencesForm *prefs = page->preferencesForm();
        QVERIFY(prefs);
        QVERIFY(!prefs->languageNote()->isVisible());
        prefs->languageCombo()->setCurrentIndex(prefs->languageCombo()->findData(u"de"_s));
        QCOMPARE(m_prefs->language(), u"de"_s);
        QVERIFY(prefs->languageNote()->isVisible());

        prefs->notificationsBox()->click();
        QVERIFY(!m_prefs->showNotifications());
        prefs->closeToTrayBox()->click();
        QVERIFY(!m_prefs->closeToTray(true));
        prefs->outputEdit()->setText(u"/data/outputs"_s);
        QMetaObject::invokeMethod(prefs->outputEdit(), "editingFinished");
        QCOMPARE(m_prefs->outputFolder(), u"/data/outputs"_s);
        shoot(page.get(), u"settings-preferences"_s);

        // Dark is applied at once, and System gives the start-up palette back.
        const QColor before = QApplication::palette().color(QPalette::Window);
        prefs->appearanceButton(int(studio::AppSettings::Appearance::Dark))->click();
        QCOMPARE(m_prefs->appearance(), studio::AppSettings::Appearance::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        shoot(page.get(), u"settings-preferences-dark"_s);
        prefs->appearanceButton(int(studio::AppSettings::Appearance::System))->click();
        QCOMPARE(QApplication::palette().color(QPalette::Window), before);

        page->showSection(SettingsPage::Section::Alerts);
        ui::AlertsForm *alerts = page->alertsForm();
        alerts->temperatureSpin()->setValue(78);
        alerts->offlineBox()->click();
        const studio::AlertThresholds t = m_prefs->alertThresholds();
        QCOMPARE(t.gpuTemperatureC, 78.0);
        QCOMPARE(t.gpuTemperatureClearC, 73.0);
        QVERIFY(!t.boxOffline);
        shoot(page.get(), u"settings-alerts"_s);
    }

    void startAtLoginWritesAndRemovesTheAutostartFile()
    {
        QTemporaryDir xdg;
        QVERIFY(xdg.isValid());
        const QByteArray old = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", xdg.path().toLocal8Bit());
        const QString entry = xdg.path() + u"/autostart/org.c41.ControlCenter.desktop"_s;
        {
            auto page = makePage();
            page->showSection(SettingsPage::Section::Preferences);
            QCheckBox *box = page->preferencesForm()->startAtLoginBox();
            QVERIFY(box->isEnabled());
            QVERIFY(!box->isChecked());
            box->click();
            QVERIFY(QFile::exists(entry));
            QVERIFY(readAll(entry).contains("\nExec=c41 --minimized\n"));
            QVERIFY(page->preferencesForm()->trayStatus()->text().contains(u"log in"_s));
        }
        {
            auto page = makePage(); // a new page sees the entry
            QCheckBox *box = page->preferencesForm()->startAtLoginBox();
            QVERIFY(box->isChecked());
            box->click();
            QVERIFY(!QFile::exists(entry));
        }
        if (old.isEmpty())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", old);
    }

    void aboutShowsTheVersionAndLicence()
    {
        auto page = makePage();
        page->aboutButton()->click();
        auto *about = page->findChild<ui::AboutDialog *>();
        QVERIFY(about);
        QTRY_VERIFY(about->isVisible());
        QVERIFY(about->versionLabel()->text().contains(u"9.8.7"_s));
        QVERIFY(about->licenseLabel()->text().contains(u"GPL-3.0-or-later"_s));
        QVERIFY(about->qtLabel()->text().contains(QString::fromLatin1(qVersion())));
        QCOMPARE(page->showAbout(), about); // one dialog, raised again
        about->adjustSize();
        shoot(about, u"about"_s);
        about->close();
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
