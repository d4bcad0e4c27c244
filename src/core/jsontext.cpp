// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace TokenDesk {

namespace {

QByteArray unicodeEscape(uint codePoint)
{
    return "\\u" + QByteArray::number(codePoint, 16).rightJustified(4, '0');
}

bool isContinuation(const QByteArray &bytes, qsizetype at, uchar low, uchar high)
{
    if (at >= bytes.size())
        return false;
    const auto byte = static_cast<uchar>(bytes.at(at));
    return byte >= low && byte <= high;
}

} // namespace

QByteArray jsonString(const QString &text)
{
    // QJsonDocument does the escaping JSON requires; only a whole document can
    // be written, so write a one-element array and drop the brackets.
    const QByteArray array =
        QJsonDocument(QJsonArray{QJsonValue(text)}).toJson(QJsonDocument::Compact);
    return escapeJsonControls(array.mid(1, array.size() - 2));
}

QByteArray escapeJsonControls(const QByteArray &json)
{
    // In UTF-8, DEL is 7F, C1 is C2 80..C2 9F and U+2028/U+2029 are E2 80 A8/A9;
    // C2 and E2 only lead a sequence, and JSON outside strings holds no such
    // bytes, so they can be replaced wherever they are.
    QByteArray out;
    out.reserve(json.size());
    for (qsizetype i = 0; i < json.size(); ++i) {
        const auto byte = static_cast<uchar>(json.at(i));
        if (byte == 0x7f) {
            out += unicodeEscape(byte);
        } else if (byte == 0xc2 && isContinuation(json, i + 1, 0x80, 0x9f)) {
            out += unicodeEscape(static_cast<uchar>(json.at(i + 1)));
            i += 1;
        } else if (byte == 0xe2 && isContinuation(json, i + 1, 0x80, 0x80) &&
                   isContinuation(json, i + 2, 0xa8, 0xa9)) {
            out += unicodeEscape(0x2000 + static_cast<uchar>(json.at(i + 2)) - 0x80);
            i += 2;
        } else {
            out += json.at(i);
        }
    }
    return out;
}

} // namespace TokenDesk
