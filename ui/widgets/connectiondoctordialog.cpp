// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiondoctordialog.h"

#include "diagnostics/connectiondoctor.h"
#include "phasebar.h"
#include "statusdot.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace c41::ui {

using diagnostics::EndpointCheck;
using diagnostics::ServerDiagnosis;

namespace {
const QColor kUp(0x2f, 0xb3, 0x5f);
const QColor kWarn(0xe0, 0x8a, 0x1e);
const QColor kDown(0xd9, 0x3f, 0x3f);
const QColor kUnknown(0x9a, 0x9a, 0x9a);

QColor verdictColor(EndpointCheck::Verdict v)
{
    switch (v) {
    case EndpointCheck::Verdict::Ok:
        return kUp;
    case EndpointCheck::Verdict::Warning:
        return kWarn;
    case EndpointCheck::Verdict::Problem:
        return kDown;
    }
    return kUnknown;
}

QLabel *dotLabel(const QColor &color)
{
    auto *dot = new QLabel;
    dot->setFixedSize(16, 16);
    dot->setPixmap(statusDot(color).pixmap(16, 16));
    return dot;
}
} // namespace

ConnectionDoctorDialog::ConnectionDoctorDialog(diagnostics::ConnectionDoctor *doctor,
                                               QString server, QWidget *parent)
    : QDialog(parent)
    , m_doctor(doctor)
    , m_server(std::move(server))
{
    setWindowTitle(tr("Test connection: %1").arg(m_server));
    setAccessibleName(tr("Connection doctor"));
    setMinimumWidth(600);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    m_title = new QLabel(m_server);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);

    m_address = new QLabel;
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette dim = m_address->palette();
    dim.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_address->setPalette(dim);
    if (m_doctor) {
        const auto config = m_doctor->config().resolveServer(m_server);
        if (config.ok()) {
            m_address->setText(studio::serverKindName(config->address.kind) +
                               QStringLiteral(" · ") + config->address.url.toString());
        }
    }
    m_address->setVisible(!m_address->text().isEmpty());
    layout->addWidget(m_address);

    auto *summaryRow = new QHBoxLayout;
    m_summaryDot = dotLabel(kUnknown);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Result"));
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0); // moves without a known end
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->setMaximumWidth(160);
    m_busy->setAccessibleName(tr("Checking"));
    summaryRow->addWidget(m_summaryDot, 0, Qt::AlignTop);
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_busy, 0, Qt::AlignVCenter);
    layout->addLayout(summaryRow);

    m_endpoints = new QVBoxLayout;
    m_endpoints->setSpacing(8);
    layout->addLayout(m_endpoints);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_runAgain = buttons->addButton(tr("Run again"), QDialogButtonBox::ActionRole);
    m_runAgain->setAccessibleName(tr("Run the check again"));
    m_copy = buttons->addButton(tr("Copy report"), QDialogButtonBox::ActionRole);
    m_copy->setAccessibleName(tr("Copy the report to the clipboard"));
    m_copy->setEnabled(false);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runAgain, &QPushButton::clicked, this, &ConnectionDoctorDialog::run);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(reportText()); });
    layout->addWidget(buttons);

    if (m_doctor) {
        connect(m_doctor, &diagnostics::ConnectionDoctor::checkFinished, this,
                &ConnectionDoctorDialog::onFinished);
        connect(m_doctor, &diagnostics::ConnectionDoctor::checkFailed, this,
                &ConnectionDoctorDialog::onFailed);
    }
    m_summary->setText(tr("Not checked yet."));
    m_busy->hide();
}

ConnectionDoctorDialog::~ConnectionDoctorDialog()
{
    if (m_running && m_doctor)
        m_doctor->cancel(m_server);
}

void ConnectionDoctorDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_started)
        run();
}

void ConnectionDoctorDialog::done(int result)
{
    if (m_running && m_doctor)
        m_doctor->cancel(m_server);
    setRunning(false);
    QDialog::done(result);
}

void ConnectionDoctorDialog::run()
{
    m_started = true;
    if (!m_doctor) {
        onFailed(m_server, tr("The connection doctor is not available."));
        return;
    }
    m_failure.clear();
    setRunning(true);
    m_summaryDot->setPixmap(statusDot(kUnknown).pixmap(16, 16));
    m_summary->setText(tr("Checking %1…").arg(m_server));
    m_doctor->check(m_server);
}

void ConnectionDoctorDialog::setRunning(bool running)
{
    m_running = running;
    m_busy->setVisible(running);
    m_runAgain->setEnabled(!running);
    m_copy->setEnabled(!running && (m_diagnosis || !m_failure.isEmpty()));
}

void ConnectionDoctorDialog::onFinished(const ServerDiagnosis &diagnosis)
{
    if (diagnosis.server != m_server || !m_running)
        return;
    m_diagnosis = diagnosis;
    setRunning(false);
    showDiagnosis(diagnosis);
    Q_EMIT checkDone();
}

void ConnectionDoctorDialog::onFailed(const QString &server, const QString &message)
{
    if (server != m_server)
        return;
    m_failure = message;
    m_diagnosis.reset();
    clearEndpoints();
    setRunning(false);
    m_summaryDot->setPixmap(statusDot(kDown).pixmap(16, 16));
    m_summary->setText(message);
    Q_EMIT checkDone();
}

QString ConnectionDoctorDialog::reportText() const
{
    if (m_diagnosis)
        return m_diagnosis->toText();
    return m_failure;
}

void ConnectionDoctorDialog::clearEndpoints()
{
    while (QLayoutItem *item = m_endpoints->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void ConnectionDoctorDialog::showDiagnosis(const ServerDiagnosis &d)
{
    clearEndpoints();
    const EndpointCheck::Verdict worst = d.verdict();
    QString summary;
    if (worst == EndpointCheck::Verdict::Ok) {
        summary = tr("Healthy: every endpoint answers as it should.");
    } else {
        // The first endpoint with the worst verdict says what to do.
        for (const EndpointCheck &e : d.endpoints) {
            if (e.verdict == worst) {
                summary = (worst == EndpointCheck::Verdict::Problem ? tr("Problem: %1")
                                                                    : tr("Works, but: %1"))
                              .arg(e.diagnosis);
                break;
            }
        }
    }
    m_summaryDot->setPixmap(statusDot(verdictColor(worst)).pixmap(16, 16));
    m_summary->setText(summary);

    double scale = 0;
    for (const EndpointCheck &e : d.endpoints)
        scale = std::max(scale, e.times.total);

    for (const EndpointCheck &e : d.endpoints) {
        auto *card = new QFrame;
        card->setFrameShape(QFrame::StyledPanel);
        card->setAccessibleName(tr("Endpoint %1").arg(e.endpointLabel()));
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(10, 8, 10, 8);
        cardLayout->setSpacing(6);

        auto *head = new QHBoxLayout;
        head->setSpacing(6);
        head->addWidget(dotLabel(verdictColor(e.verdict)));
        auto *path =
            new QLabel(e.optional ? tr("%1 (optional)").arg(e.endpointLabel()) : e.endpointLabel());
        QFont bold = path->font();
        bold.setBold(true);
        path->setFont(bold);
        head->addWidget(path);
        auto *url = new QLabel(e.url.toString());
        url->setPalette(m_address->palette());
        url->setTextInteractionFlags(Qt::TextSelectableByMouse);
        head->addWidget(url, 1);
        auto *figures = new QLabel(
            e.httpStatus ? tr("HTTP %1 · total %2")
                               .arg(e.httpStatus)
                               .arg(ServerDiagnosis::formatMs(e.times.total))
                         : tr("no HTTP answer · %1").arg(ServerDiagnosis::formatMs(e.times.total)));
        head->addWidget(figures);
        cardLayout->addLayout(head);

        auto *bar = new PhaseBar;
        bar->setAccessibleName(tr("Phases of %1").arg(e.endpointLabel()));
        bar->setTimes(e.times, e.curlCode != 0 || e.cancelled);
        bar->setScaleMs(scale);
        cardLayout->addWidget(bar);

        auto *diagnosis = new QLabel(e.diagnosis);
        diagnosis->setWordWrap(true);
        diagnosis->setTextInteractionFlags(Qt::TextSelectableByMouse);
        diagnosis->setAccessibleName(tr("Diagnosis of %1").arg(e.endpointLabel()));
        if (e.verdict != EndpointCheck::Verdict::Ok) {
            QPalette p = diagnosis->palette();
            p.setColor(QPalette::WindowText, verdictColor(e.verdict).darker(115));
            diagnosis->setPalette(p);
        }
        cardLayout->addWidget(diagnosis);
        m_endpoints->addWidget(card);
        card->show(); // now: a layout would show it only on the next event loop pass
    }
    // Grow to fit the cards now, so the result is complete the moment it is there.
    layout()->activate();
    adjustSize();
}

} // namespace c41::ui
