// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customer.h"
#include "core/tokenquery.h"

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

// The Customer list tab: the agency's customers, loaded page after page from
// the partner API, to filter and pick from. It only shows the list; loading
// lives in CustomerLister, through the Session.
//
// Its contents (a form, a table and its header) are built on first need:
// when the window asks (right after its first paint), when the tab is shown,
// or when a method needs them. Building them before the first paint would
// delay the first sight of the window, for a tab that is not shown at start.
class CustomerBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerBrowser)

public:
    explicit CustomerBrowser(Session *session, QWidget *parent = nullptr);
    ~CustomerBrowser() override;

    // Builds the contents now, if they are not built yet.
    void build();
    // Starts loading from page 1; the agency key must already be set on the
    // API. Before the contents are built, they load as soon as they are.
    void load();
    // Puts the keyboard focus in the filter box, its text selected (Ctrl+F).
    void focusFilter();

Q_SIGNALS:
    // The contents were built: the window restores their columns' layout.
    void built();
    // The user asked to load: the window checks the key first, then calls load().
    void loadRequested();
    // Fetch selected or Fetch all: the customers' tokens, each query with the name.
    void fetchRequested(const QList<TokenDesk::TokenQuery> &queries);
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void showStatus(const QString &text);
    void onFinished(const CustomerListOutcome &outcome);
    void updateButtons();
    QList<TokenQuery> selectedQueries() const;
    QList<TokenQuery> shownQueries() const;

    std::unique_ptr<Ui::CustomerBrowser> m_ui; // null until built
    // The session's; the window may let it go before this widget.
    QPointer<Session> m_session;
    QPointer<CustomerLister> m_lister;
    CustomerTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    bool m_statusReported = false; // the status line no longer shows the form's hint
    bool m_loadWhenBuilt = false;  // load() was called before build()
};

} // namespace TokenDesk
