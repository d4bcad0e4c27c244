// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokenroles.h"
#include "core/tokentablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace TokenDesk;
using State = TokenTableModel::RowState;

namespace {
TokenResult success(const QString &id, const QString &key, bool active)
{
    TokenResult r = TokenResult::success(key, active);
    r.query = TokenQuery::forUser(id);
    r.fetchedAt = QDateTime::currentDateTimeUtc();
    return r;
}
} // namespace

class TestTokenTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowLifecycle();
    void oneRowPerUserId();
    void masksTokensUntilRevealed();
    void failureDropsStaleToken();
    void clearForgetsEverything();
    void headers();
};

void TestTokenTableModel::rowLifecycle()
{
    TokenTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const TokenQuery q = TokenQuery::forUser(QStringLiteral("u1"));
    model.markQueued(q);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, TokenTableModel::StatusColumn).data().toString(),
             QStringLiteral("Queued"));
    model.markFetching(q);
    QCOMPARE(model.index(0, TokenTableModel::StatusColumn).data(RowStateRole).toInt(),
             int(State::Fetching));
    model.setResult(success(QStringLiteral("u1"), QStringLiteral("bp_secret_token_1234"), false));
    const QModelIndex status = model.index(0, TokenTableModel::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("Inactive"));
    QCOMPARE(status.data(ActiveRole).toBool(), false);
    QCOMPARE(model.index(0, TokenTableModel::UserIdColumn).data().toString(), QStringLiteral("u1"));
    QVERIFY(!model.index(0, TokenTableModel::FetchedAtColumn).data().toString().isEmpty());
    QCOMPARE(model.index(0, TokenTableModel::CopyColumn).data().toString(), QStringLiteral("Copy"));
}

void TestTokenTableModel::oneRowPerUserId()
{
    TokenTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(success(QStringLiteral("a"), QStringLiteral("k1-aaaaaaaaa"), true));
    model.setResult(success(QStringLiteral("b"), QStringLiteral("k2-bbbbbbbbb"), true));
    model.markQueued(TokenQuery::forUser(QStringLiteral("a")));
    model.setResult(success(QStringLiteral("a"), QStringLiteral("k3-ccccccccc"), true));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(QStringLiteral("a")), 0);
    QCOMPARE(model.index(0, 0).data(RawTokenRole).toString(), QStringLiteral("k3-ccccccccc"));
}

void TestTokenTableModel::masksTokensUntilRevealed()
{
    TokenTableModel model;
    model.setResult(success(QStringLiteral("a"), QStringLiteral("bp_0123456789abcdef"), true));
    const QModelIndex token = model.index(0, TokenTableModel::TokenColumn);
    QCOMPARE(token.data().toString(), QString(8, QChar(0x2022)) + QStringLiteral("cdef"));
    QVERIFY(!token.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("bp_0123")));
    QCOMPARE(token.data(RawTokenRole).toString(), QStringLiteral("bp_0123456789abcdef"));
    model.setTokensRevealed(true);
    QCOMPARE(token.data().toString(), QStringLiteral("bp_0123456789abcdef"));
    model.setTokensRevealed(false);
    QVERIFY(!token.data().toString().contains(QLatin1String("bp_")));
    // A short token shows no tail: four characters would be half the secret.
    QCOMPARE(TokenTableModel::maskedToken(QStringLiteral("abcdef")), QString(8, QChar(0x2022)));
}

void TestTokenTableModel::failureDropsStaleToken()
{
    TokenTableModel model;
    model.setResult(success(QStringLiteral("a"), QStringLiteral("old-token-123456"), true));
    TokenResult failed =
        TokenResult::failure(ErrorKind::NotFound, QStringLiteral("No customer"), 404);
    failed.query = TokenQuery::forUser(QStringLiteral("a"));
    model.setResult(failed);
    const QModelIndex row = model.index(0, 0);
    QVERIFY(row.data(RawTokenRole).toString().isEmpty());
    QCOMPARE(row.data(ErrorKindRole).toString(), QStringLiteral("not_found"));
    QCOMPARE(model.index(0, TokenTableModel::StatusColumn).data().toString(),
             QStringLiteral("Failed"));
    QCOMPARE(model.index(0, TokenTableModel::TokenColumn).data().toString(),
             QStringLiteral("No customer"));
    QCOMPARE(model.index(0, TokenTableModel::TokenColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("No customer"));
}

void TestTokenTableModel::clearForgetsEverything()
{
    TokenTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(success(QStringLiteral("a"), QStringLiteral("k-aaaaaaaaaa"), true));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOf(QStringLiteral("a")), -1);
}

void TestTokenTableModel::headers()
{
    TokenTableModel model;
    QCOMPARE(model.columnCount(), int(TokenTableModel::ColumnCount));
    const QStringList expected{QStringLiteral("User ID"), QStringLiteral("Token"),
                               QStringLiteral("Status"), QStringLiteral("Fetched at"),
                               QStringLiteral("Copy")};
    for (int c = 0; c < model.columnCount(); ++c)
        QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), expected.at(c));
}

QTEST_GUILESS_MAIN(TestTokenTableModel)
#include "tst_tokentablemodel.moc"
