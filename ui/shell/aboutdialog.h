// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;

namespace c41::ui {

// Help › About: the app's name and version (QCoreApplication::applicationVersion(), set
// from CMake's C41_VERSION), what it is, the GPL-3.0-or-later notice, the Qt it was
// built with and runs on, and links (website, issues, licence, About Qt).
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    static QString homepage();
    QSize sizeHint() const override;
    QLabel *versionLabel() const { return m_version; }
    QLabel *licenseLabel() const { return m_license; }
    QLabel *qtLabel() const { return m_qt; }

private:
    QLabel *m_version;
    QLabel *m_license;
    QLabel *m_qt;
};

} // namespace c41::ui
