// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "shell/navigationrail.h"
#include "studio/studiomonitor.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

#include <utility>

namespace c41::ui {

namespace {
const QStringList &canonicalIds()
{
    static const QStringList ids{QStringLiteral("dashboard"), QStringLiteral("models"),
                                 QStringLiteral("chat"),      QStringLiteral("create"),
                                 QStringLiteral("jobs"),      QStringLiteral("gallery"),
                                 QStringLiteral("settings")};
    return ids;
}
} // namespace

MainWindow::MainWindow(studio::StudioMonitor *monitor, QString sourceLabel, QWidget *parent)
    : QMainWindow(parent)
    , m_monitor(monitor)
    , m_rail(new NavigationRail)
    , m_stack(new QStackedWidget)
    , m_summary(new QLabel)
    , m_checked(new QLabel)
    , m_parking(std::make_unique<QWidget>())
{
    setWindowTitle(tr("C41 Control Center"));
    setAccessibleName(tr("C41 Control Center"));
    setObjectName(QStringLiteral("mainWindow"));

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_rail);
    auto *divider = new QFrame;
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Plain);
    divider->setForegroundRole(QPalette::Mid);
    layout->addWidget(divider);
    m_stack->setObjectName(QStringLiteral("pages"));
    m_stack->setAccessibleName(tr("Current page"));
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    auto *source = new QLabel(sourceLabel);
    source->setObjectName(QStringLiteral("sourceLabel"));
    source->setAccessibleName(tr("Studio source"));
    m_summary->setObjectName(QStringLiteral("serversUp"));
    m_summary->setAccessibleName(tr("Servers up"));
    m_checked->setObjectName(QStringLiteral("lastChecked"));
    m_checked->setAccessibleName(tr("Last check"));
    source->setContentsMargins(8, 0, 8, 0);
    m_summary->setContentsMargins(8, 0, 8, 0);
    m_checked->setContentsMargins(8, 0, 8, 0);
    statusBar()->addWidget(source, 1);
    statusBar()->addPermanentWidget(m_summary);
    statusBar()->addPermanentWidget(m_checked);

    connect(m_rail, &NavigationRail::currentChanged, this, &MainWindow::setCurrentPage);
    if (m_monitor) {
        connect(m_monitor, &studio::StudioMonitor::roundFinished, this, [this] {
            updateSummary();
            m_checked->setText(tr("Last checked %1")
                                   .arg(QLocale().toString(QDateTime::currentDateTime().time(),
                                                           QLocale::LongFormat)));
        });
        connect(m_monitor, &studio::StudioMonitor::serverChanged, this, &MainWindow::updateSummary);
    }
    updateSummary();
    resize(1280, 800);
    // The first paint of the window itself (its background), or of its central widget.
    installEventFilter(this);
    central->installEventFilter(this);
}

MainWindow::~MainWindow() = default; // the parked pages go with m_parking

int MainWindow::canonicalOrder(const QString &id)
{
    const int at = canonicalIds().indexOf(id);
    if (id == QStringLiteral("settings"))
        return NavigationRail::BottomOrder;
    return at >= 0 ? at : 100;
}

QKeySequence MainWindow::defaultShortcut(const QString &id)
{
    const int at = canonicalIds().indexOf(id);
    if (at < 0)
        return {};
    return QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + at)));
}

bool MainWindow::addPage(const QString &id, const QIcon &icon, const QString &title, QWidget *page,
                         const QKeySequence &shortcut)
{
    if (!addPage(id, title, page, QStringLiteral("-"), shortcut))
        return false;
    m_rail->setIcon(id, icon);
    return true;
}

bool MainWindow::addPage(const QString &id, const QString &title, QWidget *page,
                         const QString &iconPath, const QKeySequence &shortcut)
{
    if (!page || m_pages.contains(id) || m_factories.contains(id))
        return false;
    page->setObjectName(page->objectName().isEmpty() ? id + QStringLiteral("Page")
                                                     : page->objectName());
    if (page->accessibleName().isEmpty())
        page->setAccessibleName(title);
    m_pages.insert(id, page);
    page->setParent(m_parking.get()); // joins the stack when first shown
    return addEntry(id, title, iconPath, shortcut);
}

bool MainWindow::addPage(const QString &id, const QString &title, PageFactory factory,
                         const QString &iconPath, const QKeySequence &shortcut)
{
    if (!factory || m_pages.contains(id) || m_factories.contains(id))
        return false;
    m_factories.insert(id, std::move(factory));
    return addEntry(id, title, iconPath, shortcut);
}

bool MainWindow::addEntry(const QString &id, const QString &title, const QString &iconPath,
                          const QKeySequence &shortcut)
{
    const QKeySequence keys = shortcut.isEmpty() ? defaultShortcut(id) : shortcut;
    const QString tip =
        keys.isEmpty() ? title : tr("%1 (%2)").arg(title, keys.toString(QKeySequence::NativeText));
    const QString path =
        iconPath.isEmpty() ? QStringLiteral(":/c41/icons/%1.svg").arg(id) : iconPath;
    m_rail->addItem(id, path, title, canonicalOrder(id), tip);
    if (!keys.isEmpty()) {
        auto *sc = new QShortcut(keys, this);
        sc->setObjectName(QStringLiteral("shortcut_") + id);
        connect(sc, &QShortcut::activated, this, [this, id] { setCurrentPage(id); });
    }
    if (m_pages.size() + m_factories.size() == 1)
        setCurrentPage(id);
    return true;
}

QWidget *MainWindow::build(const QString &id) const
{
    if (QWidget *page = m_pages.value(id))
        return page;
    const auto it = m_factories.find(id);
    if (it == m_factories.end())
        return nullptr;
    const PageFactory factory = std::move(it.value());
    m_factories.erase(it);
    QWidget *page = factory();
    if (!page)
        return nullptr;
    if (page->objectName().isEmpty())
        page->setObjectName(id + QStringLiteral("Page"));
    if (page->accessibleName().isEmpty()) {
        if (const QToolButton *button = m_rail->button(id))
            page->setAccessibleName(button->accessibleName());
    }
    page->setParent(m_parking.get());
    m_pages.insert(id, page);
    return page;
}

bool MainWindow::isPageBuilt(const QString &id) const
{
    return m_pages.contains(id);
}

bool MainWindow::setCurrentPage(const QString &id)
{
    QWidget *page = build(id);
    if (!page)
        return false;
    if (m_stack->currentWidget() == page && m_rail->current() == id)
        return true;
    if (page->parentWidget() != m_stack)
        m_stack->addWidget(page);
    m_stack->setCurrentWidget(page);
    m_rail->setCurrent(id);
    Q_EMIT currentPageChanged(id);
    return true;
}

QString MainWindow::currentPageId() const
{
    return m_pages.key(m_stack->currentWidget());
}

QWidget *MainWindow::page(const QString &id) const
{
    return build(id);
}

void MainWindow::afterFirstPaint(QObject *context, std::function<void()> callback)
{
    if (!callback)
        return;
    if (m_painted) {
        if (context)
            callback();
        return;
    }
    m_afterPaint.append({QPointer<QObject>(context), std::move(callback)});
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        removeEventFilter(this);
        if (QWidget *central = centralWidget())
            central->removeEventFilter(this);
        // After the frame: the paint under way finishes and is flushed first.
        QTimer::singleShot(0, this, [this] {
            const auto pending = std::exchange(m_afterPaint, {});
            for (const auto &[context, callback] : pending) {
                if (context)
                    callback();
            }
        });
    }
    return QMainWindow::eventFilter(watched, event);
}

QStringList MainWindow::pageIds() const
{
    return m_rail->ids();
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings.value(QStringLiteral("state")).toByteArray();
    if (!state.isEmpty())
        restoreState(state);
    const QString page = settings.value(QStringLiteral("page")).toString();
    if (!page.isEmpty())
        setCurrentPage(page);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("page"), currentPageId());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::updateSummary()
{
    if (!m_monitor)
        return;
    const QList<studio::ServerState> states = m_monitor->states();
    const int all = int(states.size());
    if (all == 0) {
        m_summary->setText(tr("No servers configured yet"));
        return;
    }
    int up = 0;
    for (const studio::ServerState &s : states) {
        if (s.last.checkedAt.isValid() && s.last.healthy)
            ++up;
    }
    m_summary->setText(up == all ? tr("All %1 servers are up").arg(all)
                                 : tr("%1 of %2 servers are up").arg(up).arg(all));
}

} // namespace c41::ui
