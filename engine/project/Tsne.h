// nnscope engine — project: Barnes-Hut t-SNE, a neighbour-preserving 2-D map (van der Maaten, "Accelerating
// t-SNE using Tree-Based Algorithms", JMLR 15, 2014; the optimiser of van der Maaten & Hinton 2008).
//
// Input similarities come from each row's 3 × perplexity nearest rows (graph/KnnGraph.h: exact on small
// data, approximate with its recall measured on large), each row's Gaussian bandwidth found by bisection
// so that its conditional distribution has the given perplexity, then symmetrised. The map starts from
// the rows' first two principal axes (scaled to a standard deviation of 10⁻⁴ on the first, as
// scikit-learn's init="pca"), so a run is deterministic: no random start. Each iteration's gradient is
// the attraction along the sparse similarities plus the repulsion of every other point, the latter
// summarised by a quadtree (a cell whose width over its distance is below θ acts as one point at its
// centre of mass). Learning rate "auto" (max(n / exaggeration / 4, 50), Belkina et al. 2019), early
// exaggeration 12 for 250 iterations, momentum 0.5 then 0.8, per-coordinate gains: scikit-learn's defaults.
#pragma once

#include "core/CancelToken.h"
#include "core/MatrixView.h"
#include "search/Metric.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace nnscope {

struct TsneSettings {
    double perplexity = 30.0;
    std::size_t iterations = 1000;
    double theta = 0.5;              ///< Barnes-Hut accuracy (0: exact repulsion, slow)
    double learningRate = 0.0;       ///< 0: auto
    double earlyExaggeration = 12.0;
    std::size_t exaggerationIterations = 250;
    std::uint64_t seed = 0;          ///< the approximate k-NN graph's sample (the map itself draws nothing)
    std::size_t threads = 0;         ///< 0: every hardware thread
};

/// What the run did beside the map.
struct TsneReport {
    std::size_t neighbours = 0;      ///< per row, for the input similarities
    bool exactNeighbours = true;
    double neighbourRecall = 1.0;    ///< of an approximate graph, measured on a sample
    double neighbourSeconds = 0.0;
    double optimiseSeconds = 0.0;
};

/// An Error for settings that cannot run on `rows` rows (perplexity < 1 or ≥ rows, θ < 0, no iterations).
void checkTsneSettings(const TsneSettings& settings, std::size_t rows);

/// The rows' 2-D map, rows × 2 row-major. Cosine maps unit rows by Euclidean distance (monotone in the
/// cosine). `progress` hears the share done; cancel is checked every iteration.
std::vector<float> tsne(MatrixView data, Metric metric, const TsneSettings& settings, const CancelToken* cancel = nullptr,
                        const std::function<void(double)>& progress = {}, TsneReport* report = nullptr);

} // namespace nnscope
