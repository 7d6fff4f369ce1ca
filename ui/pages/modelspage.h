// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace c41::studio {
class ModelCatalog;
}

namespace c41::ui {

class LlmModelsModel;

// The Models page: every LLM server's models with size, family, quantisation,
// context and what is in memory; a filter; Load, Unload and Pin on the selection,
// each showing progress on its row and then its result or error. Refreshes the
// catalog while shown (the catalog's interval) and on demand.
class ModelsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ModelsPage(studio::ModelCatalog *catalog, QWidget *parent = nullptr);

    LlmModelsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString message() const; // the last action's result or error

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void act(int action); // ModelCatalog::Action
    void updateButtons();
    void updateSummary();
    void showMessage(const QString &text, bool error);

    studio::ModelCatalog *m_catalog;
    LlmModelsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QLineEdit *m_filter;
    QToolButton *m_refresh;
    QPushButton *m_load;
    QPushButton *m_unload;
    QPushButton *m_pin;
    QProgressBar *m_progress;
    QLabel *m_message;
    QLabel *m_summary;
    int m_running = 0;
    QStringList m_keptSelection;
};

} // namespace c41::ui
