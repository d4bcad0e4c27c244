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

} // namespace TokenDesk
