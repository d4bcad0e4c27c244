// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/customers/customerbrowser.h"

#include "app/widgets/columnfitter.h"
#include "app/widgets/emptystateoverlay.h"
#include "app/widgets/lefttorighttextdelegate.h"
#include "app/widgets/owndirectiondelegate.h"
#include "ui_customerbrowser.h"

#include "core/customerlister.h"
#include "core/customertablemodel.h"
#include "core/session.h"

#include <QEvent>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace TokenDesk {

CustomerBrowser::CustomerBrowser(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_lister(session->lister())
{}

void CustomerBrowser::showEvent(QShowEvent *event)
{
    // Shown before it was built (the tab opened in the first milliseconds):
    // built next, not while the tab widget is still switching pages.
    if (!m_ui)
        QTimer::singleShot(0, this, &CustomerBrowser::build);
    QWidget::showEvent(event);
}

void CustomerBrowser::build()
{
    if (m_ui)
        return;
    m_ui = std::make_unique<Ui::CustomerBrowser>();
    m_model = new CustomerTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1); // every column
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::EditRole); // raw values: dates sort as dates
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->customersView->setModel(m_proxy);
    m_ui->customersView->sortByColumn(-1, Qt::AscendingOrder);
    // Names and e-mails in their own direction, user IDs left to right.
    QTableView *view = m_ui->customersView;
    auto *ownDirection = new OwnDirectionDelegate(view);
    view->setItemDelegateForColumn(CustomerTableModel::NameColumn, ownDirection);
    view->setItemDelegateForColumn(CustomerTableModel::EmailColumn, ownDirection);
    view->setItemDelegateForColumn(CustomerTableModel::UserIdColumn,
                                   new LeftToRightTextDelegate(view));
    // Each column as wide as its contents; the name and the e-mail, what a
    // person reads first, take the room left over.
    using Column = ColumnFitter::Column;
    new ColumnFitter(m_ui->customersView, {{CustomerTableModel::NameColumn, Column{80, 2, 20}},
                                           {CustomerTableModel::EmailColumn, Column{64, 1, 14}},
                                           {CustomerTableModel::CreatedColumn, Column{32, 0, 0}},
                                           {CustomerTableModel::LastLoginColumn, Column{32, 0, 0}},
                                           {CustomerTableModel::UserIdColumn, Column{36, 0, 0}}});
    new EmptyStateOverlay(m_ui->customersView, [this] {
        return m_model->rowCount() > 0
                   ? tr("No customer matches the filter.")
                   : tr("No customers loaded yet. Press Load customers to list the agency's "
                        "customers, then fetch the tokens of the ones you pick.");
    });

    connect(m_ui->loadCustomersButton, &QPushButton::clicked, this,
            &CustomerBrowser::loadRequested);
    connect(m_ui->cancelListButton, &QPushButton::clicked, m_session, &Session::cancelListing);
    connect(m_ui->customerFilterEdit, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->customerFilterEdit, &QLineEdit::textChanged, this,
            &CustomerBrowser::updateButtons);
    connect(m_ui->customersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomerBrowser::updateButtons);
    connect(m_ui->fetchSelectedButton, &QPushButton::clicked, this,
            [this] { Q_EMIT fetchRequested(selectedQueries()); });
    connect(m_ui->fetchAllButton, &QPushButton::clicked, this,
            [this] { Q_EMIT fetchRequested(shownQueries()); });
    connect(m_ui->customersView, &QAbstractItemView::activated, this,
            [this] { Q_EMIT fetchRequested(selectedQueries()); });

    connect(m_lister, &CustomerLister::customersAdded, m_model,
            &CustomerTableModel::appendCustomers);
    connect(m_lister, &CustomerLister::progressChanged, this, [this](int pages, int customers) {
        showStatus(tr("Loading… page %1, %Ln customer(s) so far", nullptr, customers).arg(pages));
        updateButtons();
    });
    connect(m_lister, &CustomerLister::finished, this, &CustomerBrowser::onFinished);

    Q_EMIT built();
    if (std::exchange(m_loadWhenBuilt, false))
        load();
}

void CustomerBrowser::changeEvent(QEvent *event)
{
    // The status line keeps its words: it reports what already happened.
    if (event->type() == QEvent::LanguageChange && m_ui) {
        const QString status = m_ui->listStatusLabel->text();
        m_ui->retranslateUi(this);
        if (m_statusReported)
            m_ui->listStatusLabel->setText(status);
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void CustomerBrowser::showStatus(const QString &text)
{
    m_statusReported = true;
    m_ui->listStatusLabel->setText(text);
}

CustomerBrowser::~CustomerBrowser()
{
    // The lister outlives m_ui (children die after members): stop it calling back.
    if (m_lister)
        disconnect(m_lister, nullptr, this, nullptr);
}

void CustomerBrowser::load()
{
    if (!m_ui) {
        m_loadWhenBuilt = true;
        return;
    }
    if (!m_session || m_session->isListing())
        return;
    m_model->clear();
    showStatus(tr("Loading the customer list…"));
    m_ui->loadCustomersButton->setEnabled(false);
    m_ui->cancelListButton->setEnabled(true);
    m_session->listCustomers();
    updateButtons();
}

void CustomerBrowser::focusFilter()
{
    build();
    m_ui->customerFilterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->customerFilterEdit->selectAll();
}

void CustomerBrowser::onFinished(const CustomerListOutcome &outcome)
{
    m_ui->loadCustomersButton->setEnabled(true);
    m_ui->cancelListButton->setEnabled(false);
    showStatus(outcome.summary);
    // A rejected key is told once, by the window, for the batch and the list alike.
    const bool keyRejected = outcome.reason == CustomerListOutcome::Reason::KeyRejected ||
                             outcome.errorKind == ErrorKind::Auth;
    if (!keyRejected)
        Q_EMIT statusMessage(outcome.summary);
    updateButtons();
}

void CustomerBrowser::updateButtons()
{
    const bool anyShown = m_proxy->rowCount() > 0;
    m_ui->fetchAllButton->setEnabled(anyShown);
    m_ui->fetchSelectedButton->setEnabled(m_ui->customersView->selectionModel()->hasSelection());
}

// A customer's name travels in its query, to the token's row.
QList<TokenQuery> CustomerBrowser::selectedQueries() const
{
    QModelIndexList rows = m_ui->customersView->selectionModel()->selectedRows();
    // In the order shown, not the order of clicking.
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<TokenQuery> queries;
    queries.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows)) {
        const Customer customer = m_model->customerAt(m_proxy->mapToSource(row).row());
        queries.append(TokenQuery::forUser(customer.id, customer.name));
    }
    return queries;
}

QList<TokenQuery> CustomerBrowser::shownQueries() const
{
    QList<TokenQuery> queries;
    queries.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const Customer customer =
            m_model->customerAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        queries.append(TokenQuery::forUser(customer.id, customer.name));
    }
    return queries;
}

} // namespace TokenDesk
