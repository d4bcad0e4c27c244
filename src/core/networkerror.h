// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tokenresult.h"

#include <QList>
#include <QNetworkReply>
#include <QSslError>

namespace TokenDesk {

// How much of a URL or of a server's text a sentence quotes.
inline constexpr qsizetype MaxQuotedLength = 200;
// text cut to MaxQuotedLength characters, with an ellipsis when cut.
QString quotedPart(const QString &text);

// True when Qt's error is about the transport (connection, proxy, TLS,
// protocol) rather than an HTTP status that the server chose to send.
bool isTransportError(QNetworkReply::NetworkError error);

// A failure for a transport error, with a sentence a person understands.
// detail is Qt's own description, added for the curious.
TokenResult failureForNetworkError(QNetworkReply::NetworkError error, const QString &detail);

// A failure for a certificate the client refused (errorKind Tls): a sentence
// that names the problem (untrusted, expired, another host's), then Qt's
// description of each error.
TokenResult tlsFailure(const QList<QSslError> &errors);

TokenResult timeoutFailure(qint64 timeoutMs);
TokenResult oversizedReplyFailure(qint64 limitBytes);

} // namespace TokenDesk
