// nnscope engine — project: a 2-D point set counted cell by cell over a view, with the group that holds
// most of each cell's rows: the data of a density rendering, which draws every row of a million-row map
// in the time of a frame where drawing each point would not. No drawing here (a client colours the counts).
#pragma once

#include "core/CancelToken.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace nnscope {

/// A view of the plane cut into width × height cells: x in [left, right), y in (bottom, top]. Cell
/// (0, 0) is the top-left one, as an image's first pixel; cells are numbered row by row from there.
struct CellGrid {
    double left = 0.0, right = 1.0, bottom = 0.0, top = 1.0;
    std::size_t width = 0, height = 0;
};

struct PointDensity {
    CellGrid grid;
    std::vector<std::uint32_t> counts; ///< rows per cell
    /// Per cell, the group with most of its rows (a tie goes to the lowest group id); −1 for an empty cell.
    std::vector<std::int32_t> group;
    /// Per cell, its rows that are marked (empty when no marks were given).
    std::vector<std::uint32_t> marked;
    std::size_t inView = 0;      ///< rows inside the view: the sum of the counts
    std::uint32_t largest = 0;   ///< the largest count of a cell
    /// The rows inside the view, in row order, when there are at most `listRowsUpTo` of them (empty otherwise):
    /// few enough to draw one by one.
    std::vector<std::uint32_t> rowsInView;
};

/// Counts `points` (x, y interleaved: two floats a row) per cell of `grid`. `groups` gives each row's
/// group, an id below `groupCount` (all rows in group 0 when empty); `marks`, when not empty, flags rows
/// whose count per cell is kept apart (a selection). Rows with a non-finite coordinate are in no cell.
/// Throws Error for a grid without cells or with an empty range, or inputs of other lengths; Cancelled
/// when `cancel` is set between passes.
PointDensity countPointsPerCell(const std::vector<float>& points, const std::vector<std::uint32_t>& groups, std::size_t groupCount,
                                const std::vector<std::uint8_t>& marks, const CellGrid& grid, std::size_t listRowsUpTo = 0,
                                const CancelToken* cancel = nullptr);

} // namespace nnscope
