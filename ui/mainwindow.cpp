// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "models/serverstatusmodel.h"
#include "studio/studiomonitor.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace c41::ui {

MainWindow::MainWindow(studio::StudioMonitor *monitor, QString sourceLabel, QWidget *parent)
    : QMainWindow(parent)
    , m_monitor(monitor)
    , m_model(new ServerStatusModel(monitor, this))
    , m_tree(new QTreeView)
    , m_summary(new QLabel)
    , m_checked(new QLabel)
{
    setWindowTitle(tr("C41 Control Center"));
    setAccessibleName(tr("C41 Control Center"));

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(16, 14, 16, 10);
    layout->setSpacing(10);

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Studio"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAccessibleName(tr("Page title"));
    m_summary->setAccessibleName(tr("Servers up"));
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.1);
    m_summary->setFont(summaryFont);
    auto *refresh = new QPushButton(tr("Check now"));
    refresh->setAccessibleName(tr("Check every server now"));
    refresh->setToolTip(tr("Ask every server for its state now"));
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_summary, 1, Qt::AlignVCenter);
    header->addWidget(refresh);
    layout->addLayout(header);

    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("Boxes and servers"));
    m_tree->setObjectName(QStringLiteral("serverTree"));
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setIconSize(QSize(14, 14));
    m_tree->expandAll();
    QHeaderView *head = m_tree->header();
    head->setStretchLastSection(true);
    head->setSectionResizeMode(QHeaderView::Interactive);
    head->resizeSection(ServerStatusModel::NameColumn, 240);
    head->resizeSection(ServerStatusModel::KindColumn, 90);
    head->resizeSection(ServerStatusModel::AddressColumn, 230);
    head->resizeSection(ServerStatusModel::StateColumn, 110);
    head->resizeSection(ServerStatusModel::LatencyColumn, 80);
    layout->addWidget(m_tree, 1);
    setCentralWidget(central);

    auto *source = new QLabel(sourceLabel);
    source->setAccessibleName(tr("Studio source"));
    statusBar()->addWidget(source, 1);
    statusBar()->addPermanentWidget(m_checked);

    connect(refresh, &QPushButton::clicked, this, [this] { m_monitor->checkAll(); });
    connect(m_monitor, &studio::StudioMonitor::roundFinished, this, [this] {
        updateSummary();
        m_checked->setText(
            tr("Last checked %1")
                .arg(QLocale().toString(QDateTime::currentDateTime().time(), QLocale::LongFormat)));
    });
    connect(m_monitor, &studio::StudioMonitor::serverChanged, this, &MainWindow::updateSummary);
    updateSummary();
    resize(1180, 440);
}

void MainWindow::updateSummary()
{
    const int all = m_model->serverCount();
    if (all == 0) {
        m_summary->setText(tr("No servers configured yet. Start with --demo to see a studio at "
                              "work, or add your boxes to the config file."));
        return;
    }
    const int up = m_model->upCount();
    m_summary->setText(up == all ? tr("All %1 servers are up").arg(all)
                                 : tr("%1 of %2 servers are up").arg(up).arg(all));
}

} // namespace c41::ui
