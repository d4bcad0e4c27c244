// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/window/batchprogress.h"

#include "core/fetchqueue.h"
#include "core/session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace TokenDesk {

BatchProgress::BatchProgress(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
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

    connect(m_cancel, &QPushButton::clicked, m_session, &Session::cancelBatch);
    connect(m_session->queue(), &FetchQueue::progressChanged, this,
            [this](int done, int total, int failed) {
                m_bar->setMaximum(std::max(total, 1));
                m_bar->setValue(done);
                m_bar->setFormat(failed > 0
                                     ? tr("%1 of %2, %3 failed").arg(done).arg(total).arg(failed)
                                     : tr("%1 of %2").arg(done).arg(total));
            });
    // New queries went out (the summary changes with each result too).
    connect(m_session, &Session::summaryChanged, this, [this] {
        if (m_session->isFetching())
            setVisible(true);
    });
    connect(m_session, &Session::batchFinished, this, [this] { setVisible(false); });
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
