// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokenfilterproxymodel.h"
#include "core/tokenroles.h"
#include "core/tokentablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
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
    void queuesManyRowsAtOnce();
    void customerNamesAndFailedQueries();
    void filtersAndSortsThroughTheProxy();
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
    const QStringList expected{QStringLiteral("User ID"),    QStringLiteral("Customer"),
                               QStringLiteral("Token"),      QStringLiteral("Status"),
                               QStringLiteral("Fetched at"), QStringLiteral("Copy")};
    for (int c = 0; c < model.columnCount(); ++c)
        QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), expected.at(c));
}

void TestTokenTableModel::queuesManyRowsAtOnce()
{
    TokenTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(success(QStringLiteral("b"), QStringLiteral("k-bbbbbbbbbb"), true));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.markQueued(QList<TokenQuery>{
        TokenQuery::forUser(QStringLiteral("a")), TokenQuery::forUser(QStringLiteral("b")),
        TokenQuery::forUser(QStringLiteral("c")), TokenQuery::forUser(QStringLiteral("a"))});
    QCOMPARE(inserted.size(), 1); // a and c, in one insertion
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(QStringLiteral("c")), 2);
    QCOMPARE(model.index(0, TokenTableModel::StatusColumn).data().toString(),
             QStringLiteral("Queued"));
}

void TestTokenTableModel::customerNamesAndFailedQueries()
{
    TokenTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(success(QStringLiteral("a"), QStringLiteral("k-aaaaaaaaaa"), true));
    TokenResult failed = TokenResult::failure(ErrorKind::Server, QStringLiteral("boom"), 500);
    failed.query = TokenQuery::forUser(QStringLiteral("b"));
    model.setResult(failed);
    TokenResult cancelled = TokenResult::failure(ErrorKind::Network, QStringLiteral("stop"));
    cancelled.query = TokenQuery::forUser(QStringLiteral("c"));
    cancelled.cancelled = true;
    model.setResult(cancelled);
    // The name travels in the query; an ID queued again by hand keeps it.
    model.markQueued(TokenQuery::forUser(QStringLiteral("b"), QStringLiteral("Acme & Co")));
    model.setResult(failed);
    QCOMPARE(model.index(1, TokenTableModel::CustomerColumn).data().toString(),
             QStringLiteral("Acme & Co"));
    model.markQueued(TokenQuery::forUser(QStringLiteral("b")));
    model.setResult(failed);
    QCOMPARE(model.index(1, TokenTableModel::CustomerColumn).data().toString(),
             QStringLiteral("Acme & Co"));
    QCOMPARE(model.rowCount(), 3);
    const QList<TokenQuery> retry = model.failedQueries();
    QCOMPARE(retry.size(), 1);
    QCOMPARE(retry.constFirst().userId, QStringLiteral("b"));
}

void TestTokenTableModel::filtersAndSortsThroughTheProxy()
{
    TokenTableModel model;
    TokenFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(success(QStringLiteral("charlie"), QStringLiteral("k-cccccccccc"), true));
    model.setResult(success(QStringLiteral("alpha"), QStringLiteral("k-aaaaaaaaaa"), false));
    TokenResult failed =
        TokenResult::failure(ErrorKind::NotFound, QStringLiteral("No customer"), 404);
    failed.query = TokenQuery::forUser(QStringLiteral("bravo"));
    model.setResult(failed);
    model.markQueued(TokenQuery::forUser(QStringLiteral("delta")));
    QCOMPARE(proxy.rowCount(), 4);

    using Filter = TokenFilterProxyModel::StatusFilter;
    const auto idsShown = [&proxy] {
        QStringList ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids.append(proxy.index(row, TokenTableModel::UserIdColumn).data().toString());
        return ids;
    };
    proxy.setStatusFilter(Filter::Active);
    QCOMPARE(idsShown(), QStringList{QStringLiteral("charlie")});
    proxy.setStatusFilter(Filter::Inactive);
    QCOMPARE(idsShown(), QStringList{QStringLiteral("alpha")});
    proxy.setStatusFilter(Filter::Failed);
    QCOMPARE(idsShown(), QStringList{QStringLiteral("bravo")});
    proxy.setStatusFilter(Filter::Pending);
    QCOMPARE(idsShown(), QStringList{QStringLiteral("delta")});
    proxy.setStatusFilter(Filter::All);

    proxy.setTextFilter(QStringLiteral("ALP"));
    QCOMPARE(idsShown(), QStringList{QStringLiteral("alpha")});
    proxy.setTextFilter(QStringLiteral("no customer")); // the error text matches too
    QCOMPARE(idsShown(), QStringList{QStringLiteral("bravo")});
    proxy.setTextFilter(QStringLiteral("k-ccc")); // a token never matches
    QCOMPARE(idsShown(), QStringList{});
    proxy.setTextFilter(QString());

    proxy.sort(TokenTableModel::UserIdColumn, Qt::AscendingOrder);
    QCOMPARE(idsShown(), (QStringList{QStringLiteral("alpha"), QStringLiteral("bravo"),
                                      QStringLiteral("charlie"), QStringLiteral("delta")}));
    proxy.sort(TokenTableModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(idsShown().constFirst(), QStringLiteral("delta")); // Queued sorts first
}

QTEST_GUILESS_MAIN(TestTokenTableModel)
#include "tst_tokentablemodel.moc"
