// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/comfyui/workflowparameters.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSlider;
class QSpinBox;
class QToolButton;

namespace c41::ui {

class MediaDropZone;

// The control for one workflow parameter, chosen by its kind: multi-line text
// for prompts, a seed field with Randomise and "new seed each run", a slider
// with a spin box for numbers whose range the server gives, a list for choices,
// a check box, or a drop zone for image/audio/video inputs. An inline message
// under it says what is wrong with the value.
class ParameterEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit ParameterEditor(backends::WorkflowParameter parameter, QWidget *parent = nullptr);

    const backends::WorkflowParameter &parameter() const { return m_parameter; }
    QString id() const { return m_parameter.id; }
    bool isMedia() const { return m_parameter.isMedia(); }

    // The value as text, for WorkflowOverrides::setValue (not for media).
    QString valueText() const;
    void setValueText(const QString &text);
    // Seeds: a fresh random value for every run (the default).
    bool randomEachRun() const;
    void setRandomEachRun(bool random);
    // Media: the local file to upload ("" keeps what the workflow names).
    QString localFile() const;
    MediaDropZone *dropZone() const { return m_drop; }
    // The control that takes focus and the user types into.
    QWidget *input() const { return m_input; }

    void setError(const QString &message); // "" hides it
    QString error() const;

Q_SIGNALS:
    void edited();

private:
    void buildText();
    void buildSeed();
    void buildNumber();
    void buildChoice();
    void buildBool();
    void buildMedia();
    QString currentText() const; // m_parameter.value as text

    backends::WorkflowParameter m_parameter;
    QWidget *m_input = nullptr;
    QPlainTextEdit *m_multiline = nullptr;
    QLineEdit *m_line = nullptr;
    QSpinBox *m_int = nullptr;
    QDoubleSpinBox *m_double = nullptr;
    QSlider *m_slider = nullptr;
    QComboBox *m_combo = nullptr;
    QCheckBox *m_check = nullptr;
    QCheckBox *m_random = nullptr;
    QToolButton *m_dice = nullptr;
    MediaDropZone *m_drop = nullptr;
    QLabel *m_error;
    double m_sliderScale = 1; // slider units per value unit
    bool m_syncing = false;
};

} // namespace c41::ui
