// SPDX-License-Identifier: GPL-3.0-or-later
#include "parametereditor.h"

#include "mediadropzone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace c41::ui {

using backends::WorkflowParameter;
using Kind = backends::WorkflowParameter::Kind;

namespace {

constexpr double kIntLimit = std::numeric_limits<int>::max();

int decimalsFor(const std::optional<double> &step)
{
    if (!step || *step <= 0 || *step >= 1)
        return 2;
    return std::clamp(int(std::ceil(-std::log10(*step) - 1e-9)), 1, 6);
}

} // namespace

ParameterEditor::ParameterEditor(WorkflowParameter parameter, QWidget *parent)
    : QWidget(parent)
    , m_parameter(std::move(parameter))
    , m_error(new QLabel(this))
{
    m_error->setObjectName(QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setAccessibleName(tr("Problem with %1").arg(m_parameter.label));
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    switch (m_parameter.kind) {
    case Kind::Text:
        buildText();
        break;
    case Kind::Seed:
        buildSeed();
        break;
    case Kind::Int:
    case Kind::Float:
        buildNumber();
        break;
    case Kind::Choice:
        buildChoice();
        break;
    case Kind::Bool:
        buildBool();
        break;
    case Kind::Image:
    case Kind::Audio:
    case Kind::Video:
        buildMedia();
        break;
    }
    layout->addWidget(m_error);
    if (m_input) {
        m_input->setAccessibleName(m_parameter.label);
        setFocusProxy(m_input);
    }
}

QString ParameterEditor::currentText() const
{
    const auto &v = m_parameter.value;
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_boolean())
        return v.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.is_number_unsigned())
        return QString::number(v.get<quint64>());
    if (v.is_number_integer())
        return QString::number(v.get<qint64>());
    if (v.is_number())
        return QString::number(v.get<double>());
    return {};
}

void ParameterEditor::buildText()
{
    const bool multi = m_parameter.multiline || m_parameter.role == u"positive" ||
                       m_parameter.role == u"negative" || m_parameter.role == u"prompt" ||
                       m_parameter.role == u"text" || m_parameter.role == u"instruct";
    if (multi) {
        m_multiline = new QPlainTextEdit(this);
        m_multiline->setPlainText(currentText());
        m_multiline->setTabChangesFocus(true);
        const int lines = m_parameter.role == u"negative" ? 2 : 4;
        m_multiline->setFixedHeight(m_multiline->fontMetrics().lineSpacing() * lines + 14);
        connect(m_multiline, &QPlainTextEdit::textChanged, this, &ParameterEditor::edited);
        m_input = m_multiline;
    } else {
        m_line = new QLineEdit(currentText(), this);
        connect(m_line, &QLineEdit::textEdited, this, &ParameterEditor::edited);
        m_input = m_line;
    }
    layout()->addWidget(m_input);
}

void ParameterEditor::buildSeed()
{
    auto *row = new QWidget(this);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(8);
    m_line = new QLineEdit(currentText(), row);
    m_line->setMaximumWidth(m_line->fontMetrics().horizontalAdvance(u'9') * 22 + 16);
    m_dice = new QToolButton(row);
    m_dice->setText(tr("Randomise"));
    m_dice->setToolTip(tr("Draw a new seed now and keep it for this run"));
    m_dice->setAccessibleName(tr("Randomise %1").arg(m_parameter.label));
    m_random = new QCheckBox(tr("New seed each run"), row);
    m_random->setToolTip(
        tr("Draw a fresh seed when the job is queued (uncheck to reuse this one)"));
    m_random->setAccessibleName(tr("New %1 each run").arg(m_parameter.label));
    m_random->setChecked(m_parameter.randomPerRun);
    m_line->setEnabled(!m_random->isChecked());
    h->addWidget(m_line, 1);
    h->addWidget(m_dice);
    h->addWidget(m_random);
    h->addStretch(1);
    layout()->addWidget(row);
    m_input = m_line;
    connect(m_line, &QLineEdit::textEdited, this, &ParameterEditor::edited);
    connect(m_random, &QCheckBox::toggled, this, [this](bool on) {
        m_line->setEnabled(!on);
        Q_EMIT edited();
    });
    connect(m_dice, &QToolButton::clicked, this, [this] {
        quint64 max = quint64(1) << 53;
        if (m_parameter.max && *m_parameter.max >= 0 && *m_parameter.max < double(max))
            max = quint64(*m_parameter.max);
        const quint64 min = m_parameter.min && *m_parameter.min > 0
                                ? std::min<quint64>(quint64(*m_parameter.min), max)
                                : 0;
        m_line->setText(
            QString::number(min + QRandomGenerator::global()->bounded(quint64(0), max - min + 1)));
        m_random->setChecked(false);
        Q_EMIT edited();
    });
}

void ParameterEditor::buildNumber()
{
    const bool isInt = m_parameter.kind == Kind::Int;
    const double min = m_parameter.min.value_or(isInt ? -kIntLimit : -1e9);
    const double max = m_parameter.max.value_or(isInt ? kIntLimit : 1e9);
    const double step = m_parameter.step && *m_parameter.step > 0 ? *m_parameter.step : 1.0;
    const bool ranged = m_parameter.min && m_parameter.max;
    auto *row = new QWidget(this);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(10);
    if (isInt && (std::abs(min) > kIntLimit || std::abs(max) > kIntLimit)) {
        // Beyond a spin box: typed, and checked when applied.
        m_line = new QLineEdit(currentText(), row);
        connect(m_line, &QLineEdit::textEdited, this, &ParameterEditor::edited);
        m_input = m_line;
        h->addWidget(m_line);
        h->addStretch(1);
        layout()->addWidget(row);
        return;
    }
    const double ticks = ranged ? (max - min) / (isInt ? std::max(1.0, step) : step) : 0;
    if (ranged && ticks >= 2 && ticks <= 20000) {
        m_slider = new QSlider(Qt::Horizontal, row);
        m_sliderScale = 1.0 / (isInt ? std::max(1.0, step) : step);
        m_slider->setRange(0, int(std::lround(ticks)));
        m_slider->setAccessibleName(tr("%1 slider").arg(m_parameter.label));
        m_slider->setFocusPolicy(Qt::NoFocus); // the spin box has the keyboard
        h->addWidget(m_slider, 1);
    }
    const QString value = currentText();
    if (isInt) {
        m_int = new QSpinBox(row);
        m_int->setRange(int(min), int(max));
        m_int->setSingleStep(int(std::max(1.0, step)));
        m_int->setValue(value.toInt());
        m_int->setMinimumWidth(m_int->fontMetrics().horizontalAdvance(u'9') * 8 + 32);
        m_input = m_int;
        connect(m_int, &QSpinBox::valueChanged, this, [this](int v) {
            if (m_slider && !m_syncing) {
                m_syncing = true;
                m_slider->setValue(
                    int(std::lround((v - m_parameter.min.value_or(0)) * m_sliderScale)));
                m_syncing = false;
            }
            Q_EMIT edited();
        });
    } else {
        m_double = new QDoubleSpinBox(row);
        m_double->setDecimals(decimalsFor(m_parameter.step));
        m_double->setRange(min, max);
        m_double->setSingleStep(step);
        m_double->setValue(value.toDouble());
        m_double->setMinimumWidth(m_double->fontMetrics().horizontalAdvance(u'9') * 8 + 32);
        m_input = m_double;
        connect(m_double, &QDoubleSpinBox::valueChanged, this, [this](double v) {
            if (m_slider && !m_syncing) {
                m_syncing = true;
                m_slider->setValue(
                    int(std::lround((v - m_parameter.min.value_or(0)) * m_sliderScale)));
                m_syncing = false;
            }
            Q_EMIT edited();
        });
    }
    if (m_slider) {
        m_slider->setValue(int(std::lround((value.toDouble() - min) * m_sliderScale)));
        connect(m_slider, &QSlider::valueChanged, this, [this, min](int position) {
            if (m_syncing)
                return;
            m_syncing = true;
            const double v = min + position / m_sliderScale;
            if (m_int)
                m_int->setValue(int(std::lround(v)));
            else
                m_double->setValue(v);
            m_syncing = false;
            Q_EMIT edited();
        });
    }
    h->addWidget(m_input);
    if (ranged) {
        auto *range = new QLabel(
            tr("%1 – %2").arg(QLocale().toString(min, 'g', 8), QLocale().toString(max, 'g', 8)),
            row);
        range->setForegroundRole(QPalette::PlaceholderText);
        // One width for every range, so the spin boxes line up down the form.
        range->setMinimumWidth(
            range->fontMetrics().horizontalAdvance(QStringLiteral("-16,384 – 16,384")));
        range->setToolTip(tr("The range the server accepts"));
        h->addWidget(range);
    }
    if (!m_slider)
        h->addStretch(4);
    layout()->addWidget(row);
}

void ParameterEditor::buildChoice()
{
    m_combo = new QComboBox(this);
    m_combo->addItems(m_parameter.choices);
    const QString value = currentText();
    int index = m_combo->findText(value);
    if (index < 0 && !value.isEmpty()) {
        // What the workflow names but the server does not offer: kept, and flagged.
        m_combo->insertItem(0, value);
        index = 0;
    }
    m_combo->setCurrentIndex(index);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(24);
    m_combo->setMaxVisibleItems(20);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &ParameterEditor::edited);
    m_input = m_combo;
    auto *row = new QWidget(this);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(m_combo, 3);
    h->addStretch(1);
    layout()->addWidget(row);
}

void ParameterEditor::buildBool()
{
    m_check = new QCheckBox(this);
    m_check->setChecked(currentText() == u"true");
    connect(m_check, &QCheckBox::toggled, this, &ParameterEditor::edited);
    m_input = m_check;
    layout()->addWidget(m_check);
}

void ParameterEditor::buildMedia()
{
    const MediaDropZone::Kind kind = m_parameter.kind == Kind::Image   ? MediaDropZone::Kind::Image
                                     : m_parameter.kind == Kind::Audio ? MediaDropZone::Kind::Audio
                                                                       : MediaDropZone::Kind::Video;
    m_drop = new MediaDropZone(kind, this);
    m_drop->setServerValue(currentText());
    connect(m_drop, &MediaDropZone::fileChanged, this, &ParameterEditor::edited);
    m_input = m_drop->browseButton();
    layout()->addWidget(m_drop);
}

QString ParameterEditor::valueText() const
{
    if (m_multiline)
        return m_multiline->toPlainText();
    if (m_line)
        return m_line->text().trimmed();
    if (m_int)
        return QString::number(m_int->value());
    if (m_double)
        return QString::number(m_double->value(), 'g', 12);
    if (m_combo)
        return m_combo->currentText();
    if (m_check)
        return m_check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    return currentText();
}

void ParameterEditor::setValueText(const QString &text)
{
    if (m_multiline)
        m_multiline->setPlainText(text);
    else if (m_line)
        m_line->setText(text);
    else if (m_int)
        m_int->setValue(text.toInt());
    else if (m_double)
        m_double->setValue(text.toDouble());
    else if (m_combo) {
        int i = m_combo->findText(text);
        if (i < 0) {
            m_combo->insertItem(0, text);
            i = 0;
        }
        m_combo->setCurrentIndex(i);
    } else if (m_check)
        m_check->setChecked(text == u"true");
}

bool ParameterEditor::randomEachRun() const
{
    return m_random && m_random->isChecked();
}

void ParameterEditor::setRandomEachRun(bool random)
{
    if (m_random)
        m_random->setChecked(random);
}

QString ParameterEditor::localFile() const
{
    return m_drop ? m_drop->file() : QString();
}

void ParameterEditor::setError(const QString &message)
{
    if (message == m_error->text() && m_error->isVisible() == !message.isEmpty())
        return;
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString ParameterEditor::error() const
{
    return m_error->text();
}

} // namespace c41::ui
