// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

#include <QUrl>

namespace TokenDesk {

Q_LOGGING_CATEGORY(lcNetwork, "tokendesk.network", QtInfoMsg)

QString redactedRequestLine(const QUrl &url)
{
    return QLatin1String("GET ") + QString::fromLatin1(url.toEncoded()) +
           QLatin1String(" authtype: Key, Authorization: Bearer ***");
}

} // namespace TokenDesk
