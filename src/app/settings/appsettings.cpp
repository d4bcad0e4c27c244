// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/settings/appsettings.h"

#include "core/fetchqueue.h"

#include <QSettings>

#include <algorithm>

namespace TokenDesk {

namespace {
const QString BaseUrlKey = QStringLiteral("network/baseUrl");
const QString TimeoutKey = QStringLiteral("network/timeoutSeconds");
const QString ConcurrencyKey = QStringLiteral("fetch/concurrency");
const QString RetriesKey = QStringLiteral("fetch/retries");
const QString ClipboardKey = QStringLiteral("secrets/clipboardClearSeconds");
const QString RevealKey = QStringLiteral("secrets/revealSeconds");
const QString ForgetMinutesKey = QStringLiteral("secrets/forgetAfterMinutes");
const QString ForgetOnLockKey = QStringLiteral("secrets/forgetOnLock");
const QString LanguageKey = QStringLiteral("ui/language");

int bounded(const QSettings &settings, const QString &key, int fallback, int low, int high)
{
    return std::clamp(settings.value(key, fallback).toInt(), low, high);
}
} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{
    const QSettings settings;
    m_baseUrl = settings.value(BaseUrlKey).toString();
    m_timeoutSeconds = bounded(settings, TimeoutKey, DefaultTimeoutSeconds, 1, 600);
    m_concurrency = bounded(settings, ConcurrencyKey, FetchQueue::DefaultConcurrency,
                            FetchQueue::MinConcurrency, FetchQueue::MaxConcurrency);
    m_retries = bounded(settings, RetriesKey, DefaultRetries, 0, RunDefaults::MaxRetries);
    m_clipboardClearSeconds =
        bounded(settings, ClipboardKey, DefaultClipboardClearSeconds, 0, 3600);
    m_revealSeconds = bounded(settings, RevealKey, DefaultRevealSeconds, 0, 3600);
    m_forgetAfterMinutes =
        bounded(settings, ForgetMinutesKey, DefaultForgetMinutes, 0, MaxForgetMinutes);
    m_forgetOnLock = settings.value(ForgetOnLockKey, true).toBool();
    m_language = settings.value(LanguageKey).toString();
}

ConfigSettings AppSettings::configSettings() const
{
    ConfigSettings settings;
    settings.baseUrl = m_baseUrl;
    settings.concurrency = m_concurrency;
    settings.timeout = std::chrono::seconds(m_timeoutSeconds);
    settings.retries = m_retries;
    return settings;
}

void AppSettings::store(const QString &key, const QVariant &value)
{
    QSettings().setValue(key, value);
    Q_EMIT changed();
}

void AppSettings::setBaseUrl(const QString &url)
{
    if (m_baseUrl != url)
        store(BaseUrlKey, m_baseUrl = url);
}

void AppSettings::setTimeoutSeconds(int seconds)
{
    if (m_timeoutSeconds != seconds)
        store(TimeoutKey, m_timeoutSeconds = seconds);
}

void AppSettings::setConcurrency(int requests)
{
    if (m_concurrency != requests)
        store(ConcurrencyKey, m_concurrency = requests);
}

void AppSettings::setRetries(int retries)
{
    if (m_retries != retries)
        store(RetriesKey, m_retries = retries);
}

void AppSettings::setClipboardClearSeconds(int seconds)
{
    if (m_clipboardClearSeconds != seconds)
        store(ClipboardKey, m_clipboardClearSeconds = seconds);
}

void AppSettings::setRevealSeconds(int seconds)
{
    if (m_revealSeconds != seconds)
        store(RevealKey, m_revealSeconds = seconds);
}

void AppSettings::setForgetAfterMinutes(int minutes)
{
    if (m_forgetAfterMinutes != minutes)
        store(ForgetMinutesKey, m_forgetAfterMinutes = minutes);
}

void AppSettings::setForgetOnLock(bool enabled)
{
    if (m_forgetOnLock != enabled)
        store(ForgetOnLockKey, m_forgetOnLock = enabled);
}

void AppSettings::setLanguage(const QString &language)
{
    if (m_language != language)
        store(LanguageKey, m_language = language);
}

// The language stays: the defaults are about fetching and secrets, and a
// sudden switch of every word on screen would only confuse.
void AppSettings::restoreDefaults()
{
    setBaseUrl(QString());
    setTimeoutSeconds(DefaultTimeoutSeconds);
    setConcurrency(FetchQueue::DefaultConcurrency);
    setRetries(DefaultRetries);
    setClipboardClearSeconds(DefaultClipboardClearSeconds);
    setRevealSeconds(DefaultRevealSeconds);
    setForgetAfterMinutes(DefaultForgetMinutes);
    setForgetOnLock(true);
}

} // namespace TokenDesk
