// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelspage.h"

#include "models/llmmodelsmodel.h"
#include "studio/modelcatalog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>

namespace c41::ui {

using studio::ModelCatalog;

ModelsPage::ModelsPage(ModelCatalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_model(new LlmModelsModel(catalog, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_refresh(new QToolButton(this))
    , m_load(new QPushButton(tr("&Load"), this))
    , m_unload(new QPushButton(tr("&Unload"), this))
    , m_pin(new QPushButton(tr("&Pin"), this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("modelsPage"));
    auto *title = new QLabel(tr("Models"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);

    m_filter->setPlaceholderText(tr("Filter by server, model, family or quantisation…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter models"));
    m_filter->setMinimumWidth(320);
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Ask every server again (F5)"));
    m_refresh->setAccessibleName(tr("Refresh models"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_load->setToolTip(tr("Load the selected models into memory"));
    m_unload->setToolTip(tr("Free the memory the selected models hold"));
    m_pin->setToolTip(tr("Load the selected models and keep them loaded"));
    m_load->setAccessibleName(tr("Load selected models"));
    m_unload->setAccessibleName(tr("Unload selected models"));
    m_pin->setAccessibleName(tr("Pin selected models"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setMaximumHeight(12);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Action in progress"));
    m_progress->hide();
    m_message->setAccessibleName(tr("Last action result"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_summary->setAccessibleName(tr("Models summary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(LlmModelsModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Models of every server"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 14);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const int em = m_view->fontMetrics().horizontalAdvance(u'M');
    header->resizeSection(LlmModelsModel::ServerColumn, 10 * em);
    header->resizeSection(LlmModelsModel::ModelColumn, 20 * em);
    header->resizeSection(LlmModelsModel::SizeColumn, 6 * em);
    header->resizeSection(LlmModelsModel::ParamsColumn, 12 * em);
    header->resizeSection(LlmModelsModel::QuantColumn, 7 * em);
    header->resizeSection(LlmModelsModel::ContextColumn, 7 * em);

    auto *empty = new QLabel(
        tr("<h2>No LLM server yet</h2>"
           "<p>Add an Ollama or OpenAI-compatible server (llama.cpp, vLLM, LM Studio…) "
           "in <b>Settings</b>, as <code>ollama+http://host:11434</code> or "
           "<code>openai+http://host:8080</code>.<br>Its models appear here, ready to load, "
           "unload and pin.</p>"),
        this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setTextFormat(Qt::RichText);
    empty->setAccessibleName(tr("No LLM server configured"));
    m_stack->addWidget(empty);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(8);
    auto *actions = new QHBoxLayout;
    actions->setSpacing(8);
    actions->addWidget(m_load);
    actions->addWidget(m_unload);
    actions->addWidget(m_pin);
    actions->addSpacing(12);
    actions->addWidget(m_progress);
    actions->addWidget(m_message, 1);
    contentLayout->addLayout(actions);
    contentLayout->addWidget(m_view, 1);
    contentLayout->addWidget(m_summary);
    m_stack->addWidget(content);

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_filter);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    const bool none = catalog->serverNames().isEmpty();
    m_stack->setCurrentIndex(none ? 0 : 1);
    m_filter->setEnabled(!none);
    m_refresh->setEnabled(!none);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_refresh, &QToolButton::clicked, this, [this] { m_catalog->refresh(); });
    connect(m_load, &QPushButton::clicked, this, [this] { act(int(ModelCatalog::Action::Load)); });
    connect(m_unload, &QPushButton::clicked, this,
            [this] { act(int(ModelCatalog::Action::Unload)); });
    connect(m_pin, &QPushButton::clicked, this, [this] { act(int(ModelCatalog::Action::Pin)); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ModelsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ModelsPage::updateButtons);
    // A server's list changing resets the model: keep the user's selection across it.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptSelection.clear();
        for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
            m_keptSelection << row.data(LlmModelsModel::ServerRole).toString() + u'\n' +
                                   row.data(LlmModelsModel::ModelNameRole).toString();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        QItemSelection selection;
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            const QModelIndex i = m_proxy->index(r, 0);
            const QString key = i.data(LlmModelsModel::ServerRole).toString() + u'\n' +
                                i.data(LlmModelsModel::ModelNameRole).toString();
            if (m_keptSelection.contains(key))
                selection.select(i, m_proxy->index(r, LlmModelsModel::ColumnCount - 1));
        }
        m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        updateButtons();
    });
    connect(catalog, &ModelCatalog::serverChanged, this, &ModelsPage::updateSummary);
    connect(catalog, &ModelCatalog::actionStarted, this,
            [this](const QString &server, const QString &model, ModelCatalog::Action action) {
                ++m_running;
                m_progress->show();
                const QString what = action == ModelCatalog::Action::Load ? tr("Loading %1 on %2…")
                                     : action == ModelCatalog::Action::Unload
                                         ? tr("Unloading %1 on %2…")
                                         : tr("Pinning %1 on %2…");
                showMessage(what.arg(model, server), false);
            });
    connect(catalog, &ModelCatalog::actionFinished, this,
            [this](const QString &server, const QString &model, ModelCatalog::Action action,
                   const QString &error) {
                m_running = std::max(0, m_running - 1);
                m_progress->setVisible(m_running > 0);
                if (!error.isEmpty()) {
                    showMessage(error, true);
                    return;
                }
                const QString what =
                    action == ModelCatalog::Action::Load     ? tr("%1 is loaded on %2.")
                    : action == ModelCatalog::Action::Unload ? tr("%1 was unloaded from %2.")
                                                             : tr("%1 is pinned on %2.");
                showMessage(what.arg(model, server), false);
            });
    showMessage(tr("Select models to load, unload or pin them."), false);
    updateButtons();
    updateSummary();
}

QString ModelsPage::message() const
{
    return m_message->text();
}

void ModelsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_catalog->serverNames().isEmpty() && !m_catalog->isRunning())
        m_catalog->start();
}

void ModelsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_catalog->stop();
}

void ModelsPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setToolTip(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;")
                                   : QStringLiteral("color: palette(placeholder-text);"));
}

void ModelsPage::act(int action)
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const QString server = row.data(LlmModelsModel::ServerRole).toString();
        const QString model = row.data(LlmModelsModel::ModelNameRole).toString();
        if (model.isEmpty() || row.data(LlmModelsModel::BusyRole).toBool())
            continue;
        m_catalog->run(ModelCatalog::Action(action), server, model);
    }
    updateButtons();
}

void ModelsPage::updateButtons()
{
    bool canLoad = false;
    bool canUnload = false;
    bool canPin = false;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (row.data(LlmModelsModel::IsErrorRole).toBool() ||
            row.data(LlmModelsModel::BusyRole).toBool())
            continue;
        const bool loaded = row.data(LlmModelsModel::LoadedRole).toBool();
        canLoad |= !loaded;
        canUnload |= loaded;
        canPin |= !row.data(LlmModelsModel::PinnedRole).toBool();
    }
    m_load->setEnabled(canLoad);
    m_unload->setEnabled(canUnload);
    m_pin->setEnabled(canPin);
}

void ModelsPage::updateSummary()
{
    QString text = tr("Models: %1 on %2 servers · in memory: %3")
                       .arg(m_model->modelCount())
                       .arg(m_catalog->serverNames().size())
                       .arg(m_model->loadedCount());
    if (const int failed = m_model->errorCount())
        text += tr(" · unreachable: %1").arg(failed);
    text += tr(" · refreshed %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")));
    m_summary->setText(text);
}

} // namespace c41::ui
