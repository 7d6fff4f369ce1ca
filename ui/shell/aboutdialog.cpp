// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace c41::ui {

QString AboutDialog::homepage()
{
    return QStringLiteral("https://c41.example.invalid");
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_version(new QLabel)
    , m_license(new QLabel)
    , m_qt(new QLabel)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About C41 Control Center"));
    setAccessibleName(tr("About C41 Control Center"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 22, 24, 16);
    layout->setSpacing(14);

    auto *top = new QHBoxLayout;
    top->setSpacing(18);
    auto *icon = new QLabel;
    icon->setObjectName(QStringLiteral("aboutIcon"));
    const QIcon appIcon = QApplication::windowIcon().isNull()
                              ? QIcon(QStringLiteral(":/c41/c41.svg"))
                              : QApplication::windowIcon();
    const QPixmap pixmap = appIcon.pixmap(QSize(72, 72), devicePixelRatioF());
    icon->setPixmap(pixmap);
    icon->setFixedSize(76, 76);
    icon->setAlignment(Qt::AlignCenter);
    icon->setVisible(!pixmap.isNull());
    top->addWidget(icon, 0, Qt::AlignTop);

    auto *heading = new QVBoxLayout;
    heading->setSpacing(4);
    auto *name = new QLabel(tr("C41 Control Center"));
    name->setObjectName(QStringLiteral("aboutName"));
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    name->setFont(big);
    heading->addWidget(name);
    const QString version = QCoreApplication::applicationVersion();
    m_version->setObjectName(QStringLiteral("aboutVersion"));
    m_version->setText(version.isEmpty() ? tr("Development build") : tr("Version %1").arg(version));
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    heading->addWidget(m_version);
    auto *what = new QLabel(tr("One window for every AI box in the studio: the servers, their "
                               "GPUs and models, chat, image, video and speech jobs."));
    what->setWordWrap(true);
    heading->addWidget(what);
    top->addLayout(heading, 1);
    layout->addLayout(top);

    m_license->setObjectName(QStringLiteral("aboutLicense"));
    m_license->setWordWrap(true);
    m_license->setOpenExternalLinks(true);
    m_license->setTextFormat(Qt::RichText);
    m_license->setText(
        tr("This program is free software: you can redistribute it and/or modify it under the "
           "terms of the GNU General Public License as published by the Free Software "
           "Foundation, either version 3 of the License, or (at your option) any later version "
           "(GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. See the "
           "<a href=\"%1\">GNU General Public License</a> for details.")
            .arg(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html")));
    layout->addWidget(m_license);

    m_qt->setObjectName(QStringLiteral("aboutQt"));
    m_qt->setWordWrap(true);
    m_qt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QString built = QStringLiteral(QT_VERSION_STR);
    const QString running = QString::fromLatin1(qVersion());
    m_qt->setText(built == running ? tr("Built with Qt %1.").arg(built)
                                   : tr("Built with Qt %1, running on Qt %2.").arg(built, running));
    m_qt->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_qt);

    auto *links = new QLabel;
    links->setObjectName(QStringLiteral("aboutLinks"));
    links->setOpenExternalLinks(true);
    links->setTextFormat(Qt::RichText);
    links->setText(tr("<a href=\"%1\">Website</a> · <a href=\"%2\">Report a problem</a>")
                       .arg(homepage(), homepage() + QStringLiteral("/issues")));
    layout->addWidget(links);
    layout->addSpacing(6);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setAccessibleName(tr("About Qt"));
    connect(aboutQt, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumSize(sizeHint());
}

QSize AboutDialog::sizeHint() const
{
    // Wide enough for the licence in a few lines, as tall as the wrapped text needs.
    const int width = qMax(560, fontMetrics().averageCharWidth() * 80);
    return {width, layout()->heightForWidth(width)};
}

} // namespace c41::ui
