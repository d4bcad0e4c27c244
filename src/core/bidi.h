// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QString>

namespace TokenDesk {

// A value embedded in a sentence (a name, a user ID, an e-mail, a URL, a
// path) between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: it keeps
// its own direction and does not pull the sentence's punctuation into it, so
// in Arabic "Maple Florist Inc." keeps its dot after "Inc", and an Arabic name
// in an English sentence reads right to left.
inline QString isolated(const QString &value)
{
    return QChar(0x2068) + value + QChar(0x2069);
}

// A sentence as the window shows it: each URL, e-mail and “quoted” value in
// it isolated, so that in Arabic a network error keeps its URL whole and in
// place. For sentences written in core (network errors, invalid URLs, the
// server's words), which the CLI prints as they are: only the window's
// display roles and messages call this, never an output or a file.
// Values already isolated are left as they are.
QString isolateEmbeddedValues(const QString &sentence);

} // namespace TokenDesk
