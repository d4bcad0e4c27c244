// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QLabel;
class QLineEdit;

namespace TokenDesk {

// The agency key's field as a secret: masked, with an eye in the field to
// show or hide the key, and while hidden its last four characters beside it
// (masked like the tokens, to tell keys apart).
class AgencyKeyField final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgencyKeyField)

public:
    AgencyKeyField(QLineEdit *edit, QLabel *tail, QObject *parent = nullptr);

    // The texts set from code, worded again after a change of language.
    void retranslate();

private:
    void setShown(bool shown);
    void updateTail();

    QLineEdit *m_edit;
    QLabel *m_tail;
    QAction *m_toggle;
};

} // namespace TokenDesk
