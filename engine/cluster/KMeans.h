// nnscope engine — cluster: k-means, as the paper's pipeline uses it (scikit-learn's KMeans semantics).
//
// Lloyd iterations from a greedy k-means++ start (2 + ln k local trials per centre, as scikit-learn
// does), `nInit` seeded restarts keeping the lowest inertia, stopping when assignments stop changing
// or the total squared centre shift falls below `tolerance` × the mean per-feature variance. A cluster
// that empties is re-seeded with the point farthest from its centre. The spherical variant clusters
// the L2-normalised rows and keeps unit-length centroids (cosine k-means); its inertia is Σ (1 − cos).
#pragma once

#include "core/Notice.h"
#include "core/CancelToken.h"
#include "core/MatrixView.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace nnscope {

struct KMeansSettings {
    std::size_t clusters = 10;
    std::size_t nInit = 10;      ///< restarts; the authors' code (scikit-learn) uses 10
    std::size_t maxIter = 300;   ///< Lloyd iterations per restart; the authors' code uses 300
    double tolerance = 1e-4;     ///< relative to the mean per-feature variance, as in scikit-learn
    std::uint64_t seed = 0;
    bool spherical = false;      ///< cosine k-means on L2-normalised rows
    std::size_t threads = 0;     ///< BLAS threads of the matrix products (0: automatic, core/BlasThreads.h)
    /// Optional starting centroids (clusters × dim), used for every restart instead of k-means++.
    std::vector<float> initialCentroids;
    /// Training rows per centroid (FAISS's rule; its default is 256): when the data has more than
    /// clusters × this many rows, the restarts run on that many rows drawn at random (seeded) and every
    /// row is then assigned once to the kept centroids. 0: every row (Lloyd to convergence, as
    /// scikit-learn does), for exactness studies.
    std::size_t samplePerCentroid = 0;
};

struct KMeansResult {
    std::size_t clusters = 0;
    std::size_t dim = 0;
    bool spherical = false;                 ///< centroids are unit vectors, assignment by largest cosine
    std::vector<float> centroids;           ///< clusters × dim, row-major
    std::vector<std::uint32_t> assignment;  ///< cluster of each row
    std::vector<std::size_t> sizes;         ///< rows per cluster
    double inertia = 0.0;                   ///< Σ squared distance to the assigned centroid (spherical: Σ 1 − cos)
    std::size_t iterations = 0;             ///< Lloyd iterations of the kept restart
    std::size_t trainingRows = 0;           ///< rows the restarts ran on (fewer than the data's when sampled)
    std::size_t bestRestart = 0;
    /// Inertia after each assignment step, per restart (non-increasing within a restart), over the
    /// training rows (the sample, when sampled; `inertia` is always over every row).
    std::vector<std::vector<double>> inertiaHistory;
    /// Things a user should know, e.g. fewer distinct points than clusters.
    std::vector<Notice> warnings;

    const float* centroid(std::size_t c) const { return centroids.data() + c * dim; }
    /// Rows of each cluster, in row order (the authors' membership lists).
    std::vector<std::vector<std::size_t>> members() const;
};

/// Reports (restart, iteration, inertia) after each assignment step.
using KMeansProgress = std::function<void(std::size_t restart, std::size_t iteration, double inertia)>;

/// The checks kmeans() makes before any work: an Error for settings that cannot run on `data` (no rows,
/// clusters of 0 or more than rows, restarts or iterations of 0 or past limits::, a negative tolerance,
/// initial centroids of the wrong size or not finite).
void checkKMeans(MatrixView data, const KMeansSettings& settings);

/// Clusters the rows of `data`. Errors: no rows, clusters < 1 or > rows, malformed settings.

KMeansResult kmeans(MatrixView data, const KMeansSettings& settings, const CancelToken* cancel = nullptr,
                    const KMeansProgress& progress = {});

} // namespace nnscope
