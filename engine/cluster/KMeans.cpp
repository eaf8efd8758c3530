#include "cluster/KMeans.h"

#include "cluster/NearestCentre.h"
#include "core/BlasThreads.h"
#include "core/Error.h"
#include "core/Limits.h"
#include "core/Random.h"
#include "core/VectorMath.h"

#include <algorithm>
#include <cblas.h>
#include <cmath>
#include <limits>
#include <numeric>

namespace nnscope {
namespace {

// One restart's worth of state, over data that is already normalised for the spherical variant.
class Lloyd {
public:
    Lloyd(MatrixView data, const KMeansSettings& settings, double shiftTolerance, const CancelToken* cancel)
        : data_(data), settings_(settings), threads_(resolveThreads(settings.threads, data.rows * data.dim)), k_(settings.clusters),
          shiftTolerance_(shiftTolerance), cancel_(cancel)
    {
    }

    KMeansResult run(std::size_t restart, const KMeansProgress& progress)
    {
        Random random(Random::derive(settings_.seed, restart));
        centroids_ = settings_.initialCentroids.empty() ? kmeansPlusPlus(random) : settings_.initialCentroids;
        labels_.assign(data_.rows, 0);
        std::vector<std::uint32_t> previousLabels;
        std::vector<double> history;
        bool labelsStable = false;
        std::size_t iteration = 0;
        while (iteration < settings_.maxIter) {
            throwIfCancelled(cancel_);
            assign();
            history.push_back(objective());
            ++iteration;
            if (progress)
                progress(restart, iteration, history.back());
            if (labels_ == previousLabels) {
                labelsStable = true; // the update below would give the same centroids back
                break;
            }
            const double shift = update();
            previousLabels = labels_;
            if (shift <= shiftTolerance_)
                break;
        }
        if (!labelsStable) { // labels that belong to the final centroids
            assign();
            history.push_back(objective());
        }
        KMeansResult result = current(history.back());
        result.iterations = iteration;
        result.inertiaHistory.push_back(std::move(history));
        return result;
    }

    /// Every row assigned once to `centroids` (no update): the last step of sampled k-means.
    KMeansResult assignTo(std::vector<float> centroids)
    {
        throwIfCancelled(cancel_);
        centroids_ = std::move(centroids);
        labels_.assign(data_.rows, 0);
        assign();
        return current(objective());
    }

private:
    // The centroids and labels as they stand, with their inertia.
    KMeansResult current(double inertia) const
    {
        KMeansResult result;
        result.clusters = k_;
        result.dim = data_.dim;
        result.spherical = settings_.spherical;
        result.centroids = centroids_;
        result.assignment = labels_;
        result.sizes.assign(k_, 0);
        for (std::uint32_t label : labels_)
            ++result.sizes[label];
        result.inertia = inertia;
        result.trainingRows = data_.rows;
        return result;
    }

    // Calls perBlock(first, rows, dots) for blocks of kProductRows rows of the data, dots[b][t] = x_(first+b)
    // · others_t for the `count` rows of `others` (count × dim): each block one single-threaded matrix
    // product, the blocks spread over this run's threads. Not OpenBLAS's own threads: they split the rows
    // where its tiling falls, and where a row falls in the tiling decides the rounding of its products
    // (4,096 × 16 × 100: 43 % of the values differ between one and two threads), so the clustering would
    // depend on the thread count. The time stayed within this machine's noise (docs/benchmarks.md §8b).
    template <class PerBlock>
    void productsByBlocks(const float* others, std::size_t count, const PerBlock& perBlock) const
    {
        constexpr std::size_t kProductRows = 4096;
        const std::size_t n = data_.rows, dim = data_.dim, blocks = (n + kProductRows - 1) / kProductRows;
        setBlasThreads(1);
        parallelFor(blocks, threads_, [&](std::size_t begin, std::size_t end) {
            std::vector<float> dots(kProductRows * count);
            for (std::size_t block = begin; block < end; ++block) {
                const std::size_t first = block * kProductRows, rows = std::min(kProductRows, n - first);
                cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, static_cast<int>(rows), static_cast<int>(count), static_cast<int>(dim), 1.0f,
                            data_.row(first), static_cast<int>(dim), others, static_cast<int>(dim), 0.0f, dots.data(), static_cast<int>(count));
                perBlock(first, rows, dots.data());
            }
        });
    }

    // Squared distances of every row to each of `count` rows of the data (n × count, row-major), by one
    // matrix product: ‖x‖² + ‖y‖² − 2 x·y (clamped at 0), as scikit-learn computes them.
    void distancesToRows(const std::vector<std::size_t>& rows, std::vector<double>& out)
    {
        const std::size_t n = data_.rows, dim = data_.dim, count = rows.size();
        if (rowNorms_.empty()) { // once, on first use: assignTo (sampled k-means' last step) never needs them
            rowNorms_.resize(n);
            for (std::size_t i = 0; i < n; ++i)
                rowNorms_[i] = dot(data_.row(i), data_.row(i), dim);
        }
        const std::vector<float> chosen = gatherRows(data_, rows);
        // One single-threaded product over every row (a few columns: cheap beside Lloyd's iterations), so
        // the seeding is the same on any thread count (productsByBlocks says why not OpenBLAS's threads).
        std::vector<float> dots(n * count);
        setBlasThreads(1);
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, static_cast<int>(n), static_cast<int>(count), static_cast<int>(dim), 1.0f,
                    data_.data, static_cast<int>(dim), chosen.data(), static_cast<int>(dim), 0.0f, dots.data(), static_cast<int>(count));
        out.resize(n * count);
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t t = 0; t < count; ++t)
                out[i * count + t] = std::max(0.0, rowNorms_[i] + rowNorms_[rows[t]] - 2.0 * dots[i * count + t]);
    }

    // Greedy k-means++: each new centre is the best (lowest potential) of 2 + ln k candidates drawn
    // with probability proportional to the squared distance to the nearest centre so far.
    std::vector<float> kmeansPlusPlus(Random& random)
    {
        const std::size_t n = data_.rows, dim = data_.dim;
        const std::size_t trials = 2 + static_cast<std::size_t>(std::log(static_cast<double>(k_)));
        std::vector<float> centres(k_ * dim);
        std::vector<double> closest(n), cumulative(n), candidateDistances(n), bestDistances(n), distances;

        std::size_t chosen = random.below(n);
        std::copy_n(data_.row(chosen), dim, centres.begin());
        distancesToRows({chosen}, closest);
        closest[chosen] = 0.0;
        double potential = std::accumulate(closest.begin(), closest.end(), 0.0);

        std::vector<std::size_t> candidates(trials);
        for (std::size_t c = 1; c < k_; ++c) {
            throwIfCancelled(cancel_);
            std::partial_sum(closest.begin(), closest.end(), cumulative.begin());
            for (std::size_t t = 0; t < trials; ++t) {
                const double target = random.uniform() * potential;
                candidates[t] = std::min(n - 1, static_cast<std::size_t>(std::upper_bound(cumulative.begin(), cumulative.end(), target)
                                                                         - cumulative.begin()));
            }
            distancesToRows(candidates, distances);
            double bestPotential = std::numeric_limits<double>::infinity();
            std::size_t bestCandidate = 0;
            for (std::size_t t = 0; t < trials; ++t) {
                const std::size_t candidate = candidates[t];
                double candidatePotential = 0.0;
                for (std::size_t i = 0; i < n; ++i) {
                    candidateDistances[i] = i == candidate ? 0.0 : std::min(closest[i], distances[i * trials + t]);
                    candidatePotential += candidateDistances[i];
                }
                if (candidatePotential < bestPotential) {
                    bestPotential = candidatePotential;
                    bestCandidate = candidate;
                    bestDistances.swap(candidateDistances);
                }
            }
            closest.swap(bestDistances);
            potential = bestPotential;
            std::copy_n(data_.row(bestCandidate), dim, centres.begin() + static_cast<std::ptrdiff_t>(c * dim));
        }
        return centres;
    }

    // Nearest centroid of every row (ties to the smaller index), scored with float matrix products
    // in row blocks; ||x||² is the same for every centroid, so only −2x·c + ||c||² is compared.
    void assign()
    {
        const std::size_t dim = data_.dim;
        std::vector<float> centreNorms(k_);
        for (std::size_t c = 0; c < k_; ++c)
            centreNorms[c] = static_cast<float>(dot(&centroids_[c * dim], &centroids_[c * dim], dim));
        productsByBlocks(centroids_.data(), k_, [&](std::size_t first, std::size_t rows, const float* dots) {
            for (std::size_t b = 0; b < rows; ++b)
                labels_[first + b] = nearestCentre(dots + b * k_, centreNorms.data(), k_);
        });
    }

    // Per-row cost against its assigned centroid, in double: squared distance, or 1 − cos (spherical).
    double rowCost(std::size_t i) const
    {
        const float* centre = centroids_.data() + labels_[i] * data_.dim;
        return settings_.spherical ? 1.0 - dot(data_.row(i), centre, data_.dim)
                                   : squaredDistance(data_.row(i), centre, data_.dim);
    }

    double objective() const
    {
        double total = 0.0;
        for (std::size_t i = 0; i < data_.rows; ++i)
            total += rowCost(i);
        return total;
    }

    // Centroids become their members' means (normalised when spherical). A cluster left empty takes
    // the row farthest from its centroid, if that row is not already sitting on its centroid. Returns
    // the total squared centroid shift.
    double update()
    {
        const std::size_t dim = data_.dim;
        std::vector<double> sums(k_ * dim, 0.0);
        std::vector<std::size_t> counts(k_, 0);
        for (std::size_t i = 0; i < data_.rows; ++i) {
            const float* x = data_.row(i);
            double* sum = &sums[labels_[i] * dim];
            for (std::size_t j = 0; j < dim; ++j)
                sum[j] += x[j];
            ++counts[labels_[i]];
        }

        std::vector<std::size_t> empty;
        for (std::size_t c = 0; c < k_; ++c)
            if (counts[c] == 0)
                empty.push_back(c);
        if (!empty.empty()) {
            std::vector<std::pair<double, std::size_t>> farthest(data_.rows);
            for (std::size_t i = 0; i < data_.rows; ++i)
                farthest[i] = {-rowCost(i), i}; // largest cost first, then smaller row id
            std::sort(farthest.begin(), farthest.end());
            std::size_t next = 0;
            for (std::size_t c : empty) {
                while (next < farthest.size() && counts[labels_[farthest[next].second]] <= 1)
                    ++next;
                if (next >= farthest.size() || farthest[next].first >= 0.0)
                    break; // every remaining row sits on its centroid: fewer distinct points than clusters
                const std::size_t row = farthest[next++].second;
                const float* x = data_.row(row);
                const std::uint32_t from = labels_[row];
                for (std::size_t j = 0; j < dim; ++j) {
                    sums[from * dim + j] -= x[j];
                    sums[c * dim + j] = x[j];
                }
                --counts[from];
                counts[c] = 1;
                labels_[row] = static_cast<std::uint32_t>(c);
            }
        }

        double shift = 0.0;
        for (std::size_t c = 0; c < k_; ++c) {
            if (counts[c] == 0)
                continue; // no row to move here: the centroid stays
            std::vector<double> mean(sums.begin() + static_cast<std::ptrdiff_t>(c * dim),
                                     sums.begin() + static_cast<std::ptrdiff_t>((c + 1) * dim));
            for (double& v : mean)
                v /= static_cast<double>(counts[c]);
            if (settings_.spherical) {
                double length = 0.0;
                for (double v : mean)
                    length += v * v;
                length = std::sqrt(length);
                if (length > 0.0)
                    for (double& v : mean)
                        v /= length;
            }
            float* centre = &centroids_[c * dim];
            for (std::size_t j = 0; j < dim; ++j) {
                const float updated = static_cast<float>(mean[j]);
                shift += (double(updated) - centre[j]) * (double(updated) - centre[j]);
                centre[j] = updated;
            }
        }
        return shift;
    }

    MatrixView data_;
    const KMeansSettings& settings_;
    const std::size_t threads_; ///< BLAS threads, resolved once (0 in the settings: automatic)
    std::size_t k_;
    double shiftTolerance_;
    const CancelToken* cancel_;
    std::vector<float> centroids_;
    std::vector<std::uint32_t> labels_;
    std::vector<double> rowNorms_; ///< ‖x‖² of every row, for k-means++ (computed on first use)
};

} // namespace

void checkKMeans(MatrixView data, const KMeansSettings& settings)
{
    if (data.rows == 0 || data.dim == 0)
        throw Error("k-means needs a non-empty dataset");
    if (settings.clusters == 0)
        throw Error("the number of clusters must be at least 1");
    if (settings.clusters > data.rows)
        throw Error("cannot make " + std::to_string(settings.clusters) + " clusters from " + std::to_string(data.rows)
                    + " rows (more clusters than points)");
    if (settings.nInit == 0)
        throw Error("k-means needs at least one restart (n_init >= 1)");
    if (settings.maxIter == 0)
        throw Error("k-means needs at least one iteration (max_iter >= 1)");
    limits::checkCount(settings.nInit, limits::kMaxRestarts, "k-means restarts (n_init)");
    limits::checkCount(settings.maxIter, limits::kMaxIterations, "k-means iterations (max_iter)");
    // clusters (≤ rows) × samplePerCentroid must not overflow; any count up to a C int is a valid request.
    if (settings.samplePerCentroid > 0)
        limits::checkCount(settings.samplePerCentroid, limits::kMaxInt, "k-means training rows per centroid (sample)");
    if (!(settings.tolerance >= 0.0))
        throw Error("the k-means tolerance must be >= 0");
    if (!settings.initialCentroids.empty()) {
        if (settings.initialCentroids.size() != settings.clusters * data.dim)
            throw Error("initial centroids must be clusters x dim = " + std::to_string(settings.clusters * data.dim)
                        + " values, got " + std::to_string(settings.initialCentroids.size()));
        for (float v : settings.initialCentroids)
            if (!std::isfinite(v))
                throw Error("initial centroids hold a NaN or infinite value");
    }
}

namespace {

double meanFeatureVariance(MatrixView data)
{
    double total = 0.0;
    for (std::size_t j = 0; j < data.dim; ++j) {
        double mean = 0.0, squares = 0.0;
        for (std::size_t i = 0; i < data.rows; ++i)
            mean += data.row(i)[j];
        mean /= static_cast<double>(data.rows);
        for (std::size_t i = 0; i < data.rows; ++i)
            squares += (data.row(i)[j] - mean) * (data.row(i)[j] - mean);
        total += squares / static_cast<double>(data.rows);
    }
    return total / static_cast<double>(data.dim);
}

// The rows sampled k-means trains on, in row order: clusters × samplePerCentroid drawn without
// replacement (a partial Fisher–Yates shuffle); empty when every row is used.
std::vector<std::size_t> trainingSample(std::size_t rows, const KMeansSettings& settings)
{
    const std::size_t wanted = settings.samplePerCentroid == 0 ? rows : settings.clusters * settings.samplePerCentroid;
    if (wanted >= rows)
        return {};
    Random random(Random::derive(settings.seed, seedstream::kKMeansSample));
    return random.sampleIndices(rows, wanted);
}

} // namespace

std::vector<std::vector<std::size_t>> KMeansResult::members() const
{
    std::vector<std::vector<std::size_t>> lists(clusters);
    for (std::size_t i = 0; i < assignment.size(); ++i)
        lists[assignment[i]].push_back(i);
    return lists;
}

KMeansResult kmeans(MatrixView data, const KMeansSettings& settings, const CancelToken* cancel,
                    const KMeansProgress& progress)
{
    checkKMeans(data, settings);
    KMeansSettings effective = settings;
    std::vector<float> normalised;
    if (settings.spherical) {
        normalised.assign(data.data, data.data + data.rows * data.dim);
        normaliseRows(normalised, data.dim);
        data = {normalised.data(), data.rows, data.dim};
        normaliseRows(effective.initialCentroids, data.dim);
    }
    // Sampled: the restarts run on the sample only (FAISS's rule), then every row is assigned once.
    const std::vector<std::size_t> sample = trainingSample(data.rows, settings);
    const std::vector<float> sampled = sample.empty() ? std::vector<float>() : gatherRows(data, sample);
    const MatrixView training = sample.empty() ? data : MatrixView{sampled.data(), sample.size(), data.dim};
    const double shiftTolerance = settings.tolerance * meanFeatureVariance(training);

    Lloyd lloyd(training, effective, shiftTolerance, cancel);
    KMeansResult best;
    std::vector<std::vector<double>> histories;
    for (std::size_t restart = 0; restart < settings.nInit; ++restart) {
        KMeansResult run = lloyd.run(restart, progress);
        histories.push_back(run.inertiaHistory.front());
        if (restart == 0 || run.inertia < best.inertia) {
            best = std::move(run);
            best.bestRestart = restart;
        }
    }
    best.inertiaHistory = std::move(histories);
    if (!sample.empty()) {
        KMeansResult all = Lloyd(data, effective, shiftTolerance, cancel).assignTo(best.centroids);
        all.iterations = best.iterations;
        all.bestRestart = best.bestRestart;
        all.trainingRows = sample.size();
        all.inertiaHistory = std::move(best.inertiaHistory);
        best = std::move(all);
    }
    const auto emptyClusters = static_cast<std::size_t>(std::count(best.sizes.begin(), best.sizes.end(), 0));
    if (emptyClusters > 0)
        best.warnings.push_back(Notice::of(Notice::Kind::EmptyClusters, {}, {emptyClusters, best.clusters}));
    return best;
}

} // namespace nnscope
