// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/window/mainwindow.h"

#include "app/connection/profilecontroller.h"
#include "app/customers/customerbrowser.h"
#include "app/input/inputpanel.h"
#include "app/secrets/clipboardguard.h"
#include "app/settings/appsettings.h"
#include "app/settings/apptranslations.h"
#include "app/settings/settingsdialog.h"
#include "app/widgets/notice.h"
#include "app/window/firstpaint.h"
#include "app/window/windowstate.h"
#include "ui_mainwindow.h"

#include "core/fetchqueue.h"
#include "core/partnerapi.h"
#include "core/runconfig.h"
#include "core/session.h"
#include "core/tokentablemodel.h"

#include <QGuiApplication>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

#include <utility>

namespace TokenDesk {

MainWindow::MainWindow(PartnerApi *api, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_api(api)
    , m_input(new InputPanel(this))
    , m_session(new Session(api, this))
    , m_queue(m_session->queue())
    , m_model(m_session->results())
    , m_clipboard(new ClipboardGuard(QGuiApplication::clipboard(), this))
    , m_settings(new AppSettings(this))
    , m_appliedBaseUrl(m_settings->baseUrl())
    , m_appliedLanguage(m_settings->language())
{
    m_ui->setupUi(this);
    setUpInputPanel();
    setUpTokensPanel();
    setUpProgress();
    setUpCustomerBrowser();
    setUpProfiles();
    setUpSecretsActions();
    restoreSettings();
    setUpActions();
    setUpLook();
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    connect(m_ui->fetchButton, &QPushButton::clicked, this, &MainWindow::fetch);
    connect(m_ui->clearTableAction, &QAction::triggered, this, [this] {
        m_session->clearResults();
        statusBar()->showMessage(tr("Cleared the table: no token is kept in memory."),
                                 StatusMessageMs);
    });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    connect(m_queue, &FetchQueue::throttled, this, [this](std::chrono::milliseconds pause) {
        const auto seconds = static_cast<int>((pause.count() + 999) / 1000);
        statusBar()->showMessage(
            tr("The server asked TokenDesk to slow down: waiting %Ln second(s).", nullptr, seconds),
            StatusMessageMs);
    });
    connect(m_session, &Session::keyRejected, this, &MainWindow::onKeyRejected);
    connect(m_session, &Session::batchFinished, this, &MainWindow::onBatchFinished);
    connect(m_queue, &FetchQueue::progressChanged, this, [this](int done, int total, int failed) {
        m_progressBar->setMaximum(std::max(total, 1));
        m_progressBar->setValue(done);
        m_progressBar->setFormat(failed > 0
                                     ? tr("%1 of %2, %3 failed").arg(done).arg(total).arg(failed)
                                     : tr("%1 of %2").arg(done).arg(total));
    });
    connect(m_clipboard, &ClipboardGuard::clipboardCleared, this, [this](bool cleared) {
        statusBar()->showMessage(cleared ? tr("Cleared the copied token from the clipboard.")
                                         : tr("The system did not let TokenDesk clear the "
                                              "clipboard: the token may still be on it."),
                                 StatusMessageMs);
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpInputPanel()
{
    // Built before the form: the Tab order follows the order of building, so
    // its fields come first, then Fetch and its options, then the results.
    m_ui->inputPanelLayout->insertWidget(0, m_input);
    connect(m_input, &InputPanel::fetchRequested, this, &MainWindow::fetch);
    // The tab bar comes before the page it switches, as on screen. Set here, not
    // in the .ui: there Qt 6.4 would move the tab widget with its pages' fields
    // still inside it and cut them out of the focus chain.
    QWidget::setTabOrder(m_ui->concurrencySpinBox, m_ui->viewTabs);
}

void MainWindow::setUpTokensPanel()
{
    m_tokens = new TokensPanel(m_session, m_clipboard, m_settings,
                               {m_ui->copyTokenAction, m_ui->copyWithUserIdAction,
                                m_ui->exportAction, m_ui->revealTokensAction, m_ui->revealRowAction,
                                m_ui->fetchAction, m_ui->importAction},
                               m_ui->viewTabs);
    m_ui->viewTabs->addTab(m_tokens, tr("Fetched tokens"));
    connect(m_tokens, &TokensPanel::fetchRequested, this, &MainWindow::fetchQueries);
    connect(m_tokens, &TokensPanel::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
}

void MainWindow::setDialogHooks(TokensPanel::DialogHooks hooks)
{
    m_tokens->setDialogHooks(std::move(hooks));
}

void MainWindow::exportTokens()
{
    m_tokens->exportTokens();
}

void MainWindow::copySelectedAs(bool withUserId)
{
    m_tokens->copySelectedAs(withUserId);
}

void MainWindow::copySelectedToken()
{
    m_tokens->copySelectedToken();
}

void MainWindow::setUpProgress()
{
    m_progressBar = new QProgressBar(this);
    m_progressBar->setAccessibleName(tr("Fetch progress"));
    m_progressBar->setMaximumWidth(220);
    m_progressBar->setVisible(false);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_cancelButton->setVisible(false);
    connect(m_cancelButton, &QPushButton::clicked, m_session, &Session::cancelBatch);
    statusBar()->addPermanentWidget(m_progressBar);
    statusBar()->addPermanentWidget(m_cancelButton);
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
    // the browser is built, right after the first paint).
    if (acceptAgencyKey())
        m_browser->load();
    statusBar()->showMessage(tr("Demo mode: press Fetch tokens to try the sample customers."));
}

void MainWindow::setAgencyKey(const QString &key)
{
    m_input->setAgencyKey(key);
}

bool MainWindow::acceptAgencyKey()
{
    const QString problem = m_api->setAgencyKey(m_input->agencyKey());
    if (problem.isEmpty())
        return true;
    statusBar()->showMessage(problem, StatusMessageMs);
    m_input->focusAgencyKey();
    return false;
}

void MainWindow::fetch()
{
    if (!acceptAgencyKey())
        return;
    const QList<TokenQuery> queries = m_input->queries();
    if (queries.isEmpty()) {
        statusBar()->showMessage(m_input->askForEntries(), StatusMessageMs);
        return;
    }
    fetchQueries(queries);
}

void MainWindow::fetchQueries(const QList<TokenQuery> &queries)
{
    if (queries.isEmpty() || !acceptAgencyKey())
        return;
    const QList<TokenQuery> added = m_session->fetch(queries);
    if (added.isEmpty()) {
        statusBar()->showMessage(tr("Those are already being fetched."), StatusMessageMs);
        return;
    }
    m_progressBar->setVisible(true);
    m_cancelButton->setVisible(true);
    statusBar()->showMessage(tr("Fetching %Ln token(s)…", nullptr, static_cast<int>(added.size())));
}

void MainWindow::importFile(const QString &path)
{
    m_tokens->importFile(path);
}

void MainWindow::restoreSettings()
{
    applySettings();
    connect(m_settings, &AppSettings::changed, this, &MainWindow::applySettings);
    connect(m_ui->concurrencySpinBox, &QSpinBox::valueChanged, m_settings,
            &AppSettings::setConcurrency);
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
    m_queue->setConcurrency(config.concurrency.value);
    m_queue->setMaxRetries(config.retries.value);
    m_api->setTimeout(config.timeout.value);
    m_clipboard->setClearDelay(std::chrono::seconds(m_settings->clipboardClearSeconds()));
    // Only a change of the setting moves the API: at start, main() resolved
    // the base URL from the command line, the environment, profile and settings.
    if (m_settings->baseUrl() != m_appliedBaseUrl) {
        m_appliedBaseUrl = m_settings->baseUrl();
        followBaseUrl(config);
    }
}

void MainWindow::setUpProfiles()
{
    ProfileController *profiles = m_input->profiles();
    connect(profiles, &ProfileController::baseUrlChosen, this,
            [this, profiles](const QString &url) {
                const Profile opened{profiles->currentName(), url, false};
                followBaseUrl(resolveConfig({}, {}, opened, m_settings->configSettings()));
            });
    connect(profiles, &ProfileController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    connect(profiles, &ProfileController::keychainMissing, this,
            [this](const QString &text) { showNotice(this, tr("No system keychain"), text); });
    connect(m_input, &InputPanel::saveProfileRequested, this,
            [this, profiles] { profiles->saveCurrent(m_api->baseUrl().toString()); });
}

void MainWindow::openLastProfile()
{
    m_input->profiles()->restore();
}

void MainWindow::fixBaseUrl()
{
    m_baseUrlFixed = true;
}

void MainWindow::followBaseUrl(const RunConfig &config)
{
    if (m_baseUrlFixed)
        return;
    if (!config.ok()) {
        statusBar()->showMessage(config.problems.constFirst().reason, StatusMessageMs);
        return;
    }
    m_api->setBaseUrl(config.baseUrl.value.toString());
}

void MainWindow::showSettings()
{
    auto *dialog = findChild<SettingsDialog *>();
    if (!dialog) {
        dialog = new SettingsDialog(m_settings, this);
        dialog->setObjectName(QStringLiteral("settingsDialog"));
        connect(dialog, &SettingsDialog::profileChosen, m_input->profiles(),
                &ProfileController::openProfile);
    }
    dialog->setProfiles(m_input->profiles()->profileNames(), m_input->profiles()->currentName());
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
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
    m_progressBar->setVisible(false);
    m_cancelButton->setVisible(false);
    Q_EMIT batchFinished();
    if (summary.ending == BatchSummary::Ending::KeyRejected) {
        statusBar()->showMessage(tr("The agency API key was rejected, so the batch stopped. "
                                    "Check the key and fetch again."));
        m_input->focusAgencyKey();
        return;
    }
    statusBar()->showMessage(tr("Done: %1 active, %2 inactive, %3 failed.")
                                 .arg(summary.active)
                                 .arg(summary.inactive)
                                 .arg(summary.failed));
}

} // namespace TokenDesk
