// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tscatalogue.h"

#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    QStringList forms;
};

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?[0-9]{1,2}|L?n)"));
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found.insert(match.captured(1));
    return found;
}

// The mnemonic's letter, or a null QChar when the text has none.
QChar mnemonicOf(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(^|[^&])&([^& ])"));
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(2).at(0) : QChar();
}

// Alt+letter must be typeable on a Latin keyboard, and a mark inside an
// Arabic or Devanagari word would break its joined letters: such catalogues
// put the Latin letter after the text, "(&F)", as Chinese and Japanese ones do.
bool typeableMnemonic(QChar letter)
{
    return letter.isNull() || (letter.unicode() < 0x80 && letter.isLetterOrNumber());
}

bool hasMnemonic(const QString &text)
{
    return !mnemonicOf(text).isNull();
}

QString describe(const Message &message)
{
    return message.context + QStringLiteral(" / “") + message.source + QStringLiteral("”");
}

void check(const Message &message, QStringList &problems)
{
    if (!message.type.isEmpty()) {
        problems << message.type + QStringLiteral(": ") + describe(message);
        return;
    }
    if (message.forms.isEmpty())
        problems << QStringLiteral("no translation: ") + describe(message);
    const QSet<QString> expected = placeholders(message.source);
    for (const QString &form : message.forms) {
        if (form.isEmpty()) {
            problems << QStringLiteral("empty form: ") + describe(message);
            continue;
        }
        QSet<QString> got = placeholders(form);
        // A plural form may leave the count out ("one file"), never invent one.
        for (const QString &count : {QStringLiteral("n"), QStringLiteral("Ln")}) {
            if (message.numerus && expected.contains(count))
                got.insert(count);
        }
        if (got != expected)
            problems << QStringLiteral("placeholders differ: ") + describe(message) +
                            QStringLiteral(" → “") + form + QStringLiteral("”");
        if (hasMnemonic(message.source) != hasMnemonic(form))
            problems << QStringLiteral("mnemonic lost or added: ") + describe(message) +
                            QStringLiteral(" → “") + form + QStringLiteral("”");
        else if (!typeableMnemonic(mnemonicOf(form)))
            problems << QStringLiteral("mnemonic not a Latin letter or digit: ") +
                            describe(message) + QStringLiteral(" → “") + form + QStringLiteral("”");
    }
}

} // namespace

QStringList catalogueProblems(const QByteArray &tsXml)
{
    QStringList problems;
    QXmlStreamReader xml(tsXml);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = Message{context,
                                  {},
                                  xml.attributes().value(QLatin1String("numerus")) ==
                                      QLatin1String("yes"),
                                  {},
                                  {}};
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.forms << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                message.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            check(message, problems);
        }
    }
    if (xml.hasError())
        problems << QStringLiteral("not well-formed XML: ") + xml.errorString();
    return problems;
}
