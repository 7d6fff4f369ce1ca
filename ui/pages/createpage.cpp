// SPDX-License-Identifier: GPL-3.0-or-later
#include "createpage.h"

#include "backends/comfyui/objectinfo.h"
#include "backends/comfyui/workflowoverrides.h"
#include "backends/comfyui/workflowvalidator.h"
#include "create/mediadropzone.h"
#include "create/mediafile.h"
#include "create/parametereditor.h"
#include "create/templatepicker.h"
#include "create/ttspanel.h"
#include "create/ttstakemenu.h"
#include "create/workflowform.h"
#include "jobs/jobqueue.h"
#include "jobs/jobstore.h"
#include "studio/createcatalog.h"
#include "studio/createjob.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSet>
#include <QShortcut>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace c41::ui {

using backends::Workflow;
using backends::WorkflowParameter;
using backends::WorkflowProblem;
using backends::WorkflowTemplate;
using nlohmann::json;

namespace {

const QString kErrorStyle = QStringLiteral("color: #c62828;");
const QString kQuietStyle = QStringLiteral("color: palette(placeholder-text);");

bool isPromptRole(const QString &role)
{
    return role == u"positive" || role == u"prompt";
}

// The kind an imported workflow most likely is, from its inputs.
QString guessKind(const backends::WorkflowParameters &parameters, const Workflow &workflow)
{
    const bool image = !parameters.withRole(QStringLiteral("image")).isEmpty();
    const bool audio = !parameters.withRole(QStringLiteral("audio")).isEmpty();
    const bool video = !parameters.withRole(QStringLiteral("video")).isEmpty();
    if (image && audio)
        return QStringLiteral("lipsync");
    if (video)
        return QStringLiteral("v2a");
    for (const Workflow::Node &node : workflow.nodes())
        if (node.classType.contains(QLatin1String("Video"), Qt::CaseInsensitive) ||
            node.classType.startsWith(QLatin1String("VHS_")))
            return QStringLiteral("video");
    return QStringLiteral("image");
}

// A discovered workflow's fields in the order a form reads best: inputs, prompts,
// seed, numbers, switches, then model and sampler choices.
backends::WorkflowParameters formOrder(const backends::WorkflowParameters &parameters)
{
    const auto rank = [](const WorkflowParameter &p) {
        if (p.isMedia())
            return 0;
        if (p.role == u"positive" || p.role == u"prompt")
            return 1;
        if (p.role == u"negative")
            return 2;
        switch (p.kind) {
        case WorkflowParameter::Kind::Text:
            return 3;
        case WorkflowParameter::Kind::Seed:
            return 4;
        case WorkflowParameter::Kind::Int:
        case WorkflowParameter::Kind::Float:
            return 5;
        case WorkflowParameter::Kind::Bool:
            return 6;
        default:
            return 7;
        }
    };
    QList<WorkflowParameter> list = parameters.all();
    std::stable_sort(list.begin(), list.end(),
                     [&rank](const auto &a, const auto &b) { return rank(a) < rank(b); });
    QStringList ids;
    for (const WorkflowParameter &p : std::as_const(list))
        ids << p.id;
    return parameters.only(ids);
}

} // namespace

CreatePage::CreatePage(studio::CreateCatalog *catalog, jobs::JobQueue *queue, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_queue(queue)
{
    setObjectName(QStringLiteral("createPage"));
    m_checkDelay.setSingleShot(true);
    m_checkDelay.setInterval(150);
    connect(&m_checkDelay, &QTimer::timeout, this, &CreatePage::check);
    m_takePoll.setInterval(500);
    connect(&m_takePoll, &QTimer::timeout, this, &CreatePage::pollTake);
}

CreatePage::~CreatePage() = default;

void CreatePage::showEvent(QShowEvent *event)
{
    build();
    QWidget::showEvent(event);
    m_catalog->ensureLoaded();
}

void CreatePage::build()
{
    if (m_built)
        return;
    m_built = true;

    auto *title = new QLabel(tr("Create"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    m_refresh = new QPushButton(tr("Refresh server data"), this);
    m_refresh->setToolTip(tr("Ask the ComfyUI and speech servers again for their nodes, models "
                             "and voices (F5)"));
    m_refresh->setAccessibleName(tr("Refresh server data"));
    m_refresh->setShortcut(QKeySequence::Refresh);

    m_templates = new TemplatePicker(m_catalog, this);
    m_templates->setFixedWidth(270);
    m_import = new QPushButton(tr("&Import workflow…"), this);
    m_import->setToolTip(tr("Open a ComfyUI workflow saved with Export (API)"));
    m_import->setAccessibleName(tr("Import a workflow file"));

    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setAccessibleName(tr("Template name"));
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    m_description->setAccessibleName(tr("Template description"));
    m_target = new QComboBox(this);
    m_target->setAccessibleName(tr("Where to run it"));
    m_target->setMinimumContentsLength(28);
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *targetLabel = new QLabel(tr("&Run on"), this);
    targetLabel->setBuddy(m_target);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("jobKind"));
    m_kind->setAccessibleName(tr("Kind of job"));
    m_kind->addItem(tr("Image"), QStringLiteral("image"));
    m_kind->addItem(tr("Video"), QStringLiteral("video"));
    m_kind->addItem(tr("Lip-sync"), QStringLiteral("lipsync"));
    m_kind->addItem(tr("Video to audio"), QStringLiteral("v2a"));
    m_kindLabel = new QLabel(tr("&Kind"), this);
    m_kindLabel->setBuddy(m_kind);
    m_serverState = new QLabel(this);
    m_serverState->setWordWrap(true);
    m_serverState->setStyleSheet(kQuietStyle);
    m_serverState->setAccessibleName(tr("Server check"));

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setAccessibleName(tr("Nothing to create yet"));
    m_form = new WorkflowForm(this);
    m_tts = new TtsPanel(this);
    auto wrap = [this](QWidget *inner) {
        auto *holder = new QWidget(this);
        auto *h = new QHBoxLayout(holder);
        h->setContentsMargins(0, 4, 12, 12);
        inner->setMaximumWidth(900);
        h->addWidget(inner, 1);
        h->addStretch(0);
        auto *v = new QWidget(this);
        auto *vl = new QVBoxLayout(v);
        vl->setContentsMargins(0, 0, 0, 0);
        vl->addWidget(holder);
        vl->addStretch(1);
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(v);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        return scroll;
    };
    m_formScroll = wrap(m_form);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_formScroll);
    m_stack->addWidget(wrap(m_tts));

    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(kErrorStyle);
    m_problems->setAccessibleName(tr("Problems with the workflow"));
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();
    m_reason = new QLabel(this);
    m_reason->setWordWrap(true);
    m_reason->setAccessibleName(tr("Why Submit is off"));
    m_result = new QLabel(this);
    m_result->setAccessibleName(tr("Submit result"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openJob = new QPushButton(tr("Open in &Jobs"), this);
    m_openJob->setAccessibleName(tr("Open the queued job on the Jobs page"));
    m_openJob->hide();
    m_submit = new QPushButton(tr("&Submit"), this);
    m_submit->setDefault(true);
    m_submit->setAccessibleName(tr("Submit the job"));
    m_submit->setToolTip(tr("Queue the job (Ctrl+Enter)"));
    m_submit->setMinimumWidth(120);

    // Layout.
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_refresh);

    auto *left = new QVBoxLayout;
    left->setSpacing(8);
    left->addWidget(m_templates, 1);
    left->addWidget(m_import);

    auto *targetRow = new QHBoxLayout;
    targetRow->setSpacing(8);
    targetRow->addWidget(targetLabel);
    targetRow->addWidget(m_target);
    targetRow->addSpacing(12);
    targetRow->addWidget(m_kindLabel);
    targetRow->addWidget(m_kind);
    targetRow->addSpacing(12);
    targetRow->addWidget(m_serverState, 1);

    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(10);
    bottom->addWidget(m_reason, 1);
    bottom->addWidget(m_result);
    bottom->addWidget(m_openJob);
    bottom->addWidget(m_submit);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *line2 = new QFrame(this);
    line2->setFrameShape(QFrame::HLine);
    line2->setFrameShadow(QFrame::Sunken);

    auto *right = new QVBoxLayout;
    right->setSpacing(8);
    right->addWidget(m_heading);
    right->addWidget(m_description);
    right->addLayout(targetRow);
    right->addWidget(line);
    right->addWidget(m_stack, 1);
    right->addWidget(line2);
    right->addWidget(m_problems);
    right->addLayout(bottom);

    auto *body = new QHBoxLayout;
    body->setSpacing(20);
    body->addLayout(left);
    body->addLayout(right, 1);

    // Without any ComfyUI or speech server, the whole page says how to add one.
    auto *content = new QWidget(this);
    content->setLayout(body);
    body->setContentsMargins(0, 0, 0, 0);
    m_noServers = new QLabel(
        tr("<h2>No ComfyUI or speech server yet</h2>"
           "<p>Open <b>Settings</b> and add a server to a box: ComfyUI as "
           "<code>comfyui+http://host:8188</code>, a speech server (Kokoro-FastAPI, "
           "openedai-speech, vLLM-Omni…) as <code>tts+http://host:8880</code>.</p>"
           "<p>Templates for images, videos, lip-sync and video to audio, and text to speech, "
           "appear here once one is configured.</p>"),
        this);
    m_noServers->setAlignment(Qt::AlignCenter);
    m_noServers->setWordWrap(true);
    m_noServers->setTextFormat(Qt::RichText);
    m_noServers->setAccessibleName(tr("No ComfyUI or speech server configured"));
    auto *pages = new QStackedWidget(this);
    pages->addWidget(m_noServers);
    pages->addWidget(content);
    const bool none = m_catalog->comfyServers().isEmpty() && m_catalog->ttsServers().isEmpty();
    pages->setCurrentWidget(none ? static_cast<QWidget *>(m_noServers) : content);
    m_refresh->setVisible(!none);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(pages, 1);

    for (const QKeyCombination keys : {Qt::CTRL | Qt::Key_Return, Qt::CTRL | Qt::Key_Enter}) {
        auto *shortcut = new QShortcut(QKeySequence(keys), this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_submit->isEnabled())
                submit();
        });
    }
    connect(m_refresh, &QPushButton::clicked, this, [this] { m_catalog->refresh(); });
    connect(m_import, &QPushButton::clicked, this, &CreatePage::importDialog);
    connect(m_templates, &TemplatePicker::chosen, this, [this](const QString &id) {
        if (id != m_currentId) {
            m_currentId = id;
            showCurrent(false);
        }
    });
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        if (m_mode == Mode::Tts)
            showCurrent(true);
        scheduleCheck();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CreatePage::scheduleCheck);
    connect(m_form, &WorkflowForm::edited, this, &CreatePage::scheduleCheck);
    connect(m_tts, &TtsPanel::edited, this, &CreatePage::scheduleCheck);
    connect(m_tts, &TtsPanel::useForLipSyncRequested, this, &CreatePage::useTake);
    connect(m_submit, &QPushButton::clicked, this, &CreatePage::submit);
    connect(m_openJob, &QPushButton::clicked, this, [this] {
        if (m_lastJob)
            Q_EMIT openJobRequested(m_lastJob);
    });
    connect(m_catalog, &studio::CreateCatalog::serverChanged, this, &CreatePage::catalogChanged);

    // Start on the first template (or speech when only a speech server exists).
    const QString first = m_catalog->comfyServers().isEmpty() && !m_catalog->ttsServers().isEmpty()
                              ? TemplatePicker::kTtsId
                              : backends::TemplateLibrary::shipped().ids().value(0);
    if (!selectTemplate(first))
        showCurrent(false);
}

bool CreatePage::selectTemplate(const QString &id)
{
    build();
    if (!m_templates->select(id))
        return false;
    if (m_currentId != id) {
        m_currentId = id;
        showCurrent(false);
    }
    return true;
}

net::Status CreatePage::importWorkflow(const QString &path)
{
    build();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return net::ApiError::make(net::ApiError::Kind::Config, path,
                                   tr("cannot read it: %1").arg(file.errorString()));
    auto workflow = Workflow::fromBytes(file.readAll(), QFileInfo(path).fileName());
    if (!workflow)
        return workflow.error();
    WorkflowTemplate t;
    t.id = QFileInfo(path).absoluteFilePath();
    t.name = QFileInfo(path).completeBaseName();
    t.workflow = *workflow;
    t.kind = guessKind(backends::WorkflowParameters::discover(t.workflow), t.workflow);
    t.description = tr("Imported from %1.").arg(QDir::toNativeSeparators(t.id));
    m_imported.erase(std::remove_if(m_imported.begin(), m_imported.end(),
                                    [&t](const WorkflowTemplate &o) { return o.id == t.id; }),
                     m_imported.end());
    m_imported.append(t);
    m_templates->setImported(m_imported);
    m_currentId.clear();
    selectTemplate(t.id);
    return net::Done{};
}

void CreatePage::importDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a ComfyUI workflow"), QString(),
        tr("ComfyUI API workflows (*.json)") + QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    if (const net::Status imported = importWorkflow(path); !imported.ok())
        showResult(imported.error().toString(), true, 0);
}

const WorkflowTemplate *CreatePage::current() const
{
    for (const WorkflowTemplate &t : m_imported)
        if (t.id == m_currentId)
            return &t;
    return backends::TemplateLibrary::shipped().find(m_currentId);
}

QString CreatePage::jobKindOfCurrent() const
{
    const WorkflowTemplate *t = current();
    if (!t)
        return {};
    const bool imported = std::any_of(m_imported.cbegin(), m_imported.cend(),
                                      [t](const WorkflowTemplate &o) { return o.id == t->id; });
    return imported ? m_kind->currentData().toString() : t->kind;
}

std::shared_ptr<const backends::ObjectInfo> CreatePage::infoOf(const QString &server) const
{
    const studio::CreateComfyServer *s = m_catalog->comfy(server);
    return s ? s->info : nullptr;
}

bool CreatePage::setTarget(const QString &target)
{
    build();
    const int i = m_target->findData(target);
    if (i < 0)
        return false;
    m_target->setCurrentIndex(i);
    return true;
}

QString CreatePage::target() const
{
    return m_target ? m_target->currentData().toString() : QString();
}

void CreatePage::fillTargets()
{
    const QString previous = target();
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    const QStringList servers =
        m_mode == Mode::Tts ? m_catalog->ttsServers() : m_catalog->comfyServers();
    if (servers.isEmpty())
        return;
    m_target->addItem(tr("Any server that can run it"), QStringLiteral("any"));
    for (const studio::BoxConfig &box : m_catalog->config().boxes) {
        const bool has = std::any_of(servers.cbegin(), servers.cend(),
                                     [&box](const QString &s) { return box.servers.contains(s); });
        if (has)
            m_target->addItem(tr("Box %1 (any of its servers)").arg(box.name), box.name);
    }
    for (const QString &server : servers) {
        const studio::ServerConfig *config = m_catalog->config().server(server);
        m_target->addItem(config && !config->box.isEmpty() ? tr("%1 on %2").arg(server, config->box)
                                                           : server,
                          server);
    }
    m_target->setCurrentIndex(std::max(0, m_target->findData(previous)));
}

void CreatePage::showCurrent(bool keepValues)
{
    const QScopedValueRollback<bool> showing(m_showing, true);
    const Mode before = m_mode;
    m_mode = m_currentId == TemplatePicker::kTtsId ? Mode::Tts
                                                   : (current() ? Mode::Workflow : Mode::None);
    if (m_mode != before || m_target->count() == 0)
        fillTargets();
    const bool imported =
        m_mode == Mode::Workflow &&
        std::any_of(m_imported.cbegin(), m_imported.cend(),
                    [this](const WorkflowTemplate &o) { return o.id == m_currentId; });
    m_kind->setVisible(imported);
    m_kindLabel->setVisible(imported);
    if (!keepValues)
        showResult({}, false, 0);

    const QString settingsHint =
        tr("<p>Open <b>Settings</b> and add a server to a box: ComfyUI as "
           "<code>comfyui+http://host:8188</code>, a speech server (Kokoro-FastAPI, "
           "openedai-speech, vLLM-Omni…) as <code>tts+http://host:8880</code>.</p>");
    if (m_catalog->comfyServers().isEmpty() && m_catalog->ttsServers().isEmpty()) {
        setBlocked(tr("Add a ComfyUI or speech server in Settings first."), {}, {});
        return;
    }
    if (m_mode == Mode::Tts) {
        m_heading->setText(tr("Text to speech"));
        m_description->setText(tr("A voice of a speech server reads your text; the take is saved "
                                  "with the job and can be the voice of a lip-sync."));
        if (m_catalog->ttsServers().isEmpty()) {
            m_empty->setText(tr("<h2>No speech server yet</h2>") + settingsHint);
            m_stack->setCurrentWidget(m_empty);
            setBlocked(tr("Add a speech server in Settings first."), {}, {});
            return;
        }
        // The voices and models of the servers the target reaches.
        QStringList voices;
        QStringList models;
        QStringList unlisted;
        QStringList loading;
        QStringList errors;
        for (const QString &name : m_catalog->ttsServersFor(target())) {
            const studio::CreateTtsServer *s = m_catalog->tts(name);
            if (!s)
                continue;
            if (s->loading)
                loading << name;
            if (!s->error.isEmpty())
                errors << s->error;
            if (!s->fetchedAt.isValid())
                continue;
            if (!s->voicesListed)
                unlisted << name;
            for (const QString &v : s->voices)
                if (!voices.contains(v))
                    voices << v;
            for (const QString &m : s->models)
                if (!models.contains(m))
                    models << m;
        }
        QString note;
        if (!loading.isEmpty())
            note = tr("Asking %1 for its voices…").arg(loading.join(QStringLiteral(", ")));
        else if (!errors.isEmpty())
            note = errors.join(u'\n');
        else if (!unlisted.isEmpty())
            note = tr("%1 does not list its voices: these are OpenAI's names. Type the name your "
                      "server uses if it is not among them.")
                       .arg(unlisted.join(QStringLiteral(", ")));
        m_tts->setChoices(voices, models, note);
        m_stack->setCurrentIndex(2);
        check();
        return;
    }
    const WorkflowTemplate *t = current();
    if (!t) {
        m_heading->setText(tr("Pick a template"));
        m_description->clear();
        m_empty->setText(tr("<h2>Pick a template on the left</h2><p>or import a workflow saved "
                            "from ComfyUI with <b>Export (API)</b>.</p>"));
        m_stack->setCurrentWidget(m_empty);
        setBlocked(tr("Pick a template first."), {}, {});
        return;
    }
    m_heading->setText(t->name);
    QString description = t->description;
    if (!t->packs.isEmpty())
        description += u' ' + tr("Needs %1.").arg(t->packs.join(QStringLiteral(", ")));
    m_description->setText(description.trimmed());
    if (imported && !keepValues)
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(t->kind)));
    if (m_catalog->comfyServers().isEmpty()) {
        m_empty->setText(tr("<h2>No ComfyUI server yet</h2>") + settingsHint);
        m_stack->setCurrentWidget(m_empty);
        setBlocked(tr("Add a ComfyUI server in Settings first."), {}, {});
        return;
    }
    // The form follows the server the workflow would go to: its ranges and choices.
    m_formInfo = infoOf(checkServer(t->workflow, keepValues));
    m_parameters =
        imported ? formOrder(t->parameters(m_formInfo.get())) : t->parameters(m_formInfo.get());
    m_form->setParameters(m_parameters, keepValues);
    addTakeButtons();
    m_stack->setCurrentWidget(m_formScroll);
    check();
}

QString CreatePage::checkServer(const Workflow &workflow, bool withForm) const
{
    const QStringList servers = m_catalog->comfyServersFor(target());
    QString best;
    qsizetype fewest = -1;
    for (const QString &server : servers) {
        const auto info = infoOf(server);
        if (!info)
            continue;
        Workflow copy = workflow;
        if (withForm)
            m_form->apply(copy, info.get());
        const QList<WorkflowProblem> problems =
            backends::WorkflowValidator::validate(copy, *info, server);
        // A missing node pack weighs more than any number of values to fix.
        const qsizetype count =
            backends::WorkflowValidator::missingPacks(problems).size() * 1000 + problems.size();
        if (fewest < 0 || count < fewest) {
            fewest = count;
            best = server;
        }
    }
    return best.isEmpty() ? servers.value(0) : best;
}

void CreatePage::catalogChanged(const QString &server)
{
    if (!m_built)
        return;
    m_templates->refill();
    if (m_mode == Mode::Tts && m_catalog->tts(server)) {
        showCurrent(true);
        return;
    }
    if (m_mode == Mode::Workflow && m_catalog->comfy(server)) {
        const WorkflowTemplate *t = current();
        if (t && infoOf(checkServer(t->workflow, true)) != m_formInfo)
            showCurrent(true);
        else
            scheduleCheck();
    }
}

void CreatePage::scheduleCheck()
{
    m_checkDelay.start();
}

void CreatePage::check()
{
    if (!m_built || m_submitting)
        return;
    if (m_mode == Mode::Workflow && !m_catalog->comfyServers().isEmpty())
        checkWorkflow();
    else if (m_mode == Mode::Tts && !m_catalog->ttsServers().isEmpty())
        checkTts();
}

void CreatePage::checkWorkflow()
{
    const WorkflowTemplate *t = current();
    if (!t)
        return;
    if (m_catalog->comfyServersFor(target()).isEmpty()) {
        setBlocked(tr("No ComfyUI server runs on %1.").arg(target()), {}, {});
        return;
    }
    const QString server = checkServer(t->workflow, true);
    const auto info = infoOf(server);
    if (info != m_formInfo && !m_showing) {
        showCurrent(true); // the ranges and choices of another server
        return;
    }
    Workflow workflow = t->workflow;
    QHash<QString, QString> errors = m_form->apply(workflow, info.get());
    QSet<QString> local;
    for (const ParameterEditor *e : m_form->editors()) {
        const WorkflowParameter &p = e->parameter();
        if (e->isMedia()) {
            if (!e->localFile().isEmpty())
                local.insert(e->id());
            else if (e->valueText().isEmpty())
                errors.insert(e->id(), tr("Drop or choose a file."));
        } else if (isPromptRole(p.role) && e->valueText().trimmed().isEmpty() &&
                   !errors.contains(e->id())) {
            errors.insert(e->id(), tr("Write a prompt."));
        }
    }
    QStringList problems;
    QString note;
    if (info) {
        for (const WorkflowProblem &p :
             backends::WorkflowValidator::validate(workflow, *info, server)) {
            const QString id = p.nodeId + u'.' + p.input;
            const ParameterEditor *editor = p.input.isEmpty() ? nullptr : m_form->editor(id);
            if (p.kind == WorkflowProblem::Kind::InputFileMissing && local.contains(id))
                continue; // uploaded on submit
            if (editor && p.kind == WorkflowProblem::Kind::InputFileMissing) {
                errors.insert(
                    id,
                    tr("%1 has no file %2: drop or choose one.").arg(server, editor->valueText()));
                continue;
            }
            if (editor) {
                if (!errors.contains(id))
                    errors.insert(id, p.message);
                continue;
            }
            problems << p.message;
        }
        note = tr("Checked against %1.").arg(server);
    } else if (const studio::CreateComfyServer *s = m_catalog->comfy(server)) {
        if (s->loading || !s->fetchedAt.isValid())
            note = s->error.isEmpty() ? tr("Asking %1 for its nodes and models…").arg(server)
                                      : tr("Not checked: %1").arg(s->error);
        if (!s->loading && !s->error.isEmpty())
            note = tr("Not checked: %1").arg(s->error);
    }
    m_form->showErrors(errors);
    QString reason;
    if (!problems.isEmpty())
        reason = tr("%1 would refuse this workflow (see above).").arg(server);
    else if (!errors.isEmpty())
        reason = tr("Fix the %n marked field(s) first.", nullptr, int(errors.size()));
    else if (!m_queue)
        reason = tr("The job queue is off (no job database), so nothing can be queued.");
    else if (!local.isEmpty() && !info) {
        const studio::CreateComfyServer *s = m_catalog->comfy(server);
        if (s && !s->loading && !s->error.isEmpty())
            reason = tr("%1 must answer before the input files can go to it.").arg(server);
    }
    if (!local.isEmpty() && target() != server)
        note = tr("Checked against %1; the input files go there and so does the job.").arg(server);
    else if (mustPin(workflow, server))
        note =
            tr("Only %1 of these servers has the nodes it needs; the job goes there.").arg(server);
    setBlocked(reason, problems, note);
}

bool CreatePage::mustPin(const Workflow &workflow, const QString &server) const
{
    // "Any" or a box lets the dispatcher choose, and it does not know node packs:
    // when a server it may choose lacks some, the job goes to the checked server.
    if (target() == server || !infoOf(server))
        return false;
    const auto lacks = [&](const QString &name) {
        const auto info = infoOf(name);
        return info && !backends::WorkflowValidator::missingPacks(
                            backends::WorkflowValidator::validate(workflow, *info, name))
                            .isEmpty();
    };
    if (lacks(server))
        return false;
    const QStringList servers = m_catalog->comfyServersFor(target());
    return std::any_of(servers.cbegin(), servers.cend(), lacks);
}

void CreatePage::checkTts()
{
    const QStringList servers = m_catalog->ttsServersFor(target());
    if (servers.isEmpty()) {
        setBlocked(tr("No speech server runs on %1.").arg(target()), {}, {});
        return;
    }
    QString textError;
    const QString text = m_tts->text();
    if (text.isEmpty())
        textError = tr("Write what the voice should say.");
    else if (text.size() > TtsPanel::kMaxText)
        textError =
            tr("Too long: %1 characters, at most %2.").arg(text.size()).arg(TtsPanel::kMaxText);
    QString voiceError;
    const QString voice = m_tts->voice();
    if (voice.isEmpty()) {
        voiceError = tr("Pick or type a voice.");
    } else {
        // Refused only when every server listed its voices and none has it.
        bool known = false;
        bool unknownList = false;
        for (const QString &name : servers) {
            const studio::CreateTtsServer *s = m_catalog->tts(name);
            if (!s || !s->voicesListed)
                unknownList = true;
            else if (s->voices.contains(voice))
                known = true;
        }
        if (!known && !unknownList)
            voiceError =
                tr("%1 has no voice \"%2\".").arg(servers.join(QStringLiteral(", ")), voice);
    }
    m_tts->setErrors(textError, voiceError);
    QString reason;
    const int count = int(!textError.isEmpty()) + int(!voiceError.isEmpty());
    if (count)
        reason = tr("Fix the %n marked field(s) first.", nullptr, count);
    else if (!m_queue)
        reason = tr("The job queue is off (no job database), so nothing can be queued.");
    setBlocked(reason, {}, {});
}

void CreatePage::setBlocked(const QString &reason, const QStringList &problems, const QString &note)
{
    m_problems->setText(problems.isEmpty()
                            ? QString()
                            : QStringLiteral("• ") + problems.join(QStringLiteral("\n• ")));
    m_problems->setVisible(!problems.isEmpty());
    m_reason->setText(reason);
    m_reason->setStyleSheet(kErrorStyle);
    m_serverState->setText(note);
    m_submit->setEnabled(reason.isEmpty() && !m_submitting && m_mode != Mode::None);
}

QString CreatePage::submitReason() const
{
    return m_reason ? m_reason->text() : QString();
}

QString CreatePage::problemsText() const
{
    return m_problems ? m_problems->text() : QString();
}

QString CreatePage::checkNote() const
{
    return m_serverState ? m_serverState->text() : QString();
}

QString CreatePage::resultText() const
{
    return m_result ? m_result->text() : QString();
}

void CreatePage::showResult(const QString &text, bool error, qint64 job)
{
    m_result->setText(text);
    m_result->setStyleSheet(error ? kErrorStyle : QString());
    m_result->setVisible(!text.isEmpty());
    m_openJob->setVisible(job > 0);
}

void CreatePage::submit()
{
    build();
    check(); // the latest values, not those of 150 ms ago
    if (!m_submit->isEnabled() || !m_queue)
        return;
    if (m_mode == Mode::Tts)
        submitTts();
    else if (m_mode == Mode::Workflow)
        submitWorkflow();
}

void CreatePage::submitTts()
{
    const jobs::Job job = studio::CreateJob::ttsJob(m_tts->text(), m_tts->voice(), target(),
                                                    m_tts->model(), m_tts->instructions());
    const net::Result<qint64> id = m_queue->submit(job);
    if (!id) {
        showResult(id.error().toString(), true, 0);
        return;
    }
    m_lastJob = *id;
    m_pendingTake = *id;
    m_takePoll.start();
    m_tts->showTakeStatus(tr("Job #%1 is queued…").arg(*id), false);
    showResult(tr("Queued as job #%1.").arg(*id), false, *id);
    Q_EMIT jobQueued(*id);
}

QCoro::Task<> CreatePage::submitWorkflow()
{
    QPointer<CreatePage> self(this);
    const WorkflowTemplate *t = current();
    const std::optional<jobs::JobKind> kind = studio::CreateJob::kindOfTemplate(jobKindOfCurrent());
    if (!t || !kind) {
        showResult(tr("This kind of workflow cannot be queued."), true, 0);
        co_return;
    }
    const WorkflowTemplate chosen = *t;
    const bool imported =
        std::any_of(m_imported.cbegin(), m_imported.cend(),
                    [&chosen](const WorkflowTemplate &o) { return o.id == chosen.id; });
    const QString title = imported ? QFileInfo(chosen.id).completeBaseName() : chosen.id;
    const QString server = checkServer(chosen.workflow, true);
    const auto info = infoOf(server);
    Workflow workflow = chosen.workflow;
    m_form->apply(workflow, info.get());
    const QStringList fixed = m_form->fixedSeeds();
    const QList<std::pair<QString, QString>> files = m_form->localFiles();
    const backends::WorkflowParameters parameters = m_parameters;
    QString jobTarget = target();

    m_submitting = true;
    m_submit->setEnabled(false);
    for (const auto &[id, path] : files) {
        showResult(tr("Uploading %1 to %2…").arg(QFileInfo(path).fileName(), server), false, 0);
        auto stored = co_await m_catalog->upload(server, path);
        if (!self)
            co_return;
        if (!stored) {
            m_submitting = false;
            showResult(tr("Not queued: %1").arg(stored.error().toString()), true, 0);
            check();
            co_return;
        }
        if (const net::Status bound =
                backends::WorkflowOverrides::bindInput(workflow, parameters, id, *stored);
            !bound.ok()) {
            m_submitting = false;
            showResult(tr("Not queued: %1").arg(bound.error().toString()), true, 0);
            check();
            co_return;
        }
    }
    if (!files.isEmpty() || mustPin(workflow, server))
        jobTarget = server; // the files are there, or only it has the nodes
    m_submitting = false;
    if (!m_queue) {
        showResult(tr("The job queue is off."), true, 0);
        co_return;
    }
    const jobs::Job job = studio::CreateJob::workflowJob(*kind, workflow, title, jobTarget, fixed,
                                                         *QRandomGenerator::global());
    const net::Result<qint64> id = m_queue->submit(job);
    if (!id) {
        showResult(id.error().toString(), true, 0);
        check();
        co_return;
    }
    m_lastJob = *id;
    showResult(tr("Queued as job #%1.").arg(*id), false, *id);
    check();
    Q_EMIT jobQueued(*id);
}

void CreatePage::pollTake()
{
    if (!m_pendingTake || !m_queue || !m_queue->store()) {
        m_takePoll.stop();
        return;
    }
    const net::Result<jobs::Job> job = m_queue->store()->job(m_pendingTake);
    if (!job) {
        m_tts->showTakeStatus(job.error().toString(), true);
        m_takePoll.stop();
        return;
    }
    if (!job->isFinished()) {
        m_tts->showTakeStatus(
            job->isActive()
                ? tr("Job #%1 on %2: %3")
                      .arg(job->id)
                      .arg(job->server, job->step.isEmpty() ? tr("speaking…") : job->step)
                : tr("Job #%1 is queued…").arg(job->id),
            false);
        return;
    }
    m_takePoll.stop();
    m_pendingTake = 0;
    QString path;
    for (const json &f : job->outputs)
        if (f.is_string() && path.isEmpty())
            path = QString::fromStdString(f.get<std::string>());
    if (job->state == jobs::JobState::Succeeded && !path.isEmpty())
        m_tts->showTake(path);
    else
        m_tts->showTakeStatus(tr("Job #%1 %2: %3")
                                  .arg(job->id)
                                  .arg(jobs::stateText(job->state),
                                       job->error.isEmpty() ? tr("no audio") : job->error),
                              true);
}

void CreatePage::addTakeButtons()
{
    for (ParameterEditor *e : m_form->editors()) {
        MediaDropZone *zone = e->dropZone();
        if (!zone || zone->kind() != MediaDropZone::Kind::Audio)
            continue;
        QPushButton *button = zone->addButton(tr("TTS take"));
        button->setToolTip(tr("Use the audio of a text-to-speech job, or make a new one"));
        auto *menu = new TtsTakeMenu(m_queue, button);
        button->setMenu(menu);
        connect(menu, &TtsTakeMenu::takeChosen, zone, &MediaDropZone::setFile);
        connect(menu, &TtsTakeMenu::newTakeRequested, this, [this] {
            m_returnTo = m_currentId;
            selectTemplate(TemplatePicker::kTtsId);
            m_tts->textEdit()->setFocus();
        });
    }
}

void CreatePage::useTake(const QString &path)
{
    if (path.isEmpty())
        return;
    QString back = m_returnTo;
    if (back.isEmpty() || !backends::TemplateLibrary::shipped().find(back)) {
        const QList<WorkflowTemplate> lipsync =
            backends::TemplateLibrary::shipped().ofKind(QStringLiteral("lipsync"));
        back = lipsync.isEmpty() ? QString() : lipsync.first().id;
    }
    if (back.isEmpty() || !selectTemplate(back))
        return;
    for (ParameterEditor *e : m_form->editors()) {
        if (e->dropZone() && e->dropZone()->kind() == MediaDropZone::Kind::Audio) {
            e->dropZone()->setFile(path);
            break;
        }
    }
}

} // namespace c41::ui
