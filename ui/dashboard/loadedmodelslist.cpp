// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadedmodelslist.h"

#include "dashboard/labeltext.h"
#include "dashboard/wraplabel.h"
#include "models/loadedmodelsmodel.h"
#include "widgets/elidedlabel.h"
#include "widgets/tintedicon.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace c41::ui {

namespace {
QString key(const QString &server, const QString &model)
{
    return server + u'\n' + model;
}
} // namespace

LoadedModelsList::LoadedModelsList(LoadedModelsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_grid(new QGridLayout)
    , m_empty(new QLabel(tr("No model is loaded on this box.")))
    , m_errors(new WrapLabel)
    , m_result(new WrapLabel)
{
    setAccessibleName(tr("Loaded models"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(0, 1);
    layout->addLayout(m_grid);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setObjectName(QStringLiteral("noModels"));
    layout->addWidget(m_empty);
    m_errors->setObjectName(QStringLiteral("modelErrors"));
    m_errors->setWordWrap(true);
    m_errors->setVisible(false);
    layout->addWidget(m_errors);
    m_result->setObjectName(QStringLiteral("unloadResult"));
    m_result->setAccessibleName(tr("Unload result"));
    m_result->setWordWrap(true);
    m_result->setVisible(false);
    layout->addWidget(m_result);

    connect(m_model, &QAbstractItemModel::modelReset, this, &LoadedModelsList::rebuild);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &LoadedModelsList::refreshTexts);
    connect(m_model, &LoadedModelsModel::errorsChanged, this, &LoadedModelsList::refreshTexts);
    rebuild();
}

void LoadedModelsList::rebuild()
{
    for (const Line &line : std::as_const(m_lines)) {
        delete line.name;
        delete line.memory;
        delete line.unloads;
        delete line.button;
    }
    m_lines.clear();
    qDeleteAll(m_serverHeaders);
    m_serverHeaders.clear();
    int gridRow = 0;
    QString lastServer;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        Line line;
        line.server = m_model->index(row, 0).data(LoadedModelsModel::ServerRole).toString();
        line.model = m_model->index(row, 0).data(LoadedModelsModel::ModelRole).toString();
        line.name = new ElidedLabel;
        QFont bold = line.name->font();
        bold.setBold(true);
        line.name->setFont(bold);
        line.memory = new QLabel;
        line.memory->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        line.unloads = new QLabel;
        line.unloads->setForegroundRole(QPalette::PlaceholderText);
        line.button = new QPushButton(tr("Unload"));
        line.button->setIcon(tintedIcon(QStringLiteral(":/c41/icons/unload.svg"),
                                        palette().color(QPalette::ButtonText),
                                        palette().color(QPalette::ButtonText)));
        line.button->setObjectName(QStringLiteral("unload_") + line.model);
        line.button->setAccessibleName(tr("Unload %1 from %2").arg(line.model, line.server));
        line.button->setToolTip(tr("Free the memory %1 holds on %2").arg(line.model, line.server));
        const QString server = line.server;
        const QString model = line.model;
        connect(line.button, &QPushButton::clicked, this, [this, server, model] {
            m_busy.insert(key(server, model));
            if (QPushButton *b = unloadButton(server, model)) {
                b->setEnabled(false);
                b->setText(tr("Unloading…"));
            }
            m_resultPlain = tr("Unloading %1 from %2…").arg(model, server);
            m_result->setText(m_resultPlain.toHtmlEscaped());
            m_result->setVisible(true);
            Q_EMIT unloadRequested(server, model);
        });
        if (m_busy.contains(key(server, model))) {
            line.button->setEnabled(false);
            line.button->setText(tr("Unloading…"));
        }
        if (line.server != lastServer) { // models grouped under their server
            lastServer = line.server;
            auto *header = new QLabel(line.server);
            header->setForegroundRole(QPalette::PlaceholderText);
            header->setContentsMargins(0, gridRow == 0 ? 0 : 6, 0, 0);
            m_grid->addWidget(header, gridRow++, 0, 1, 4);
            m_serverHeaders.append(header);
        }
        m_grid->addWidget(line.name, gridRow, 0);
        m_grid->addWidget(line.memory, gridRow, 1);
        m_grid->addWidget(line.unloads, gridRow, 2);
        m_grid->addWidget(line.button, gridRow, 3);
        ++gridRow;
        m_lines.append(line);
    }
    refreshTexts();
}

void LoadedModelsList::refreshTexts()
{
    for (int row = 0; row < m_lines.size() && row < m_model->rowCount(); ++row) {
        const Line &line = m_lines.at(row);
        const auto cell = [this, row](int column) {
            return m_model->index(row, column).data().toString();
        };
        line.name->setText(cell(LoadedModelsModel::NameColumn));
        setLabelText(line.memory, cell(LoadedModelsModel::MemoryColumn));
        setLabelText(line.unloads, cell(LoadedModelsModel::UnloadsColumn));
    }
    const QStringList errors = m_model->errors();
    setLabelText(m_errors, QStringLiteral("<span style=\"color:#d93f3f\">%1</span>")
                               .arg(errors.join(u'\n').toHtmlEscaped().replace(
                                   u'\n', QStringLiteral("<br>"))));
    m_errors->setVisible(!errors.isEmpty());
    // With a server not answering, "nothing loaded" would be a guess.
    m_empty->setVisible(m_lines.isEmpty() && errors.isEmpty());
}

void LoadedModelsList::showUnloadResult(const QString &server, const QString &model,
                                        const QString &error)
{
    m_busy.remove(key(server, model));
    if (QPushButton *b = unloadButton(server, model)) {
        b->setEnabled(true);
        b->setText(tr("Unload"));
    }
    m_result->setVisible(true);
    if (error.isEmpty()) {
        m_resultPlain = tr("Unloaded %1 from %2.").arg(model, server);
        m_result->setText(m_resultPlain.toHtmlEscaped());
    } else {
        m_resultPlain = tr("Could not unload %1 from %2: %3").arg(model, server, error);
        m_result->setText(QStringLiteral("<span style=\"color:#d93f3f\">%1</span>")
                              .arg(m_resultPlain.toHtmlEscaped()));
    }
}

QPushButton *LoadedModelsList::unloadButton(const QString &server, const QString &model) const
{
    for (const Line &line : m_lines) {
        if (line.server == server && line.model == model)
            return line.button;
    }
    return nullptr;
}

QString LoadedModelsList::resultText() const
{
    return m_resultPlain;
}

} // namespace c41::ui
