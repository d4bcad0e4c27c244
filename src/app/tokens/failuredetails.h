// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAbstractProxyModel;
class QAction;
class QLabel;
class QTableView;

namespace TokenDesk {

class TokenTableModel;

// Why rows failed, in full, where a cut cell cannot say it: the line below
// the tokens table for the current row, and Copy failure reasons in the
// table's context menu ("ID<tab>reason" for each failed row selected, or for
// every failed row when none is).
class FailureDetails final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureDetails)

public:
    // view shows model through proxy; line is the label below it.
    FailureDetails(QTableView *view, QAbstractProxyModel *proxy, TokenTableModel *model,
                   QLabel *line, QObject *parent = nullptr);

    void retranslate();

Q_SIGNALS:
    // What a copy did, for the status bar.
    void statusMessage(const QString &message);

private:
    void showCurrent();
    void copyReasons();
    bool failed(int row) const;

    QTableView *m_view;
    QAbstractProxyModel *m_proxy;
    TokenTableModel *m_model;
    QLabel *m_line;
    QAction *m_copyAction;
};

} // namespace TokenDesk
