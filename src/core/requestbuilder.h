// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tokenquery.h"

#include <QNetworkRequest>
#include <QUrl>

namespace TokenDesk {

// The production API; every other base URL is a deliberate choice.
QUrl defaultBaseUrl();

// GET {base}/ext/get-user-token?userId=ID (or ?email=E&type=T). Every byte of a
// value that is not unreserved (RFC 3986) is percent-encoded, so the server
// decodes exactly what was typed: '+' is %2B, never a space.
QUrl tokenUrl(const QUrl &base, const TokenQuery &query);

// GET {base}/customer/list?page=N&sort=createdAt
QUrl customerListUrl(const QUrl &base, int page);

// A request with the partner API's two headers: "authtype: Key" and
// "Authorization: Bearer KEY".
QNetworkRequest partnerRequest(const QUrl &url, const QString &agencyKey);

} // namespace TokenDesk
