// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>

namespace TokenDesk {

// The one dialog of its kind that a window keeps: made by make() the first
// time and given its objectName, then shown, raised and activated each time.
template <typename Dialog, typename Make>
Dialog *showDialog(QWidget *parent, const QString &objectName, Make make)
{
    auto *dialog = parent->findChild<Dialog *>(objectName);
    if (!dialog) {
        dialog = make();
        dialog->setObjectName(objectName);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

} // namespace TokenDesk
