// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QTimer;

namespace Ui {
class TokensPanel;
}

namespace TokenDesk {

class AppSettings;
class ClipboardGuard;
class FailureDetails;
class Session;
class TokenFilterProxyModel;
class TokenTableModel;
struct TokenQuery;

// The Fetched tokens tab: the session's results, one row per query, masked,
// filtered and sorted, with the ways a token leaves them (reveal, copy,
// export) and a file of IDs comes in (import), and Clear table. It shows the
// results and never fetches: Retry failed and an import ask the window, which
// checks the key first.
class TokensPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokensPanel)

public:
    // The window's actions (its menus hold them) that this panel carries out.
    struct Actions
    {
        QAction *copyToken;
        QAction *copyWithUserId;
        QAction *exportTokens;
        QAction *revealAll;  // checkable: every token shown in full
        QAction *revealRow;  // Enter on a row of the table
        QAction *clearTable; // cancels the batch and forgets every row
        // Named, with their keys, by the empty table's hint.
        QAction *fetch;
        QAction *import;
    };
    // The questions an export asks; tests answer them without a modal loop.
    struct DialogHooks
    {
        std::function<bool(const QString &title, const QString &text)> confirm;
        std::function<QString(const QString &title, const QString &filter)> saveFileName;
    };

    TokensPanel(Session *session, ClipboardGuard *clipboard, const AppSettings *settings,
                const Actions &actions, QWidget *parent = nullptr);
    ~TokensPanel() override;

    void setDialogHooks(DialogHooks hooks);
    // The current row's token, or the first selected one's.
    void copySelectedToken();
    // The first selected row (or the current one) as "token" or "userId,token".
    void copySelectedAs(bool withUserId);
    // Exports the selected rows, or all rows when none is selected.
    void exportTokens();
    // Fetches the user IDs (or team members) of a text or CSV file.
    void importFile(const QString &path);
    // To the filter box, its text selected.
    void focusFilter();
    // Selects the rows of these queries (the filters cleared if they hid one),
    // the first one current and scrolled to, and gives the table the focus:
    // what was just asked for is one Ctrl+C from the clipboard.
    void showRowsOf(const QList<TokenDesk::TokenQuery> &queries);

Q_SIGNALS:
    // An imported file: queries to fetch.
    void fetchRequested(const QList<TokenDesk::TokenQuery> &queries);
    // Retry failed: rows to send again although they hold an answer.
    void retryRequested(const QList<TokenDesk::TokenQuery> &queries);
    // What a copy or an export did, for the status bar.
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpTable();
    void setUpReveal();
    void setUpCopyAndExport();
    void chooseFileToImport();
    void updateRetryFailed();
    QString emptyTableText() const;
    QList<int> selectedSourceRows() const;
    void copyTokenAt(int row);
    void toggleRowRevealed(int sourceRow);
    void restartRevealTimer();

    std::unique_ptr<Ui::TokensPanel> m_ui;
    Session *m_session;
    TokenTableModel *m_model; // the session's results
    TokenFilterProxyModel *m_proxy;
    ClipboardGuard *m_clipboard;
    const AppSettings *m_settings;
    Actions m_actions;
    DialogHooks m_hooks;
    QTimer *m_revealTimer;
    FailureDetails *m_failureDetails = nullptr;
};

} // namespace TokenDesk
