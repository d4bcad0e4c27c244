// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/input/inputpanel.h"

#include "app/connection/agencykeyfield.h"
#include "app/connection/profilecontroller.h"
#include "ui_inputpanel.h"

#include "core/tokenquery.h"
#include "core/useridlist.h"

#include <QEvent>
#include <QKeyEvent>

namespace TokenDesk {

InputPanel::InputPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::InputPanel>())
{
    m_ui->setupUi(this);
    m_keyField = new AgencyKeyField(m_ui->agencyKeyEdit, m_ui->agencyKeyTailLabel, this);
    m_profiles = new ProfileController({m_ui->profileComboBox, m_ui->rememberKeyCheckBox,
                                        m_ui->saveProfileButton, m_ui->deleteProfileButton,
                                        m_ui->agencyKeyEdit},
                                       this);
    connect(m_ui->saveProfileButton, &QPushButton::clicked, this,
            &InputPanel::saveProfileRequested);
    connect(m_ui->agencyKeyEdit, &QLineEdit::returnPressed, this, &InputPanel::fetchRequested);
    m_ui->userIdsEdit->installEventFilter(this);
    connect(m_ui->lookupModeComboBox, &QComboBox::currentIndexChanged, this,
            &InputPanel::updateLookupModeTexts);
}

InputPanel::~InputPanel() = default;

QString InputPanel::agencyKey() const
{
    return m_ui->agencyKeyEdit->text();
}

void InputPanel::setAgencyKey(const QString &key)
{
    m_ui->agencyKeyEdit->setText(key);
}

void InputPanel::focusAgencyKey()
{
    m_ui->agencyKeyEdit->setFocus();
}

void InputPanel::setEntries(const QStringList &entries)
{
    m_ui->userIdsEdit->setPlainText(entries.join(QLatin1Char('\n')));
}

QWidget *InputPanel::lastInTabOrder() const
{
    return m_ui->userIdsEdit;
}

bool InputPanel::isMemberMode() const
{
    return m_ui->lookupModeComboBox->currentIndex() == 1;
}

QList<TokenQuery> InputPanel::queries() const
{
    const QStringList entries = splitUserIds(m_ui->userIdsEdit->toPlainText());
    const QString type = m_ui->memberTypeComboBox->currentText();
    QList<TokenQuery> queries;
    queries.reserve(entries.size());
    for (const QString &entry : entries)
        queries.append(isMemberMode() ? TokenQuery::forMember(entry, type)
                                      : TokenQuery::forUser(entry));
    return queries;
}

QString InputPanel::askForEntries()
{
    m_ui->userIdsEdit->setFocus();
    return isMemberMode() ? tr("Enter at least one team member's e-mail.")
                          : tr("Enter at least one customer user ID.");
}

bool InputPanel::eventFilter(QObject *watched, QEvent *event)
{
    // In the user ID field Enter fetches and Shift+Enter starts a new line.
    if (watched == m_ui->userIdsEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && !(key->modifiers() & Qt::ShiftModifier)) {
            Q_EMIT fetchRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void InputPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateLookupModeTexts();
        m_keyField->retranslate();
    }
    QWidget::changeEvent(event);
}

void InputPanel::updateLookupModeTexts()
{
    const bool members = isMemberMode();
    m_ui->memberTypeComboBox->setVisible(members);
    m_ui->userIdsLabel->setText(members ? tr("Team mem&ber e-mails:") : tr("Customer &user IDs:"));
    m_ui->userIdsEdit->setAccessibleName(members ? tr("Team member e-mails")
                                                 : tr("Customer user IDs"));
    m_ui->userIdsEdit->setPlaceholderText(
        members ? tr("One e-mail address, or many separated by commas, spaces or new lines.")
                : tr("One user ID, or many separated by commas, spaces or new lines. Enter "
                     "fetches; Shift+Enter starts a new line."));
}

} // namespace TokenDesk
