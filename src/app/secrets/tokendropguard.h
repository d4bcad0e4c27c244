// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace TokenDesk {

// Refuses, in every widget of the application, drops of a TokenDrag: a token
// dragged inside TokenDesk must not land in a field in plain text.
class TokenDropGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenDropGuard)

public:
    explicit TokenDropGuard(QObject *parent = nullptr); // watches qApp
    ~TokenDropGuard() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace TokenDesk
