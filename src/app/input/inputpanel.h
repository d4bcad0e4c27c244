// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class InputPanel;
}

namespace TokenDesk {

class AgencyKeyField;
class ProfileController;
struct TokenQuery;

// The form above the tables: who asks (the agency profile and its key) and
// for what (customers by user ID, or team members by e-mail). It turns what
// was typed into queries; the window checks the key and fetches them.
class InputPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InputPanel)

public:
    explicit InputPanel(QWidget *parent = nullptr);
    ~InputPanel() override;

    QString agencyKey() const;
    void setAgencyKey(const QString &key);
    void focusAgencyKey();
    // The user IDs (or e-mails) field, one entry a line.
    void setEntries(const QStringList &entries);
    // One query per entry typed, of the chosen lookup mode.
    QList<TokenQuery> queries() const;
    // What to tell the user when queries() is empty; the field gets the focus.
    QString askForEntries();
    ProfileController *profiles() const { return m_profiles; }
    // The last field in the Tab order, for the window to continue from.
    QWidget *lastInTabOrder() const;

Q_SIGNALS:
    // Enter in the user IDs field (Shift+Enter starts a new line) or in the key field.
    void fetchRequested();
    // Save profile: the window knows the base URL to keep with it.
    void saveProfileRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    bool isMemberMode() const;
    void updateLookupModeTexts();

    std::unique_ptr<Ui::InputPanel> m_ui;
    AgencyKeyField *m_keyField;
    ProfileController *m_profiles;
};

} // namespace TokenDesk
