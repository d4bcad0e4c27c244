// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes resources/icons/masks/<name>.a8 for every action icon (every SVG in
// resources/icons drawn in "currentColor"): its coverage at the sizes of
// iconmask.h, which the window draws without parsing the SVG. Run by
// scripts/update-icon-masks.sh after an icon changes; tst_themedicon fails
// until it is.
//
//   write-icon-masks ICONS_FOLDER
#include "app/style/iconmask.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // for QPainter and QSvgRenderer
    const QStringList arguments = QGuiApplication::arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: write-icon-masks ICONS_FOLDER\n");
        return 2;
    }
    const QDir icons(arguments.at(1));
    if (!icons.mkpath(QStringLiteral("masks"))) {
        std::fprintf(stderr, "write-icon-masks: cannot make %s/masks\n", qPrintable(icons.path()));
        return 1;
    }
    int written = 0;
    for (const QString &name : icons.entryList({QStringLiteral("*.svg")}, QDir::Files)) {
        QFile svg(icons.filePath(name));
        if (!svg.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "write-icon-masks: cannot read %s\n", qPrintable(svg.fileName()));
            return 1;
        }
        const QByteArray source = svg.readAll();
        if (!TokenDesk::isThemedIconSource(source))
            continue;
        QFile mask(icons.filePath(QStringLiteral("masks/%1.a8").arg(name.chopped(4))));
        if (!mask.open(QIODevice::WriteOnly) ||
            mask.write(TokenDesk::renderIconMasks(source)) < 0 || !mask.flush()) {
            std::fprintf(stderr, "write-icon-masks: cannot write %s\n",
                         qPrintable(mask.fileName()));
            return 1;
        }
        ++written;
    }
    std::printf("write-icon-masks: %d icons\n", written);
    return 0;
}
