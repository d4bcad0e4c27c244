// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/notice.h"

#include "core/bidi.h"

#include <QMessageBox>

namespace TokenDesk {

void showNotice(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, isolateEmbeddedValues(text),
                                QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("noticeMessageBox"));
    box->setDetailedText(isolateEmbeddedValues(details));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace TokenDesk
