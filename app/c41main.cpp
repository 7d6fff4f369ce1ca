// SPDX-License-Identifier: GPL-3.0-or-later
// c41: the desktop app.
//   c41 [--demo] [--config FILE] [--screenshot FILE.png|DIR] [--window-size WxH] [--minimized]
//       [--verbose]
// C41_STARTUP_PROBE=1 in the environment: print when the dashboard is first painted
// ("first-paint-epoch-ms=N", milliseconds since the epoch) and quit; bench_startup uses it.
// C41_TRAY_PROBE=1: print "tray-available=0|1" and the tray tooltip, then after
// C41_TRAY_PROBE_SECONDS (default 5) "window-visible=0|1" and quit; tests/integration/tray.sh
// uses it.
#include "backends/comfyui/templatelibrary.h"
#include "backends/comfyui/workflowoverrides.h"
#include "backends/llm/llmbackend.h"
#include "dashboard/dashboardpage.h"
#include "diagnostics/connectiondoctor.h"
#include "jobpaths.h"
#include "jobs/jobqueue.h"
#include "jobservices.h"
#include "logging.h"
#include "mainwindow.h"
#include "pages/chatpage.h"
#include "pages/createpage.h"
#include "pages/gallerypage.h"
#include "pages/jobspage.h"
#include "pages/modelspage.h"
#include "settings/settingsservices.h"
#include "settings/themeapplier.h"
#include "shell/settingspage.h"
#include "studio/appsettings.h"
#include "studio/chatdatabase.h"
#include "studio/chatsession.h"
#include "studio/chatstore.h"
#include "studio/configfile.h"
#include "studio/createcatalog.h"
#include "studio/createjob.h"
#include "studio/modelcatalog.h"
#include "studio/personastore.h"
#include "studio/secretstore.h"
#include "studio/sourcedetector.h"
#include "studio/studiomonitor.h"
#include "studio/telemetryllmpoller.h"
#include "studio/telemetryservice.h"
#include "studiosource.h"
#include "translations.h"
#include "tray/trayicon.h"
#include "widgets/connectiondoctordialog.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>
#include <utility>

namespace {

using c41::studio::StudioMonitor;
using c41::studio::TelemetryService;
using c41::ui::DashboardPage;
using c41::ui::MainWindow;

// lupdate sees Text::tr() calls under the context c41 (a free tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(c41)
};

// Prints when `widget` is first painted, then quits: the start-up figure.
class FirstPaintProbe final : public QObject
{
public:
    FirstPaintProbe(QWidget *widget, const QElapsedTimer *sinceMain)
        : QObject(widget)
        , m_sinceMain(sinceMain)
    {
        widget->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("first-paint-epoch-ms=%lld\nfirst-paint-since-main-ms=%lld\n",
                        static_cast<long long>(QDateTime::currentMSecsSinceEpoch()),
                        static_cast<long long>(m_sinceMain->elapsed()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer *m_sinceMain;
    bool m_done = false;
};

// Unloads a model through the LLM backend of its server (the monitor's client, so the
// server's API key applies), tells the dashboard, and asks the box's poller again so
// the loaded list catches up at once.
QCoro::Task<> unloadModel(QPointer<DashboardPage> page, StudioMonitor *monitor,
                          TelemetryService *telemetry, QString box, QString server, QString model)
{
    const c41::studio::ServerConfig *config = monitor->config().server(server);
    c41::net::HttpClient *client = monitor->client(server);
    std::unique_ptr<c41::backends::LlmBackend> backend =
        config && client ? c41::backends::LlmBackend::create(config->address.kind, client)
                         : nullptr;
    if (!backend) {
        if (page)
            page->showUnloadResult(box, server, model,
                                   Text::tr("%1 is not an LLM server of this studio").arg(server));
        co_return;
    }
    const c41::net::Status status = co_await backend->unload(model);
    if (!page)
        co_return;
    page->showUnloadResult(box, server, model, status.ok() ? QString() : status.error().toString());
    for (c41::studio::TelemetryLlmPoller *poller : telemetry->llmPollers(box)) {
        if (poller->server().name == server)
            co_await poller->poll();
    }
}

// The Create page's catalog talks to the servers with their API keys from the keychain.
QCoro::Task<> applyApiKeys(QPointer<c41::studio::CreateCatalog> catalog,
                           c41::studio::StudioConfig config, c41::studio::SecretStore *secrets)
{
    for (const c41::studio::ServerConfig &server : config.servers) {
        if (server.auth == c41::net::Auth::Scheme::None || !secrets)
            continue;
        const c41::net::Result<QString> secret = co_await secrets->read(server.secretKey());
        if (!catalog)
            co_return;
        if (secret.ok())
            catalog->setAuth(server.name, {server.auth, *secret});
    }
}

// The demo's pictures show work on the Jobs and Gallery pages: a few images and a
// speech take, queued as the Create page would queue them.
void queueDemoJobs(c41::jobs::JobQueue *queue)
{
    using c41::studio::CreateJob;
    QRandomGenerator rng(41);
    const struct
    {
        const char *templateId;
        const char *prompt;
    } images[] = {
        {"flux1-schnell", "a red fox in fresh snow, golden hour"},
        {"z-image-turbo", "a lighthouse at dusk, oil painting"},
        {"flux1-schnell", "isometric studio desk with two GPUs, soft light"},
        {"z-image-turbo", "macro photo of a dew drop on a fern"},
    };
    for (const auto &image : images) {
        const c41::backends::WorkflowTemplate *found =
            c41::backends::TemplateLibrary::shipped().find(QString::fromLatin1(image.templateId));
        if (!found)
            continue;
        c41::backends::Workflow workflow = found->workflow;
        const QString prompt = QString::fromUtf8(image.prompt);
        if (!c41::backends::WorkflowOverrides::apply(workflow, QStringLiteral("positive=") + prompt)
                 .ok())
            continue;
        // Few steps: the pictures are taken seconds after start.
        c41::backends::WorkflowOverrides::apply(workflow, QStringLiteral("steps=4"));
        queue->submit(CreateJob::workflowJob(c41::jobs::JobKind::Image, workflow, prompt,
                                             QStringLiteral("any"), {}, rng));
    }
    queue->submit(CreateJob::ttsJob(Text::tr("Welcome to the studio. Three renders are ready."),
                                    QStringLiteral("alloy"), QStringLiteral("any")));
}

// The chat history: $C41_CHAT_DB, else the user's data folder. The demo keeps its
// chats in a temporary folder: it must not write into the real history.
QString chatDatabasePath(bool demo, const QTemporaryDir &demoDir)
{
    const QString env = qEnvironmentVariable("C41_CHAT_DB");
    if (!env.isEmpty())
        return env;
    if (demo)
        return demoDir.isValid() ? demoDir.filePath(QStringLiteral("chats.sqlite")) : QString();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return {};
    return dir + QStringLiteral("/chats.sqlite");
}

// The job queue: $C41_JOBS_DB, else the user's data folder (the database c41ctl
// shares). The demo keeps its jobs and outputs in its temporary folder.
QString jobDatabasePath(bool demo, const QTemporaryDir &demoDir)
{
    if (demo && qEnvironmentVariable("C41_JOBS_DB").isEmpty())
        return demoDir.isValid() ? demoDir.filePath(QStringLiteral("jobs.sqlite")) : QString();
    return c41::app::JobPaths::database();
}

QString jobOutputRoot(bool demo, const QTemporaryDir &demoDir, const QString &chosen)
{
    if (demo && qEnvironmentVariable("C41_OUTPUT_DIR").isEmpty() && demoDir.isValid())
        return demoDir.filePath(QStringLiteral("outputs"));
    // The folder chosen in Settings, unless the environment names one.
    if (qEnvironmentVariable("C41_OUTPUT_DIR").isEmpty() && !chosen.isEmpty())
        return chosen;
    return c41::app::JobPaths::outputRoot();
}

// Saves pictures of the window once it shows live data: the first round of server
// checks and two telemetry ticks of every box (so the loaded models are in), then a few
// seconds of history; or after 20 s whatever came. `target` ending in .png: the
// current page only, to that file. Otherwise a folder: one <page id>.png per page.
void screenshotWhenReady(MainWindow *window, StudioMonitor *monitor, TelemetryService *telemetry,
                         const QString &target)
{
    struct State
    {
        bool round = false;
        QHash<QString, int> ticks;
        bool started = false;
    };
    auto state = std::make_shared<State>();
    const QStringList boxes = telemetry->boxes();

    auto shootAll = [window, target] {
        if (target.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive)) {
            const bool saved = window->grab().save(target);
            if (!saved)
                std::fprintf(stderr, "c41: cannot write the screenshot to %s\n",
                             qPrintable(target));
            QCoreApplication::exit(saved ? 0 : 1);
            return;
        }
        if (!QDir().mkpath(target)) {
            std::fprintf(stderr, "c41: cannot create %s\n", qPrintable(target));
            QCoreApplication::exit(1);
            return;
        }
        auto pages = std::make_shared<QStringList>(window->pageIds());
        auto failed = std::make_shared<bool>(false);
        auto next = std::make_shared<std::function<void()>>();
        // The step holds itself weakly (a strong self-capture would never be freed);
        // the pending timer keeps it alive between pages.
        const std::weak_ptr<std::function<void()>> weakNext = next;
        *next = [window, target, pages, failed, weakNext] {
            const std::shared_ptr<std::function<void()>> next = weakNext.lock();
            if (!next)
                return;
            if (pages->isEmpty()) {
                window->setCurrentPage(QStringLiteral("dashboard"));
                QCoreApplication::exit(*failed ? 1 : 0);
                return;
            }
            const QString id = pages->takeFirst();
            window->setCurrentPage(id);
            // Let the page lay out and any page-local data arrive before the picture.
            QTimer::singleShot(700, window, [window, target, id, failed, next] {
                const QString file = QDir(target).filePath(id + QStringLiteral(".png"));
                if (!window->grab().save(file)) {
                    std::fprintf(stderr, "c41: cannot write %s\n", qPrintable(file));
                    *failed = true;
                } else {
                    std::printf("%s\n", qPrintable(file));
                }
                (*next)();
            });
        };
        (*next)();
    };
    auto maybeStart = [state, boxes, shootAll, window] {
        if (state->started || !state->round)
            return;
        for (const QString &box : boxes) {
            if (state->ticks.value(box) < 2)
                return;
        }
        state->started = true;
        QTimer::singleShot(4000, window, shootAll); // a few seconds of history on the charts
    };
    QObject::connect(monitor, &StudioMonitor::roundFinished, window, [state, maybeStart] {
        state->round = true;
        maybeStart();
    });
    QObject::connect(telemetry, &TelemetryService::updated, window,
                     [state, maybeStart](const QString &box) {
                         ++state->ticks[box];
                         maybeStart();
                     });
    QTimer::singleShot(20000, window, [state, shootAll] {
        if (state->started)
            return;
        std::fprintf(stderr, "c41: no live data after 20 s; taking the pictures anyway\n");
        state->started = true;
        shootAll();
    });
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("c41"));
    QApplication::setOrganizationName(QStringLiteral("c41"));
    QApplication::setApplicationDisplayName(QStringLiteral("C41 Control Center"));
    QApplication::setApplicationVersion(QStringLiteral(C41_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/c41/c41.svg")));
    // Ties the window to the installed desktop entry and its icon (Wayland, docks).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.c41.ControlCenter"));

    // Before any text is built (--help, the window): the language chosen in Settings
    // ("ui/language"; "" follows the system; a change applies at the next start).
    c41::app::Translations::installConfigured();

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("One window for every AI box in the studio."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  Text::tr("Run against the built-in demo studio."));
    const QCommandLineOption config(QStringLiteral("config"),
                                    Text::tr("Read the studio from FILE."), QStringLiteral("FILE"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        Text::tr("Once the window shows live data, save it and quit: to FILE.png (the dashboard), "
                 "or one PNG per page into the folder DIR."),
        QStringLiteral("FILE.png|DIR"));
    const QCommandLineOption windowSize(QStringLiteral("window-size"),
                                        Text::tr("Open the window at this size (e.g. 1280x800)."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption minimized(
        QStringLiteral("minimized"),
        Text::tr("Start hidden in the system tray (shown normally where there is no tray)."));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     Text::tr("Log requests to stderr."));
    parser.addOptions({demo, config, screenshot, windowSize, minimized, verbose});
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    c41::setVerboseLogging(parser.isSet(verbose));

    // The app's preferences (Settings › Preferences, Alerts): the appearance applies now,
    // before any window exists.
    c41::studio::AppSettings preferences;
    c41::ui::ThemeApplier::apply(preferences.appearance());

    QSize size;
    if (parser.isSet(windowSize)) {
        const QStringList wh = parser.value(windowSize).split(u'x');
        bool okW = false;
        bool okH = false;
        if (wh.size() == 2)
            size = QSize(wh[0].toInt(&okW), wh[1].toInt(&okH));
        if (!okW || !okH || size.width() < 320 || size.height() < 240) {
            std::fprintf(stderr, "c41: --window-size wants WIDTHxHEIGHT, e.g. 1280x800\n");
            return 2;
        }
    }

    auto source = c41::app::StudioSource::open(parser.isSet(demo), parser.value(config));
    if (!source.ok()) {
        const QString message = source.error().toString();
        std::fprintf(stderr, "c41: %s\n", qPrintable(message));
        if (!parser.isSet(screenshot))
            QMessageBox::critical(nullptr, Text::tr("C41 Control Center"), message);
        return 1;
    }
    const QString configPath = parser.isSet(demo) ? QString()
                                                  : (parser.value(config).isEmpty()
                                                         ? c41::studio::ConfigFile::defaultPath()
                                                         : parser.value(config));

    // The services: created here, passed to the pages.
    QNetworkAccessManager nam;
    StudioMonitor monitor((*source)->config, (*source)->secrets.get(), &nam);
    TelemetryService telemetry(&nam);
    telemetry.setConfig((*source)->config);
    telemetry.setAlertThresholds(preferences.alertThresholds());
    QObject::connect(&preferences, &c41::studio::AppSettings::changed, &telemetry,
                     [&telemetry, &preferences](const QString &key) {
                         if (key == c41::studio::AppSettings::alertsGroup())
                             telemetry.setAlertThresholds(preferences.alertThresholds());
                     });

    // Models and Chat share one catalog of the LLM servers' models. Without a chat
    // database (no writable data folder) the chat page works and says history is off.
    c41::studio::ModelCatalog catalog(&monitor);
    QTemporaryDir demoDir;
    std::unique_ptr<c41::studio::ChatDatabase> chatDb;
    std::unique_ptr<c41::studio::ChatStore> chatStore;
    std::unique_ptr<c41::studio::PersonaStore> personas;
    // The chat history opens when the chat is first needed (its page, or the demo's
    // screenshots), not before the first paint.
    std::unique_ptr<c41::studio::ChatSession> chat;
    const auto chatSession = [&]() -> c41::studio::ChatSession * {
        if (chat)
            return chat.get();
        if (const QString path = chatDatabasePath(parser.isSet(demo), demoDir); !path.isEmpty()) {
            chatDb = std::make_unique<c41::studio::ChatDatabase>(path);
            if (const c41::net::Status opened = chatDb->open(); opened.ok()) {
                chatStore = std::make_unique<c41::studio::ChatStore>(*chatDb);
                personas = std::make_unique<c41::studio::PersonaStore>(*chatDb);
            } else {
                std::fprintf(stderr, "c41: chat history is off: %s\n",
                             qPrintable(opened.error().toString()));
            }
        }
        chat =
            std::make_unique<c41::studio::ChatSession>(&catalog, chatStore.get(), personas.get());
        return chat.get();
    };

    // The studio's job queue, shared with c41ctl, dispatched from here too; started just
    // after the first paint (or when a page or the tray needs it first). Without a
    // database the app goes on without it (jobs.store() and queue() are null).
    c41::app::JobServices jobs(
        (*source)->config, (*source)->secrets.get(), &nam,
        jobDatabasePath(parser.isSet(demo), demoDir),
        jobOutputRoot(parser.isSet(demo), demoDir, preferences.outputFolder()));
    bool jobsStarted = false;
    const auto startJobs = [&] {
        if (std::exchange(jobsStarted, true))
            return;
        if (const c41::net::Status started = jobs.start(); !started.ok())
            std::fprintf(stderr, "c41: the job queue is off: %s\n",
                         qPrintable(started.error().toString()));
    };

    // What the Create page offers: each ComfyUI server's nodes and models, each TTS
    // server's voices (fetched when the page is first shown; the API keys are read
    // after the first paint).
    c41::studio::CreateCatalog createCatalog((*source)->config, &nam);

    // Settings › Test connection: the phase-by-phase check (libcurl).
    c41::diagnostics::ConnectionDoctor doctor((*source)->config, (*source)->secrets.get());

    // The window after the services: its pages hold pointers to them. Only the dashboard
    // is built before the first paint; the other pages when first shown.
    MainWindow window(&monitor, (*source)->label);
    auto *dashboard = new DashboardPage(&telemetry, &monitor);
    window.addPage(QStringLiteral("dashboard"), Text::tr("Dashboard"), dashboard);
    window.addPage(QStringLiteral("models"), Text::tr("Models"),
                   [&catalog] { return new c41::ui::ModelsPage(&catalog); });
    window.addPage(QStringLiteral("chat"), Text::tr("Chat"),
                   [&chatSession] { return new c41::ui::ChatPage(chatSession()); });
    const auto openJob = [&window](qint64 id) {
        window.setCurrentPage(QStringLiteral("jobs"));
        if (auto *page = qobject_cast<c41::ui::JobsPage *>(window.page(QStringLiteral("jobs"))))
            page->selectJob(id);
    };
    window.addPage(
        QStringLiteral("create"), Text::tr("Create"), [&createCatalog, &jobs, &startJobs, openJob] {
            startJobs();
            auto *page = new c41::ui::CreatePage(&createCatalog, jobs.queue());
            if (jobs.store() && jobs.queue())
                QObject::connect(page, &c41::ui::CreatePage::openJobRequested, page, openJob);
            return page;
        });
    // Jobs and Gallery are listed before the queue starts; where its database cannot
    // open, they say so.
    const auto queueOff = [] {
        auto *off = new QLabel(Text::tr("The job queue is off: its database cannot be opened."));
        off->setAlignment(Qt::AlignCenter);
        off->setWordWrap(true);
        return off;
    };
    window.addPage(QStringLiteral("jobs"), Text::tr("Jobs"),
                   [&jobs, &startJobs, queueOff]() -> QWidget * {
                       startJobs();
                       if (!jobs.store() || !jobs.queue())
                           return queueOff();
                       auto *page = new c41::ui::JobsPage(jobs.store(), jobs.queue());
                       page->setMemoryFreer(jobs.memoryFreer());
                       return page;
                   });
    window.addPage(
        QStringLiteral("gallery"), Text::tr("Gallery"),
        [&jobs, &startJobs, queueOff, &window, &demoDir,
         isDemo = parser.isSet(demo)]() -> QWidget * {
            startJobs();
            if (!jobs.store() || !jobs.queue())
                return queueOff();
            auto *galleryPage = new c41::ui::GalleryPage(jobs.store(), jobs.queue());
            if (isDemo)
                galleryPage->setThumbnailCacheDir(demoDir.filePath(QStringLiteral("thumbnails")));
            // A job this process's dispatcher finishes does not change the queue's
            // data_version: tell the gallery.
            QObject::connect(&jobs, &c41::app::JobServices::jobFinished, galleryPage,
                             &c41::ui::GalleryPage::scheduleRefresh);
            // Re-run: the Jobs page's path (JobQueue::retry).
            QObject::connect(galleryPage, &c41::ui::GalleryPage::rerunRequested, galleryPage,
                             [galleryPage, queue = jobs.queue()](qint64 id) {
                                 const c41::net::Result<qint64> rerun = queue->retry(id);
                                 galleryPage->showRerunResult(
                                     id, rerun.ok() ? *rerun : 0,
                                     rerun.ok() ? QString() : rerun.error().toString());
                             });
            QObject::connect(galleryPage, &c41::ui::GalleryPage::createRequested, &window,
                             [&window] { window.setCurrentPage(QStringLiteral("create")); });
            return galleryPage;
        });
    // Settings works through these; it never touches the network itself.
    c41::ui::SettingsServices settingsServices;
    settingsServices.preferences = &preferences;
    settingsServices.secrets = (*source)->secrets.get();
    settingsServices.detect = [&nam](QString host, QList<quint16> ports) {
        return c41::studio::SourceDetector::detect(
            &nam, host,
            ports.isEmpty() ? c41::studio::SourceDetector::standardPorts()
                            : c41::studio::SourceDetector::anyKindOn(ports));
    };
    settingsServices.defaultOutputFolder = jobOutputRoot(parser.isSet(demo), demoDir, {});
    window.addPage(
        QStringLiteral("settings"), Text::tr("Settings"),
        [&source, &settingsServices, configPath, &doctor, &window] {
            settingsServices.trayAvailable = QSystemTrayIcon::isSystemTrayAvailable();
            auto *settingsPage = new c41::ui::SettingsPage((*source)->config, configPath,
                                                           (*source)->label, settingsServices);
            QObject::connect(settingsPage, &c41::ui::SettingsPage::testConnectionRequested, &window,
                             [&doctor, &window](const QString &server) {
                                 auto *dialog =
                                     new c41::ui::ConnectionDoctorDialog(&doctor, server, &window);
                                 dialog->setAttribute(Qt::WA_DeleteOnClose);
                                 dialog->show();
                             });
            QObject::connect(
                settingsPage, &c41::ui::SettingsPage::studioChanged, &doctor,
                [&doctor](const c41::studio::StudioConfig &config) { doctor.setConfig(config); });
            return settingsPage;
        });
    // Help › About: F1 anywhere in the window.
    auto *aboutAction = new QAction(Text::tr("About C41 Control Center"), &window);
    aboutAction->setShortcut(QKeySequence(Qt::Key_F1));
    aboutAction->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(aboutAction, &QAction::triggered, &window, [&window] {
        if (auto *settings =
                qobject_cast<c41::ui::SettingsPage *>(window.page(QStringLiteral("settings"))))
            settings->showAbout();
    });
    window.addAction(aboutAction);
    QObject::connect(dashboard, &DashboardPage::unloadRequested, dashboard,
                     [dashboard, &monitor, &telemetry](const QString &box, const QString &server,
                                                       const QString &model) {
                         unloadModel(dashboard, &monitor, &telemetry, box, server, model);
                     });

    // The tray (where one exists) and the notifications: jobs that end, alerts. Made
    // after the first paint, with the job queue it reports on.
    std::unique_ptr<c41::ui::TrayIcon> tray;
    const auto startTray = [&] {
        if (tray)
            return;
        startJobs();
        tray = std::make_unique<c41::ui::TrayIcon>(jobs.store(), jobs.queue(), &window);
        c41::ui::TrayIcon *t = tray.get();
        QObject::connect(&jobs, &c41::app::JobServices::jobsChanged, t,
                         &c41::ui::TrayIcon::scheduleRefresh);
        QObject::connect(&jobs, &c41::app::JobServices::jobFinished, t,
                         &c41::ui::TrayIcon::notifyJobFinished);
        QObject::connect(&telemetry, &TelemetryService::alert, t, &c41::ui::TrayIcon::notifyAlert);
        // "Close to tray" from Settings: the tray menu's tick follows (both use
        // tray/closeToTray).
        QObject::connect(&preferences, &c41::studio::AppSettings::changed, t,
                         [t, &preferences](const QString &key) {
                             if (key == c41::studio::AppSettings::closeToTrayKey())
                                 t->setCloseToTray(preferences.closeToTray(t->isAvailable()));
                         });
        if (jobs.store() && jobs.queue())
            t->setJobOpener(openJob);
    };

    const bool shooting = parser.isSet(screenshot);
    if (!shooting)
        window.restoreWindowState();
    if (size.isValid())
        window.resize(size);
    if (qEnvironmentVariableIsSet("C41_STARTUP_PROBE"))
        new FirstPaintProbe(dashboard, &sinceMain);
    // --minimized (the autostart entry) and the tray probe need the tray before the window.
    if (parser.isSet(minimized) || qEnvironmentVariableIsSet("C41_TRAY_PROBE"))
        startTray();
    if (qEnvironmentVariableIsSet("C41_TRAY_PROBE")) {
        std::printf("tray-available=%d\ntray-tooltip=%s\n", tray->isAvailable() ? 1 : 0,
                    qPrintable(tray->toolTip()));
        std::fflush(stdout);
        const int seconds = qEnvironmentVariableIntValue("C41_TRAY_PROBE_SECONDS");
        QTimer::singleShot((seconds > 0 ? seconds : 5) * 1000, qApp, [&window] {
            std::printf("window-visible=%d\n", window.isVisible() ? 1 : 0);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    // --minimized (the autostart entry): only the tray icon, if there is a tray.
    const bool hidden = parser.isSet(minimized) && tray->isAvailable() && !shooting;
    if (!hidden)
        window.show();
    // The first round of checks, the job queue, the tray and the keychain wait for the
    // first frame.
    const auto startServices = [&] {
        monitor.start();
        telemetry.start();
        startTray();
        applyApiKeys(&createCatalog, (*source)->config, (*source)->secrets.get());
    };
    if (hidden)
        startServices();
    else
        window.afterFirstPaint(&window, startServices);
    if (shooting) {
        screenshotWhenReady(&window, &monitor, &telemetry, parser.value(screenshot));
        startJobs(); // the pictures show the demo's jobs: the queue starts now
        if (parser.isSet(demo) && jobs.queue() && qEnvironmentVariable("C41_JOBS_DB").isEmpty())
            queueDemoJobs(jobs.queue());
        // In the demo, the chat page's picture shows a conversation under way: ask the
        // coding model something as soon as the catalog knows it.
        if (parser.isSet(demo)) {
            QObject::connect(
                &catalog, &c41::studio::ModelCatalog::serverChanged, &window,
                [&chatSession](const QString &server) {
                    c41::studio::ChatSession *chat = chatSession();
                    if (server != u"brain-ollama" || chat->isBusy() || !chat->messages().isEmpty())
                        return;
                    chat->setTarget(server, QStringLiteral("qwen3-coder-next:latest"));
                    chat->send(Text::tr("How do I read a Prometheus scrape in Python?"));
                });
        }
    }
    return app.exec();
}
