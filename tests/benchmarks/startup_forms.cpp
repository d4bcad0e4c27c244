// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The second floor for startup.sh: TokenDesk's window as its forms alone, with
// nothing behind them. The main window, input panel and tokens panel forms
// (ui/*.ui, built by uic) in TokenDesk's style, the customers tab empty as it
// is at the first paint, no model, no icons, no settings, no network: what
// this window's design costs before any of TokenDesk's own code. The window
// program's time above it is TokenDesk's to cut; the forms' time above the
// bare window is the price of the widgets on screen. Built twice: as
// bench_startup_forms, and as bench_startup_forms_libs, linked also with the
// libraries TokenDesk loads before its main() (tests/benchmarks/CMakeLists.txt).
#include "firstpaintreport.h"

#include "app/style/appstyle.h"
#include "app/widgets/firstpaint.h"
#include "app/window/firstwindowsize.h"
#include "ui_inputpanel.h"
#include "ui_mainwindow.h"
#include "ui_tokenspanel.h"

#include <QApplication>
#include <QMainWindow>
#include <QScreen>

#ifdef TOKENDESK_FORMS_WITH_LIBRARIES
#include <QNetworkAccessManager>
#include <qt6keychain/keychain.h>

// Named, never used: the libraries are loaded, and nothing in them runs but
// their initialisers. Extern, so that the compiler keeps it.
extern const QMetaObject *const librariesTokenDeskLoads[2];
const QMetaObject *const librariesTokenDeskLoads[2] = {&QNetworkAccessManager::staticMetaObject,
                                                       &QKeychain::Job::staticMetaObject};
#endif

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // As runWindowProgram does: without it, the style's PNG icons would load
    // every image-format plugin, which TokenDesk never does before its paint.
    TokenDesk::AppStyle::install();

    QMainWindow window;
    // In MainWindow's order: the input panel's widgets first.
    auto *input = new QWidget;
    Ui::InputPanel inputForm;
    inputForm.setupUi(input);
    Ui::MainWindow windowForm;
    windowForm.setupUi(&window);
    windowForm.inputPanelLayout->insertWidget(0, input);
    auto *tokens = new QWidget;
    Ui::TokensPanel tokensForm;
    tokensForm.setupUi(tokens);
    windowForm.viewTabs->addTab(tokens, QStringLiteral("Tokens"));
    windowForm.viewTabs->addTab(new QWidget, QStringLiteral("Customers"));

    window.resize(TokenDesk::firstWindowSize(window.screen()->availableGeometry().size()));
    new TokenDesk::AfterFirstPaint(&window, TokenDesk::reportFirstPaintAndQuit);
    window.show();
    return QApplication::exec();
}
