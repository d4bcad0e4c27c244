// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/settings/settingsdialog.h"

#include "app/connection/profilecontroller.h"
#include "app/dialogs/showdialog.h"
#include "app/settings/appsettings.h"
#include "app/widgets/crampedscrollarea.h"
#include "app/widgets/leadingnumbers.h"
#include "app/widgets/screenroom.h"
#include "ui_settingsdialog.h"

#include "core/bidi.h"
#include "core/inputpolicy.h"
#include "i18n/translations.h"

#include <QEvent>
#include <QFormLayout>
#include <QLineEdit>

#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace TokenDesk {

SettingsDialog *SettingsDialog::showFor(QWidget *window, AppSettings *settings,
                                        ProfileController *profiles)
{
    auto *dialog = showDialog<SettingsDialog>(window, QStringLiteral("settingsDialog"), [&] {
        auto *made = new SettingsDialog(settings, window);
        connect(made, &SettingsDialog::profileChosen, profiles, &ProfileController::openProfile);
        return made;
    });
    dialog->setProfiles(profiles->profileNames(), profiles->currentName());
    return dialog;
}

SettingsDialog::SettingsDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    scrollWhenCramped();
    fitBaseUrlField();
    alignLabelColumns();
    keepNumbersAtLeadingEdge(this);
    fillLanguages();
    showValues();
    connect(m_ui->languageComboBox, &QComboBox::activated, this, [this](int index) {
        m_settings->setLanguage(m_ui->languageComboBox->itemData(index).toString());
    });
    connect(m_ui->baseUrlEdit, &QLineEdit::editingFinished, this, &SettingsDialog::applyBaseUrl);
    connect(m_ui->profileComboBox, &QComboBox::activated, this,
            [this](int index) { Q_EMIT profileChosen(m_ui->profileComboBox->itemText(index)); });
    connect(m_ui->timeoutSpinBox, &QSpinBox::valueChanged, m_settings,
            &AppSettings::setTimeoutSeconds);
    connect(m_ui->concurrencySpinBox, &QSpinBox::valueChanged, m_settings,
            &AppSettings::setConcurrency);
    connect(m_ui->retriesSpinBox, &QSpinBox::valueChanged, m_settings, &AppSettings::setRetries);
    connect(m_ui->clipboardDelaySpinBox, &QSpinBox::valueChanged, m_settings,
            &AppSettings::setClipboardClearSeconds);
    connect(m_ui->revealTimeoutSpinBox, &QSpinBox::valueChanged, m_settings,
            &AppSettings::setRevealSeconds);
    connect(m_ui->forgetAfterSpinBox, &QSpinBox::valueChanged, m_settings,
            &AppSettings::setForgetAfterMinutes);
    connect(m_ui->forgetOnLockCheckBox, &QCheckBox::toggled, m_settings,
            &AppSettings::setForgetOnLock);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] {
                m_settings->restoreDefaults();
                showValues();
            });
    // Changes made elsewhere (the main window's own spin box) show here too.
    connect(m_settings, &AppSettings::changed, this, [this] {
        if (m_ui->concurrencySpinBox->value() != m_settings->concurrency())
            m_ui->concurrencySpinBox->setValue(m_settings->concurrency());
    });
}

void SettingsDialog::showEvent(QShowEvent *event)
{
    // Once polished (style and fonts), the first time: the groups' own size
    // (the .ui's is a guess), as far as the screen has room; they scroll
    // only where it has none.
    if (!m_sized) {
        m_sized = true;
        m_groups->updateGeometry();
        fitToScreen(this, sizeHint());
    }
    QDialog::showEvent(event);
}

SettingsDialog::~SettingsDialog()
{
    // The line edit loses focus while the dialog is torn down: no late apply.
    disconnect(m_ui->baseUrlEdit, nullptr, this, nullptr);
}

void SettingsDialog::setProfiles(const QStringList &names, const QString &current)
{
    m_ui->profileComboBox->clear();
    m_ui->profileComboBox->addItems(names);
    m_ui->profileComboBox->setCurrentText(current);
    m_ui->profileGroup->setEnabled(!names.isEmpty());
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillLanguages();
        alignLabelColumns();
    } else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        fitBaseUrlField();
        alignLabelColumns();
    }
    QDialog::changeEvent(event);
}

void SettingsDialog::scrollWhenCramped()
{
    // The groups scroll on a screen too small for them; the buttons stay in view.
    auto *form = new QWidget;
    form->setObjectName(QStringLiteral("settingsForm"));
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(QMargins());
    for (QWidget *group :
         {m_ui->profileGroup, m_ui->connectionGroup, m_ui->secretsGroup, m_ui->languageGroup}) {
        m_ui->settingsLayout->removeWidget(group);
        formLayout->addWidget(group);
    }
    m_groups = new CrampedScrollArea(form, this);
    m_ui->settingsLayout->insertWidget(0, m_groups, 1);
}

void SettingsDialog::alignLabelColumns()
{
    // One column of labels across the groups, as if they were one form, so
    // the fields start on one line; again for each language's words.
    QList<QWidget *> labels;
    int widest = 0;
    for (const QFormLayout *form :
         {m_ui->profileLayout, m_ui->connectionLayout, m_ui->secretsLayout, m_ui->languageLayout}) {
        for (int row = 0; row < form->rowCount(); ++row) {
            const QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (!item || !item->widget())
                continue;
            QWidget *label = item->widget();
            label->setMinimumWidth(0);
            widest = std::max(widest, label->sizeHint().width());
            labels.append(label);
        }
    }
    for (QWidget *label : labels)
        label->setMinimumWidth(widest);
}

void SettingsDialog::fitBaseUrlField()
{
    // Wide enough for a whole address of 40 characters, such as
    // https://api.v7.botpenguin.com with a path, in this font and style.
    // QLineEdit's own hint is 17 x-widths plus its frame and margins: the
    // same frame and margins around the address.
    QLineEdit *edit = m_ui->baseUrlEdit;
    const QFontMetrics metrics = edit->fontMetrics();
    const int padding = edit->sizeHint().width() - 17 * metrics.horizontalAdvance(QLatin1Char('x'));
    edit->setMinimumWidth(
        metrics.horizontalAdvance(QStringLiteral("https://partner-api.v7.botpenguin.com/v2")) +
        padding + 2 * metrics.averageCharWidth()); // the cursor, and letters wider than these
}

void SettingsDialog::fillLanguages()
{
    // Each language by its own name, so anyone can find theirs in any language.
    m_ui->languageComboBox->clear();
    m_ui->languageComboBox->addItem(tr("System default"), QString());
    for (const QString &language : I18n::shippedLanguages())
        m_ui->languageComboBox->addItem(I18n::nativeLanguageName(language), language);
    m_ui->languageComboBox->setCurrentIndex(
        std::max(0, m_ui->languageComboBox->findData(m_settings->language())));
}

void SettingsDialog::showValues()
{
    m_ui->baseUrlEdit->setText(m_settings->baseUrl());
    m_ui->baseUrlProblemLabel->hide();
    m_ui->timeoutSpinBox->setValue(m_settings->timeoutSeconds());
    m_ui->concurrencySpinBox->setValue(m_settings->concurrency());
    m_ui->retriesSpinBox->setValue(m_settings->retries());
    m_ui->clipboardDelaySpinBox->setValue(m_settings->clipboardClearSeconds());
    m_ui->revealTimeoutSpinBox->setValue(m_settings->revealSeconds());
    m_ui->forgetAfterSpinBox->setValue(m_settings->forgetAfterMinutes());
    m_ui->forgetOnLockCheckBox->setChecked(m_settings->forgetOnLock());
}

void SettingsDialog::applyBaseUrl()
{
    const QString text = m_ui->baseUrlEdit->text().trimmed();
    const QString problem = text.isEmpty() ? QString() : checkBaseUrl(text).problem;
    m_ui->baseUrlProblemLabel->setText(isolateEmbeddedValues(problem));
    m_ui->baseUrlProblemLabel->setVisible(!problem.isEmpty());
    // A refused address is never stored: the previous one stays in force.
    if (problem.isEmpty())
        m_settings->setBaseUrl(text);
}

} // namespace TokenDesk
