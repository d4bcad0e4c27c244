// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/secrets/tokenforgetter.h"

#include "app/secrets/clipboardguard.h"
#include "app/secrets/idlewatcher.h"
#include "app/secrets/sessionlockwatcher.h"
#include "app/secrets/tokendrag.h"

#include "core/session.h"
#include "core/tokenquery.h"
#include "core/tokentablemodel.h"

#include <QAction>
#include <QPushButton>

#include <algorithm>

namespace TokenDesk {

TokenForgetter::TokenForgetter(Session *session, ClipboardGuard *clipboard, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_clipboard(clipboard)
    , m_window(window)
    , m_idle(new IdleWatcher(this))
    , m_lock(new SessionLockWatcher(this))
    , m_fetchAgainAction(new QAction(this))
    , m_fetchAgainButton(new QPushButton(window))
{
    m_fetchAgainAction->setObjectName(QStringLiteral("fetchAgainAction"));
    m_fetchAgainButton->setObjectName(QStringLiteral("fetchAgainButton"));
    m_fetchAgainButton->setVisible(false);
    retranslate();
    connect(m_idle, &IdleWatcher::idle, this, [this] {
        // A batch being fetched is use: its tokens are awaited, not left behind.
        if (m_session->isFetching())
            m_idle->restart();
        else
            forget(Reason::Idle);
    });
    // The time without input counts from the batch's end.
    connect(m_session, &Session::batchFinished, m_idle, &IdleWatcher::restart);
    connect(m_lock, &SessionLockWatcher::sessionLocked, this, [this] {
        if (m_forgetOnLock)
            forget(Reason::ScreenLocked);
    });
    connect(m_lock, &SessionLockWatcher::aboutToSleep, this, [this] {
        if (m_forgetOnLock)
            forget(Reason::Sleep);
    });
    const auto fetchAgain = [this] {
        const QList<TokenQuery> queries = m_session->results()->forgottenQueries();
        if (!queries.isEmpty())
            Q_EMIT fetchAgainRequested(queries);
        updateFetchAgain();
    };
    connect(m_fetchAgainAction, &QAction::triggered, this, fetchAgain);
    connect(m_fetchAgainButton, &QPushButton::clicked, this, fetchAgain);
    // Not on every row's change: a batch of many rows would scan them all each time.
    connect(m_session->results(), &QAbstractItemModel::modelReset, this,
            &TokenForgetter::updateFetchAgain);
    connect(m_session, &Session::batchFinished, this, &TokenForgetter::updateFetchAgain);
    updateFetchAgain();
}

TokenForgetter::~TokenForgetter() = default;

void TokenForgetter::startWatchingSession()
{
    m_lock->start(m_window);
}

void TokenForgetter::setIdleMinutes(int minutes)
{
    setIdleInterval(std::chrono::minutes(std::max(minutes, 0)));
}

void TokenForgetter::setIdleInterval(std::chrono::milliseconds interval)
{
    if (interval != m_idle->interval())
        m_idle->setInterval(interval);
}

void TokenForgetter::setForgetOnLock(bool enabled)
{
    m_forgetOnLock = enabled;
}

QString TokenForgetter::reasonText(Reason reason)
{
    switch (reason) {
    case Reason::Idle:
        return tr("Tokens forgotten: TokenDesk was not used for a while.");
    case Reason::ScreenLocked:
        return tr("Tokens forgotten: the screen was locked.");
    case Reason::Sleep:
        return tr("Tokens forgotten: the computer was going to sleep.");
    }
    return {};
}

void TokenForgetter::forget(Reason reason)
{
    TokenDrag::forgetActiveDrag();
    const int forgotten = m_session->forgetTokens();
    // Only TokenDesk's own copy: what the user copied since stays.
    const bool cleared = m_clipboard->clearIfUnchanged();
    // Refused (the guard tries again when the window is active): say so.
    const bool refused = !cleared && m_clipboard->isClearRefused();
    Q_EMIT tokensForgotten();
    updateFetchAgain();
    if (refused)
        Q_EMIT statusMessage(
            //: %1 is why the tokens were forgotten, e.g. "Tokens forgotten: the screen was locked."
            tr("%1 The system did not let TokenDesk clear the clipboard: the token may still be on "
               "it. TokenDesk tries again when its window is active.")
                .arg(reasonText(reason)));
    else if (forgotten > 0 || cleared)
        Q_EMIT statusMessage(reasonText(reason));
}

void TokenForgetter::updateFetchAgain()
{
    const bool any = !m_session->results()->forgottenQueries().isEmpty();
    m_fetchAgainAction->setEnabled(any);
    m_fetchAgainButton->setVisible(any);
}

void TokenForgetter::retranslate()
{
    //: Fetches the tokens that were forgotten for safety (idle time, screen lock, sleep).
    m_fetchAgainAction->setText(tr("Fetch &again"));
    m_fetchAgainAction->setToolTip(tr("Fetch the tokens that were forgotten for safety"));
    m_fetchAgainButton->setText(tr("Fetch again"));
    m_fetchAgainButton->setToolTip(m_fetchAgainAction->toolTip());
    m_fetchAgainButton->setAccessibleName(tr("Fetch again"));
}

} // namespace TokenDesk
