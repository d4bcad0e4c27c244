// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokentablemodel.h"

#include "bidi.h"
#include "tokenroles.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace TokenDesk {

namespace {
constexpr int VisibleTail = 4;

// Overwrites a secret before its memory goes back to the allocator. Only a
// copy no one else shares: writing to a shared one would first detach it,
// which makes one more copy of the secret.
void wipe(QString &secret)
{
    if (!secret.isEmpty() && secret.isDetached()) {
        QChar *data = secret.data();
        std::fill(data, data + secret.size(), QChar());
    }
    secret = QString();
}
} // namespace

TokenTableModel::TokenTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int TokenTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TokenTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TokenTableModel::maskedToken(const QString &token)
{
    if (token.isEmpty())
        return {};
    // Short tokens show nothing: the tail would be most of the secret.
    const QString tail = token.size() > 2 * VisibleTail ? token.right(VisibleTail) : QString();
    return QString(8, QChar(0x2022)) + tail;
}

QString TokenTableModel::stateText(RowState state)
{
    switch (state) {
    case RowState::Queued:
        //: A row's state: its token is waiting to be fetched.
        return tr("Queued");
    case RowState::Fetching:
        return tr("Fetching…");
    case RowState::Active:
        //: The token's state on BotPenguin (a badge): it works.
        return tr("Active");
    case RowState::Inactive:
        //: The token's state on BotPenguin (a badge): it was switched off.
        return tr("Inactive");
    case RowState::Failed:
        //: A row's state: fetching its token failed.
        return tr("Failed");
    case RowState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QVariant TokenTableModel::displayData(const Row &row, int column) const
{
    switch (column) {
    case UserIdColumn:
        return row.query.isMember()
                   ? row.query.email + QLatin1String(" (") + row.query.memberType + QLatin1Char(')')
                   : row.query.userId;
    case CustomerColumn:
        return row.query.customerName;
    case TokenColumn:
        if (row.forgotten)
            return forgottenText(row);
        if (!row.result.token.isEmpty())
            return m_revealed || row.revealed ? row.result.token : maskedToken(row.result.token);
        return isolateEmbeddedValues(row.result.error);
    case StatusColumn:
        return stateText(row.state);
    case FetchedAtColumn:
        return row.result.fetchedAt.isValid()
                   ? QLocale().toString(row.result.fetchedAt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case CopyColumn:
        return row.result.token.isEmpty() ? QString() : tr("Copy");
    default:
        return {};
    }
}

QVariant TokenTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (row.forgotten && index.column() == TokenColumn)
            return row.state == RowState::Cancelled
                       ? tr("TokenDesk stopped fetching this token when it forgot the tokens "
                            "for safety. Fetch again fetches it.")
                       : tr("TokenDesk forgot this token for safety. Fetch again fetches it.");
        if (!row.result.error.isEmpty())
            return isolateEmbeddedValues(row.result.error);
        if (index.column() == CopyColumn && !row.result.token.isEmpty())
            return tr("Copy this token to the clipboard");
        return {};
    case Qt::AccessibleDescriptionRole:
        // The whole reason, however narrow the column that shows it.
        return row.result.error.isEmpty() ? QVariant()
                                          : QVariant(isolateEmbeddedValues(row.result.error));
    case Qt::AccessibleTextRole:
        // A screen reader must not read a revealed secret aloud by accident.
        if (index.column() == TokenColumn && !row.result.token.isEmpty())
            return m_revealed || row.revealed
                       ? row.result.token
                       : tr("Hidden token ending in %1").arg(row.result.token.right(VisibleTail));
        return displayData(row, index.column());
    case RawTokenRole:
        return row.result.token;
    case ActiveRole:
        return row.state == RowState::Active;
    case RowStateRole:
        return static_cast<int>(row.state);
    case ErrorKindRole:
        return errorKindName(row.result.errorKind);
    case ErrorMessageRole:
        return row.result.error;
    case QueryIdRole:
        return row.query.id();
    case SortKeyRole:
        return sortKey(row, index.column());
    case QueryUserIdRole:
        return row.query.userId;
    case QueryEmailRole:
        return row.query.email;
    case QueryTypeRole:
        return row.query.memberType;
    case RowCustomerNameRole:
        return row.query.customerName;
    case FetchedAtRole:
        return row.result.fetchedAt;
    case TokenForgottenRole:
        return row.forgotten;
    default:
        return {};
    }
}

QVariant TokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserIdColumn:
        return tr("User ID");
    case CustomerColumn:
        return tr("Customer");
    case TokenColumn:
        //: Column header: the customer's API token (a secret).
        return tr("Token");
    case StatusColumn:
        return tr("Status");
    case FetchedAtColumn:
        //: Column header: the date and time the token was fetched.
        return tr("Fetched at");
    case CopyColumn:
        //: Column header above each row's copy button.
        return tr("Copy");
    default:
        return {};
    }
}

int TokenTableModel::rowOf(const QString &queryId) const
{
    return m_rowById.value(queryId, -1);
}

int TokenTableModel::ensureRow(const TokenQuery &query)
{
    const QString id = query.id();
    const int existing = rowOf(id);
    if (existing >= 0)
        return existing;
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{named(query), RowState::Queued, {}, false});
    m_rowById.insert(id, row);
    endInsertRows();
    return row;
}

void TokenTableModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TokenTableModel::markQueued(const TokenQuery &query)
{
    const int row = ensureRow(query);
    Row &r = m_rows[row];
    r.state = RowState::Queued;
    r.forgotten = false;               // on its way again
    if (!query.customerName.isEmpty()) // an ID typed by hand keeps the name it had
        r.query.customerName = query.customerName;
    r.result.errorKind = ErrorKind::None;
    r.result.error.clear();
    emitRowChanged(row);
}

void TokenTableModel::markQueued(const QList<TokenQuery> &queries)
{
    QList<TokenQuery> fresh;
    QSet<QString> freshIds;
    for (const TokenQuery &query : queries) {
        const QString id = query.id();
        if (rowOf(id) >= 0)
            markQueued(query); // an existing row is reset in place
        else if (!freshIds.contains(id)) {
            freshIds.insert(id);
            fresh.append(query);
        }
    }
    if (fresh.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    for (const TokenQuery &query : std::as_const(fresh)) {
        m_rowById.insert(query.id(), static_cast<int>(m_rows.size()));
        m_rows.append(Row{named(query), RowState::Queued, {}, false});
    }
    endInsertRows();
}

void TokenTableModel::markFetching(const TokenQuery &query)
{
    const int row = ensureRow(query);
    m_rows[row].state = RowState::Fetching;
    emitRowChanged(row);
}

void TokenTableModel::setResult(const TokenResult &result)
{
    const int row = ensureRow(result.query);
    Row &r = m_rows[row];
    // A failed re-fetch keeps nothing stale: the old token goes with the old result.
    const TokenQuery query = r.query; // with the customer's name it was queued with
    wipe(r.result.token);
    r.result = result;
    r.result.query = query;
    // Stopped because the tokens were forgotten: still to be fetched again.
    r.forgotten = r.forgotten && result.cancelled;
    if (result.ok)
        r.state = result.active ? RowState::Active : RowState::Inactive;
    else
        r.state = result.cancelled ? RowState::Cancelled : RowState::Failed;
    emitRowChanged(row);
}

std::optional<TokenResult> TokenTableModel::finalResult(const QString &queryId) const
{
    const int row = rowOf(queryId);
    if (row < 0)
        return std::nullopt;
    const Row &r = m_rows.at(row);
    if (r.state == RowState::Queued || r.state == RowState::Fetching)
        return std::nullopt;
    return r.result;
}

QVariant TokenTableModel::sortKey(const Row &row, int column) const
{
    switch (column) {
    case StatusColumn:
        return static_cast<int>(row.state);
    case FetchedAtColumn:
        return row.result.fetchedAt;
    case TokenColumn:
        // Never sort by the secret itself: that would leak its order when masked.
        if (row.forgotten)
            return forgottenText(row);
        return row.result.token.isEmpty() ? row.result.error : QString();
    default:
        return displayData(row, column);
    }
}

QList<TokenQuery> TokenTableModel::failedQueries() const
{
    QList<TokenQuery> queries;
    for (const Row &row : m_rows) {
        if (row.state == RowState::Failed)
            queries.append(row.query);
    }
    return queries;
}

TokenQuery TokenTableModel::named(TokenQuery query) const
{
    if (query.customerName.isEmpty() && !query.isMember())
        query.customerName = m_nameByUserId.value(query.userId);
    return query;
}

void TokenTableModel::nameCustomers(const QList<Customer> &customers)
{
    for (const Customer &customer : customers) {
        if (customer.name.isEmpty())
            continue;
        m_nameByUserId.insert(customer.id, customer.name);
        const int row = rowOf(customer.id);
        if (row >= 0 && m_rows[row].query.customerName.isEmpty() && !m_rows[row].query.isMember()) {
            m_rows[row].query.customerName = customer.name;
            Q_EMIT dataChanged(index(row, CustomerColumn), index(row, CustomerColumn));
        }
    }
}

void TokenTableModel::clear()
{
    beginResetModel();
    for (Row &row : m_rows)
        wipe(row.result.token);
    m_rows.clear();
    m_rowById.clear();
    endResetModel();
}

QString TokenTableModel::forgottenText(const Row &row)
{
    // Queued or being fetched when the tokens were forgotten: the batch
    // stopped, so this row never held a token to forget.
    return row.state == RowState::Cancelled ? notFetchedText() : forgottenText();
}

QString TokenTableModel::notFetchedText()
{
    //: In the token column: the token was still being fetched when the tokens
    //: were forgotten (idle time, screen lock or sleep); Fetch again fetches it.
    return tr("Not fetched: stopped when the tokens were forgotten");
}

QString TokenTableModel::forgottenText()
{
    //: In the token column: the token was dropped from memory (idle time,
    //: screen lock or sleep); Fetch again fetches it.
    return tr("Forgotten for safety");
}

int TokenTableModel::forgetTokens()
{
    int marked = 0;
    for (Row &row : m_rows) {
        const bool unfinished = row.state == RowState::Queued || row.state == RowState::Fetching;
        if (row.result.token.isEmpty() && !unfinished)
            continue;
        wipe(row.result.token);
        row.revealed = false;
        row.forgotten = true;
        ++marked;
    }
    m_revealed = false;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    return marked;
}

bool TokenTableModel::isForgotten(const QString &queryId) const
{
    const int row = rowOf(queryId);
    return row >= 0 && m_rows.at(row).forgotten;
}

QList<TokenQuery> TokenTableModel::forgottenQueries() const
{
    QList<TokenQuery> queries;
    for (const Row &row : m_rows) {
        if (row.forgotten)
            queries.append(row.query);
    }
    return queries;
}

void TokenTableModel::setRowRevealed(int row, bool revealed)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).revealed == revealed)
        return;
    m_rows[row].revealed = revealed;
    const QModelIndex cell = index(row, TokenColumn);
    Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, Qt::AccessibleTextRole});
}

bool TokenTableModel::isRowRevealed(int row) const
{
    return row >= 0 && row < m_rows.size() && (m_revealed || m_rows.at(row).revealed);
}

void TokenTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void TokenTableModel::hideAllTokens()
{
    for (Row &row : m_rows)
        row.revealed = false;
    m_revealed = false;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TokenColumn), index(rowCount() - 1, TokenColumn),
                           {Qt::DisplayRole, Qt::AccessibleTextRole});
}

void TokenTableModel::setTokensRevealed(bool revealed)
{
    if (m_revealed == revealed || m_rows.isEmpty()) {
        m_revealed = revealed;
        return;
    }
    m_revealed = revealed;
    Q_EMIT dataChanged(index(0, TokenColumn), index(rowCount() - 1, TokenColumn),
                       {Qt::DisplayRole, Qt::AccessibleTextRole});
}

} // namespace TokenDesk
