// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QProgressBar;
class QPushButton;
class QStatusBar;

namespace TokenDesk {

class Session;
struct BatchSummary;

// The status bar's part of a token batch: a progress bar ("12 of 40, 2
// failed") and Cancel, shown from the start of a batch to its end, and the
// batch's notes on that bar: a pause the server asked for, and how the batch
// ended, in the Session's counts (the window counts nothing).
class BatchProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchProgress)

public:
    static constexpr int NoteMs = 8000; // how long a passing note stays

    // Adds itself to statusBar as a permanent widget.
    BatchProgress(Session *session, QStatusBar *statusBar);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void sayHowItEnded(const BatchSummary &summary);

    Session *m_session;
    QStatusBar *m_statusBar;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace TokenDesk
