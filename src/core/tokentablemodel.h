// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "tokenresult.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace TokenDesk {

// One row per user ID (or team member), from queued to its final result.
// Fetching the same ID again updates its row instead of adding one.
class TokenTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenTableModel)

public:
    enum Column {
        UserIdColumn,
        CustomerColumn,
        TokenColumn,
        StatusColumn,
        FetchedAtColumn,
        CopyColumn,
        ColumnCount
    };
    enum class RowState { Queued, Fetching, Active, Inactive, Failed, Cancelled };
    Q_ENUM(RowState)

    explicit TokenTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void markQueued(const TokenQuery &query);
    // Many at once: new rows are inserted in one go, which views handle far faster.
    void markQueued(const QList<TokenQuery> &queries);
    void markFetching(const TokenQuery &query);
    void setResult(const TokenResult &result);
    // The final result of a query's row (not while queued or fetching).
    std::optional<TokenResult> finalResult(const QString &queryId) const;
    // The queries whose row failed (not those cancelled), in table order.
    QList<TokenQuery> failedQueries() const;
    // The names of these customers, for rows of their user IDs that have none
    // (IDs typed or imported rather than picked from the list), now and later.
    void nameCustomers(const QList<Customer> &customers);
    // Forgets every row, and with it every token held in memory.
    void clear();
    // Drops every token held (each overwritten before its memory is
    // released, as far as this model's own copy goes) and ends every reveal;
    // the rows stay with their user IDs, customers, states and times. Rows
    // still queued or fetching are marked too: their batch is being stopped.
    // Returns how many rows were marked.
    int forgetTokens();
    // Whether the row's token was forgotten; a new answer for it clears that.
    bool isForgotten(const QString &queryId) const;
    // The queries of the forgotten rows, in table order (Fetch again).
    QList<TokenQuery> forgottenQueries() const;
    static QString forgottenText();
    // The token cell of a row that was queued or being fetched when the
    // tokens were forgotten (the batch stopped; Fetch again fetches it).
    static QString notFetchedText();
    // Headers, states and dates are worded at display time: after a change of
    // language or locale, the views ask again.
    void retranslate();

    void setTokensRevealed(bool revealed);
    // One row's token shown in full, or masked again.
    void setRowRevealed(int row, bool revealed);
    bool isRowRevealed(int row) const;
    // Masks every token again: the reveal-all switch and each row.
    void hideAllTokens();

    int rowOf(const QString &queryId) const;
    static QString maskedToken(const QString &token);
    static QString stateText(RowState state);

private:
    struct Row
    {
        TokenQuery query;
        RowState state = RowState::Queued;
        TokenResult result; // the last one; its token is the row's token
        bool revealed = false;
        bool forgotten = false; // the token was dropped for safety
    };

    int ensureRow(const TokenQuery &query);
    // The query with its customer's name from the list, if it has none.
    TokenQuery named(TokenQuery query) const;
    void emitRowChanged(int row);
    QVariant displayData(const Row &row, int column) const;
    QVariant sortKey(const Row &row, int column) const;
    static QString forgottenText(const Row &row);

    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
    QHash<QString, QString> m_nameByUserId; // from the customer list
    bool m_revealed = false;
};

} // namespace TokenDesk
