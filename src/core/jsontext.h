// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How text leaves TokenDesk in JSON, for the window's export and
// tokendesk-cli alike: one rule, so the two never drift apart.

#include <QByteArray>
#include <QString>

namespace TokenDesk {

// A JSON string literal, quotes included, in UTF-8. Besides what JSON requires
// (quote, backslash, C0), DEL and C1 are escaped, which a terminal showing
// the file could act on (U+009B is CSI), and U+2028/U+2029, which split a
// line for line-oriented readers and end a JavaScript string literal. A lone
// surrogate, which UTF-8 cannot hold, is written as its \u escape.
QByteArray jsonString(const QString &text);

// The same escapes applied to a whole JSON text that QJsonDocument wrote,
// which escapes C0 only.
QByteArray escapeJsonControls(const QByteArray &json);

} // namespace TokenDesk
