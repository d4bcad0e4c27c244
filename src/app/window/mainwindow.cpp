// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/window/mainwindow.h"

#include "app/connection/profilecontroller.h"
#include "app/customers/customerbrowser.h"
#include "app/input/inputpanel.h"
#include "app/secrets/clipboardguard.h"
#include "app/secrets/tokenforgetter.h"
#include "app/settings/appsettings.h"
#include "app/settings/apptranslations.h"
#include "app/settings/settingsdialog.h"
#include "app/widgets/crampedscrollarea.h"
#include "app/widgets/firstpaint.h"
#include "app/widgets/leadingnumbers.h"
#include "app/widgets/notice.h"
#include "app/window/batchprogress.h"
#include "app/window/windowactions.h"
#include "app/window/windowstate.h"
#include "ui_mainwindow.h"

#include "core/bidi.h"
#include "core/fetchqueue.h"
#include "core/partnerapi.h"
#include "core/runconfig.h"
#include "core/session.h"
#include "core/tokenquery.h"

#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>

namespace TokenDesk {

MainWindow::MainWindow(PartnerApi *api, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_api(api)
    // Before the form: the Tab order follows the order of building, so the
    // panel's fields come first, then Fetch and its options, then the results.
    , m_input(new InputPanel(this))
    , m_session(new Session(api, this))
    , m_clipboard(new ClipboardGuard(QGuiApplication::clipboard(), this))
    , m_settings(new AppSettings(this))
    , m_appliedBaseUrl(m_settings->baseUrl())
    , m_appliedLanguage(m_settings->language())
{
    m_ui->setupUi(this);
    // On a screen too small for the form, the window scrolls instead of cutting it off.
    setCentralWidget(new CrampedScrollArea(takeCentralWidget(), this));
    keepNumbersAtLeadingEdge(this);
    setUpPanels();
    setUpStatusBar();
    setUpProfiles();
    setUpActions();
    applySettings();
    connect(m_settings, &AppSettings::changed, this, &MainWindow::applySettings);
    connect(m_ui->concurrencySpinBox, &QSpinBox::valueChanged, m_settings,
            &AppSettings::setConcurrency);
    wordTexts();
    // The tables get the height that the input panel does not need.
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    // Last: every view has its model and its default widths by now (but for
    // the customer list's, built later: it asks for those when it is).
    m_windowState = new WindowState(this);
    m_windowState->restore();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpPanels()
{
    m_ui->inputPanelLayout->insertWidget(0, m_input);
    connect(m_input, &InputPanel::fetchRequested, this, &MainWindow::fetch);

    m_tokens = new TokensPanel(m_session, m_clipboard, m_settings,
                               {m_ui->copyTokenAction, m_ui->copyWithUserIdAction,
                                m_ui->exportAction, m_ui->revealTokensAction, m_ui->revealRowAction,
                                m_ui->clearTableAction, m_ui->fetchAction, m_ui->importAction},
                               m_ui->viewTabs);
    m_ui->viewTabs->addTab(m_tokens, QString());
    connect(m_tokens, &TokensPanel::fetchRequested, this, &MainWindow::fetchQueries);
    connect(m_tokens, &TokensPanel::retryRequested, this,
            [this](const QList<TokenQuery> &queries) { send(queries, &Session::fetchAgain); });
    connect(m_tokens, &TokensPanel::statusMessage, this, &MainWindow::showStatus);

    m_customers = new CustomerBrowser(m_session, m_ui->viewTabs);
    m_ui->viewTabs->addTab(m_customers, QString());
    // Its contents right after the first paint, unless needed before.
    new AfterFirstPaint(this, [this] { m_customers->build(); });
    connect(m_customers, &CustomerBrowser::built, this, [this] {
        if (m_windowState) // its columns as the user left them
            m_windowState->restoreLate(m_customers);
    });
    connect(m_customers, &CustomerBrowser::loadRequested, this, [this] {
        if (acceptAgencyKey())
            m_customers->load();
    });
    connect(m_customers, &CustomerBrowser::fetchRequested, this,
            [this](const QList<TokenQuery> &queries) {
                fetchQueries(queries);
                m_ui->viewTabs->setCurrentWidget(m_tokens);
                // Double-click, then Ctrl+C: the customer's row is current.
                m_tokens->showRowsOf(queries);
            });
    connect(m_customers, &CustomerBrowser::statusMessage, this, &MainWindow::showStatus);

    // The tab bar comes before the page it switches, as on screen. Set here, not
    // in the .ui: there Qt 6.4 would move the tab widget with its pages' fields
    // still inside it and cut them out of the focus chain.
    QWidget::setTabOrder(m_ui->concurrencySpinBox, m_ui->viewTabs);
}

void MainWindow::setUpStatusBar()
{
    new BatchProgress(m_session, statusBar()); // says how each batch ended
    m_clipboardCountdown = new QLabel(this);
    // A gap on the side that faces the message (its leading edge, either
    // direction), which the status bar would otherwise run into it.
    m_clipboardCountdown->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_clipboardCountdown->setIndent(2 * m_clipboardCountdown->fontMetrics().averageCharWidth());
    statusBar()->addPermanentWidget(m_clipboardCountdown);
    connect(m_session, &Session::keyRejected, this, &MainWindow::onKeyRejected);
    connect(m_session, &Session::batchFinished, this, &MainWindow::onBatchFinished);
    connect(m_clipboard, &ClipboardGuard::secondsLeftChanged, this,
            &MainWindow::showClipboardCountdown);
    // Tokens do not outlive their use: idle time, a screen lock, sleep.
    m_forgetter = new TokenForgetter(m_session, m_clipboard, this);
    statusBar()->addPermanentWidget(m_forgetter->fetchAgainButton());
    m_ui->editMenu->insertAction(m_ui->clearTableAction, m_forgetter->fetchAgainAction());
    connect(m_forgetter, &TokenForgetter::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_forgetter, &TokenForgetter::fetchAgainRequested, this, &MainWindow::fetchQueries);
    connect(m_forgetter, &TokenForgetter::tokensForgotten, this,
            [this] { m_ui->revealTokensAction->setChecked(false); });
    new AfterFirstPaint(this, [this] { m_forgetter->startWatchingSession(); });
    connect(m_clipboard, &ClipboardGuard::clipboardCleared, this, [this](bool cleared) {
        showStatus(cleared ? tr("Cleared the copied token from the clipboard.")
                           : tr("The system did not let TokenDesk clear the clipboard: the token "
                                "may still be on it."));
    });
}

void MainWindow::setUpProfiles()
{
    ProfileController *profiles = m_input->profiles();
    connect(profiles, &ProfileController::baseUrlChosen, this,
            [this, profiles](const QString &url) {
                const Profile opened{profiles->currentName(), url, false};
                followBaseUrl(resolveConfig({}, {}, opened, m_settings->configSettings()));
            });
    connect(profiles, &ProfileController::statusMessage, this, &MainWindow::showStatus);
    connect(profiles, &ProfileController::keychainMissing, this,
            [this](const QString &text) { showNotice(this, tr("No system keychain"), text); });
    connect(m_input, &InputPanel::saveProfileRequested, this,
            [this, profiles] { profiles->saveCurrent(m_api->baseUrl().toString()); });
}

void MainWindow::setUpActions()
{
    assignKeysAndIcons(*m_ui);
    connect(m_ui->fetchAction, &QAction::triggered, this, &MainWindow::fetch);
    connect(m_ui->fetchButton, &QPushButton::clicked, this, &MainWindow::fetch);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    // The menu item and the check box are one switch.
    connect(m_ui->revealTokensAction, &QAction::toggled, m_ui->revealTokensCheckBox,
            &QAbstractButton::setChecked);
    connect(m_ui->revealTokensCheckBox, &QAbstractButton::toggled, m_ui->revealTokensAction,
            &QAction::setChecked);
    connect(m_ui->filterAction, &QAction::triggered, this, [this] {
        if (m_ui->viewTabs->currentWidget() == m_customers)
            m_customers->focusFilter();
        else
            m_tokens->focusFilter();
    });
    connect(m_ui->tokensTabAction, &QAction::triggered, this,
            [this] { m_ui->viewTabs->setCurrentWidget(m_tokens); });
    connect(m_ui->customersTabAction, &QAction::triggered, this,
            [this] { m_ui->viewTabs->setCurrentWidget(customerBrowser()); });
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connectHelpMenu(*m_ui, this);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const bool demo = !m_ui->demoBannerLabel->isHidden();
        m_ui->retranslateUi(this); // the panels word their own forms again
        if (demo)
            setWindowTitle(tr("TokenDesk — demo mode"));
        wordTexts();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::wordTexts()
{
    QTabWidget *tabs = m_ui->viewTabs;
    tabs->setTabText(tabs->indexOf(m_tokens), tr("Fetched tokens"));
    tabs->setTabText(tabs->indexOf(m_customers), tr("Customer list"));
    tabs->tabBar()->setAccessibleName(tr("Views"));
    m_ui->fetchButton->setToolTip(
        tr("Fetch the tokens of the IDs entered above (%1)")
            .arg(m_ui->fetchAction->shortcut().toString(QKeySequence::NativeText)));
    m_clipboardCountdown->setAccessibleName(tr("Clipboard countdown"));
    m_forgetter->retranslate();
    showClipboardCountdown(m_clipboard->secondsLeft());
}

void MainWindow::showStatus(const QString &message)
{
    // Core's sentences (network errors, URLs) as the window's own: values isolated.
    statusBar()->showMessage(isolateEmbeddedValues(message), StatusMessageMs);
}

void MainWindow::showClipboardCountdown(int seconds)
{
    m_clipboardCountdown->setText(seconds > 0 ? tr("Clipboard clears in %Ln s", nullptr, seconds)
                                              : QString());
}

void MainWindow::enterDemoMode(const QString &demoKey, const QStringList &sampleUserIds)
{
    setWindowTitle(tr("TokenDesk — demo mode"));
    m_ui->demoBannerLabel->setVisible(true);
    m_ui->demoBannerLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #3d2e00; border: 1px solid #c8a600;"
                       " border-radius: 4px; padding: 6px; }"));
    setAgencyKey(demoKey);
    m_input->setEntries(sampleUserIds);
    // The sandbox's customer list is there to browse at once (or as soon as
    // the list is built, right after the first paint).
    if (acceptAgencyKey())
        m_customers->load();
    statusBar()->showMessage(tr("Demo mode: press Fetch tokens to try the sample customers."));
}

void MainWindow::setAgencyKey(const QString &key)
{
    m_input->setAgencyKey(key);
}

void MainWindow::openLastProfile()
{
    m_input->profiles()->restore();
}

bool MainWindow::acceptAgencyKey()
{
    const QString problem = m_session->useAgencyKey(m_input->agencyKey());
    if (problem.isEmpty())
        return true;
    showStatus(problem);
    m_input->focusAgencyKey();
    return false;
}

void MainWindow::fetch()
{
    if (!acceptAgencyKey())
        return;
    const QList<TokenQuery> queries = m_input->queries();
    if (queries.isEmpty())
        showStatus(m_input->askForEntries());
    else
        fetchQueries(queries);
}

void MainWindow::fetchQueries(const QList<TokenQuery> &queries)
{
    send(queries, &Session::fetch);
}

void MainWindow::send(const QList<TokenQuery> &queries, SessionFetch how)
{
    if (queries.isEmpty() || !acceptAgencyKey())
        return;
    // The Session decides which are new; the window only says what it did.
    const auto added = static_cast<int>((m_session->*how)(queries).size());
    if (added == 0)
        showStatus(tr("Those user IDs are already in the table or on their way; Retry failed "
                      "sends the failed ones again."));
    else if (added < queries.size())
        statusBar()->showMessage(tr("Fetching %Ln new token(s); the other user IDs are already "
                                    "in the table or on their way.",
                                    nullptr, added));
    else
        statusBar()->showMessage(tr("Fetching %Ln token(s)…", nullptr, added));
}

void MainWindow::onKeyRejected(const QString &sentence)
{
    // One message, whether the batch or the customer list met the rejection:
    // the Session stopped both.
    statusBar()->showMessage(sentence);
    m_input->focusAgencyKey();
}

void MainWindow::onBatchFinished(const BatchSummary &summary)
{
    // BatchProgress has said how it ended.
    Q_EMIT batchFinished();
    if (summary.ending == BatchSummary::Ending::KeyRejected)
        m_input->focusAgencyKey();
}

void MainWindow::applySettings()
{
    if (m_settings->language() != m_appliedLanguage) {
        m_appliedLanguage = m_settings->language();
        applyLanguage(m_appliedLanguage); // every widget then gets a LanguageChange
    }
    m_ui->concurrencySpinBox->setValue(m_settings->concurrency());
    // The window has no flags for these: resolveConfig() takes the settings.
    const RunConfig config = resolveConfig({}, {}, std::nullopt, m_settings->configSettings());
    m_session->queue()->setConcurrency(config.concurrency.value);
    m_session->queue()->setMaxRetries(config.retries.value);
    m_api->setTimeout(config.timeout.value);
    m_clipboard->setClearDelay(std::chrono::seconds(m_settings->clipboardClearSeconds()));
    m_forgetter->setIdleMinutes(m_settings->forgetAfterMinutes());
    m_forgetter->setForgetOnLock(m_settings->forgetOnLock());
    // Only a change of the setting moves the API: at start, main() resolved
    // the base URL from the command line, the environment, profile and settings.
    if (m_settings->baseUrl() != m_appliedBaseUrl) {
        m_appliedBaseUrl = m_settings->baseUrl();
        followBaseUrl(config);
    }
}

void MainWindow::followBaseUrl(const RunConfig &config)
{
    if (m_baseUrlFixed)
        return;
    if (!config.ok()) {
        showStatus(config.problems.constFirst().reason);
        return;
    }
    m_api->setBaseUrl(config.baseUrl.value.toString());
}

void MainWindow::showSettings()
{
    SettingsDialog::showFor(this, m_settings, m_input->profiles());
}

CustomerBrowser *MainWindow::customerBrowser()
{
    m_customers->build();
    return m_customers;
}

TokenTableModel *MainWindow::tokenModel() const
{
    return m_session->results();
}

} // namespace TokenDesk
