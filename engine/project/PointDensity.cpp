#include "project/PointDensity.h"

#include "core/Error.h"

#include <cmath>
#include <string>

namespace nnscope {
namespace {

constexpr std::size_t kMaxCells = std::size_t(1) << 26; // 8192 × 8192: past any screen
constexpr std::uint32_t kOutside = 0xffffffffu;

void checkInputs(const std::vector<float>& points, const std::vector<std::uint32_t>& groups, std::size_t groupCount,
                 const std::vector<std::uint8_t>& marks, const CellGrid& grid)
{
    if (grid.width == 0 || grid.height == 0 || grid.width > kMaxCells / grid.height)
        throw Error("a density grid needs between 1 and " + std::to_string(kMaxCells) + " cells");
    if (!(grid.right > grid.left) || !(grid.top > grid.bottom) || !std::isfinite(grid.right - grid.left) || !std::isfinite(grid.top - grid.bottom))
        throw Error("a density grid needs a finite, non-empty range on both axes");
    if (points.size() % 2 != 0)
        throw Error("density points come as x, y pairs");
    const std::size_t rows = points.size() / 2;
    if (rows >= kOutside)
        throw Error("too many points for a density grid");
    if (!groups.empty() && groups.size() != rows)
        throw Error("a density grid needs one group per point");
    if (!marks.empty() && marks.size() != rows)
        throw Error("a density grid needs one mark per point");
    if (groupCount == 0 && !groups.empty())
        throw Error("a density grid needs at least one group");
}

} // namespace

PointDensity countPointsPerCell(const std::vector<float>& points, const std::vector<std::uint32_t>& groups, std::size_t groupCount,
                                const std::vector<std::uint8_t>& marks, const CellGrid& grid, std::size_t listRowsUpTo,
                                const CancelToken* cancel)
{
    checkInputs(points, groups, groupCount, marks, grid);
    const std::size_t rows = points.size() / 2, cells = grid.width * grid.height;
    PointDensity density;
    density.grid = grid;
    density.counts.assign(cells, 0);
    if (!marks.empty())
        density.marked.assign(cells, 0);
    const double xScale = static_cast<double>(grid.width) / (grid.right - grid.left);
    const double yScale = static_cast<double>(grid.height) / (grid.top - grid.bottom);
    const double width = static_cast<double>(grid.width), height = static_cast<double>(grid.height);

    // Pass 1: each row's cell and the counts.
    std::vector<std::uint32_t> cellOf(rows);
    for (std::size_t r = 0; r < rows; ++r) {
        const double cx = (points[2 * r] - grid.left) * xScale, cy = (grid.top - points[2 * r + 1]) * yScale;
        // Written so that NaN falls outside: every comparison with it is false.
        if (!(cx >= 0.0 && cx < width && cy >= 0.0 && cy < height)) {
            cellOf[r] = kOutside;
            continue;
        }
        const std::size_t cell = static_cast<std::size_t>(cy) * grid.width + static_cast<std::size_t>(cx);
        cellOf[r] = static_cast<std::uint32_t>(cell);
        ++density.counts[cell];
        if (!marks.empty() && marks[r])
            ++density.marked[cell];
        ++density.inView;
    }
    throwIfCancelled(cancel);
    if (density.inView <= listRowsUpTo) {
        density.rowsInView.reserve(density.inView);
        for (std::size_t r = 0; r < rows; ++r)
            if (cellOf[r] != kOutside)
                density.rowsInView.push_back(static_cast<std::uint32_t>(r));
    }

    // Pass 2: the groups of each cell's rows side by side (a counting sort by cell), then each cell's
    // most frequent group by a histogram over the groups it holds (cleared by the same walk).
    density.group.assign(cells, -1);
    std::vector<std::uint32_t> start(cells + 1, 0);
    for (std::size_t c = 0; c < cells; ++c) {
        start[c + 1] = start[c] + density.counts[c];
        density.largest = std::max(density.largest, density.counts[c]);
    }
    std::vector<std::uint32_t> byCell(density.inView);
    {
        std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
        for (std::size_t r = 0; r < rows; ++r)
            if (cellOf[r] != kOutside)
                byCell[next[cellOf[r]]++] = groups.empty() ? 0 : groups[r];
    }
    throwIfCancelled(cancel);
    std::vector<std::uint32_t> tally(groups.empty() ? 1 : groupCount, 0);
    for (std::size_t c = 0; c < cells; ++c) {
        const std::uint32_t begin = start[c], end = start[c + 1];
        if (begin == end)
            continue;
        std::uint32_t best = byCell[begin], bestCount = 0;
        for (std::uint32_t i = begin; i < end; ++i) {
            const std::uint32_t g = byCell[i];
            if (g >= tally.size())
                throw Error("a density group id is not below the group count");
            const std::uint32_t n = ++tally[g];
            if (n > bestCount || (n == bestCount && g < best)) {
                best = g;
                bestCount = n;
            }
        }
        for (std::uint32_t i = begin; i < end; ++i)
            tally[byCell[i]] = 0;
        density.group[c] = static_cast<std::int32_t>(best);
    }
    return density;
}

} // namespace nnscope
