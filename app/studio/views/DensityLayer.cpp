#include "studio/views/DensityLayer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace nnscope::studio {
namespace {

// Source-over blending of a straight-alpha colour with opacity `alpha` (0–255) onto a premultiplied pixel.
void blend(QRgb& pixel, QRgb colour, int alpha)
{
    const auto mix = [alpha](int source, int target) { return (source * alpha + target * (255 - alpha) + 127) / 255; };
    pixel = qRgba(mix(qRed(colour), qRed(pixel)), mix(qGreen(colour), qGreen(pixel)), mix(qBlue(colour), qBlue(pixel)),
                  mix(255, qAlpha(pixel)));
}

// The rows in view one by one: a disc of the small data's size (4 pixels across, its edge antialiased)
// centred on the row's pixel, the marked rows in an 8-pixel square outline, as the Projection view draws
// them when it draws every point itself.
void drawPoints(QImage& image, const DensityScene& scene, const PointDensity& counted, const CellGrid& grid)
{
    const double xScale = image.width() / (grid.right - grid.left), yScale = image.height() / (grid.top - grid.bottom);
    constexpr int kReach = 3;
    std::array<int, (2 * kReach + 1) * (2 * kReach + 1)> coverage{}; // of a pixel by the disc, 0–255
    for (int dy = -kReach; dy <= kReach; ++dy)
        for (int dx = -kReach; dx <= kReach; ++dx)
            coverage[static_cast<std::size_t>((dy + kReach) * (2 * kReach + 1) + dx + kReach)] =
                static_cast<int>(std::lround(255.0 * std::clamp(2.5 - std::hypot(dx, dy), 0.0, 1.0)));
    const auto plot = [&image](int x, int y, QRgb colour, int alpha) {
        if (x >= 0 && y >= 0 && x < image.width() && y < image.height() && alpha > 0)
            blend(reinterpret_cast<QRgb*>(image.scanLine(y))[x], colour, alpha);
    };
    const auto pixelOf = [&](std::uint32_t row) {
        return QPoint(static_cast<int>(std::floor((scene.points[2 * row] - grid.left) * xScale)),
                      static_cast<int>(std::floor((grid.top - scene.points[2 * row + 1]) * yScale)));
    };
    for (const std::uint32_t row : counted.rowsInView) {
        const QPoint at = pixelOf(row);
        const QColor& colour = scene.palette[scene.groups.empty() ? 0 : scene.groups[row]];
        for (int dy = -kReach; dy <= kReach; ++dy)
            for (int dx = -kReach; dx <= kReach; ++dx)
                plot(at.x() + dx, at.y() + dy, colour.rgb(),
                     colour.alpha() * coverage[static_cast<std::size_t>((dy + kReach) * (2 * kReach + 1) + dx + kReach)] / 255);
    }
    if (scene.marks.empty())
        return;
    const QRgb outline = qRgb(20, 20, 20);
    for (const std::uint32_t row : counted.rowsInView) {
        if (!scene.marks[row])
            continue;
        const QPoint at = pixelOf(row);
        for (int d = -4; d <= 4; ++d) {
            plot(at.x() + d, at.y() - 4, outline, 255);
            plot(at.x() + d, at.y() + 4, outline, 255);
            plot(at.x() - 4, at.y() + d, outline, 255);
            plot(at.x() + 4, at.y() + d, outline, 255);
        }
    }
}

// Each cell in its group's colour, more opaque the more rows it holds (log scale: a million rows span
// counts from 1 to thousands); one group is a light-to-dark ramp instead. With marks, cells without a
// marked row fade.
void drawCells(QImage& image, const DensityScene& scene, const PointDensity& counted)
{
    const double scale = std::log1p(static_cast<double>(std::max<std::uint32_t>(counted.largest, 1)));
    const QColor light(198, 219, 239), dark(8, 48, 107);
    for (int y = 0; y < image.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const std::size_t cell = static_cast<std::size_t>(y) * static_cast<std::size_t>(image.width()) + static_cast<std::size_t>(x);
            const std::uint32_t count = counted.counts[cell];
            if (count == 0)
                continue;
            const double shade = scale > 0.0 ? std::log1p(static_cast<double>(count)) / scale : 1.0;
            QColor colour;
            if (scene.palette.size() == 1) {
                const auto ramp = [shade](int from, int to) { return static_cast<int>(std::lround(from + shade * (to - from))); };
                colour = QColor(ramp(light.red(), dark.red()), ramp(light.green(), dark.green()), ramp(light.blue(), dark.blue()),
                                scene.palette.front().alpha());
            } else {
                colour = scene.palette[static_cast<std::size_t>(counted.group[cell])];
                colour.setAlphaF(colour.alphaF() * (0.35 + 0.65 * shade));
            }
            if (!counted.marked.empty() && counted.marked[cell] == 0)
                colour.setAlphaF(colour.alphaF() * 0.25);
            line[x] = qPremultiply(colour.rgba());
        }
    }
}

} // namespace

DensityFrame renderDensity(const DensityScene& scene, double left, double right, double bottom, double top, int width, int height,
                           const CancelToken* cancel)
{
    DensityFrame frame;
    width = std::max(width, 1);
    height = std::max(height, 1);
    // Cells of about kDensityCellPixels a side that tile the view exactly (a cell past its edge would count
    // rows outside it).
    const int columns = (width + kDensityCellPixels - 1) / kDensityCellPixels, lines = (height + kDensityCellPixels - 1) / kDensityCellPixels;
    const CellGrid grid{left, right, bottom, top, static_cast<std::size_t>(columns), static_cast<std::size_t>(lines)};
    frame.counted = countPointsPerCell(scene.points, scene.groups, scene.palette.size(), scene.marks, grid, kPointByPointRows, cancel);
    const PointDensity& counted = frame.counted;
    frame.countedRows = std::accumulate(counted.counts.begin(), counted.counts.end(), std::uint64_t(0));
    frame.pointByPoint = counted.inView <= kPointByPointRows;
    if (frame.pointByPoint) {
        frame.image = QImage(width, height, QImage::Format_ARGB32_Premultiplied);
        frame.image.fill(Qt::transparent);
        drawPoints(frame.image, scene, counted, grid);
    } else {
        frame.image = QImage(columns, lines, QImage::Format_ARGB32_Premultiplied);
        frame.image.fill(Qt::transparent);
        drawCells(frame.image, scene, counted);
    }
    return frame;
}

} // namespace nnscope::studio
