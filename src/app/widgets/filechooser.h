// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace TokenDesk {

// Qt's file dialogs as a person expects them: each purpose ("import",
// "export") starts in the folder it last used (kept in the settings, never a
// file's name), else in Documents; a file saved without an extension gets
// the chosen format's. An empty string when the user cancels.
QString chooseFileToOpen(QWidget *parent, const QString &purpose, const QString &title,
                         const QString &filters);
// suggestedName is offered in the name box, ready to be replaced.
QString chooseFileToSave(QWidget *parent, const QString &purpose, const QString &title,
                         const QString &filters, const QString &suggestedName);

} // namespace TokenDesk
