// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets never leak: the window runs with a canary key through fetch, copy,
// export, settings changes and quit, with every log category switched on.
// Then the settings file and every log line are searched for the key and the
// tokens. (The CLI's canary test is in tests/cli/tst_cli.cpp.)
#include "app/settings/appsettings.h"
#include "app/window/mainwindow.h"
#include "core/partnerapi.h"
#include "sandbox/sandboxserver.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;

namespace {
QStringList g_logLines;

void collectLogLine(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_logLines.append(QLatin1String(context.category ? context.category : "") +
                      QLatin1String(": ") + message);
}
} // namespace

class TestCanary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretsStayOutOfSettingsAndLogs();
};

void TestCanary::secretsStayOutOfSettingsAndLogs()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    qInstallMessageHandler(collectLogLine);

    const QString canaryKey = QStringLiteral("CANARY-KEY-2b7e151628aed2a6");
    Sandbox::SandboxServer sandbox;
    sandbox.setAgencyKey(canaryKey);
    QVERIFY(sandbox.listen());
    QStringList tokens;
    const QStringList ids = sandbox.sampleUserIds(3);
    for (int i = 0; i < 3; ++i)
        tokens.append(sandbox.customers().at(i).tokenKey);

    QTemporaryDir dir;
    const QString exportPath = dir.filePath(QStringLiteral("tokens.json"));
    {
        PartnerApi api;
        QCOMPARE(api.setBaseUrl(sandbox.baseUrl().toString()), QString());
        MainWindow window(&api);
        window.setDialogHooks({[](const QString &, const QString &) { return true; },
                               [&](const QString &, const QString &) {
                                   return exportPath;
                               }});
        window.show();
        window.findChild<QLineEdit *>(QStringLiteral("agencyKeyEdit"))->setText(canaryKey);
        window.findChild<QPlainTextEdit *>(QStringLiteral("userIdsEdit"))
            ->setPlainText(ids.join(QLatin1Char('\n')));
        window.fetch();
        QTRY_VERIFY(window.statusBar()->currentMessage().startsWith(QLatin1String("Done: 3")));

        auto *view = window.findChild<QTableView *>(QStringLiteral("tokensView"));
        view->selectRow(0);
        window.copySelectedToken();
        QCOMPARE(QApplication::clipboard()->text(), tokens.at(0));
        window.copySelectedAs(true);
        view->clearSelection();
        window.exportTokens();
        window.settings()->setTimeoutSeconds(12);
        window.settings()->setClipboardClearSeconds(45);
        window.showSettings();
        // A second fetch with a wrong key: the rejection is logged, the key is not.
        // A new ID, since Fetch sends only what has no answer yet.
        window.findChild<QLineEdit *>(QStringLiteral("agencyKeyEdit"))
            ->setText(canaryKey + QLatin1String("-WRONG"));
        window.findChild<QPlainTextEdit *>(QStringLiteral("userIdsEdit"))
            ->setPlainText(sandbox.sampleUserIds(4).constLast());
        window.fetch();
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QLatin1String("rejected")));
    } // quit: the window and the clipboard guard go
    qInstallMessageHandler(nullptr);

    // On quit the clipboard no longer holds a token.
    for (const QString &token : std::as_const(tokens))
        QVERIFY(!QApplication::clipboard()->text().contains(token));

    QSettings settings;
    settings.sync();
    QFile settingsFile(settings.fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray stored = settingsFile.readAll();
    QVERIFY(stored.contains("timeoutSeconds=12")); // the file was really written
    QVERIFY(!stored.contains("CANARY"));

    // The logging was on and described the requests ...
    QVERIFY(std::any_of(g_logLines.cbegin(), g_logLines.cend(), [](const QString &line) {
        return line.contains(QLatin1String("Bearer ***"));
    }));
    // ... and no line holds the key or a token.
    for (const QString &line : std::as_const(g_logLines)) {
        QVERIFY2(!line.contains(QLatin1String("CANARY")), qPrintable(line));
        for (const QString &token : std::as_const(tokens))
            QVERIFY2(!line.contains(token), qPrintable(line));
    }
    // The export holds the tokens, as asked, but never the agency key.
    QFile exported(exportPath);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray json = exported.readAll();
    QVERIFY(json.contains(tokens.at(2).toLatin1()));
    QVERIFY(!json.contains("CANARY"));
}

QTEST_MAIN(TestCanary)
#include "tst_canary.moc"
