// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studio/sourcedetector.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace c41::ui {

// "Add servers on a host": a host name (or host:port for a server on another port),
// Detect, a busy bar while the ports are tried, what answered (ticked, to add), and
// the box to add them to (an existing one, or a new name).
class HostDetectPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit HostDetectPanel(QWidget *parent = nullptr);

    void setBoxes(const QStringList &boxes);
    void setEditable(bool editable);
    void setDetecting(bool detecting);
    void showFound(const QString &host, const QList<studio::SourceDetector::Found> &found);
    void showMessage(const QString &text, bool error);
    void clearFound();

    // "host" or "host:port" as typed: the host and the ports (none: the standard ones).
    static bool parseHost(const QString &text, QString *host, QList<quint16> *ports);
    // A box name made from a host name: "Mac-Studio.local" -> "mac-studio".
    static QString boxNameFor(const QString &host);

    QLineEdit *hostEdit() const { return m_host; }
    QPushButton *detectButton() const { return m_detect; }
    QListWidget *foundList() const { return m_found; }
    QComboBox *boxCombo() const { return m_box; }
    QPushButton *addButton() const { return m_add; }
    QLabel *message() const { return m_message; }

Q_SIGNALS:
    void detectRequested(const QString &host, const QList<quint16> &ports);
    // The ticked servers, to add to `box` (created when new).
    void addRequested(const QString &box, const QList<studio::SourceDetector::Found> &found);

private:
    void requestDetect();
    void requestAdd();
    void updateButtons();

    QList<studio::SourceDetector::Found> m_results;
    bool m_editable = true;
    bool m_detecting = false;
    QLineEdit *m_host;
    QPushButton *m_detect;
    QProgressBar *m_busy;
    QLabel *m_message;
    QListWidget *m_found;
    QComboBox *m_box;
    QPushButton *m_add;
    QLabel *m_toBox;
};

} // namespace c41::ui
