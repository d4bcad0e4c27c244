// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window as assistive technology and keyboard users meet it: every
// control named, no Alt+letter or shortcut answering twice, every shortcut
// listed in the shortcuts dialog, badges that carry words, not only colours.
#include "accessibilitycheck.h"
#include "windowfixture.h"

#include "app/customers/customerbrowser.h"
#include "app/settings/appsettings.h"
#include "app/tokens/statusbadgedelegate.h"
#include "app/window/mainwindow.h"
#include "core/bidi.h"
#include "core/partnerapi.h"
#include "core/tokenquery.h"
#include "core/tokenresult.h"
#include "core/tokenroles.h"
#include "core/tokentablemodel.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace TokenDesk;

namespace {

// Small windows with one known fault each (or none), to show the checks can fail.
std::unique_ptr<QMainWindow> scenario(const QString &name)
{
    auto window = std::make_unique<QMainWindow>();
    auto *central = new QWidget(window.get());
    central->setObjectName(QStringLiteral("central"));
    window->setCentralWidget(central);
    auto *layout = new QVBoxLayout(central);
    const auto button = [](QWidget *parent, const char *objectName, const QString &text) {
        auto *created = new QPushButton(text, parent);
        created->setObjectName(QLatin1String(objectName));
        if (parent->layout())
            parent->layout()->addWidget(created);
        return created;
    };
    const auto namedTabs = [&] {
        auto *tabs = new QTabWidget(central);
        tabs->setObjectName(QStringLiteral("tabs"));
        tabs->setAccessibleName(QStringLiteral("Views"));
        tabs->tabBar()->setAccessibleName(QStringLiteral("Views"));
        layout->addWidget(tabs);
        return tabs;
    };
    const auto page = [](QTabWidget *tabs, const QString &title) {
        auto *created = new QWidget;
        new QVBoxLayout(created);
        tabs->addTab(created, title);
        return created;
    };

    if (name == QLatin1String("named controls")) {
        button(central, "saveButton", QStringLiteral("&Save"));
        auto *label = new QLabel(QStringLiteral("&Name:"), central);
        auto *edit = new QLineEdit(central); // named by its buddy label
        label->setBuddy(edit);
        auto *combo = new QComboBox(central);
        combo->setAccessibleName(QStringLiteral("Colour"));
        auto *check = new QCheckBox(QStringLiteral("&Remember"), central);
        for (QWidget *widget : {static_cast<QWidget *>(label), static_cast<QWidget *>(edit),
                                static_cast<QWidget *>(combo), static_cast<QWidget *>(check)})
            layout->addWidget(widget);
    } else if (name == QLatin1String("unnamed button")) {
        button(central, "unnamedButton", QString());
    } else if (name == QLatin1String("unnamed line edit")) {
        layout->addWidget(new QLineEdit(central));
        central->findChild<QLineEdit *>()->setObjectName(QStringLiteral("unnamedEdit"));
    } else if (name == QLatin1String("unnamed combo box")) {
        auto *combo = new QComboBox(central);
        combo->setObjectName(QStringLiteral("unnamedComboBox"));
        combo->addItem(QStringLiteral("an item is not a name"));
        layout->addWidget(combo);
    } else if (name == QLatin1String("unnamed spin box")) {
        auto *spin = new QSpinBox(central);
        spin->setObjectName(QStringLiteral("unnamedSpinBox"));
        layout->addWidget(spin);
    } else if (name == QLatin1String("unnamed table")) {
        auto *table = new QTableWidget(2, 2, central);
        table->setObjectName(QStringLiteral("unnamedTable"));
        layout->addWidget(table);
    } else if (name == QLatin1String("unnamed tab")) {
        QTabWidget *tabs = namedTabs();
        page(tabs, QStringLiteral("First"));
        page(tabs, QString());
    } else if (name == QLatin1String("clashing mnemonics")) {
        button(central, "applyButton", QStringLiteral("&Apply"));
        button(central, "acceptButton", QStringLiteral("&Accept"));
    } else if (name == QLatin1String("mnemonics on sibling pages")) {
        QTabWidget *tabs = namedTabs();
        button(page(tabs, QStringLiteral("One")), "pageOneButton", QStringLiteral("&Go"));
        button(page(tabs, QStringLiteral("Two")), "pageTwoButton", QStringLiteral("&Go"));
    } else if (name == QLatin1String("mnemonic on a page and beside it")) {
        QTabWidget *tabs = namedTabs();
        button(page(tabs, QStringLiteral("One")), "goButton", QStringLiteral("&Go"));
        button(central, "getButton", QStringLiteral("&Get"));
    } else if (name == QLatin1String("mnemonic label without buddy")) {
        auto *label = new QLabel(QStringLiteral("&Orphan:"), central);
        label->setObjectName(QStringLiteral("orphanLabel"));
        layout->addWidget(label);
    } else if (name == QLatin1String("form label without buddy")) {
        auto *form = new QFormLayout;
        layout->addLayout(form);
        auto *label = new QLabel(QStringLiteral("Name:"), central);
        label->setObjectName(QStringLiteral("nameLabel"));
        auto *edit = new QLineEdit(central);
        edit->setAccessibleName(QStringLiteral("Name"));
        form->addRow(label, edit);
    } else if (name == QLatin1String("clashing menu items")) {
        QMenu *menu = window->menuBar()->addMenu(QStringLiteral("&File"));
        menu->setObjectName(QStringLiteral("fileMenu"));
        menu->addAction(QStringLiteral("&Open"))->setObjectName(QStringLiteral("openAction"));
        menu->addAction(QStringLiteral("&Options"))->setObjectName(QStringLiteral("optionsAction"));
    } else if (name == QLatin1String("menu title and button clash")) {
        window->menuBar()->addMenu(QStringLiteral("&File"));
        window->menuBar()->setObjectName(QStringLiteral("menuBar"));
        button(central, "fetchButton", QStringLiteral("&Fetch"));
    } else if (name == QLatin1String("clashing shortcuts")) {
        for (const char *objectName : {"firstAction", "secondAction"}) {
            auto *action = new QAction(QStringLiteral("Do it"), window.get());
            action->setObjectName(QLatin1String(objectName));
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
            window->addAction(action);
        }
    } else {
        qFatal("no scenario %s", qPrintable(name));
    }
    return window;
}

void addFetchedRow(TokenTableModel *model, const QString &userId, const QString &token, bool active)
{
    const TokenQuery query = TokenQuery::forUser(userId);
    model->markQueued(query);
    TokenResult result = TokenResult::success(token, active);
    result.query = query;
    result.fetchedAt = QDateTime::currentDateTimeUtc();
    model->setResult(result);
}

} // namespace

class TestAccessibility final : public QObject, private WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void checksReportWhatTheyShould_data();
    void checksReportWhatTheyShould();
    void mainWindowIsAccessible();
    void customerBrowserIsAccessible();
    void settingsDialogIsAccessible();
    void aboutDialogIsAccessible();
    void shortcutsDialogIsAccessible();
    void keyboardWorksInEveryLanguage_data();
    void keyboardWorksInEveryLanguage();
    void requiredActionsHaveTheirOwnShortcuts();
    void shortcutsDialogListsEveryShortcut();
    void shortcutsDoWhatTheySay();
    void tabOrderFollowsTheForm();
    void badgesAndTokensCarryText();

private:
    QDialog *openDialog(const char *actionName, const char *dialogName);
};

void TestAccessibility::initTestCase()
{
    isolateSettings();
}

void TestAccessibility::init()
{
    QVERIFY(openWindow());
}

void TestAccessibility::cleanup()
{
    // The language is the application's: back to the system's, even after a failure.
    if (m_window)
        m_window->settings()->setLanguage(QString());
    closeWindow();
}

QDialog *TestAccessibility::openDialog(const char *actionName, const char *dialogName)
{
    child<QAction>(actionName)->trigger();
    auto *dialog = m_window->findChild<QDialog *>(QLatin1String(dialogName));
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestAccessibility::checksReportWhatTheyShould_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("reported"); // each must be in some report; nothing else may be

    QTest::newRow("named controls") << QStringLiteral("named controls") << QStringList();
    QTest::newRow("unnamed button")
        << QStringLiteral("unnamed button") << QStringList{QStringLiteral("unnamedButton")};
    QTest::newRow("unnamed line edit")
        << QStringLiteral("unnamed line edit") << QStringList{QStringLiteral("unnamedEdit")};
    QTest::newRow("unnamed combo box")
        << QStringLiteral("unnamed combo box") << QStringList{QStringLiteral("unnamedComboBox")};
    QTest::newRow("unnamed spin box")
        << QStringLiteral("unnamed spin box") << QStringList{QStringLiteral("unnamedSpinBox")};
    QTest::newRow("unnamed table")
        << QStringLiteral("unnamed table") << QStringList{QStringLiteral("unnamedTable")};
    QTest::newRow("unnamed tab") << QStringLiteral("unnamed tab")
                                 << QStringList{QStringLiteral("tabbar, child 1")};
    QTest::newRow("clashing mnemonics")
        << QStringLiteral("clashing mnemonics")
        << QStringList{QStringLiteral("applyButton \"Apply\" and acceptButton")};
    QTest::newRow("mnemonics on sibling pages")
        << QStringLiteral("mnemonics on sibling pages") << QStringList();
    QTest::newRow("mnemonic on a page and beside it")
        << QStringLiteral("mnemonic on a page and beside it")
        << QStringList{QStringLiteral("goButton \"Go\" and getButton")};
    QTest::newRow("mnemonic label without buddy") << QStringLiteral("mnemonic label without buddy")
                                                  << QStringList{QStringLiteral("orphanLabel")};
    QTest::newRow("form label without buddy")
        << QStringLiteral("form label without buddy") << QStringList{QStringLiteral("nameLabel")};
    QTest::newRow("clashing menu items")
        << QStringLiteral("clashing menu items")
        << QStringList{QStringLiteral("menu fileMenu: Alt+O on both openAction")};
    QTest::newRow("menu title and button clash")
        << QStringLiteral("menu title and button clash")
        << QStringList{QStringLiteral("menuBar \"File\""), QStringLiteral("fetchButton \"Fetch\"")};
    QTest::newRow("clashing shortcuts")
        << QStringLiteral("clashing shortcuts")
        << QStringList{
               QStringLiteral("Ctrl+K is the shortcut of both firstAction and secondAction")};
}

void TestAccessibility::checksReportWhatTheyShould()
{
    QFETCH(QString, scenario);
    QFETCH(QStringList, reported);
    const std::unique_ptr<QMainWindow> window = ::scenario(scenario);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const QStringList problems = AccessibilityCheck::allProblems(window.get());
    const QString all = problems.join(QLatin1Char('\n'));
    for (const QString &expected : std::as_const(reported))
        QVERIFY2(all.contains(expected), qPrintable(expected + QLatin1String(" not in:\n") + all));
    for (const QString &problem : problems) {
        bool expected = false;
        for (const QString &part : std::as_const(reported))
            expected = expected || problem.contains(part);
        QVERIFY2(expected, qPrintable(QLatin1String("unexpected: ") + problem));
    }
}

void TestAccessibility::mainWindowIsAccessible()
{
    QStringList problems = AccessibilityCheck::allProblems(m_window.get());
    // The other lookup mode words the user ID label, and its mnemonic, differently.
    child<QComboBox>("lookupModeComboBox")->setCurrentIndex(1);
    problems += AccessibilityCheck::mnemonicClashes(m_window.get());
    problems += AccessibilityCheck::unnamedControls(m_window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(child<QPlainTextEdit>("userIdsEdit")->accessibleName(),
             QStringLiteral("Team member e-mails"));

    // The walk reaches the real window: faults made on purpose are found.
    auto *fetch = child<QPushButton>("fetchButton");
    fetch->setText(QStringLiteral("&Fetch tokens")); // Alt+F is the File menu's
    QVERIFY(AccessibilityCheck::mnemonicClashes(m_window.get())
                .join(QLatin1Char('\n'))
                .contains(QLatin1String("fetchButton")));
    fetch->setText(QString());
    fetch->setAccessibleName(QString());
    QVERIFY(AccessibilityCheck::unnamedControls(m_window.get())
                .join(QLatin1Char('\n'))
                .contains(QLatin1String("fetchButton")));
}

void TestAccessibility::customerBrowserIsAccessible()
{
    child<QTabWidget>("viewTabs")->setCurrentWidget(m_window->customerBrowser());
    const QStringList problems = AccessibilityCheck::allProblems(m_window->customerBrowser()) +
                                 AccessibilityCheck::mnemonicClashes(m_window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::settingsDialogIsAccessible()
{
    QDialog *dialog = openDialog("settingsAction", "settingsDialog");
    QVERIFY(dialog);
    const QStringList problems = AccessibilityCheck::allProblems(dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::aboutDialogIsAccessible()
{
    QDialog *dialog = openDialog("aboutAction", "aboutDialog");
    QVERIFY(dialog);
    const QStringList problems = AccessibilityCheck::allProblems(dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // What a bug report needs: the version, and the libraries really loaded.
    const auto text = [dialog] {
        QString all;
        const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            all += label->text() + QLatin1Char('\n');
        return all;
    };
    QVERIFY(text().contains(QLatin1String(TOKENDESK_VERSION)));
    QVERIFY(text().contains(QLatin1String(qVersion())));
    QVERIFY(text().contains(QLatin1String("QtKeychain")));
    QVERIFY(text().contains(QLatin1String("GNU General Public License")));
    QVERIFY(text().contains(QLatin1String("https://www.gnu.org/licenses/gpl-3.0.html")));
    // Selectable, and its links open in the browser.
    auto *licence = dialog->findChild<QLabel *>(QStringLiteral("licenseLabel"));
    QVERIFY(licence->openExternalLinks());
    QVERIFY(licence->textInteractionFlags() & Qt::TextSelectableByMouse);
    // A change of language words it again, with the same facts.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(dialog, &change);
    QVERIFY(text().contains(QLatin1String(qVersion())));
}

void TestAccessibility::shortcutsDialogIsAccessible()
{
    QDialog *dialog = openDialog("shortcutsAction", "shortcutsDialog");
    QVERIFY(dialog);
    const QStringList problems = AccessibilityCheck::allProblems(dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::keyboardWorksInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"es", "pt_BR", "hi", "ar"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestAccessibility::keyboardWorksInEveryLanguage()
{
    // Each catalogue picks its own mnemonics: none may clash, in the window
    // (either tab, either lookup mode), its menus or its dialogs.
    QFETCH(QString, language);
    m_window->settings()->setLanguage(language);
    QTRY_VERIFY(child<QAction>("fetchAction")->text() !=
                QLatin1String("&Fetch tokens")); // the catalogue is in
    QStringList problems = AccessibilityCheck::allProblems(m_window.get());
    child<QComboBox>("lookupModeComboBox")->setCurrentIndex(1);
    problems += AccessibilityCheck::mnemonicClashes(m_window.get());
    child<QComboBox>("lookupModeComboBox")->setCurrentIndex(0);
    child<QTabWidget>("viewTabs")->setCurrentWidget(m_window->customerBrowser());
    problems += AccessibilityCheck::allProblems(m_window->customerBrowser()) +
                AccessibilityCheck::mnemonicClashes(m_window.get());
    for (const auto &[action, name] :
         {std::pair{"settingsAction", "settingsDialog"}, std::pair{"aboutAction", "aboutDialog"},
          std::pair{"shortcutsAction", "shortcutsDialog"}}) {
        QDialog *dialog = openDialog(action, name);
        QVERIFY2(dialog, name);
        problems += AccessibilityCheck::allProblems(dialog);
        if (auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"))) {
            // The list names each command without its mnemonic, "(F)" included.
            static const QRegularExpression mnemonic(QStringLiteral("&|\\([A-Za-z]\\)"));
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 0)->text().contains(mnemonic))
                    problems << QStringLiteral("shortcuts list: ") + table->item(row, 0)->text();
            }
        }
        dialog->close();
    }
    // The standard buttons' mnemonics too (Qt's Arabic sets them inside words).
    for (const char *text : {"&Yes", "&No"}) {
        const QString worded = QCoreApplication::translate("QPlatformTheme", text);
        if (!AccessibilityCheck::mnemonicOf(worded).isNull() &&
            AccessibilityCheck::mnemonicOf(worded).unicode() >= 0x80)
            problems << QStringLiteral("standard button: ") + worded;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::requiredActionsHaveTheirOwnShortcuts()
{
    const char *const required[] = {
        "fetchAction",     "copyTokenAction",    "copyWithUserIdAction", "revealTokensAction",
        "importAction",    "exportAction",       "settingsAction",       "filterAction",
        "tokensTabAction", "customersTabAction", "shortcutsAction",
    };
    for (const char *name : required)
        QVERIFY2(!child<QAction>(name)->shortcut().isEmpty(), name);
    const QStringList clashes = AccessibilityCheck::shortcutClashes(m_window.get());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    QCOMPARE(child<QAction>("copyTokenAction")->shortcut(), QKeySequence(QKeySequence::Copy));
    QCOMPARE(child<QAction>("importAction")->shortcut(), QKeySequence(QKeySequence::Open));
    QCOMPARE(child<QAction>("filterAction")->shortcut(), QKeySequence(QKeySequence::Find));
}

void TestAccessibility::shortcutsDialogListsEveryShortcut()
{
    QDialog *dialog = openDialog("shortcutsAction", "shortcutsDialog");
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
    QVERIFY(table);
    const auto rows = [table] {
        QHash<QString, QString> keysByAction;
        for (int row = 0; row < table->rowCount(); ++row)
            keysByAction.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
        return keysByAction;
    };

    int listed = 0;
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty())
            continue;
        const QString text = AccessibilityCheck::plainText(action->text());
        QVERIFY2(rows().contains(text), qPrintable(text));
        for (const QKeySequence &sequence : action->shortcuts())
            QVERIFY2(rows().value(text).contains(sequence.toString(QKeySequence::NativeText)),
                     qPrintable(text + QLatin1String(": ") + rows().value(text)));
        ++listed;
    }
    QVERIFY(listed >= 11);
    // The keys that are not actions are there too.
    const QStringList keys = rows().values();
    // Each key isolated, so that in Arabic "Ctrl+," does not read ",+Ctrl".
    QVERIFY(keys.contains(
        isolated(QKeySequence(Qt::SHIFT | Qt::Key_Enter).toString(QKeySequence::NativeText))));

    // Read from the actions each time it shows: it cannot drift.
    child<QAction>("filterAction")->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    dialog->hide();
    child<QAction>("shortcutsAction")->trigger();
    QCOMPARE(
        rows().value(QStringLiteral("Filter")),
        isolated(
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F).toString(QKeySequence::NativeText)));
    // A change of language rebuilds the same list.
    const int count = table->rowCount();
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(dialog, &change);
    QCOMPARE(table->rowCount(), count);
}

void TestAccessibility::shortcutsDoWhatTheySay()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    TokenTableModel *model = m_window->tokenModel();
    addFetchedRow(model, QStringLiteral("64f1a2b3c4d5e6f708192a3b"),
                  QStringLiteral("tok-0123456789abcdef"), true);
    auto *view = child<QTableView>("tokensView");
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, TokenTableModel::UserIdColumn));

    // Ctrl+R and the check box are one switch.
    auto *reveal = child<QCheckBox>("revealTokensCheckBox");
    QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);
    QVERIFY(reveal->isChecked());
    QVERIFY(child<QAction>("revealTokensAction")->isChecked());
    reveal->setChecked(false);
    QVERIFY(!child<QAction>("revealTokensAction")->isChecked());

    // Enter on a row shows its token, and hides it again.
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(model->isRowRevealed(0));
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(!model->isRowRevealed(0));

    // Ctrl+2 and Ctrl+1 switch tabs; Ctrl+F goes to the filter of the tab shown.
    auto *tabs = child<QTabWidget>("viewTabs");
    QTest::keyClick(view, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), m_window->customerBrowser());
    QTest::keyClick(tabs, Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("customerFilterEdit"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), child<QWidget>("tokensTab"));
    QTest::keyClick(tabs, Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("tokenFilterEdit"));

    // Ctrl+Return fetches from anywhere; with no key it asks for one.
    QSignalSpy fetched(child<QAction>("fetchAction"), &QAction::triggered);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(fetched.count(), 1);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("agencyKeyEdit"));

    // F1 lists the shortcuts.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
}

void TestAccessibility::tabOrderFollowsTheForm()
{
    // The order of the work: profile and key, what to fetch, Fetch, then the results.
    const QStringList expected = {
        QStringLiteral("profileComboBox"),    QStringLiteral("rememberKeyCheckBox"),
        QStringLiteral("saveProfileButton"),  QStringLiteral("deleteProfileButton"),
        QStringLiteral("agencyKeyEdit"),      QStringLiteral("lookupModeComboBox"),
        QStringLiteral("memberTypeComboBox"), QStringLiteral("userIdsEdit"),
        QStringLiteral("fetchButton"),        QStringLiteral("revealTokensCheckBox"),
        QStringLiteral("concurrencySpinBox"), QStringLiteral("qt_tabwidget_tabbar"),
        QStringLiteral("tokenFilterEdit"),    QStringLiteral("statusFilterComboBox"),
        QStringLiteral("retryFailedButton"),  QStringLiteral("tokensView"),
    };
    QStringList seen;
    QWidget *widget = child<QWidget>("profileComboBox");
    for (int step = 0; step < 1000 && seen.size() < expected.size(); ++step) {
        const QString name = widget->objectName();
        if (expected.contains(name) && !seen.contains(name))
            seen.append(name);
        widget = widget->nextInFocusChain();
    }
    QCOMPARE(seen, expected);
}

void TestAccessibility::badgesAndTokensCarryText()
{
    TokenTableModel *model = m_window->tokenModel();
    const QString activeToken = QStringLiteral("tok-active-0123456789");
    addFetchedRow(model, QStringLiteral("64f1a2b3c4d5e6f708192a3b"), activeToken, true);
    addFetchedRow(model, QStringLiteral("64f1a2b3c4d5e6f708192a3c"),
                  QStringLiteral("tok-inactive-9876543210"), false);
    auto *view = child<QTableView>("tokensView");
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(view);
    QVERIFY(table && table->tableInterface());

    const QString words[] = {QStringLiteral("Active"), QStringLiteral("Inactive")};
    for (int row = 0; row < 2; ++row) {
        const QModelIndex status = view->model()->index(row, TokenTableModel::StatusColumn);
        QCOMPARE(status.data(Qt::DisplayRole).toString(), words[row]);
        QCOMPARE(status.data(Qt::AccessibleTextRole).toString(), words[row]);
        QAccessibleInterface *cell =
            table->tableInterface()->cellAt(row, TokenTableModel::StatusColumn);
        QVERIFY(cell);
        QCOMPARE(cell->text(QAccessible::Name), words[row]);
    }
    // A masked token is read as masked, never whole.
    QAccessibleInterface *token = table->tableInterface()->cellAt(0, TokenTableModel::TokenColumn);
    QVERIFY(!token->text(QAccessible::Name).contains(activeToken));
    QVERIFY(token->text(QAccessible::Name).contains(activeToken.right(4)));

    // The badge holds its word: text-coloured pixels inside the badge's body.
    const QModelIndex status = view->model()->index(0, TokenTableModel::StatusColumn);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(status);
    option.font = view->font();
    const QRect badge = StatusBadgeDelegate::badgeRect(option, words[0]);
    const QRect body = badge.adjusted(badge.height() / 2, 2, -badge.height() / 2, -2);
    const QImage shot = view->viewport()->grab().toImage();
    const QColor ink = badgeColors(TokenTableModel::RowState::Active, view->palette()).text;
    int inkPixels = 0;
    for (int y = body.top(); y <= body.bottom(); ++y) {
        for (int x = body.left(); x <= body.right(); ++x) {
            const QColor pixel =
                shot.pixelColor(x * shot.devicePixelRatio(), y * shot.devicePixelRatio());
            inkPixels += qAbs(pixel.lightness() - ink.lightness()) < 40 ? 1 : 0;
        }
    }
    QVERIFY2(inkPixels > 10, qPrintable(QString::number(inkPixels)));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
