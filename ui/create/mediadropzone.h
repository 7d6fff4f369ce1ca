// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QString>

class QLabel;
class QPushButton;
class QToolButton;
class QHBoxLayout;

namespace c41::ui {

// An image, audio or video input of the Create form: drop a file on it or
// browse for one; shows a thumbnail (images) or the name, length and size
// (audio, video). Without a local file it says what the workflow already names
// on the server, if anything.
class MediaDropZone final : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Image, Audio, Video };

    explicit MediaDropZone(Kind kind, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QString file() const { return m_file; }
    // A local file ("" clears). Refused (false, with a note) if it is not of this kind.
    bool setFile(const QString &path);
    // The file name the workflow holds now (already on the server).
    void setServerValue(const QString &name);
    // A button next to Browse (e.g. the TTS takes of a voice input).
    QPushButton *addButton(const QString &text);
    QPushButton *browseButton() const { return m_browse; }

    static bool accepts(Kind kind, const QString &path);
    static QString kindText(Kind kind); // "image", "audio", "video", translated

Q_SIGNALS:
    void fileChanged(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void browse();
    void refresh();
    void setHover(bool hover);
    QString droppedFile(const QMimeData *mime) const;

    Kind m_kind;
    QString m_file;
    QString m_serverValue;
    QString m_note;
    QLabel *m_preview;
    QLabel *m_title;
    QLabel *m_detail;
    QPushButton *m_browse;
    QPushButton *m_clear;
    QHBoxLayout *m_buttons;
};

} // namespace c41::ui
