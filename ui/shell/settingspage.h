// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studio/studioconfig.h"

#include <QWidget>

class QTreeWidget;

namespace c41::ui {

// What the app runs against, read-only for now: the config file's path and every box
// with its servers as KIND+URL, with their roles and how they authenticate.
class SettingsPage final : public QWidget
{
    Q_OBJECT
public:
    // configPath empty: the studio does not come from a file (the demo lab); sourceLabel
    // says where it comes from instead.
    SettingsPage(const studio::StudioConfig &config, const QString &configPath,
                 const QString &sourceLabel, QWidget *parent = nullptr);

    // Built on first show (it is not the first page: nothing of it delays start-up).
    QTreeWidget *serverTree();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build();

    studio::StudioConfig m_config;
    QString m_configPath;
    QString m_sourceLabel;
    QTreeWidget *m_tree = nullptr;
};

} // namespace c41::ui
