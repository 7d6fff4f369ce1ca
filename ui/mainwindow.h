// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QTreeView;

namespace c41::studio {
class StudioMonitor;
}

namespace c41::ui {

class ServerStatusModel;

// The first window: every box of the studio with the live state of each of its
// servers. The full dashboard grows from here.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(studio::StudioMonitor *monitor, QString sourceLabel, QWidget *parent = nullptr);

    ServerStatusModel *model() const { return m_model; }

private:
    void updateSummary();

    studio::StudioMonitor *m_monitor;
    ServerStatusModel *m_model;
    QTreeView *m_tree;
    QLabel *m_summary;
    QLabel *m_checked;
};

} // namespace c41::ui
