// SPDX-License-Identifier: GPL-3.0-or-later
#include "ttspanel.h"

#include "mediafile.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace c41::ui {

namespace {

QLabel *errorLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("fieldError"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setAccessibleName(name);
    label->hide();
    return label;
}

QLabel *fieldLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    label->setAlignment(Qt::AlignRight | Qt::AlignTop);
    label->setContentsMargins(0, 4, 0, 0);
    return label;
}

} // namespace

TtsPanel::TtsPanel(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
    , m_textError(errorLabel(this, tr("Problem with the text")))
    , m_voice(new QComboBox(this))
    , m_voiceNote(new QLabel(this))
    , m_voiceError(errorLabel(this, tr("Problem with the voice")))
    , m_model(new QComboBox(this))
    , m_instructions(new QLineEdit(this))
    , m_takeLabel(new QLabel(this))
    , m_play(new QPushButton(tr("&Play"), this))
    , m_use(new QPushButton(tr("Use for &lip-sync"), this))
{
    m_text->setPlaceholderText(tr("What should the voice say?"));
    m_text->setAccessibleName(tr("Text to speak"));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 7 + 14);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setAccessibleName(tr("Characters used"));
    m_voice->setEditable(true);
    m_voice->setInsertPolicy(QComboBox::NoInsert);
    m_voice->setAccessibleName(tr("Voice"));
    m_voice->setMinimumContentsLength(20);
    m_voiceNote->setForegroundRole(QPalette::PlaceholderText);
    m_voiceNote->setWordWrap(true);
    m_model->setAccessibleName(tr("Speech model"));
    m_model->setMinimumContentsLength(20);
    m_instructions->setPlaceholderText(tr("Optional: how to say it, e.g. calm and warm"));
    m_instructions->setAccessibleName(tr("Style instructions"));
    m_takeLabel->setAccessibleName(tr("Latest take"));
    m_takeLabel->setWordWrap(true);
    m_takeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_play->setAccessibleName(tr("Play the latest take"));
    m_play->setToolTip(tr("Opens the take in the system's audio player"));
    m_use->setAccessibleName(tr("Use the latest take as a lip-sync voice"));
    m_use->setToolTip(tr("Opens a lip-sync template with this take as the voice"));

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(12);
    grid->setColumnStretch(1, 1);
    auto *textBox = new QVBoxLayout;
    textBox->setSpacing(3);
    textBox->addWidget(m_text);
    auto *below = new QHBoxLayout;
    below->addWidget(m_textError, 1);
    below->addWidget(m_count, 0, Qt::AlignRight | Qt::AlignTop);
    textBox->addLayout(below);
    grid->addWidget(fieldLabel(tr("&Text"), m_text, this), 0, 0);
    grid->addLayout(textBox, 0, 1);
    auto *voiceBox = new QVBoxLayout;
    voiceBox->setSpacing(3);
    auto *voiceRow = new QHBoxLayout;
    voiceRow->addWidget(m_voice, 2);
    voiceRow->addStretch(1);
    voiceBox->addLayout(voiceRow);
    voiceBox->addWidget(m_voiceNote);
    voiceBox->addWidget(m_voiceError);
    grid->addWidget(fieldLabel(tr("&Voice"), m_voice, this), 1, 0);
    grid->addLayout(voiceBox, 1, 1);
    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 2);
    modelRow->addStretch(1);
    grid->addWidget(fieldLabel(tr("&Model"), m_model, this), 2, 0);
    grid->addLayout(modelRow, 2, 1);
    grid->addWidget(fieldLabel(tr("St&yle"), m_instructions, this), 3, 0);
    grid->addWidget(m_instructions, 3, 1);

    auto *take = new QFrame(this);
    take->setObjectName(QStringLiteral("ttsTake"));
    take->setStyleSheet(QStringLiteral("QFrame#ttsTake { border: 1px solid palette(mid); "
                                       "border-radius: 6px; }"));
    auto *takeLayout = new QHBoxLayout(take);
    takeLayout->setContentsMargins(12, 10, 12, 10);
    takeLayout->setSpacing(8);
    takeLayout->addWidget(m_takeLabel, 1);
    takeLayout->addWidget(m_play);
    takeLayout->addWidget(m_use);
    auto *takeTitle = new QLabel(tr("Latest take"), this);
    QFont bold = takeTitle->font();
    bold.setBold(true);
    takeTitle->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(grid);
    layout->addSpacing(8);
    layout->addWidget(takeTitle);
    layout->addWidget(take);

    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        updateCount();
        Q_EMIT edited();
    });
    connect(m_voice, &QComboBox::currentTextChanged, this, &TtsPanel::edited);
    connect(m_play, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_take)); });
    connect(m_use, &QPushButton::clicked, this, [this] { Q_EMIT useForLipSyncRequested(m_take); });
    updateCount();
    showTake({});
}

QString TtsPanel::text() const
{
    return m_text->toPlainText().trimmed();
}

QString TtsPanel::voice() const
{
    return m_voice->currentText().trimmed();
}

QString TtsPanel::model() const
{
    return m_model->currentData().toString();
}

QString TtsPanel::instructions() const
{
    return m_instructions->text().trimmed();
}

void TtsPanel::setChoices(const QStringList &voices, const QStringList &models, const QString &note)
{
    const QString voice = m_voice->currentText();
    const QString model = m_model->currentData().toString();
    const QSignalBlocker blockVoice(m_voice);
    m_voice->clear();
    m_voice->addItems(voices);
    m_voice->setCurrentText(voice.isEmpty() ? voices.value(0) : voice);
    m_model->clear();
    m_model->addItem(tr("The server's default"), QString());
    for (const QString &m : models)
        m_model->addItem(m, m);
    m_model->setCurrentIndex(std::max(0, m_model->findData(model)));
    m_voiceNote->setText(note);
    m_voiceNote->setVisible(!note.isEmpty());
}

void TtsPanel::setErrors(const QString &textError, const QString &voiceError)
{
    m_textError->setText(textError);
    m_textError->setVisible(!textError.isEmpty());
    m_voiceError->setText(voiceError);
    m_voiceError->setVisible(!voiceError.isEmpty());
}

void TtsPanel::showTake(const QString &path)
{
    m_take = path;
    m_play->setEnabled(!path.isEmpty());
    m_use->setEnabled(!path.isEmpty());
    m_takeLabel->setStyleSheet(QString());
    m_takeLabel->setText(path.isEmpty() ? tr("None yet: write a text, pick a voice and submit.")
                                        : MediaFile::describe(path));
    m_takeLabel->setToolTip(path);
}

void TtsPanel::showTakeStatus(const QString &status, bool error)
{
    m_takeLabel->setText(status);
    m_takeLabel->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

QString TtsPanel::takeText() const
{
    return m_takeLabel->text();
}

void TtsPanel::updateCount()
{
    const qsizetype n = m_text->toPlainText().trimmed().size();
    m_count->setText(tr("%1 / %2").arg(n).arg(kMaxText));
}

} // namespace c41::ui
