// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/tokens/failuredetails.h"

#include "core/bidi.h"
#include "core/tokenroles.h"
#include "core/tokentablemodel.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>

#include <algorithm>

namespace TokenDesk {

FailureDetails::FailureDetails(QTableView *view, QAbstractProxyModel *proxy, TokenTableModel *model,
                               QLabel *line, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_proxy(proxy)
    , m_model(model)
    , m_line(line)
    , m_copyAction(new QAction(this))
{
    m_copyAction->setObjectName(QStringLiteral("copyFailuresAction"));
    retranslate();
    connect(m_copyAction, &QAction::triggered, this, &FailureDetails::copyReasons);
    m_view->addAction(m_copyAction);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FailureDetails::showCurrent);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &FailureDetails::showCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FailureDetails::showCurrent);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &FailureDetails::showCurrent);
}

void FailureDetails::retranslate()
{
    m_copyAction->setText(tr("Copy failure reasons"));
    showCurrent();
}

bool FailureDetails::failed(int row) const
{
    return !m_model->index(row, 0).data(ErrorMessageRole).toString().isEmpty();
}

void FailureDetails::showCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    const QString reason =
        current.isValid() ? current.data(ErrorMessageRole).toString() : QString();
    if (reason.isEmpty()) {
        m_line->hide();
        m_line->clear();
        return;
    }
    const QString who = current.siblingAtColumn(TokenTableModel::UserIdColumn).data().toString();
    m_line->setText(tr("Why %1 failed: %2").arg(isolated(who), isolateEmbeddedValues(reason)));
    m_line->show();
}

void FailureDetails::copyReasons()
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected) {
        const int row = m_proxy->mapToSource(index).row();
        if (failed(row))
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty()) { // no failed row selected: every failed row
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (failed(row))
                rows.append(row);
        }
    }
    if (rows.isEmpty()) {
        Q_EMIT statusMessage(tr("No row failed."));
        return;
    }
    QStringList lines;
    for (int row : std::as_const(rows)) {
        const QModelIndex index = m_model->index(row, TokenTableModel::UserIdColumn);
        lines.append(index.data().toString() + QLatin1Char('\t') +
                     index.data(ErrorMessageRole).toString());
    }
    // Reasons and IDs, never a token: the plain clipboard.
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    Q_EMIT statusMessage(
        tr("Copied why %Ln row(s) failed.", nullptr, static_cast<int>(rows.size())));
}

} // namespace TokenDesk
