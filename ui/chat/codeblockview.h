// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace c41::ui {

// A fenced code block of a chat message: the language, a Copy button, and the code
// in a monospace view as tall as its lines (scrolls sideways, never wraps). Appends
// cost the new text only.
class CodeBlockView final : public QFrame
{
    Q_OBJECT
public:
    explicit CodeBlockView(const QString &language, QWidget *parent = nullptr);

    void append(const QString &text);
    void finish(); // drops the closing newline the fence left
    QString code() const;
    QToolButton *copyButton() const { return m_copy; }

private:
    void fitHeight();

    QLabel *m_language;
    QToolButton *m_copy;
    QPlainTextEdit *m_code;
    int m_lines = 0;
};

} // namespace c41::ui
