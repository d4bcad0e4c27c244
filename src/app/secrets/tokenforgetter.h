// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tokenquery.h"

#include <QList>
#include <QObject>

#include <chrono>

class QAction;
class QPushButton;
class QWidget;

namespace TokenDesk {

class ClipboardGuard;
class IdleWatcher;
class Session;
class SessionLockWatcher;

// The window's tokens do not outlive their use: after a time without input,
// when the session locks and before sleep, every token held is forgotten
// (Session::forgetTokens: the rows stay, each token cell says so), a reveal
// ends, and the clipboard is cleared if it still holds TokenDesk's copy.
// Fetch again (a button and an action) fetches exactly those rows; the
// agency key is not touched. A token being dragged loses its data.
class TokenForgetter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenForgetter)

public:
    enum class Reason { Idle, ScreenLocked, Sleep };
    Q_ENUM(Reason)

    TokenForgetter(Session *session, ClipboardGuard *clipboard, QWidget *window);
    ~TokenForgetter() override;

    // Starts hearing the session's lock and sleep (after the first paint).
    void startWatchingSession();
    // The settings: minutes without input (0 = never), and lock and sleep.
    void setIdleMinutes(int minutes);
    void setForgetOnLock(bool enabled);
    // A test seam: an interval shorter than the settings' minute.
    void setIdleInterval(std::chrono::milliseconds interval);

    void forget(Reason reason);
    static QString reasonText(Reason reason);

    QAction *fetchAgainAction() const { return m_fetchAgainAction; }
    QPushButton *fetchAgainButton() const { return m_fetchAgainButton; }
    SessionLockWatcher *lockWatcher() const { return m_lock; }
    IdleWatcher *idleWatcher() const { return m_idle; }
    // Words the button and action again (a change of language).
    void retranslate();

Q_SIGNALS:
    // What was forgotten and why, for the status bar (it stays there).
    void statusMessage(const QString &message);
    // Fetch again was pressed: the window checks the key and sends these
    // through Session::fetch, which sends forgotten rows again.
    void fetchAgainRequested(const QList<TokenDesk::TokenQuery> &queries);
    // Every token was forgotten: the window's reveal switch goes off.
    void tokensForgotten();

private:
    void updateFetchAgain();

    Session *m_session;
    ClipboardGuard *m_clipboard;
    QWidget *m_window;
    IdleWatcher *m_idle;
    SessionLockWatcher *m_lock;
    QAction *m_fetchAgainAction;
    QPushButton *m_fetchAgainButton;
    bool m_forgetOnLock = true;
};

} // namespace TokenDesk
