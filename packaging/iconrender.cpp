// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// tokendesk-iconrender: renders the SVG icon to square PNGs, one per size, for
// the hicolor icon theme (at build time) and for the committed .ico and .icns
// (packaging/make-platform-icons.sh). A build tool, never installed.
//
// usage: tokendesk-iconrender ICON.svg OUTPUT_PATTERN SIZE...
//   OUTPUT_PATTERN holds "%1", replaced by the size: out/%1x%1/icon.png

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc < 4) {
        std::fputs("usage: tokendesk-iconrender ICON.svg OUTPUT_PATTERN SIZE...\n", stderr);
        return 2;
    }
    // No QGuiApplication: raster painting into a QImage needs none, and the
    // icon has no text, so no fonts are looked up.
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "tokendesk-iconrender: cannot read %s\n", argv[1]);
        return 1;
    }
    const QString pattern = QString::fromLocal8Bit(argv[2]);
    for (int i = 3; i < argc; ++i) {
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[i]).toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            std::fprintf(stderr, "tokendesk-iconrender: bad size %s\n", argv[i]);
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QString output = pattern.arg(size);
        QDir().mkpath(QFileInfo(output).absolutePath());
        if (!image.save(output, "PNG")) {
            std::fprintf(stderr, "tokendesk-iconrender: cannot write %s\n", qPrintable(output));
            return 1;
        }
    }
    return 0;
}
