// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>
#include <QString>

class QUrl;

namespace TokenDesk {

// Requests and replies, described without the key or any token. Off unless
// enabled: `--verbose`, or QT_LOGGING_RULES="tokendesk.network.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcNetwork)

// The one description of a request on its way out, for the log and for
// tokendesk-cli's --verbose alike: the method, the URL and the headers that
// carry the agency key (see requestbuilder.cpp), with the key as ***. The URL
// holds no secret: the key travels in the header only.
QString redactedRequestLine(const QUrl &url);

} // namespace TokenDesk
