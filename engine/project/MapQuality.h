// nnscope engine — project: how well a 2-D map keeps neighbourhoods. The measure the embedding literature
// and the issue use: for each row, the share of its k nearest rows in the original space that are among
// its k nearest on the map (the row itself excluded on both sides), averaged over rows — every row up to
// a sample size, else a seeded sample of rows (their neighbours still among all rows).
#pragma once

#include "core/MatrixView.h"
#include "search/Metric.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace nnscope {

struct NeighbourPreservation {
    double mean = 0.0;     ///< in [0, 1]
    std::size_t rows = 0;  ///< rows it was measured on
    std::size_t k = 0;
};

/// `map` holds original.rows × 2 coordinates; original distances by `metric`, the map's Euclidean.
NeighbourPreservation neighbourPreservation(MatrixView original, Metric metric, const std::vector<float>& map, std::size_t k = 10,
                                            std::size_t sampleRows = 10000, std::uint64_t seed = 0, std::size_t threads = 0);

} // namespace nnscope
