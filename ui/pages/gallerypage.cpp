// SPDX-License-Identifier: GPL-3.0-or-later
#include "gallerypage.h"

#include "gallery/gallerydelegate.h"
#include "gallery/thumbnailer.h"
#include "jobs/galleryindex.h"
#include "jobs/jobdispatcher.h" // JobQueue holds a QPointer<JobDispatcher>
#include "jobs/jobqueue.h"
#include "jobs/jobstore.h"
#include "models/galleryfiltermodel.h"
#include "models/gallerymodel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtMath>

namespace c41::ui {

using jobs::MediaKind;
using DateRange = GalleryFilterModel::DateRange;

GalleryPage::GalleryPage(jobs::JobStore *store, jobs::JobQueue *queue, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_queue(queue)
{
    setObjectName(QStringLiteral("galleryPage"));
    setAccessibleName(tr("Gallery"));
}

GalleryPage::~GalleryPage() = default;

void GalleryPage::setThumbnailCacheDir(const QString &dir)
{
    m_cacheDir = dir;
    m_cacheDirSet = true;
    if (m_thumbnailer)
        m_thumbnailer->setCacheDir(dir);
}

void GalleryPage::showEvent(QShowEvent *event)
{
    build();
    m_thumbnailer->setSize(thumbnailSize()); // the screen may have changed
    QWidget::showEvent(event);
}

QSize GalleryPage::thumbnailSize() const
{
    const qreal dpr = devicePixelRatioF();
    return {qCeil(GalleryDelegate::kMaxThumbWidth * dpr),
            qCeil(GalleryDelegate::kMaxThumbHeight * dpr)};
}

bool GalleryPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        fitTiles();
    return QWidget::eventFilter(watched, event);
}

void GalleryPage::changeEvent(QEvent *event)
{
    // The OS switched between light and dark: waveforms in the new accent colour.
    if (event->type() == QEvent::PaletteChange && m_thumbnailer) {
        m_thumbnailer->setWaveformColor(palette().color(QPalette::Highlight));
        m_view->viewport()->update();
    }
    QWidget::changeEvent(event);
}

void GalleryPage::fitTiles()
{
    // The room for tiles whether or not the scroll bar shows (no back and forth).
    const int available =
        m_view->width() - 2 * m_view->frameWidth() -
        m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view) - 1;
    const int width = GalleryDelegate::tileWidthFor(available);
    if (width == m_delegate->tileWidth() && m_view->gridSize().isValid())
        return;
    m_delegate->setTileWidth(width);
    m_view->setGridSize(m_delegate->tileSize(m_view->font()));
}

void GalleryPage::ensureBuilt()
{
    build();
}

void GalleryPage::scheduleRefresh()
{
    if (m_model)
        m_model->scheduleRefresh();
}

void GalleryPage::build()
{
    if (m_model)
        return;
    m_model = new GalleryModel(m_store, m_queue, this);
    m_filter = new GalleryFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_thumbnailer = new Thumbnailer(thumbnailSize(), this);
    m_thumbnailer->setCacheDir(
        m_cacheDirSet ? m_cacheDir
                      : QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                            QStringLiteral("/thumbnails"));
    m_thumbnailer->setWaveformColor(palette().color(QPalette::Highlight));

    m_stack = new QStackedWidget(this);
    m_gridStack = new QStackedWidget(this);
    m_view = new QListView(this);
    m_kindFilter = new QComboBox(this);
    m_serverFilter = new QComboBox(this);
    m_dateFilter = new QComboBox(this);
    m_textFilter = new QLineEdit(this);
    m_textDebounce = new QTimer(this);
    m_repaint = new QTimer(this);
    m_open = new QPushButton(tr("&Open"), this);
    m_reveal = new QPushButton(tr("Re&veal"), this);
    m_copy = new QPushButton(tr("&Copy parameters"), this);
    m_rerun = new QPushButton(tr("Re-r&un"), this);
    m_message = new QLabel(this);
    m_summary = new QLabel(this);

    auto *title = new QLabel(tr("Gallery"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);

    // Filters.
    m_kindFilter->addItem(tr("All kinds"), -1);
    m_kindFilter->addItem(tr("Images"), int(MediaKind::Image));
    m_kindFilter->addItem(tr("Videos"), int(MediaKind::Video));
    m_kindFilter->addItem(tr("Audio"), int(MediaKind::Audio));
    m_kindFilter->addItem(tr("Other files"), int(MediaKind::Other));
    m_kindFilter->setAccessibleName(tr("Filter by kind"));
    m_serverFilter->addItem(tr("All servers"), QString());
    m_serverFilter->setAccessibleName(tr("Filter by server"));
    m_serverFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_serverFilter->setMinimumContentsLength(12);
    m_dateFilter->addItem(tr("Any time"), int(DateRange::All));
    m_dateFilter->addItem(tr("Today"), int(DateRange::Today));
    m_dateFilter->addItem(tr("Last 7 days"), int(DateRange::Week));
    m_dateFilter->addItem(tr("Last 30 days"), int(DateRange::Month));
    m_dateFilter->setAccessibleName(tr("Filter by date"));
    m_textFilter->setPlaceholderText(tr("Search prompts and parameters…"));
    m_textFilter->setClearButtonEnabled(true);
    m_textFilter->setAccessibleName(tr("Search outputs"));
    m_textFilter->setMinimumWidth(260);
    m_textDebounce->setSingleShot(true);
    m_textDebounce->setInterval(200);
    m_repaint->setSingleShot(true);
    m_repaint->setInterval(30);

    m_open->setAccessibleName(tr("Open the selected output"));
    m_open->setToolTip(tr("Open the file in its application (double-click, Return)"));
    m_reveal->setAccessibleName(tr("Reveal the selected output's folder"));
    m_reveal->setToolTip(tr("Open the folder holding the file"));
    m_copy->setAccessibleName(tr("Copy the job's parameters"));
    m_copy->setToolTip(tr("Copy the parameters of the job that made it, as JSON (Ctrl+Shift+C)"));
    m_rerun->setAccessibleName(tr("Run the job again"));
    m_rerun->setToolTip(tr("Queue a new job with the same parameters (Ctrl+R)"));
    m_message->setAccessibleName(tr("Last action result"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_summary->setAccessibleName(tr("Gallery summary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    // The grid.
    m_delegate = new GalleryDelegate(m_thumbnailer, m_view);
    m_view->setModel(m_filter);
    m_view->setItemDelegate(m_delegate);
    m_view->setAccessibleName(tr("Outputs"));
    m_view->setViewMode(QListView::IconMode);
    m_view->setMovement(QListView::Static);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setUniformItemSizes(true);
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(2000);
    m_view->setGridSize(m_delegate->tileSize(m_view->font()));
    m_view->installEventFilter(this);
    m_view->setSpacing(0);
    m_view->setWordWrap(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setMouseTracking(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalScrollBar()->setSingleStep(48);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->viewport()->setAutoFillBackground(false);

    auto action = [this](const QString &text, const QKeySequence &key,
                         void (GalleryPage::*slot)()) {
        auto *a = new QAction(text, m_view);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        connect(a, &QAction::triggered, this, slot);
        m_view->addAction(a);
        m_actions << a;
        return a;
    };
    action(tr("Open"), QKeySequence(Qt::Key_Return), &GalleryPage::openSelected);
    action(tr("Reveal in folder"), {}, &GalleryPage::revealSelected);
    action(tr("Copy parameters"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
           &GalleryPage::copyParameters);
    action(tr("Re-run"), QKeySequence(Qt::CTRL | Qt::Key_R), &GalleryPage::rerunSelected);

    auto *noMatch = new QWidget(this);
    auto *noMatchLayout = new QVBoxLayout(noMatch);
    auto *noMatchText = new QLabel(tr("No outputs match these filters."), noMatch);
    noMatchText->setAlignment(Qt::AlignCenter);
    noMatchText->setForegroundRole(QPalette::PlaceholderText);
    auto *clear = new QPushButton(tr("C&lear filters"), noMatch);
    clear->setAccessibleName(tr("Clear the filters"));
    noMatchLayout->addStretch(1);
    noMatchLayout->addWidget(noMatchText);
    noMatchLayout->addWidget(clear, 0, Qt::AlignHCenter);
    noMatchLayout->addStretch(2);
    m_gridStack->addWidget(m_view);
    m_gridStack->addWidget(noMatch);

    // Empty state.
    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    auto *emptyText =
        new QLabel(tr("<h2>Nothing made yet</h2>"
                      "<p>Create an image on the Create page (or queue one with "
                      "<code>c41ctl jobs add</code>): every picture, video and sound the studio "
                      "makes lands here, with the prompt and settings that made it.</p>"),
                   empty);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setWordWrap(true);
    emptyText->setTextFormat(Qt::RichText);
    emptyText->setAccessibleName(tr("Nothing made yet"));
    // A column of fixed width: the wrapped text gets the height it needs.
    auto *column = new QWidget(empty);
    column->setFixedWidth(520);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(12);
    // Aligned in its layout, the label gets its size hint: ask for the wrapped height.
    emptyText->setMinimumHeight(emptyText->heightForWidth(column->width()));
    columnLayout->addWidget(emptyText);
    auto *create = new QPushButton(tr("Go to &Create"), column);
    create->setAccessibleName(tr("Go to the Create page"));
    columnLayout->addWidget(create, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(column, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_stack->addWidget(empty);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(8);
    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_kindFilter);
    filters->addWidget(m_serverFilter);
    filters->addWidget(m_dateFilter);
    filters->addWidget(m_textFilter, 1);
    contentLayout->addLayout(filters);
    auto *actions = new QHBoxLayout;
    actions->setSpacing(8);
    actions->addWidget(m_open);
    actions->addWidget(m_reveal);
    actions->addWidget(m_copy);
    actions->addWidget(m_rerun);
    actions->addSpacing(12);
    actions->addWidget(m_message, 1);
    contentLayout->addLayout(actions);
    contentLayout->addWidget(m_gridStack, 1);
    m_stack->addWidget(content);
    m_stack->setCurrentIndex(1);

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &GalleryPage::applyFilter);
    connect(m_serverFilter, &QComboBox::currentIndexChanged, this, &GalleryPage::applyFilter);
    connect(m_dateFilter, &QComboBox::currentIndexChanged, this, &GalleryPage::applyFilter);
    connect(m_textFilter, &QLineEdit::textChanged, m_textDebounce, qOverload<>(&QTimer::start));
    connect(m_textDebounce, &QTimer::timeout, this, &GalleryPage::applyFilter);
    connect(m_open, &QPushButton::clicked, this, &GalleryPage::openSelected);
    connect(m_reveal, &QPushButton::clicked, this, &GalleryPage::revealSelected);
    connect(m_copy, &QPushButton::clicked, this, &GalleryPage::copyParameters);
    connect(m_rerun, &QPushButton::clicked, this, &GalleryPage::rerunSelected);
    connect(clear, &QPushButton::clicked, this, &GalleryPage::clearFilters);
    connect(create, &QPushButton::clicked, this, &GalleryPage::createRequested);
    connect(m_view, &QListView::doubleClicked, this, &GalleryPage::openSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GalleryPage::updateButtons);
    connect(m_thumbnailer, &Thumbnailer::ready, m_repaint, qOverload<>(&QTimer::start));
    connect(m_repaint, &QTimer::timeout, m_view->viewport(), qOverload<>(&QWidget::update));
    connect(m_model, &GalleryModel::serversChanged, this, &GalleryPage::updateServers);
    connect(m_model, &GalleryModel::refreshed, this, &GalleryPage::updateState);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &GalleryPage::updateState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &GalleryPage::updateState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &GalleryPage::updateState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &GalleryPage::updateState);

    updateServers();
    updateState();
    updateButtons();
}

void GalleryPage::applyFilter()
{
    if (!m_filter)
        return;
    const int kind = m_kindFilter->currentData().toInt();
    m_filter->setFilters(kind < 0 ? std::nullopt : std::optional<MediaKind>(MediaKind(kind)),
                         m_serverFilter->currentData().toString(),
                         DateRange(m_dateFilter->currentData().toInt()),
                         m_textFilter->text().trimmed());
    updateState();
    updateButtons();
}

void GalleryPage::clearFilters()
{
    const QSignalBlocker a(m_kindFilter);
    const QSignalBlocker b(m_serverFilter);
    const QSignalBlocker c(m_dateFilter);
    const QSignalBlocker d(m_textFilter);
    m_kindFilter->setCurrentIndex(0);
    m_serverFilter->setCurrentIndex(0);
    m_dateFilter->setCurrentIndex(0);
    m_textFilter->clear();
    m_textDebounce->stop();
    applyFilter();
}

void GalleryPage::updateServers()
{
    const QString current = m_serverFilter->currentData().toString();
    const QSignalBlocker block(m_serverFilter);
    while (m_serverFilter->count() > 1)
        m_serverFilter->removeItem(1);
    const QStringList servers = m_model->servers();
    for (const QString &server : servers)
        m_serverFilter->addItem(server, server);
    // A server that no longer has outputs stays chosen until the filter is cleared.
    if (!current.isEmpty() && !servers.contains(current))
        m_serverFilter->addItem(current, current);
    m_serverFilter->setCurrentIndex(std::max(0, m_serverFilter->findData(current)));
}

void GalleryPage::updateState()
{
    if (!m_model)
        return;
    const int all = m_model->rowCount();
    const int shown = m_filter->rowCount();
    const bool empty = m_model->isLoaded() && all == 0 && m_model->lastError().isEmpty();
    m_stack->setCurrentIndex(empty ? 0 : 1);
    m_gridStack->setCurrentIndex(m_model->isLoaded() && all > 0 && shown == 0 ? 1 : 0);
    QString text;
    if (!m_model->isLoaded())
        text = tr("Reading the job history…");
    else if (m_filter->isFiltering())
        text = tr("%1 of %n output(s)", nullptr, all).arg(QLocale().toString(shown));
    else
        text = tr("%n output(s)", nullptr, all);
    if (!m_model->lastError().isEmpty())
        text += QStringLiteral(" · ") + m_model->lastError();
    m_summary->setText(text);
    m_summary->setVisible(!empty);
}

void GalleryPage::updateButtons()
{
    if (!m_view)
        return;
    const bool any = !selectedPath().isEmpty();
    for (QPushButton *b : {m_open, m_reveal, m_copy, m_rerun})
        b->setEnabled(any);
    for (QAction *a : std::as_const(m_actions))
        a->setEnabled(any);
}

bool GalleryPage::selectPath(const QString &path)
{
    if (!m_model)
        return false;
    const int sourceRow = m_model->rowOfPath(path);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(index);
    return true;
}

QString GalleryPage::selectedPath() const
{
    if (!m_view)
        return {};
    const QModelIndexList rows = m_view->selectionModel()->selectedIndexes();
    return rows.isEmpty() ? QString() : rows.first().data(GalleryModel::PathRole).toString();
}

qint64 GalleryPage::selectedJobId() const
{
    if (!m_view)
        return 0;
    const QModelIndexList rows = m_view->selectionModel()->selectedIndexes();
    return rows.isEmpty() ? 0 : rows.first().data(GalleryModel::JobIdRole).toLongLong();
}

bool GalleryPage::isEmptyStateShown() const
{
    return m_stack && m_stack->currentIndex() == 0;
}

bool GalleryPage::isNoMatchShown() const
{
    return m_gridStack && m_stack->currentIndex() == 1 && m_gridStack->currentIndex() == 1;
}

QString GalleryPage::message() const
{
    return m_message ? m_message->text() : QString();
}

QString GalleryPage::summary() const
{
    return m_summary ? m_summary->text() : QString();
}

void GalleryPage::showMessage(const QString &text, bool error)
{
    if (!m_message)
        return;
    m_message->setText(text);
    m_message->setToolTip(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;")
                                   : QStringLiteral("color: palette(placeholder-text);"));
}

void GalleryPage::showRerunResult(qint64 jobId, qint64 newJobId, const QString &error)
{
    if (newJobId > 0)
        showMessage(tr("Job %1 runs again as job %2: see the Jobs page.").arg(jobId).arg(newJobId),
                    false);
    else
        showMessage(tr("Job %1 could not run again: %2").arg(jobId).arg(error), true);
}

void GalleryPage::openSelected()
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    if (!QFileInfo::exists(path)) {
        showMessage(tr("%1 is no longer there.").arg(path), true);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        showMessage(tr("Could not open %1.").arg(path), true);
}

void GalleryPage::revealSelected()
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    const QString dir = QFileInfo(path).absolutePath();
    if (!QFileInfo(dir).isDir()) {
        showMessage(tr("%1 is no longer there.").arg(dir), true);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(dir)))
        showMessage(tr("Could not open %1.").arg(dir), true);
}

void GalleryPage::copyParameters()
{
    const qint64 id = selectedJobId();
    if (!id || !m_store)
        return;
    const net::Result<jobs::Job> job = m_store->job(id);
    if (!job) {
        showMessage(job.error().toString(), true);
        return;
    }
    QGuiApplication::clipboard()->setText(jobs::GalleryIndex::parametersJson(*job));
    showMessage(tr("The parameters of job %1 are on the clipboard.").arg(id), false);
}

void GalleryPage::rerunSelected()
{
    const qint64 id = selectedJobId();
    if (!id)
        return;
    showMessage(tr("Queueing job %1 again…").arg(id), false);
    Q_EMIT rerunRequested(id);
}

} // namespace c41::ui
