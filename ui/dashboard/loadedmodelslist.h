// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace c41::ui {

class ElidedLabel;
class LoadedModelsModel;

// The models a box holds right now, one line each (name, server · memory, when it
// unloads) with an Unload button. The button only asks (unloadRequested); the app runs
// the unload through the core service and reports back with showUnloadResult(), which
// the list shows under the models. Lines are rebuilt only when the set of models changes.
class LoadedModelsList final : public QWidget
{
    Q_OBJECT
public:
    explicit LoadedModelsList(LoadedModelsModel *model, QWidget *parent = nullptr);

    // error empty: done.
    void showUnloadResult(const QString &server, const QString &model, const QString &error);
    QPushButton *unloadButton(const QString &server, const QString &model) const;
    QString resultText() const;

Q_SIGNALS:
    void unloadRequested(const QString &server, const QString &model);

private:
    struct Line
    {
        QString server;
        QString model;
        ElidedLabel *name = nullptr;
        QLabel *memory = nullptr;
        QLabel *unloads = nullptr;
        QPushButton *button = nullptr;
    };
    void rebuild();
    void refreshTexts();

    LoadedModelsModel *m_model;
    QGridLayout *m_grid;
    QLabel *m_empty;
    QLabel *m_errors;
    QLabel *m_result;
    QString m_resultPlain;
    QList<Line> m_lines;
    QList<QLabel *> m_serverHeaders; // one per server, above its models
    QSet<QString> m_busy;            // server + '\n' + model, unloads in flight
};

} // namespace c41::ui
