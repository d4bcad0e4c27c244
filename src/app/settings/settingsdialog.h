// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace TokenDesk {

class AppSettings;
class ProfileController;

// Edits AppSettings; every change applies at once, so there is no OK button.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(AppSettings *settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The window's one settings dialog, made the first time, shown and raised
    // each time with the saved profiles; choosing one opens it in profiles.
    static SettingsDialog *showFor(QWidget *window, AppSettings *settings,
                                   ProfileController *profiles);

    // The saved profiles, with the open one selected.
    void setProfiles(const QStringList &names, const QString &current);

Q_SIGNALS:
    void profileChosen(const QString &name);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void scrollWhenCramped();
    void fitBaseUrlField();
    void alignLabelColumns();
    void fillLanguages();
    void showValues();
    void applyBaseUrl();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings *m_settings;
    QWidget *m_groups = nullptr; // the scroll area around the groups
    bool m_sized = false;        // to the groups, at the first show
};

} // namespace TokenDesk
