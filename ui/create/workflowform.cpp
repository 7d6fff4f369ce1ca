// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflowform.h"

#include "backends/comfyui/workflowoverrides.h"
#include "mediadropzone.h"
#include "parametereditor.h"

#include <QGridLayout>
#include <QHash>
#include <QLabel>

namespace c41::ui {

using backends::WorkflowParameter;

WorkflowForm::WorkflowForm(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(12);
    m_grid->setColumnStretch(1, 1);
}

void WorkflowForm::setParameters(const backends::WorkflowParameters &parameters, bool keepValues)
{
    struct Kept
    {
        QString text;
        QString file;
        bool random = false;
    };
    QHash<QString, Kept> kept;
    if (keepValues) {
        for (const ParameterEditor *e : std::as_const(m_editors))
            kept.insert(e->id(), {e->valueText(), e->localFile(), e->randomEachRun()});
    }
    qDeleteAll(m_editors);
    qDeleteAll(m_labels);
    m_editors.clear();
    m_labels.clear();

    int row = 0;
    for (const WorkflowParameter &p : parameters.all()) {
        auto *editor = new ParameterEditor(p, this);
        auto *label = new QLabel(p.label, this);
        label->setBuddy(editor->input());
        label->setToolTip(
            tr("%1, input %2 of node %3 (%4)").arg(p.label, p.input, p.nodeId, p.classType));
        label->setAlignment(Qt::AlignRight | Qt::AlignTop);
        label->setContentsMargins(0, p.isMedia() ? 10 : 4, 0, 0);
        if (const auto it = kept.constFind(p.id); it != kept.constEnd()) {
            if (p.isMedia()) {
                if (!it->file.isEmpty())
                    editor->dropZone()->setFile(it->file);
            } else {
                editor->setValueText(it->text);
                editor->setRandomEachRun(it->random);
            }
        }
        connect(editor, &ParameterEditor::edited, this, &WorkflowForm::edited);
        m_grid->addWidget(label, row, 0);
        m_grid->addWidget(editor, row, 1);
        m_editors << editor;
        m_labels << label;
        ++row;
    }
    // Keyboard order follows the form, top to bottom.
    for (qsizetype i = 1; i < m_editors.size(); ++i)
        setTabOrder(m_editors[i - 1]->input(), m_editors[i]->input());
}

ParameterEditor *WorkflowForm::editor(const QString &id) const
{
    for (ParameterEditor *e : m_editors)
        if (e->id() == id)
            return e;
    return nullptr;
}

QHash<QString, QString> WorkflowForm::apply(backends::Workflow &workflow,
                                            const backends::ObjectInfo *info) const
{
    QHash<QString, QString> refused;
    for (ParameterEditor *e : std::as_const(m_editors)) {
        if (e->isMedia())
            continue;
        const WorkflowParameter &p = e->parameter();
        if (p.kind == WorkflowParameter::Kind::Seed && e->randomEachRun())
            continue; // drawn when the job is queued
        const net::Status set = backends::WorkflowOverrides::setValue(workflow, p.nodeId, p.input,
                                                                      e->valueText(), info);
        if (!set.ok())
            refused.insert(e->id(), set.error().message);
    }
    return refused;
}

QStringList WorkflowForm::fixedSeeds() const
{
    QStringList ids;
    for (const ParameterEditor *e : m_editors)
        if (e->parameter().kind == WorkflowParameter::Kind::Seed && !e->randomEachRun())
            ids << e->id();
    return ids;
}

QList<std::pair<QString, QString>> WorkflowForm::localFiles() const
{
    QList<std::pair<QString, QString>> files;
    for (const ParameterEditor *e : m_editors)
        if (e->isMedia() && !e->localFile().isEmpty())
            files.append({e->id(), e->localFile()});
    return files;
}

void WorkflowForm::showErrors(const QHash<QString, QString> &errors)
{
    for (ParameterEditor *e : std::as_const(m_editors)) {
        // Under its own field, "Node 25 RandomNoise, input noise_seed: " says nothing new.
        QString message = errors.value(e->id());
        const qsizetype colon = message.indexOf(QLatin1String(": "));
        if (message.startsWith(QLatin1String("Node ")) && colon > 0) {
            message = message.mid(colon + 2);
            if (!message.isEmpty())
                message[0] = message[0].toUpper();
        }
        e->setError(message);
    }
}

} // namespace c41::ui
