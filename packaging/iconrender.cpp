// SPDX-License-Identifier: GPL-2.0-or-later
// Build-time tool: renders the application's SVG icon into the PNG sizes of the hicolor theme,
// so that the PNGs are never out of date with the SVG and nothing binary is kept in the tree.
#include <QtGui/QGuiApplication>
#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtSvg/QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    // No display is needed to paint into an image.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: qmp-icon-render SVG SIZE PNG\n");
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    bool ok = false;
    const int size = args.at(2).toInt(&ok);
    if (!renderer.isValid() || !ok || size <= 0) {
        std::fprintf(stderr, "qmp-icon-render: cannot render %s at size %s\n", qPrintable(args.at(1)),
                     qPrintable(args.at(2)));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    if (!image.save(args.at(3), "PNG")) {
        std::fprintf(stderr, "qmp-icon-render: cannot write %s\n", qPrintable(args.at(3)));
        return 1;
    }
    return 0;
}
