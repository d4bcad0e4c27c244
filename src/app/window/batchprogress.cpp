// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/window/batchprogress.h"

#include "core/fetchqueue.h"
#include "core/session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

#include <algorithm>

namespace TokenDesk {

BatchProgress::BatchProgress(Session *session, QStatusBar *statusBar)
    : QWidget(statusBar)
    , m_session(session)
    , m_statusBar(statusBar)
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setMaximumWidth(220);
    setVisible(false);
    retranslate();
    m_statusBar->addPermanentWidget(this);

    connect(m_cancel, &QPushButton::clicked, m_session, &Session::cancelBatch);
    // The Session's summary is the one count: new queries went out, or a
    // result came.
    connect(m_session, &Session::summaryChanged, this, [this](const BatchSummary &summary) {
        m_bar->setMaximum(std::max(summary.total, 1));
        m_bar->setValue(summary.done);
        m_bar->setFormat(
            summary.failed > 0
                ? tr("%1 of %2, %3 failed").arg(summary.done).arg(summary.total).arg(summary.failed)
                : tr("%1 of %2").arg(summary.done).arg(summary.total));
        if (m_session->isFetching())
            setVisible(true);
    });
    connect(m_session->queue(), &FetchQueue::throttled, this,
            [this](std::chrono::milliseconds pause) {
                const auto seconds = static_cast<int>((pause.count() + 999) / 1000);
                m_statusBar->showMessage(
                    tr("The server asked TokenDesk to slow down: waiting %Ln second(s).", nullptr,
                       seconds),
                    NoteMs);
            });
    connect(m_session, &Session::batchFinished, this, &BatchProgress::sayHowItEnded);
}

void BatchProgress::sayHowItEnded(const BatchSummary &summary)
{
    setVisible(false);
    switch (summary.ending) {
    case BatchSummary::Ending::KeyRejected:
        m_statusBar->showMessage(tr("The agency API key was rejected, so the batch stopped. "
                                    "Check the key and fetch again."));
        return;
    case BatchSummary::Ending::Cancelled:
        // Not "Done": the rows not fetched say Cancelled, and so does this.
        m_statusBar->showMessage(tr("Cancelled: %1 active, %2 inactive, %3 failed, %4 not fetched.")
                                     .arg(summary.active)
                                     .arg(summary.inactive)
                                     .arg(summary.failed)
                                     .arg(summary.cancelled));
        return;
    case BatchSummary::Ending::Finished:
    case BatchSummary::Ending::Running:
        break;
    }
    m_statusBar->showMessage(tr("Done: %1 active, %2 inactive, %3 failed.")
                                 .arg(summary.active)
                                 .arg(summary.inactive)
                                 .arg(summary.failed));
}

void BatchProgress::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BatchProgress::retranslate()
{
    m_bar->setAccessibleName(tr("Fetch progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
}

} // namespace TokenDesk
