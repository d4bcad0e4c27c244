// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/tokens/tokenspanel.h"

#include <QMainWindow>

#include <memory>
#include <utility>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace TokenDesk {

class AppSettings;
class ClipboardGuard;
class CustomerBrowser;
class InputPanel;
class PartnerApi;
class Session;
class TokenForgetter;
class TokenTableModel;
class WindowState;
struct BatchSummary;
struct RunConfig;
struct TokenQuery;

// The main window, a shell over its panels: the input panel (who asks and
// for what), the tokens panel and the customer list. It keeps the menus, the
// status bar (batch progress and Cancel, the clipboard countdown), the settings as
// they apply, and the wiring between the panels and the core Session, which
// fetches, lists and counts.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(PartnerApi *api, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the demo banner and fills in the demo key and a few sample IDs.
    void enterDemoMode(const QString &demoKey, const QStringList &sampleUserIds);
    void setAgencyKey(const QString &key);
    // The base URL came from the command line, the environment or demo mode:
    // the setting must not replace it.
    void fixBaseUrl() { m_baseUrlFixed = true; }
    AppSettings *settings() const { return m_settings; }
    void showSettings();
    // Opens the agency profile used last (not in demo mode).
    void openLastProfile();

    // The tokens panel's: the questions an export asks (tests answer them
    // without a modal loop), export, copy as text, copy the token (Ctrl+C),
    // import an ID file.
    void setDialogHooks(TokensPanel::DialogHooks hooks)
    {
        m_tokens->setDialogHooks(std::move(hooks));
    }
    void exportTokens() { m_tokens->exportTokens(); }
    void copySelectedAs(bool withUserId) { m_tokens->copySelectedAs(withUserId); }
    void copySelectedToken() { m_tokens->copySelectedToken(); }
    void importFile(const QString &path) { m_tokens->importFile(path); }

    TokenTableModel *tokenModel() const;
    ClipboardGuard *clipboardGuard() const { return m_clipboard; }
    // Forgets the tokens on idle, lock and sleep; Fetch again.
    TokenForgetter *tokenForgetter() const { return m_forgetter; }

    // Fetches what the input panel holds, after checking the key.
    void fetch();
    // Sends to the session those with no answer yet (Session::fetch): from the
    // input, a file, the customer list.
    void fetchQueries(const QList<TokenQuery> &queries);
    // The Customer list tab, its contents built: they are right after the
    // window's first paint, or on first use, whichever comes first.
    CustomerBrowser *customerBrowser();

Q_SIGNALS:
    // Every query of the batch has its final row.
    void batchFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    static constexpr int StatusMessageMs = 8000; // how long a status bar note stays
    using SessionFetch = QList<TokenQuery> (Session::*)(const QList<TokenQuery> &);

    void setUpPanels();
    void setUpStatusBar();
    void setUpProfiles();
    void setUpActions();
    // The texts set from code, worded again after a change of language.
    void wordTexts();
    void showStatus(const QString &message);
    void showClipboardCountdown(int seconds);
    bool acceptAgencyKey();
    // Checks the key, sends queries the Session's way (fetch or fetchAgain), says what went.
    void send(const QList<TokenQuery> &queries, SessionFetch how);
    void applySettings();
    // A setting changed or a profile was opened (resolved in config): the API
    // follows unless the command line, the environment or demo mode fixed it.
    void followBaseUrl(const RunConfig &config);
    void onKeyRejected(const QString &sentence);
    void onBatchFinished(const BatchSummary &summary);

    std::unique_ptr<Ui::MainWindow> m_ui;
    PartnerApi *m_api;
    InputPanel *m_input; // built first: its fields lead the Tab order
    Session *m_session;  // the batch, the listing, the results and the counts
    ClipboardGuard *m_clipboard;
    AppSettings *m_settings;
    TokensPanel *m_tokens = nullptr;
    CustomerBrowser *m_customers = nullptr;
    WindowState *m_windowState = nullptr;
    QLabel *m_clipboardCountdown = nullptr;
    TokenForgetter *m_forgetter = nullptr;
    QString m_appliedBaseUrl;
    QString m_appliedLanguage; // main() installed it before the window was built
    bool m_baseUrlFixed = false;
};

} // namespace TokenDesk
