// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bidi.h"

#include <QRegularExpression>

namespace TokenDesk {

QString isolateEmbeddedValues(const QString &sentence)
{
    // “…” holds a value (a URL typed, the server's words); then URLs and
    // e-mails standing bare, without the punctuation that ends the sentence.
    // None starts right after an isolate or inside a word.
    static const QRegularExpression values(QStringLiteral(
        "“(?!\\x{2068})([^”]+)”"
        "|(?<![\\x{2068}\\w@.+-])([A-Za-z][A-Za-z0-9+.-]*://[^\\s\\x{2068}\\x{2069}“”()]*"
        "[^\\s\\x{2068}\\x{2069}“”().,;:!?])"
        "|(?<![\\x{2068}\\w.+-])([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)"));
    QString out;
    qsizetype from = 0;
    for (const QRegularExpressionMatch &match : values.globalMatch(sentence)) {
        out += QStringView(sentence).mid(from, match.capturedStart() - from);
        if (match.capturedStart(1) >= 0)
            out += QStringLiteral("“") + isolated(match.captured(1)) + QStringLiteral("”");
        else
            out += isolated(match.captured());
        from = match.capturedEnd();
    }
    out += QStringView(sentence).mid(from);
    return out;
}

} // namespace TokenDesk
