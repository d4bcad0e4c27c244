// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/window/mainwindow.h"
#include "core/partnerapi.h"
#include "core/session.h"
#include "sandbox/sandboxserver.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <chrono>
#include <memory>

// What every GUI suite drives: the real main window on its own PartnerApi,
// aimed at a fresh sandbox over loopback, shown offscreen.
class WindowFixture
{
protected:
    // Settings go to a throw-away place, never the user's own.
    static void isolateSettings()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    // False when the sandbox cannot listen or the window is never exposed.
    [[nodiscard]] bool openWindow()
    {
        m_sandbox = std::make_unique<TokenDesk::Sandbox::SandboxServer>();
        if (!m_sandbox->listen())
            return false;
        m_api = std::make_unique<TokenDesk::PartnerApi>();
        if (!m_api->setBaseUrl(m_sandbox->baseUrl().toString()).isEmpty())
            return false;
        m_api->setTimeout(std::chrono::seconds(5));
        m_window = std::make_unique<TokenDesk::MainWindow>(m_api.get());
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }

    // The window first: it holds the API, which talks to the sandbox.
    void closeWindow()
    {
        m_window.reset();
        m_api.reset();
        m_sandbox.reset();
    }

    template <typename T> T *child(const char *name) const
    {
        auto *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    // Whether the window's Session is listing customers: the window keeps no
    // flag of its own, the Session is the one answer.
    bool isListing() const
    {
        const auto *session = m_window->findChild<TokenDesk::Session *>();
        if (!session)
            qFatal("the window has no Session");
        return session->isListing();
    }

    std::unique_ptr<TokenDesk::Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<TokenDesk::PartnerApi> m_api;
    std::unique_ptr<TokenDesk::MainWindow> m_window;
};
