// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace c41::ui {

// The text-to-speech form of the Create page: the text, the voice (the server's
// list, or OpenAI's names to pick from or type over), the model and a style
// instruction; below, the latest take with its length and Play (the system's
// player: in-app playback would need Qt Multimedia) and "Use for lip-sync".
class TtsPanel final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxText = 4096; // OpenAI's limit, which local servers follow

    explicit TtsPanel(QWidget *parent = nullptr);

    QPlainTextEdit *textEdit() const { return m_text; }
    QComboBox *voicePicker() const { return m_voice; }
    QComboBox *modelPicker() const { return m_model; }
    QLineEdit *instructionsEdit() const { return m_instructions; }
    QPushButton *playButton() const { return m_play; }
    QPushButton *useButton() const { return m_use; }

    QString text() const;
    QString voice() const;
    QString model() const; // "" for the server's default
    QString instructions() const;

    // The voices and models of the servers the job may go to; `note` says where
    // the voices come from.
    void setChoices(const QStringList &voices, const QStringList &models, const QString &note);
    // Inline problems ("" hides).
    void setErrors(const QString &textError, const QString &voiceError);
    // The latest take: a finished file, or a status line while it is made.
    void showTake(const QString &path);
    void showTakeStatus(const QString &status, bool error);
    QString takePath() const { return m_take; }
    QString takeText() const;

Q_SIGNALS:
    void edited();
    void useForLipSyncRequested(const QString &path);

private:
    void updateCount();

    QPlainTextEdit *m_text;
    QLabel *m_count;
    QLabel *m_textError;
    QComboBox *m_voice;
    QLabel *m_voiceNote;
    QLabel *m_voiceError;
    QComboBox *m_model;
    QLineEdit *m_instructions;
    QLabel *m_takeLabel;
    QPushButton *m_play;
    QPushButton *m_use;
    QString m_take;
};

} // namespace c41::ui
