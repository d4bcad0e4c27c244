// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/connection/agencykeyfield.h"

#include "app/style/themedicon.h"

#include "core/bidi.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>

namespace TokenDesk {

AgencyKeyField::AgencyKeyField(QLineEdit *edit, QLabel *tail, QObject *parent)
    : QObject(parent)
    , m_edit(edit)
    , m_tail(tail)
    , m_toggle(edit->addAction(themedIcon(QStringLiteral("eye")), QLineEdit::TrailingPosition))
{
    m_toggle->setCheckable(true);
    connect(m_toggle, &QAction::toggled, this, &AgencyKeyField::setShown);
    connect(m_edit, &QLineEdit::textChanged, this, &AgencyKeyField::updateTail);
    retranslate();
}

void AgencyKeyField::setShown(bool shown)
{
    m_edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    m_toggle->setIcon(themedIcon(shown ? QStringLiteral("eye-off") : QStringLiteral("eye")));
    retranslate();
}

void AgencyKeyField::retranslate()
{
    m_toggle->setText(m_toggle->isChecked() ? tr("Hide key") : tr("Show key"));
    m_toggle->setToolTip(tr("Show or hide the agency API key"));
    updateTail();
}

void AgencyKeyField::updateTail()
{
    const QString key = m_edit->text().trimmed();
    const bool hidden = m_edit->echoMode() != QLineEdit::Normal;
    m_tail->setText(hidden && key.size() > 8 ? tr("ends in %1").arg(isolated(key.right(4)))
                                             : QString());
}

} // namespace TokenDesk
