// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/tokens/tokenspanel.h"

#include "app/secrets/clipboardguard.h"
#include "app/secrets/tokendrag.h"
#include "app/secrets/tokendropguard.h"
#include "app/settings/appsettings.h"
#include "app/style/themedicon.h"
#include "app/tokens/copybuttondelegate.h"
#include "app/tokens/failuredetails.h"
#include "app/tokens/statusbadgedelegate.h"
#include "app/tokens/tokensheader.h"
#include "app/widgets/emptystateoverlay.h"
#include "app/widgets/filechooser.h"
#include "app/widgets/firstpaint.h"
#include "app/widgets/lefttorighttextdelegate.h"
#include "app/widgets/notice.h"
#include "app/widgets/owndirectiondelegate.h"
#include "ui_tokenspanel.h"

#include "core/bidi.h"
#include "core/idfilereader.h"
#include "core/session.h"
#include "core/tokenexport.h"
#include "core/tokenfilterproxymodel.h"
#include "core/tokenquery.h"
#include "core/tokenroles.h"
#include "core/tokentablemodel.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace TokenDesk {

TokensPanel::TokensPanel(Session *session, ClipboardGuard *clipboard, const AppSettings *settings,
                         const Actions &actions, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TokensPanel>())
    , m_session(session)
    , m_model(session->results())
    , m_proxy(new TokenFilterProxyModel(this))
    , m_clipboard(clipboard)
    , m_settings(settings)
    , m_actions(actions)
    , m_revealTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setUpTable();
    setUpCopyAndExport(); // first in the table's context menu, then Show or hide
    setUpReveal();
    m_failureDetails =
        new FailureDetails(m_ui->tokensView, m_proxy, m_model, m_ui->failureDetailsLabel, this);
    connect(m_failureDetails, &FailureDetails::statusMessage, this, &TokensPanel::statusMessage);

    connect(m_ui->tokenFilterEdit, &QLineEdit::textChanged, m_proxy,
            &TokenFilterProxyModel::setTextFilter);
    connect(m_ui->statusFilterComboBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setStatusFilter(static_cast<TokenFilterProxyModel::StatusFilter>(index));
    });

    // Retry failed is offered once a batch is over and some row failed.
    m_ui->retryFailedButton->setIcon(themedIcon(QStringLiteral("retry")));
    connect(m_ui->retryFailedButton, &QPushButton::clicked, this,
            [this] { Q_EMIT retryRequested(m_model->failedQueries()); });
    connect(m_session, &Session::summaryChanged, this, &TokensPanel::updateRetryFailed);
    connect(m_session, &Session::batchFinished, this, &TokensPanel::updateRetryFailed);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TokensPanel::updateRetryFailed);
}

TokensPanel::~TokensPanel() = default;

void TokensPanel::setUpTable()
{
    QTableView *view = m_ui->tokensView;
    auto *tokensHeader = new TokensHeader(view);
    view->setHorizontalHeader(tokensHeader);
    // This tab is in front at start: its first paint is the window's.
    new AfterFirstPaint(this, [tokensHeader] { tokensHeader->measureInBold(); });
    m_proxy->setSourceModel(m_model);
    view->setModel(m_proxy);
    view->sortByColumn(-1, Qt::AscendingOrder); // input order until the user sorts
    view->setItemDelegateForColumn(TokenTableModel::StatusColumn, new StatusBadgeDelegate(view));
    auto *leftToRight = new LeftToRightTextDelegate(view);
    view->setItemDelegateForColumn(TokenTableModel::UserIdColumn, leftToRight);
    view->setItemDelegateForColumn(TokenTableModel::TokenColumn, leftToRight);
    view->setItemDelegateForColumn(TokenTableModel::CustomerColumn, new OwnDirectionDelegate(view));
    auto *copyDelegate = new CopyButtonDelegate(view);
    view->setItemDelegateForColumn(TokenTableModel::CopyColumn, copyDelegate);
    connect(copyDelegate, &CopyButtonDelegate::copyRequested, this,
            [this](const QModelIndex &index) { copyTokenAt(m_proxy->mapToSource(index).row()); });
    new TokenDrag(view);      // a token dragged into another program, not via the clipboard
    new TokenDropGuard(this); // and never into a field of TokenDesk

    QHeaderView *header = view->horizontalHeader();
    // The customer's name and the token share the room left: on a wide
    // screen a long name shows whole, not only the token's dots.
    header->setSectionResizeMode(TokenTableModel::CustomerColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TokenTableModel::TokenColumn, QHeaderView::Stretch);
    // Widths from the font, not ResizeToContents: that would measure every
    // one of a hundred thousand rows on each change.
    const QFontMetrics metrics(view->font());
    const auto widthOf = [&metrics](const QString &text) {
        return metrics.horizontalAdvance(text) + 32;
    };
    header->resizeSection(TokenTableModel::UserIdColumn,
                          widthOf(QStringLiteral("64f1a2b3c4d5e6f708192a3b")));
    header->resizeSection(
        TokenTableModel::StatusColumn,
        widthOf(TokenTableModel::stateText(TokenTableModel::RowState::Cancelled)) + 16);
    header->resizeSection(
        TokenTableModel::FetchedAtColumn,
        widthOf(QLocale().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59)),
                                   QLocale::ShortFormat)));
    header->resizeSection(TokenTableModel::CopyColumn, widthOf(tr("Copy")) + 8);
    view->verticalHeader()->setDefaultSectionSize(metrics.height() + 14);

    auto *emptyState = new EmptyStateOverlay(view, [this] { return emptyTableText(); });
    // The hint names their keys, which the window assigns after this.
    for (QAction *named : {m_actions.fetch, m_actions.import})
        connect(named, &QAction::changed, emptyState, &EmptyStateOverlay::refresh);
}

QString TokensPanel::emptyTableText() const
{
    if (m_model->rowCount() > 0)
        return tr("No row matches the filter.");
    return tr("No tokens yet. Enter the agency API key and customer user IDs above, then press "
              "Fetch tokens (%1). You can also import a file of user IDs (%2), or pick "
              "customers on the Customer list tab.")
        .arg(m_actions.fetch->shortcut().toString(QKeySequence::NativeText),
             m_actions.import->shortcut().toString(QKeySequence::NativeText));
}

void TokensPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate(); // headers, states and dates
        m_failureDetails->retranslate();
    }
    QWidget::changeEvent(event);
}

void TokensPanel::focusFilter()
{
    m_ui->tokenFilterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->tokenFilterEdit->selectAll();
}

void TokensPanel::showRowsOf(const QList<TokenQuery> &queries)
{
    QList<int> rows; // in the model
    for (const TokenQuery &query : queries) {
        const int row = m_model->rowOf(query.id());
        if (row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    const auto shown = [this](int row) {
        return m_proxy->mapFromSource(m_model->index(row, 0)).isValid();
    };
    if (!std::all_of(rows.cbegin(), rows.cend(), shown)) {
        m_ui->tokenFilterEdit->clear();
        m_ui->statusFilterComboBox->setCurrentIndex(0); // every status
    }
    QList<int> viewRows;
    for (int row : std::as_const(rows))
        viewRows.append(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    const int current = viewRows.constFirst();
    // One range per run of neighbouring rows: Fetch all may bring thousands.
    std::sort(viewRows.begin(), viewRows.end());
    QItemSelection selection;
    const int lastColumn = m_proxy->columnCount() - 1;
    for (qsizetype i = 0; i < viewRows.size();) {
        qsizetype j = i;
        while (j + 1 < viewRows.size() && viewRows.at(j + 1) <= viewRows.at(j) + 1)
            ++j;
        selection.select(m_proxy->index(viewRows.at(i), 0),
                         m_proxy->index(viewRows.at(j), lastColumn));
        i = j + 1;
    }
    QTableView *view = m_ui->tokensView;
    const QModelIndex currentIndex = m_proxy->index(current, TokenTableModel::TokenColumn);
    view->selectionModel()->setCurrentIndex(currentIndex, QItemSelectionModel::NoUpdate);
    view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    view->scrollTo(currentIndex);
    view->setFocus(Qt::OtherFocusReason);
}

void TokensPanel::updateRetryFailed()
{
    // Not while a batch runs: then every result would scan the whole table.
    m_ui->retryFailedButton->setEnabled(!m_session->isFetching() &&
                                        !m_model->failedQueries().isEmpty());
}

void TokensPanel::setUpReveal()
{
    m_revealTimer->setSingleShot(true);
    connect(m_actions.revealAll, &QAction::toggled, this, [this](bool revealed) {
        m_model->setTokensRevealed(revealed);
        if (revealed)
            restartRevealTimer();
    });
    // A revealed token hides itself again after a while.
    connect(m_revealTimer, &QTimer::timeout, this, [this] {
        m_actions.revealAll->setChecked(false);
        m_model->hideAllTokens();
    });
    // Double-clicking a token, or Enter while the table has the focus, shows
    // or hides that one token; elsewhere Enter fetches.
    connect(m_ui->tokensView, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) {
                if (index.column() == TokenTableModel::TokenColumn)
                    toggleRowRevealed(m_proxy->mapToSource(index).row());
            });
    m_actions.revealRow->setShortcutContext(Qt::WidgetShortcut);
    m_ui->tokensView->addAction(m_actions.revealRow);
    connect(m_actions.revealRow, &QAction::triggered, this, [this] {
        const QModelIndex current = m_ui->tokensView->currentIndex();
        if (current.isValid())
            toggleRowRevealed(m_proxy->mapToSource(current).row());
    });
}

void TokensPanel::toggleRowRevealed(int sourceRow)
{
    m_model->setRowRevealed(sourceRow, !m_model->isRowRevealed(sourceRow));
    if (m_model->isRowRevealed(sourceRow))
        restartRevealTimer();
}

void TokensPanel::restartRevealTimer()
{
    if (m_settings->revealSeconds() > 0)
        m_revealTimer->start(std::chrono::seconds(m_settings->revealSeconds()));
}

void TokensPanel::setUpCopyAndExport()
{
    m_hooks.confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text) == QMessageBox::Yes;
    };
    m_hooks.saveFileName = [this](const QString &title, const QString &filter) {
        // Named for the day, so a second export does not replace the first by accident.
        return chooseFileToSave(
            this, QStringLiteral("export"), title, filter,
            QStringLiteral("tokens-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    };
    connect(m_actions.copyToken, &QAction::triggered, this, &TokensPanel::copySelectedToken);
    connect(m_actions.copyWithUserId, &QAction::triggered, this, [this] { copySelectedAs(true); });
    connect(m_actions.exportTokens, &QAction::triggered, this, &TokensPanel::exportTokens);
    connect(m_actions.import, &QAction::triggered, this, &TokensPanel::chooseFileToImport);
    connect(m_actions.clearTable, &QAction::triggered, this, [this] {
        m_session->clearResults();
        Q_EMIT statusMessage(tr("Cleared the table: no token is kept in memory."));
    });
    // Copy and export are off for rows whose token was forgotten: checked
    // once per turn of the event loop, not on each of a batch's changes.
    auto *update = new QTimer(this);
    update->setSingleShot(true);
    connect(update, &QTimer::timeout, this, [this] {
        const auto forgotten = [this](int row) {
            return m_model->index(row, 0).data(TokenForgottenRole).toBool();
        };
        const QList<int> selected = selectedSourceRows();
        QList<int> chosen = selected;
        const QModelIndex current = m_ui->tokensView->currentIndex();
        if (current.isValid())
            chosen.prepend(m_proxy->mapToSource(current).row()); // copied first
        const bool copyable = chosen.isEmpty() || !forgotten(chosen.constFirst());
        m_actions.copyToken->setEnabled(copyable);
        m_actions.copyWithUserId->setEnabled(copyable);
        bool exportable = true;
        if (!selected.isEmpty()) {
            exportable = !std::all_of(selected.cbegin(), selected.cend(), forgotten);
        } else if (m_model->rowCount() > 0) {
            exportable = false;
            for (int row = 0; row < m_model->rowCount() && !exportable; ++row)
                exportable = !forgotten(row);
        }
        m_actions.exportTokens->setEnabled(exportable);
    });
    const auto later = [update] {
        update->start(0);
    };
    connect(m_ui->tokensView->selectionModel(), &QItemSelectionModel::selectionChanged, update,
            later);
    connect(m_ui->tokensView->selectionModel(), &QItemSelectionModel::currentChanged, update,
            later);
    connect(m_model, &QAbstractItemModel::dataChanged, update, later);
    connect(m_model, &QAbstractItemModel::modelReset, update, later);
    // The table's context menu offers them.
    m_ui->tokensView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ui->tokensView->addAction(m_actions.copyToken);
    m_ui->tokensView->addAction(m_actions.copyWithUserId);
    m_ui->tokensView->addAction(m_actions.exportTokens);
}

void TokensPanel::setDialogHooks(DialogHooks hooks)
{
    m_hooks = std::move(hooks);
}

QList<int> TokensPanel::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->tokensView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void TokensPanel::exportTokens()
{
    const QList<int> selected = selectedSourceRows();
    const auto collect = [this, &selected] {
        return selected.isEmpty() ? exportRows(*m_model) : exportRows(*m_model, selected);
    };
    // Only counted before the dialogs: their event loops may see the tokens
    // forgotten, and a copy held meanwhile would outlive that.
    const auto count = static_cast<int>(collect().size());
    if (count == 0) {
        Q_EMIT statusMessage(tr("There is nothing to export yet."));
        return;
    }
    if (!m_hooks.confirm(tr("Export tokens"),
                         tr("The file will hold %Ln row(s) with their tokens in plain text. Anyone "
                            "who can read the file can use the tokens. Export?",
                            nullptr, count)))
        return;
    const QString path =
        m_hooks.saveFileName(tr("Export tokens"), tr("CSV files (*.csv);;JSON files (*.json)"));
    if (path.isEmpty())
        return;
    const QList<ExportRow> rows = collect();
    if (rows.size() != count) {
        Q_EMIT statusMessage(tr("Nothing was exported: tokens were forgotten for safety while the "
                                "export was being set up. Fetch them again, then export."));
        return;
    }
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    const QString problem = writeSecretFile(path, json ? toExportJson(rows) : toExportCsv(rows));
    Q_EMIT statusMessage(
        problem.isEmpty() ? tr("Exported %Ln row(s) to %1, readable by you only.", nullptr, count)
                                .arg(isolated(QDir::toNativeSeparators(path)))
                          : problem);
}

void TokensPanel::chooseFileToImport()
{
    const QString path =
        chooseFileToOpen(this, QStringLiteral("import"), tr("Import user IDs"),
                         tr("Lists and CSV files (*.txt *.csv *.tsv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void TokensPanel::importFile(const QString &path)
{
    const IdFile file = readIdFile(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.problem.isEmpty()) {
        // Nothing from a broken file is used: the table stays as it was.
        Q_EMIT statusMessage(file.problem);
        showNotice(this, tr("Cannot import %1").arg(isolated(name)), file.problem);
        return;
    }
    if (!file.warnings.isEmpty())
        showNotice(this, tr("Some lines of %1 were skipped").arg(isolated(name)),
                   tr("%Ln line(s) could not be used; the other IDs are being fetched.", nullptr,
                      static_cast<int>(file.warnings.size())),
                   file.warnings.join(QLatin1Char('\n')));
    Q_EMIT fetchRequested(file.queries);
}

void TokensPanel::copySelectedAs(bool withUserId)
{
    const QList<int> rows = selectedSourceRows();
    const QModelIndex current = m_ui->tokensView->currentIndex();
    const int row = !rows.isEmpty()
                        ? rows.constFirst()
                        : (current.isValid() ? m_proxy->mapToSource(current).row() : -1);
    const QList<ExportRow> chosen = row >= 0 ? exportRows(*m_model, {row}) : QList<ExportRow>();
    if (chosen.isEmpty() || chosen.constFirst().token.isEmpty()) {
        Q_EMIT statusMessage(tr("Select a row with a token to copy."));
        return;
    }
    m_clipboard->copySecret(copyAsText(chosen.constFirst(), withUserId ? CopyFormat::UserIdAndToken
                                                                       : CopyFormat::TokenOnly));
    const QString who = m_model->index(row, TokenTableModel::UserIdColumn).data().toString();
    Q_EMIT statusMessage(withUserId ? tr("Copied the user ID and token for %1.").arg(isolated(who))
                                    : tr("Copied the token for %1.").arg(isolated(who)));
}

void TokensPanel::copySelectedToken()
{
    const QModelIndex current = m_ui->tokensView->currentIndex();
    const QModelIndexList selected = m_ui->tokensView->selectionModel()->selectedRows();
    const QModelIndex chosen =
        current.isValid() ? current : (selected.isEmpty() ? QModelIndex() : selected.constFirst());
    if (!chosen.isValid()) {
        Q_EMIT statusMessage(tr("Select a row to copy its token."));
        return;
    }
    copyTokenAt(m_proxy->mapToSource(chosen).row());
}

void TokensPanel::copyTokenAt(int row)
{
    const QModelIndex index = m_model->index(row, TokenTableModel::UserIdColumn);
    const QString token = index.data(RawTokenRole).toString();
    const QString who = index.data(Qt::DisplayRole).toString();
    if (token.isEmpty()) {
        Q_EMIT statusMessage(tr("There is no token to copy for %1.").arg(isolated(who)));
        return;
    }
    m_clipboard->copySecret(token);
    // When it is cleared, the status bar's countdown says, once.
    Q_EMIT statusMessage(tr("Copied the token for %1.").arg(isolated(who)));
}

} // namespace TokenDesk
