// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's customer list tab: built right after the first paint, or
// on first use, and the fetches it asks for.
#include "app/window/mainwindow.h"

#include "app/customers/customerbrowser.h"
#include "app/window/firstpaint.h"
#include "app/window/windowstate.h"
#include "ui_mainwindow.h"

#include "core/customer.h"
#include "core/tokenquery.h"

#include <QStatusBar>

namespace TokenDesk {

void MainWindow::setUpCustomerBrowser()
{
    m_browser = new CustomerBrowser(m_session, m_ui->viewTabs);
    m_ui->viewTabs->addTab(m_browser, tr("Customer list"));
    // Its contents right after the first paint, unless needed before.
    new AfterFirstPaint(this, [this] { m_browser->build(); });
    connect(m_browser, &CustomerBrowser::built, this, [this] {
        // Its columns as the user left them.
        if (m_windowState)
            m_windowState->restoreLate(m_browser);
    });
    connect(m_browser, &CustomerBrowser::loadRequested, this, [this] {
        if (acceptAgencyKey())
            m_browser->load();
    });
    connect(m_browser, &CustomerBrowser::fetchRequested, this, &MainWindow::fetchCustomers);
    connect(m_browser, &CustomerBrowser::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
}

CustomerBrowser *MainWindow::customerBrowser()
{
    m_browser->build();
    return m_browser;
}

void MainWindow::fetchCustomers(const QList<Customer> &customers)
{
    QList<TokenQuery> queries;
    queries.reserve(customers.size());
    for (const Customer &customer : customers)
        queries.append(TokenQuery::forUser(customer.id, customer.name));
    fetchQueries(queries);
    m_ui->viewTabs->setCurrentWidget(m_tokens);
}

} // namespace TokenDesk
