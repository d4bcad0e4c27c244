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
#include <QTimer>

#include <utility>

namespace TokenDesk {

void MainWindow::setUpCustomerBrowser()
{
    // The tab is there at once, its contents not: building the browser (a
    // form, a table and its header) would delay the first sight of the window
    // by milliseconds, for a tab that is not shown at start. An empty page
    // holds its place until customerBrowser() swaps the browser in.
    m_customersPlaceholder = new QWidget(this);
    m_ui->viewTabs->addTab(m_customersPlaceholder, tr("Customer list"));
    new AfterFirstPaint(this, [this] { customerBrowser(); });
    // Shown before that (a click on the tab in the first milliseconds): built
    // next, not while the tab widget is still switching pages.
    connect(m_ui->viewTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (!m_browser && m_ui->viewTabs->widget(index) == m_customersPlaceholder)
            QTimer::singleShot(0, this, [this] { customerBrowser(); });
    });
}

CustomerBrowser *MainWindow::customerBrowser()
{
    if (m_browser)
        return m_browser;
    m_browser = new CustomerBrowser(m_session, this);
    connect(m_browser, &CustomerBrowser::loadRequested, this, [this] {
        if (acceptAgencyKey())
            m_browser->load();
    });
    connect(m_browser, &CustomerBrowser::fetchRequested, this, &MainWindow::fetchCustomers);
    connect(m_browser, &CustomerBrowser::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });

    // In the placeholder's place, with its title; shown if it was.
    QTabWidget *tabs = m_ui->viewTabs;
    const int index = tabs->indexOf(m_customersPlaceholder);
    const bool current = tabs->currentIndex() == index;
    tabs->insertTab(index, m_browser, tabs->tabText(index));
    if (current)
        tabs->setCurrentIndex(index);
    tabs->removeTab(index + 1);
    delete std::exchange(m_customersPlaceholder, nullptr);
    // Its columns as the user left them.
    if (m_windowState)
        m_windowState->restoreLate(m_browser);
    if (std::exchange(m_loadCustomersWhenBuilt, false))
        m_browser->load();
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
