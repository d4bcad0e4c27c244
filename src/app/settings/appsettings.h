// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/runconfig.h"

#include <QObject>
#include <QString>

namespace TokenDesk {

// The window's settings, kept in QSettings and applied as soon as they
// change. Never a secret: the agency key lives in the keychain or in memory.
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    static constexpr int DefaultTimeoutSeconds = static_cast<int>(RunDefaults::Timeout.count());
    static constexpr int DefaultRetries = RunDefaults::Retries;
    static constexpr int DefaultClipboardClearSeconds = 30;
    static constexpr int DefaultRevealSeconds = 20;
    static constexpr int DefaultForgetMinutes = 15;
    static constexpr int MaxForgetMinutes = 24 * 60;

    explicit AppSettings(QObject *parent = nullptr); // reads QSettings

    QString baseUrl() const { return m_baseUrl; } // empty: the production API
    int timeoutSeconds() const { return m_timeoutSeconds; }
    int concurrency() const { return m_concurrency; }
    int retries() const { return m_retries; }
    int clipboardClearSeconds() const { return m_clipboardClearSeconds; } // 0: never
    int revealSeconds() const { return m_revealSeconds; }                 // 0: never
    // Minutes without input before the window forgets its tokens; 0: never.
    int forgetAfterMinutes() const { return m_forgetAfterMinutes; }
    // Forget them too when the session locks and before sleep.
    bool forgetOnLock() const { return m_forgetOnLock; }
    QString language() const { return m_language; } // "pt_BR"; empty: the system's
    // What resolveConfig() takes from the settings.
    ConfigSettings configSettings() const;

    void setBaseUrl(const QString &url); // the caller checks it first
    void setTimeoutSeconds(int seconds);
    void setConcurrency(int requests);
    void setRetries(int retries);
    void setClipboardClearSeconds(int seconds);
    void setRevealSeconds(int seconds);
    void setForgetAfterMinutes(int minutes);
    void setForgetOnLock(bool enabled);
    void setLanguage(const QString &language);
    void restoreDefaults();

Q_SIGNALS:
    void changed();

private:
    void store(const QString &key, const QVariant &value);

    QString m_baseUrl;
    int m_timeoutSeconds = DefaultTimeoutSeconds;
    int m_concurrency = 6;
    int m_retries = DefaultRetries;
    int m_clipboardClearSeconds = DefaultClipboardClearSeconds;
    int m_revealSeconds = DefaultRevealSeconds;
    int m_forgetAfterMinutes = DefaultForgetMinutes;
    bool m_forgetOnLock = true;
    QString m_language;
};

} // namespace TokenDesk
