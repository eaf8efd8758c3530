// nnscope studio — the Projection view's rows as one image, made off the GUI thread, so that every row of
// a 400,000- or 1,000,000-row file is drawn and a pan or zoom costs a frame, not a replot of every point.
// Many rows in view: each 2 × 2-pixel cell shaded by how many rows it holds (log scale) in the colour of
// the group holding most of them (one group: a density ramp). Few rows in view: each row a disc, as the
// small data's points are drawn.
#pragma once

#include "core/CancelToken.h"
#include "project/PointDensity.h"

#include <QColor>
#include <QImage>

#include <cstdint>
#include <vector>

namespace nnscope::studio {

/// What is drawn, fixed while the user pans and zooms: the shown rows' plot coordinates and colours.
struct DensityScene {
    std::vector<float> points;         ///< x, y per shown row
    std::vector<std::uint32_t> groups; ///< per shown row, its colour's index in the palette
    std::vector<QColor> palette;
    std::vector<std::uint8_t> marks;   ///< shown rows outlined (the selected cluster); empty: none
};

/// A drawn view: the image and what it was drawn from. The image spans counted.grid in plot coordinates.
struct DensityFrame {
    QImage image;
    PointDensity counted;            ///< the rows per cell, each cell's group, the rows in view
    std::uint64_t countedRows = 0;   ///< the sum of the cells' counts (equal to counted.inView: tests check it)
    bool pointByPoint = false;       ///< few enough rows in view to draw each (counted.rowsInView)
};

/// Pixels per cell side of a density image.
constexpr int kDensityCellPixels = 2;
/// Rows in view up to which each row is drawn as a point.
constexpr std::size_t kPointByPointRows = 30000;

/// Draws `scene` over the view [left, right) × (bottom, top] into `width` × `height` device pixels.
DensityFrame renderDensity(const DensityScene& scene, double left, double right, double bottom, double top, int width, int height,
                           const CancelToken* cancel = nullptr);

} // namespace nnscope::studio
