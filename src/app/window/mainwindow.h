// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/tokens/tokenspanel.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Ui {
class MainWindow;
}

namespace TokenDesk {

class AppSettings;
class ClipboardGuard;
class CustomerBrowser;
class InputPanel;
struct Customer;
struct RunConfig;
class FetchQueue;
class PartnerApi;
class Session;
struct BatchSummary;
class TokenTableModel;
struct TokenQuery;
struct TokenResult;
class WindowState;

// The main window: the agency key and user IDs go in, a table of tokens comes
// out. It only shows state; fetching lives in FetchQueue and PartnerApi.
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
    void fixBaseUrl();
    AppSettings *settings() const { return m_settings; }
    void showSettings();
    // Opens the agency profile used last (not in demo mode).
    void openLastProfile();

    // The questions an export asks; tests answer them without a modal loop.
    void setDialogHooks(TokensPanel::DialogHooks hooks);
    // The tokens panel's: export, copy "token" or "userId,token", copy (Ctrl+C).
    void exportTokens();
    void copySelectedAs(bool withUserId);

    TokenTableModel *tokenModel() const { return m_model; }
    ClipboardGuard *clipboardGuard() const { return m_clipboard; }

    void fetch();
    // Sends these to the queue: from the input, from a file, from the customer list.
    void fetchQueries(const QList<TokenQuery> &queries);
    void fetchCustomers(const QList<Customer> &customers);
    // Fetches the user IDs (or team members) of a text or CSV file.
    void importFile(const QString &path);
    void copySelectedToken();
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

    void setUpInputPanel();
    void setUpTokensPanel();
    void setUpProgress();
    // The texts set from code, worded again after a change of language.
    void retranslate();
    void setUpCustomerBrowser();
    void setUpProfiles();
    void setUpSecretsActions();
    void restoreSettings();
    void applySettings();
    // A setting changed or a profile was opened (resolved in config): the API
    // follows unless the command line, the environment or demo mode fixed it.
    void followBaseUrl(const RunConfig &config);
    void showClipboardCountdown(int seconds);
    bool acceptAgencyKey();
    void onBatchFinished(const BatchSummary &summary);
    void onKeyRejected(const QString &sentence);
    // Shortcuts, icons, the View and Help menus (mainwindowactions.cpp).
    void setUpActions();
    // The action texts set from code, worded again after a change of language.
    void retranslateActions();
    void showShortcuts();
    // The remembered layout (mainwindowlook.cpp).
    void setUpLook();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    PartnerApi *m_api;
    InputPanel *m_input;      // who asks and for what
    Session *m_session;       // the batch, the listing, the results and the counts
    FetchQueue *m_queue;      // the session's, for its settings and progress
    TokenTableModel *m_model; // the session's results
    ClipboardGuard *m_clipboard;
    TokensPanel *m_tokens = nullptr;
    CustomerBrowser *m_browser = nullptr;
    WindowState *m_windowState = nullptr;
    AppSettings *m_settings;
    QLabel *m_clipboardCountdown = nullptr;
    QString m_appliedBaseUrl;
    QString m_appliedLanguage; // main() installed it before the window was built
    bool m_baseUrlFixed = false;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace TokenDesk
