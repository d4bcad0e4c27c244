// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customer.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class CustomerBrowser;
}

namespace TokenDesk {

class CustomerLister;
class CustomerTableModel;
class Session;
struct CustomerListOutcome;

// The agency's customers, loaded page after page from the partner API, to
// filter and pick from. It only shows the list; loading lives in CustomerLister.
class CustomerBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerBrowser)

public:
    explicit CustomerBrowser(Session *session, QWidget *parent = nullptr);
    ~CustomerBrowser() override;

    bool isLoading() const;
    // Starts loading from page 1; the agency key must already be set on the API.
    void load();
    // Puts the keyboard focus in the filter box, its text selected (Ctrl+F).
    void focusFilter();
    CustomerTableModel *customerModel() const { return m_model; }

Q_SIGNALS:
    // The user asked to load: the window checks the key first, then calls load().
    void loadRequested();
    void fetchRequested(const QList<TokenDesk::Customer> &customers);
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showStatus(const QString &text);
    void onFinished(const CustomerListOutcome &outcome);
    void updateButtons();
    QList<Customer> selectedCustomers() const;
    QList<Customer> shownCustomers() const;

    std::unique_ptr<Ui::CustomerBrowser> m_ui;
    // The session's; the window may let it go before this widget.
    QPointer<Session> m_session;
    QPointer<CustomerLister> m_lister;
    CustomerTableModel *m_model;
    bool m_statusReported = false; // the status line no longer shows the form's hint
    QSortFilterProxyModel *m_proxy;
};

} // namespace TokenDesk
