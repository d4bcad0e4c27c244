// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/secrets/tokenforgetter.h"
#include "core/tokenroles.h"
#include "core/tokentablemodel.h"
#include "windowfixture.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

// The window with three fetched tokens (the middle one inactive), for the
// suites on forgetting them (tst_forgettokens with D-Bus, tst_tokensafety).
class ForgetFixture : protected WindowFixture
{
protected:
    TokenDesk::TokenTableModel *model() const { return m_window->tokenModel(); }
    QTableView *tokensView() const { return child<QTableView>("tokensView"); }
    TokenDesk::TokenForgetter *forgetter() const { return m_window->tokenForgetter(); }

    // False when the window cannot open; QVERIFY the rest in the caller.
    [[nodiscard]] bool openWindowWithTokens()
    {
        if (!openWindow())
            return false;
        const QList<TokenDesk::Sandbox::Customer> all = m_sandbox->customers();
        m_customers = {all.at(0), all.at(4), all.at(7)}; // the middle one's token is inactive
        child<QLineEdit>("agencyKeyEdit")->setText(TokenDesk::Sandbox::SandboxServer::demoKey());
        QStringList ids;
        for (const TokenDesk::Sandbox::Customer &customer : std::as_const(m_customers))
            ids.append(customer.id);
        return fetchIds(ids);
    }

    // Types the IDs, fetches, and waits for every row to hold a token.
    [[nodiscard]] bool fetchIds(const QStringList &ids)
    {
        child<QPlainTextEdit>("userIdsEdit")->setPlainText(ids.join(QLatin1Char(' ')));
        m_window->fetch();
        if (!QTest::qWaitFor([this] { return model()->rowCount() == 3; }, 30000))
            return false;
        if (!QTest::qWaitFor([this] { return !tokensInTable().contains(QString()); }, 30000))
            return false;
        m_tokens = tokensInTable();
        for (int row = 0; row < 3; ++row) {
            if (m_tokens.at(row) != m_customers.at(row).tokenKey)
                return false;
        }
        return !forgetter()->fetchAgainButton()->isVisible();
    }

    QStringList tokensInTable() const
    {
        QStringList tokens;
        for (int row = 0; row < model()->rowCount(); ++row)
            tokens.append(model()->index(row, 0).data(TokenDesk::RawTokenRole).toString());
        return tokens;
    }

    int forgottenRows() const { return static_cast<int>(model()->forgottenQueries().size()); }

    // Every token cell empty and saying so; the rest of each row as it was.
    void verifyAllForgotten() const
    {
        using TokenDesk::TokenTableModel;
        QCOMPARE(model()->rowCount(), 3); // the rows stay
        QCOMPARE(forgottenRows(), 3);
        for (int row = 0; row < 3; ++row) {
            const QModelIndex token = model()->index(row, TokenTableModel::TokenColumn);
            QVERIFY(token.data(TokenDesk::RawTokenRole).toString().isEmpty());
            QVERIFY(token.data(TokenDesk::TokenForgottenRole).toBool());
            QCOMPARE(token.data().toString(), TokenTableModel::forgottenText());
            QCOMPARE(model()->index(row, TokenTableModel::UserIdColumn).data().toString(),
                     m_customers.at(row).id);
            QCOMPARE(model()->index(row, TokenTableModel::StatusColumn).data().toString(),
                     TokenTableModel::stateText(row == 1 ? TokenTableModel::RowState::Inactive
                                                         : TokenTableModel::RowState::Active));
            QVERIFY(model()->index(row, 0).data(TokenDesk::FetchedAtRole).toDateTime().isValid());
            QVERIFY(model()->index(row, TokenTableModel::CopyColumn).data().toString().isEmpty());
        }
        QTRY_VERIFY(forgetter()->fetchAgainButton()->isVisible());
        QVERIFY(forgetter()->fetchAgainAction()->isEnabled());
    }

    // Fetch again brings back the very tokens, one request per forgotten row.
    void fetchAgainAndVerifyTheSameTokens()
    {
        auto *button = forgetter()->fetchAgainButton();
        QCOMPARE(button->accessibleName(), QStringLiteral("Fetch again"));
        const int requestsBefore = m_sandbox->requestCount();
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(tokensInTable(), m_tokens);
        QCOMPARE(forgottenRows(), 0);
        QTRY_VERIFY(!button->isVisible());
        QCOMPARE(m_sandbox->requestCount(), requestsBefore + 3);
    }

    QList<TokenDesk::Sandbox::Customer> m_customers;
    QStringList m_tokens; // what the sandbox handed out, in table order
};
