// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QProgressBar;
class QPushButton;

namespace TokenDesk {

class Session;

// The status bar's part of a token batch: a progress bar ("12 of 40, 2
// failed") and Cancel, shown from the start of a batch to its end.
class BatchProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchProgress)

public:
    explicit BatchProgress(Session *session, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Session *m_session;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace TokenDesk
