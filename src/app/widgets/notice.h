// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace TokenDesk {

// A warning the user reads and closes: not modal, so the window keeps
// working (and tests can read it), deleted when closed. Its objectName is
// "noticeMessageBox"; details go behind the box's Show Details button.
void showNotice(QWidget *parent, const QString &title, const QString &text,
                const QString &details = {});

} // namespace TokenDesk
