// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobspage.h"

#include "jobs/jobdispatcher.h" // JobQueue holds a QPointer<JobDispatcher>
#include "jobs/jobqueue.h"
#include "jobs/jobstore.h"
#include "models/jobsmodel.h"
#include "widgets/jobprogressdelegate.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace c41::ui {

using jobs::Job;
using jobs::JobKind;
using jobs::JobState;

namespace {

constexpr int kPreviewSize = 320;

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QString shorten(QString text, int max)
{
    text = text.simplified();
    if (text.size() > max)
        text = text.left(max - 1) + QChar(0x2026);
    return text;
}

// "key: value" lines for the job's parameters; a workflow is summarised by its size.
QString paramsSummary(const nlohmann::json &params)
{
    if (!params.is_object() || params.empty())
        return QCoreApplication::translate("c41::ui::JobsPage", "(none)");
    QStringList lines;
    for (auto it = params.begin(); it != params.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        const nlohmann::json &v = it.value();
        QString value;
        if (v.is_string())
            value = shorten(QString::fromStdString(v.get<std::string>()), 240);
        else if (v.is_object())
            value = QCoreApplication::translate("c41::ui::JobsPage", "{%1 fields}").arg(v.size());
        else if (v.is_array())
            value = QCoreApplication::translate("c41::ui::JobsPage", "[%1 items]").arg(v.size());
        else
            value = QString::fromStdString(
                v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        lines << key + QStringLiteral(": ") + value;
    }
    return lines.join(u'\n');
}

QStringList outputPaths(const Job &job)
{
    QStringList paths;
    if (!job.outputs.is_array())
        return paths;
    for (const auto &o : job.outputs) {
        if (o.is_string())
            paths << QString::fromStdString(o.get<std::string>());
        else if (o.is_object() && o.contains("path") && o["path"].is_string())
            paths << QString::fromStdString(o["path"].get<std::string>());
    }
    return paths;
}

bool isImage(const QString &path)
{
    return !QImageReader::imageFormat(path).isEmpty();
}

// The latest preview in the job's folder (preview.*), else its last image output.
QString previewPath(const Job &job)
{
    if (!job.outputDir.isEmpty()) {
        const QFileInfoList previews =
            QDir(job.outputDir)
                .entryInfoList({QStringLiteral("preview*.png"), QStringLiteral("preview*.jpg"),
                                QStringLiteral("preview*.webp")},
                               QDir::Files, QDir::Time);
        if (!previews.isEmpty())
            return previews.first().absoluteFilePath();
    }
    const QStringList outputs = outputPaths(job);
    for (auto it = outputs.crbegin(); it != outputs.crend(); ++it)
        if (QFileInfo::exists(*it) && isImage(*it))
            return *it;
    return {};
}

} // namespace

JobsPage::JobsPage(jobs::JobStore *store, jobs::JobQueue *queue, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_queue(queue)
    , m_model(new JobsModel(store, queue, this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_stateFilter(new QComboBox(this))
    , m_kindFilter(new QComboBox(this))
    , m_textFilter(new QLineEdit(this))
    , m_textDebounce(new QTimer(this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_rerun(new QPushButton(tr("Re-r&un"), this))
    , m_reveal(new QPushButton(tr("Re&veal output"), this))
    , m_pause(new QPushButton(tr("&Pause queue"), this))
    , m_moveTop(new QAction(tr("Move to &top"), this))
    , m_moveUp(new QAction(tr("Move &up"), this))
    , m_moveDown(new QAction(tr("Move &down"), this))
    , m_moveBottom(new QAction(tr("Move to &bottom"), this))
    , m_freeMemory(new QPushButton(tr("&Free GPU memory"), this))
    , m_message(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_detailsStack(new QStackedWidget(this))
    , m_detailTitle(new QLabel(this))
    , m_detailState(new QLabel(this))
    , m_detailServer(new QLabel(this))
    , m_detailTimes(new QLabel(this))
    , m_detailParams(new QLabel(this))
    , m_detailError(new QLabel(this))
    , m_outputsLabel(sectionLabel(tr("Outputs"), this))
    , m_outputs(new QListWidget(this))
    , m_revealDetails(new QPushButton(tr("Reveal"), this))
    , m_preview(new QLabel(this))
{
    setObjectName(QStringLiteral("jobsPage"));
    auto *title = new QLabel(tr("Jobs"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);

    // Filters.
    m_stateChoices = {{},
                      {JobState::Queued, JobState::Dispatched, JobState::Running},
                      {JobState::Queued},
                      {JobState::Dispatched, JobState::Running},
                      {JobState::Succeeded},
                      {JobState::Failed, JobState::Lost},
                      {JobState::Cancelled}};
    m_stateFilter->addItems({tr("All states"), tr("Pending or running"), tr("Queued"),
                             tr("Running"), tr("Succeeded"), tr("Failed or lost"),
                             tr("Cancelled")});
    m_stateFilter->setAccessibleName(tr("Filter by state"));
    m_kindFilter->addItem(tr("All kinds"));
    for (JobKind k : {JobKind::Image, JobKind::Video, JobKind::LipSync, JobKind::V2A, JobKind::Tts,
                      JobKind::Chat, JobKind::ModelLoad, JobKind::ModelPull})
        m_kindFilter->addItem(jobs::kindName(k), int(k));
    m_kindFilter->setAccessibleName(tr("Filter by kind"));
    m_textFilter->setPlaceholderText(tr("Search prompts…"));
    m_textFilter->setClearButtonEnabled(true);
    m_textFilter->setAccessibleName(tr("Search job prompts"));
    m_textFilter->setMinimumWidth(280);
    m_textDebounce->setSingleShot(true);
    m_textDebounce->setInterval(250);

    m_pause->setCheckable(true);
    m_pause->setAccessibleName(tr("Pause or resume the queue"));
    m_pause->setToolTip(tr("Queued jobs wait while the queue is paused; running jobs finish"));
    m_cancel->setAccessibleName(tr("Cancel the selected job"));
    m_cancel->setToolTip(tr("A queued job is cancelled; a running one is interrupted"));
    m_retry->setAccessibleName(tr("Retry the selected job"));
    m_retry->setToolTip(tr("Queue a failed, lost or cancelled job again"));
    m_rerun->setAccessibleName(tr("Run the selected job again"));
    m_rerun->setToolTip(tr("Queue a new job with the same parameters"));
    m_reveal->setAccessibleName(tr("Reveal the selected job's output folder"));
    m_reveal->setToolTip(tr("Open the folder holding the job's outputs"));
    // Reordering the queue: buttons, the table's context menu and Ctrl+Home/Up/Down/End.
    struct MoveSpec
    {
        QAction *action;
        QString button;
        QString tip;
        QKeySequence keys;
        jobs::QueueMove where;
    };
    const QList<MoveSpec> moves{
        {m_moveTop, tr("Top"), tr("Run the selected queued job before all others"),
         QKeySequence(Qt::CTRL | Qt::Key_Home), jobs::QueueMove::Top},
        {m_moveUp, tr("Up"), tr("Run the selected queued job one place sooner"),
         QKeySequence(Qt::CTRL | Qt::Key_Up), jobs::QueueMove::Up},
        {m_moveDown, tr("Down"), tr("Run the selected queued job one place later"),
         QKeySequence(Qt::CTRL | Qt::Key_Down), jobs::QueueMove::Down},
        {m_moveBottom, tr("Bottom"), tr("Run the selected queued job after all others"),
         QKeySequence(Qt::CTRL | Qt::Key_End), jobs::QueueMove::Bottom},
    };
    const QList<QStyle::StandardPixmap> moveIcons{QStyle::SP_MediaSkipBackward, QStyle::SP_ArrowUp,
                                                  QStyle::SP_ArrowDown,
                                                  QStyle::SP_MediaSkipForward};
    auto *moveButtons = new QHBoxLayout;
    moveButtons->setSpacing(2);
    auto *queueLabel = new QLabel(tr("Queue order:"), this);
    queueLabel->setForegroundRole(QPalette::PlaceholderText);
    moveButtons->addWidget(queueLabel);
    moveButtons->addSpacing(4);
    for (qsizetype i = 0; i < moves.size(); ++i) {
        const MoveSpec &m = moves[i];
        m.action->setIconText(m.button);
        m.action->setIcon(style()->standardIcon(moveIcons[i]));
        m.action->setShortcut(m.keys);
        m.action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m.action->setToolTip(m.tip + QStringLiteral(" (") +
                             m.keys.toString(QKeySequence::NativeText) + u')');
        m.action->setEnabled(false);
        m_view->addAction(m.action); // the shortcuts act on the table, and its context menu
        const jobs::QueueMove where = m.where;
        connect(m.action, &QAction::triggered, this, [this, where] { moveSelected(where); });
        auto *button = new QToolButton(this);
        button->setDefaultAction(m.action);
        button->setAutoRaise(false);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAccessibleName(m.action->text().remove(u'&'));
        moveButtons->addWidget(button);
    }
    m_freeMemory->setAccessibleName(tr("Free GPU memory on idle ComfyUI servers"));
    m_freeMemory->setToolTip(tr("While the queue is paused: unload the models of every ComfyUI "
                                "server that runs no job, so other work can use its GPU"));
    m_freeMemory->hide();
    m_message->setAccessibleName(tr("Last action result"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_summary->setAccessibleName(tr("Jobs summary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    // The table.
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Jobs"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Queued rows can be dragged to their new place where the queue is shown in order.
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDragDropOverwriteMode(false);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 14);
    m_view->setItemDelegateForColumn(
        JobsModel::ProgressColumn,
        new JobProgressDelegate(JobsModel::ProgressRole, JobsModel::ActiveRole, m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(JobsModel::TitleColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(48);
    const int em = m_view->fontMetrics().horizontalAdvance(u'M');
    header->resizeSection(JobsModel::StateColumn, 10 * em);
    header->resizeSection(JobsModel::KindColumn, 6 * em);
    header->resizeSection(JobsModel::ServerColumn, 10 * em);
    header->resizeSection(JobsModel::ProgressColumn, 8 * em);
    header->resizeSection(JobsModel::StartedColumn, 7 * em);
    header->resizeSection(JobsModel::DurationColumn, 6 * em);

    // The details pane.
    auto *placeholder = new QLabel(tr("Select a job to see its details."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_detailsStack->addWidget(placeholder);

    QFont titleFont = m_detailTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_detailTitle->setFont(titleFont);
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setAccessibleName(tr("Selected job"));
    for (QLabel *l :
         {m_detailState, m_detailServer, m_detailTimes, m_detailParams, m_detailError}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setTextFormat(Qt::PlainText);
    }
    m_detailState->setAccessibleName(tr("Job state"));
    m_detailServer->setAccessibleName(tr("Job server"));
    m_detailTimes->setAccessibleName(tr("Job times"));
    m_detailTimes->setForegroundRole(QPalette::PlaceholderText);
    m_detailParams->setAccessibleName(tr("Job parameters"));
    m_detailError->setAccessibleName(tr("Job error"));
    m_detailError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_outputs->setAccessibleName(tr("Job outputs"));
    m_outputs->setToolTip(tr("Double-click a file to open it"));
    m_revealDetails->setAccessibleName(tr("Reveal the output folder"));
    m_revealDetails->setToolTip(tr("Open the folder holding these files"));
    m_outputs->setTextElideMode(Qt::ElideMiddle);
    m_preview->setAccessibleName(tr("Job preview"));
    m_preview->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_preview->hide();

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(16, 12, 16, 12);
    detailsLayout->setSpacing(6);
    detailsLayout->addWidget(m_detailTitle);
    detailsLayout->addWidget(m_detailState);
    detailsLayout->addWidget(m_detailServer);
    detailsLayout->addWidget(m_detailTimes);
    detailsLayout->addWidget(m_detailError);
    detailsLayout->addSpacing(6);
    detailsLayout->addWidget(sectionLabel(tr("Parameters"), this));
    detailsLayout->addWidget(m_detailParams);
    detailsLayout->addSpacing(6);
    auto *outputsHeader = new QHBoxLayout;
    outputsHeader->setContentsMargins(0, 0, 0, 0);
    outputsHeader->addWidget(m_outputsLabel);
    outputsHeader->addStretch(1);
    outputsHeader->addWidget(m_revealDetails);
    detailsLayout->addLayout(outputsHeader);
    detailsLayout->addWidget(m_outputs);
    detailsLayout->addWidget(m_preview);
    detailsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_detailsStack->addWidget(scroll);
    m_detailsStack->setMinimumWidth(300);

    auto *detailsFrame = new QFrame(this);
    detailsFrame->setFrameShape(QFrame::StyledPanel);
    auto *frameLayout = new QVBoxLayout(detailsFrame);
    frameLayout->setContentsMargins(0, 0, 0, 0);
    frameLayout->addWidget(m_detailsStack);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detailsFrame);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({800, 360});

    // Empty state and content.
    auto *empty = new QLabel(tr("<h2>No jobs yet</h2>"
                                "<p>Make an image, a video, a lip-sync or speech on the "
                                "Create page (or queue one with <code>c41ctl jobs add</code>): "
                                "jobs appear here, run on the studio's servers, and keep "
                                "their outputs.</p>"),
                             this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setTextFormat(Qt::RichText);
    empty->setAccessibleName(tr("No jobs yet"));
    m_stack->addWidget(empty);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(8);
    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_stateFilter);
    filters->addWidget(m_kindFilter);
    filters->addWidget(m_textFilter, 1);
    contentLayout->addLayout(filters);
    auto *actions = new QHBoxLayout;
    actions->setSpacing(8);
    actions->addWidget(m_cancel);
    actions->addWidget(m_retry);
    actions->addWidget(m_rerun);
    actions->addWidget(m_reveal);
    actions->addSpacing(16);
    actions->addLayout(moveButtons);
    actions->addSpacing(12);
    actions->addWidget(m_message, 1);
    contentLayout->addLayout(actions);
    contentLayout->addWidget(splitter, 1);
    m_stack->addWidget(content);

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_summary);
    top->addWidget(m_freeMemory);
    top->addWidget(m_pause);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &JobsPage::applyFilter);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &JobsPage::applyFilter);
    connect(m_textFilter, &QLineEdit::textChanged, m_textDebounce, qOverload<>(&QTimer::start));
    connect(m_textDebounce, &QTimer::timeout, this, &JobsPage::applyFilter);
    connect(m_cancel, &QPushButton::clicked, this, &JobsPage::cancelSelected);
    connect(m_retry, &QPushButton::clicked, this, [this] { retrySelected(false); });
    connect(m_rerun, &QPushButton::clicked, this, [this] { retrySelected(true); });
    connect(m_reveal, &QPushButton::clicked, this, &JobsPage::revealSelected);
    connect(m_revealDetails, &QPushButton::clicked, this, &JobsPage::revealSelected);
    connect(m_pause, &QPushButton::clicked, this, &JobsPage::togglePause);
    connect(m_freeMemory, &QPushButton::clicked, this, [this] { freeMemory(); });
    connect(m_outputs, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(item->data(Qt::UserRole).toString()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const qint64 id = selectedJobId();
                const int row = id ? m_model->rowOf(id) : -1;
                if (row >= from.row() && row <= to.row() &&
                    (from.column() != JobsModel::DurationColumn ||
                     to.column() != JobsModel::DurationColumn)) {
                    updateDetails();
                    updateButtons();
                }
            });
    // A reset (new filter, rows that no longer line up) keeps the selected job.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptSelection = selectedJobId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keptSelection)
            selectJob(m_keptSelection);
        updateDetails();
        updateButtons();
    });
    connect(m_model, &JobsModel::refreshed, this, &JobsPage::updateSummary);
    connect(m_model, &JobsModel::refreshed, this, &JobsPage::updateButtons); // queue places
    connect(m_model, &JobsModel::jobMoved, this, [this](qint64 id, int place) {
        selectJob(id);
        updateButtons();
        showMoved(id, place);
    });
    connect(m_model, &JobsModel::moveFailed, this,
            [this](const QString &error) { showMessage(error, true); });

    updateDetails();
    updateButtons();
    updateSummary();
}

void JobsPage::applyFilter()
{
    jobs::JobFilter f;
    const int s = m_stateFilter->currentIndex();
    if (s > 0 && s < m_stateChoices.size())
        f.states = m_stateChoices[s];
    if (m_kindFilter->currentIndex() > 0)
        f.kind = JobKind(m_kindFilter->currentData().toInt());
    f.text = m_textFilter->text().trimmed();
    // Queued jobs alone: in the order they will run, so moving one moves its row.
    f.newestFirst = f.states != QList<JobState>{JobState::Queued};
    m_model->setFilter(f);
}

bool JobsPage::selectJob(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->selectionModel()->select(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                              QItemSelectionModel::NoUpdate);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

qint64 JobsPage::selectedJobId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(JobsModel::JobIdRole).toLongLong();
}

QString JobsPage::detailsState() const
{
    return m_detailState->text();
}

QString JobsPage::detailsError() const
{
    return m_detailError->isHidden() ? QString() : m_detailError->text();
}

QStringList JobsPage::detailsOutputs() const
{
    QStringList out;
    for (int i = 0; i < m_outputs->count(); ++i)
        out << m_outputs->item(i)->data(Qt::UserRole).toString();
    return out;
}

bool JobsPage::hasPreview() const
{
    return !m_preview->isHidden() && !m_preview->pixmap().isNull();
}

QString JobsPage::message() const
{
    return m_message->text();
}

bool JobsPage::isEmptyStateShown() const
{
    return m_stack->currentIndex() == 0;
}

void JobsPage::updateDetails()
{
    const qint64 id = selectedJobId();
    const Job *job = id ? m_model->jobAt(m_model->rowOf(id)) : nullptr;
    if (!job) {
        m_detailsStack->setCurrentIndex(0);
        m_detailState->clear();
        m_detailError->clear();
        m_detailError->hide();
        m_outputs->clear();
        m_preview->clear();
        m_preview->hide();
        m_previewKey.clear();
        return;
    }
    m_detailsStack->setCurrentIndex(1);
    m_detailTitle->setText(tr("Job %1 · %2").arg(job->id).arg(jobs::kindName(job->kind)));

    QString state = jobs::stateText(job->state);
    state[0] = state[0].toUpper();
    if (job->isActive()) {
        if (job->cancelRequested)
            state = tr("Cancelling");
        state += tr(" — %1%").arg(qRound(job->progress));
        if (!job->step.isEmpty())
            state += tr(", %1").arg(job->step);
        if (job->etaSeconds >= 0)
            state += tr(", about %1 left").arg(JobsModel::durationText(job->etaSeconds));
    } else if (job->state == JobState::Queued) {
        state += m_queue && m_queue->isPaused() ? tr(" — the queue is paused")
                                                : tr(" — waiting for a server");
    }
    if (job->attempts > 1)
        state += tr(" (attempt %1)").arg(job->attempts);
    m_detailState->setText(state);

    m_detailServer->setText(job->server.isEmpty()
                                ? tr("Target: %1 (no server chosen yet)").arg(job->target)
                                : tr("Server: %1 (target: %2)").arg(job->server, job->target));

    const QLocale locale;
    QStringList times;
    if (job->created.isValid())
        times << tr("created %1")
                     .arg(locale.toString(job->created.toLocalTime(), QLocale::ShortFormat));
    if (job->started.isValid())
        times << tr("started %1")
                     .arg(locale.toString(job->started.toLocalTime(), QLocale::ShortFormat));
    if (job->finished.isValid() && job->started.isValid())
        times << tr("took %1").arg(JobsModel::durationText(job->started.secsTo(job->finished)));
    m_detailTimes->setText(times.join(u'\n'));

    m_detailParams->setText(paramsSummary(job->params));
    m_detailError->setText(job->error);
    m_detailError->setVisible(!job->error.isEmpty());

    const QStringList outputs = outputPaths(*job);
    m_outputs->clear();
    for (const QString &path : outputs) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_outputs);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    // As tall as its rows (up to six), not a big empty box.
    const int rowHeight = std::max(m_outputs->sizeHintForRow(0), fontMetrics().height() + 4);
    m_outputs->setFixedHeight(rowHeight * int(std::clamp<qsizetype>(outputs.size(), 1, 6)) +
                              2 * m_outputs->frameWidth() + 4);
    m_outputsLabel->setVisible(!outputs.isEmpty());
    m_outputs->setVisible(!outputs.isEmpty());
    m_revealDetails->setVisible(!outputs.isEmpty());
    m_revealDetails->setEnabled(!outputFolder().isEmpty());

    // The preview is read again only when its file changed.
    const QString preview = previewPath(*job);
    const QString key =
        preview.isEmpty()
            ? QString()
            : preview + QString::number(QFileInfo(preview).lastModified().toMSecsSinceEpoch());
    if (key != m_previewKey) {
        m_previewKey = key;
        QPixmap pixmap;
        if (!preview.isEmpty()) {
            QImageReader reader(preview);
            reader.setAutoTransform(true);
            const QSize size = reader.size();
            if (size.isValid())
                reader.setScaledSize(
                    size.scaled(kPreviewSize, kPreviewSize, Qt::KeepAspectRatio).boundedTo(size));
            const QImage image = reader.read();
            if (!image.isNull())
                pixmap = QPixmap::fromImage(image);
        }
        m_preview->setPixmap(pixmap);
        m_preview->setToolTip(preview);
        m_preview->setVisible(!pixmap.isNull());
    }
}

void JobsPage::updateButtons()
{
    const qint64 id = selectedJobId();
    const Job *job = id ? m_model->jobAt(m_model->rowOf(id)) : nullptr;
    m_cancel->setEnabled(job && !job->isFinished() && !job->cancelRequested);
    m_retry->setEnabled(job && job->isFinished() && job->state != JobState::Succeeded);
    m_rerun->setEnabled(job && job->isFinished());
    m_reveal->setEnabled(job && !outputFolder().isEmpty());
    const int place =
        job && job->state == JobState::Queued && m_queue ? m_model->queuePlace(id) : 0;
    m_moveTop->setEnabled(place > 1);
    m_moveUp->setEnabled(place > 1);
    m_moveDown->setEnabled(place > 0 && place < m_model->queuedCount());
    m_moveBottom->setEnabled(place > 0 && place < m_model->queuedCount());
}

void JobsPage::moveSelected(jobs::QueueMove where)
{
    const qint64 id = selectedJobId();
    if (!id || !m_queue)
        return;
    auto r = m_queue->move(id, where);
    if (!r) {
        showMessage(r.error().toString(), true);
        return;
    }
    m_model->refreshNow();
    selectJob(id); // the selection follows the job to its new row
    updateButtons();
    showMoved(id, *r);
}

void JobsPage::showMoved(qint64 id, int place)
{
    showMessage(place == 0 ? tr("Job %1 runs next.").arg(id)
                           : tr("Job %1 is now number %2 in the queue.").arg(id).arg(place + 1),
                false);
}

void JobsPage::setMemoryFreer(jobs::GpuMemoryFreer *freer)
{
    m_freer = freer;
    updateFreeMemoryButton();
}

void JobsPage::updateFreeMemoryButton()
{
    const bool paused = m_queue && m_queue->isPaused();
    m_freeMemory->setVisible(paused && m_freer && !m_freer->isEmpty());
    m_freeMemory->setEnabled(!m_freeing);
    m_freeMemory->setText(m_freeing ? tr("Freeing GPU memory…") : tr("&Free GPU memory"));
}

QCoro::Task<> JobsPage::freeMemory()
{
    if (!m_freer || m_freeing)
        co_return;
    QPointer<JobsPage> self(this);
    m_freeing = true;
    updateFreeMemoryButton();
    showMessage(tr("Freeing the GPU memory of %n ComfyUI server(s)…", nullptr,
                   int(m_freer->servers().size())),
                false);
    const QList<jobs::FreeMemoryResult> results = co_await m_freer->freeIdle();
    if (!self)
        co_return;
    m_freeing = false;
    updateFreeMemoryButton();
    QStringList lines;
    bool failed = false;
    for (const jobs::FreeMemoryResult &r : results) {
        lines << r.text();
        failed = failed || r.outcome == jobs::FreeMemoryResult::Outcome::Failed;
    }
    showMessage(lines.isEmpty() ? jobs::GpuMemoryFreer::summary(results) : lines.join(u' '),
                failed);
}

void JobsPage::updateSummary()
{
    const bool none = m_model->storeCount() == 0 && m_model->lastError().isEmpty();
    m_stack->setCurrentIndex(none ? 0 : 1);
    const bool paused = m_queue ? m_queue->isPaused() : m_store->isPaused();
    m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("Resume &queue") : tr("&Pause queue"));
    m_pause->setEnabled(m_queue != nullptr);
    updateFreeMemoryButton();

    auto countOf = [this](QList<JobState> states) {
        jobs::JobFilter f;
        f.states = std::move(states);
        auto n = m_store->count(f);
        return n ? *n : 0;
    };
    QStringList parts;
    const int all = m_model->storeCount();
    parts << (all == 1 ? tr("1 job") : tr("%1 jobs").arg(QLocale().toString(all)));
    if (const int running = countOf({JobState::Dispatched, JobState::Running}))
        parts << tr("%1 running").arg(running);
    if (const int queued = countOf({JobState::Queued}))
        parts << tr("%1 queued").arg(queued);
    if (paused)
        parts << tr("queue paused");
    if (m_model->totalCount() != m_model->storeCount())
        parts << tr("%1 match the filter").arg(QLocale().toString(m_model->totalCount()));
    if (!m_model->lastError().isEmpty())
        parts << m_model->lastError();
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_summary->setVisible(!none);
}

void JobsPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setToolTip(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;")
                                   : QStringLiteral("color: palette(placeholder-text);"));
}

void JobsPage::cancelSelected()
{
    const qint64 id = selectedJobId();
    if (!id || !m_queue)
        return;
    auto r = m_queue->cancel(id);
    if (!r) {
        showMessage(r.error().toString(), true);
        return;
    }
    showMessage(*r ? tr("Job %1 was cancelled.").arg(id)
                   : tr("Job %1 is being interrupted on its server…").arg(id),
                false);
    m_model->refreshNow();
}

void JobsPage::retrySelected(bool rerun)
{
    const qint64 id = selectedJobId();
    if (!id || !m_queue)
        return;
    auto r = m_queue->retry(id);
    if (!r) {
        showMessage(r.error().toString(), true);
        return;
    }
    showMessage(rerun ? tr("Job %1 runs again as job %2.").arg(id).arg(*r)
                      : tr("Job %1 is retried as job %2.").arg(id).arg(*r),
                false);
    m_model->refreshNow();
}

QString JobsPage::outputFolder() const
{
    const qint64 id = selectedJobId();
    const Job *job = id ? m_model->jobAt(m_model->rowOf(id)) : nullptr;
    if (!job)
        return {};
    if (!job->outputDir.isEmpty() && QFileInfo(job->outputDir).isDir())
        return job->outputDir;
    const QStringList outputs = outputPaths(*job);
    for (const QString &path : outputs) {
        const QString dir = QFileInfo(path).absolutePath();
        if (QFileInfo(dir).isDir())
            return dir;
    }
    return {};
}

void JobsPage::revealSelected()
{
    const QString dir = outputFolder();
    if (dir.isEmpty())
        return;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(dir)))
        showMessage(tr("Could not open %1.").arg(dir), true);
}

void JobsPage::togglePause()
{
    if (!m_queue)
        return;
    const bool paused = m_queue->isPaused();
    auto r = paused ? m_queue->resume() : m_queue->pause();
    if (!r.ok())
        showMessage(r.error().toString(), true);
    else
        showMessage(paused ? tr("The queue runs again.")
                           : tr("The queue is paused: queued jobs wait; running jobs finish."),
                    false);
    m_model->refreshNow();
}

} // namespace c41::ui
