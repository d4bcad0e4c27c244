// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/aboutdialog.h"

#include "app/widgets/crampedscrollarea.h"
#include "app/widgets/screenroom.h"
#include "ui_aboutdialog.h"

#include <QEvent>
#include <QIcon>
#include <QtNetwork/qtnetworkglobal.h>
#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

namespace TokenDesk {

namespace {

constexpr int IconSize = 64;

struct Library
{
    QString name;
    QString version;
    QString licence;
    QString url;
};

QString row(const Library &library)
{
    return QLatin1String("<tr><td><a href=\"") + library.url + QLatin1String("\">") +
           library.name.toHtmlEscaped() + QLatin1String("</a></td><td>") +
           library.version.toHtmlEscaped() + QLatin1String("</td><td>") +
           library.licence.toHtmlEscaped() + QLatin1String("</td></tr>");
}

Library tlsLibrary()
{
#if QT_CONFIG(ssl)
    const QString backend = QSslSocket::activeBackend();
    if (!backend.isEmpty() && QSslSocket::supportsSsl()) {
        const bool openSsl = backend == QLatin1String("openssl");
        // OpenSSL moved to the Apache licence with version 3.
        const QString licence = !openSsl ? AboutDialog::tr("part of the operating system")
                                : QSslSocket::sslLibraryVersionNumber() >= 0x30000000L
                                    ? QStringLiteral("Apache-2.0")
                                    : QStringLiteral("OpenSSL");
        return {AboutDialog::tr("TLS (%1)").arg(backend), QSslSocket::sslLibraryVersionString(),
                licence,
                openSsl ? QStringLiteral("https://www.openssl.org/")
                        : QStringLiteral("https://doc.qt.io/qt-6/ssl.html")};
    }
#endif
    return {AboutDialog::tr("TLS"), AboutDialog::tr("not available"), QString(),
            QStringLiteral("https://doc.qt.io/qt-6/ssl.html")};
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    // On a screen too small for it (1024x768 at 200%), the text scrolls and
    // Close stays in view.
    m_ui->aboutLayout->insertWidget(0, new CrampedScrollArea(m_ui->aboutForm, this), 1);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64); // the libraries' table on one line
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/tokendesk.svg"))
                                   .pixmap(QSize(IconSize, IconSize), devicePixelRatioF()));
    QFont titleFont = m_ui->nameLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_ui->nameLabel->setFont(titleFont);
    showTexts();
}

AboutDialog::~AboutDialog() = default;

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showTexts();
    } else if (event->type() == QEvent::LayoutDirectionChange) {
        showTexts();
    }
    QDialog::changeEvent(event);
}

void AboutDialog::showEvent(QShowEvent *event)
{
    // A window does not ask its wrapped labels how tall they are at its
    // width (heightForWidth): as tall as they need, as far as the screen has
    // room; beyond that the text scrolls.
    const QMargins margins = m_ui->aboutLayout->contentsMargins();
    const int needed =
        margins.top() +
        m_ui->aboutFormLayout->totalHeightForWidth(width() - margins.left() - margins.right()) +
        m_ui->aboutLayout->spacing() + m_ui->buttonBox->sizeHint().height() + margins.bottom();
    if (needed > height())
        fitToScreen(this, QSize(width(), needed));
    QDialog::showEvent(event);
}

void AboutDialog::showTexts()
{
    // Rich text takes each paragraph's direction from its first letter, and
    // the Arabic licence starts with "TokenDesk": set it from the window's.
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    const QString paragraph =
        rightToLeft ? QStringLiteral("<p dir=\"rtl\">") : QStringLiteral("<p>");
    const QString leading = rightToLeft ? QStringLiteral("right") : QStringLiteral("left");
    m_ui->nameLabel->setText(tr("TokenDesk %1").arg(QStringLiteral(TOKENDESK_VERSION)));
    m_ui->licenseLabel->setText(
        tr("<p>TokenDesk is free software: you can redistribute it and modify it under the terms "
           "of the <a href=\"%1\">GNU General Public License</a>, version 3 or any later version. "
           "It comes with absolutely no warranty.</p>"
           "<p>Copyright © 2026 The TokenDesk authors<br><a href=\"%2\">%2</a></p>")
            .arg(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html"),
                 QStringLiteral(TOKENDESK_HOMEPAGE_URL))
            .replace(QStringLiteral("<p>"), paragraph));

    // QtKeychain has no run-time version, and the macro in its header is stale
    // (0x000100 in 0.13), so CMake passes the version of the package it found.
    const Library libraries[] = {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()),
         QStringLiteral("LGPL-3.0-only, GPL-2.0-only or GPL-3.0-only"),
         QStringLiteral("https://www.qt.io/licensing/")},
        {QStringLiteral("QtKeychain"), QStringLiteral(TOKENDESK_QTKEYCHAIN_VERSION),
         QStringLiteral("BSD-2-Clause"),
         QStringLiteral("https://github.com/frankosterfeld/qtkeychain")},
        tlsLibrary(),
    };
    QString rows;
    for (const Library &library : libraries)
        rows += row(library);
    m_ui->librariesLabel->setText(
        QString(tr("<p>TokenDesk uses these libraries:</p>"))
            .replace(QStringLiteral("<p>"), paragraph) +
        QStringLiteral(
            "<table cellspacing=\"0\" cellpadding=\"3\" dir=\"%1\"><tr><th align=\"%2\">")
            .arg(rightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr"), leading) +
        tr("Library") + QStringLiteral("</th><th align=\"%1\">").arg(leading) + tr("Version") +
        QStringLiteral("</th><th align=\"%1\">").arg(leading) + tr("Licence") +
        QLatin1String("</th></tr>") + rows + QLatin1String("</table>"));
    m_ui->librariesLabel->setAccessibleDescription(
        tr("Qt %1, QtKeychain %2, %3 %4")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(TOKENDESK_QTKEYCHAIN_VERSION),
                 libraries[2].name, libraries[2].version));
}

} // namespace TokenDesk
