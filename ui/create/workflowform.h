// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/comfyui/workflowparameters.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <utility>

class QGridLayout;

namespace c41::backends {
class ObjectInfo;
class Workflow;
} // namespace c41::backends

namespace c41::ui {

class ParameterEditor;

// The generated form of a workflow: one labelled ParameterEditor per exposed
// parameter, in the template's order. It turns the user's values into the
// workflow (typed and checked by WorkflowOverrides), and shows each refusal
// under its field.
class WorkflowForm final : public QWidget
{
    Q_OBJECT
public:
    explicit WorkflowForm(QWidget *parent = nullptr);

    // Rebuilds the fields. With keepValues, a field of the same id keeps what the
    // user typed or chose (when the server's ranges and choices arrive later).
    void setParameters(const backends::WorkflowParameters &parameters, bool keepValues);
    const QList<ParameterEditor *> &editors() const { return m_editors; }
    ParameterEditor *editor(const QString &id) const;

    // Puts every value but the media files into `workflow`. Returns the refused
    // ones: parameter id → why.
    QHash<QString, QString> apply(backends::Workflow &workflow,
                                  const backends::ObjectInfo *info) const;
    // The seeds the user fixed (not new each run): parameter ids.
    QStringList fixedSeeds() const;
    // The local files chosen for media inputs: parameter id → path.
    QList<std::pair<QString, QString>> localFiles() const;
    // Each field shows its message (or none) from `errors` (parameter id → text).
    void showErrors(const QHash<QString, QString> &errors);

Q_SIGNALS:
    void edited();

private:
    QGridLayout *m_grid;
    QList<ParameterEditor *> m_editors;
    QList<QWidget *> m_labels;
};

} // namespace c41::ui
