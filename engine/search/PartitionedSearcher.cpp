#include "search/PartitionedSearcher.h"

#include "core/Error.h"
#include "core/VectorMath.h"
#include "search/ExactRanking.h"

#include <algorithm>
#include <chrono>
#include <numeric>

namespace nnscope {

std::size_t PartitionIndex::storedRows() const
{
    std::size_t stored = 0;
    for (const auto& bin : bins)
        stored += bin.size();
    return stored;
}

std::vector<std::size_t> PartitionIndex::binSizes() const
{
    std::vector<std::size_t> sizes;
    for (const auto& bin : bins)
        sizes.push_back(bin.size());
    return sizes;
}

double PartitionIndex::imbalance() const
{
    if (bins.empty())
        return 0.0;
    std::size_t largest = 0;
    for (const auto& bin : bins)
        largest = std::max(largest, bin.size());
    const double mean = static_cast<double>(storedRows()) / static_cast<double>(bins.size());
    return mean > 0.0 ? static_cast<double>(largest) / mean : 0.0;
}

namespace {

constexpr std::size_t kTruth = 10;

// Adds one query's points: `candidates[p]` distinct rows after p + 1 probes, `hits[p]` of its 10 nearest
// first reached by probe p, `nearestAt` the probe that reached the nearest.
void addQuery(std::vector<ProbePoint>& curve, const std::vector<double>& candidates, const std::vector<std::size_t>& hits,
              std::size_t nearestAt)
{
    std::size_t found = 0;
    for (std::size_t p = 0; p < curve.size(); ++p) {
        found += hits[p];
        curve[p].candidates += candidates[p];
        curve[p].recallAt10 += static_cast<double>(found) / kTruth;
        curve[p].recallAt1 += nearestAt <= p ? 1.0 : 0.0;
    }
}

} // namespace

std::vector<ProbePoint> probeCurve(const PartitionIndex& index, MatrixView queries, const std::vector<std::int64_t>& truth,
                                   std::size_t maxProbes)
{
    if (truth.size() != queries.rows * kTruth)
        throw Error("a probe curve needs the exact 10 nearest rows of every query");
    const std::size_t binCount = index.bins.size();
    maxProbes = std::min(maxProbes == 0 ? binCount : maxProbes, binCount);
    std::vector<ProbePoint> curve(maxProbes);
    const auto routes = index.router->route(queries, maxProbes);
    std::size_t rows = 0;
    for (const auto& bin : index.bins)
        for (std::uint32_t row : bin)
            rows = std::max<std::size_t>(rows, row + 1);
    // Each row's bins: one, or two when spilled. Then nothing needs visiting row by row: a neighbour is
    // found by the first probe that reaches one of its bins, and the distinct candidates are the probed
    // bins' sizes less the rows each newly probed bin shares with those probed before it. A row in more
    // than two bins is counted by visiting every probed row instead.
    constexpr std::uint32_t kNone = UINT32_MAX;
    std::vector<std::uint32_t> firstBin(rows, kNone), secondBin(rows, kNone);
    bool beyondTwo = false;
    for (std::size_t b = 0; b < binCount; ++b)
        for (std::uint32_t row : index.bins[b]) {
            if (firstBin[row] == kNone)
                firstBin[row] = static_cast<std::uint32_t>(b);
            else if (secondBin[row] == kNone && firstBin[row] != b)
                secondBin[row] = static_cast<std::uint32_t>(b);
            else
                beyondTwo = true; // a third bin, or twice in one
        }
    std::vector<std::uint32_t> shared; // shared[a · B + b]: rows in both bins
    for (std::size_t row = 0; row < rows && !beyondTwo; ++row)
        if (secondBin[row] != kNone) {
            if (shared.empty())
                shared.assign(binCount * binCount, 0);
            ++shared[firstBin[row] * binCount + secondBin[row]];
            ++shared[secondBin[row] * binCount + firstBin[row]];
        }

    std::vector<double> candidates(maxProbes);
    std::vector<std::size_t> hits(maxProbes), probeOf(binCount, maxProbes);
    std::vector<std::uint32_t> seenBy(beyondTwo ? rows : 0, UINT32_MAX); // the query that last saw each row
    for (std::size_t q = 0; q < queries.rows; ++q) {
        std::fill(hits.begin(), hits.end(), 0);
        const std::int64_t* truthRow = truth.data() + q * kTruth;
        std::size_t nearestAt = maxProbes;
        if (!beyondTwo) {
            double count = 0.0;
            for (std::size_t p = 0; p < maxProbes; ++p) {
                const std::size_t bin = routes[q][p];
                probeOf[bin] = p;
                count += static_cast<double>(index.bins[bin].size());
                for (std::size_t before = 0; before < p && !shared.empty(); ++before)
                    count -= shared[routes[q][before] * binCount + bin];
                candidates[p] = count;
            }
            for (std::size_t t = 0; t < kTruth; ++t) {
                const auto row = static_cast<std::size_t>(truthRow[t]);
                const std::size_t at = std::min(probeOf[firstBin[row]], secondBin[row] == kNone ? maxProbes : probeOf[secondBin[row]]);
                if (at < maxProbes)
                    ++hits[at];
                if (t == 0)
                    nearestAt = at;
            }
            for (std::size_t p = 0; p < maxProbes; ++p)
                probeOf[routes[q][p]] = maxProbes;
        } else {
            std::size_t count = 0;
            for (std::size_t p = 0; p < maxProbes; ++p) {
                for (std::uint32_t row : index.bins[routes[q][p]]) {
                    if (seenBy[row] == q)
                        continue;
                    seenBy[row] = static_cast<std::uint32_t>(q);
                    ++count;
                    for (std::size_t t = 0; t < kTruth; ++t)
                        if (truthRow[t] == static_cast<std::int64_t>(row)) {
                            ++hits[p];
                            if (t == 0)
                                nearestAt = p;
                        }
                }
                candidates[p] = static_cast<double>(count);
            }
        }
        addQuery(curve, candidates, hits, nearestAt);
    }
    for (std::size_t p = 0; p < maxProbes; ++p) {
        curve[p].probes = p + 1;
        curve[p].candidates /= static_cast<double>(queries.rows);
        curve[p].recallAt10 /= static_cast<double>(queries.rows);
        curve[p].recallAt1 /= static_cast<double>(queries.rows);
    }
    return curve;
}

double candidatesAtRecall(const std::vector<ProbePoint>& curve, double target)
{
    double previousCandidates = 0.0, previousRecall = 0.0;
    for (const ProbePoint& point : curve) {
        if (point.recallAt10 >= target) {
            if (point.recallAt10 == previousRecall)
                return point.candidates;
            const double t = (target - previousRecall) / (point.recallAt10 - previousRecall);
            return previousCandidates + t * (point.candidates - previousCandidates);
        }
        previousCandidates = point.candidates;
        previousRecall = point.recallAt10;
    }
    return -1.0;
}

PartitionedSearcher::PartitionedSearcher(std::string method, Builder builder, std::size_t probes, const CancelToken* cancel)
    : method_(std::move(method)), builder_(std::move(builder)), probes_(std::max<std::size_t>(probes, 1)), cancel_(cancel)
{
}

std::string PartitionedSearcher::describe() const
{
    if (!index_.router)
        return method_;
    char text[256];
    std::snprintf(text, sizeof text, "%s: %zu bins (largest %.2f x the mean), %s, probes %zu", index_.description.c_str(),
                  index_.bins.size(), index_.imbalance(), index_.router->describe().c_str(), probes_);
    return text;
}

void PartitionedSearcher::build(const Dataset& data, Metric metric)
{
    const auto start = std::chrono::steady_clock::now();
    index_ = builder_(data, metric, cancel_);
    index_.buildSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!index_.router || index_.bins.size() != index_.router->bins())
        throw Error(method_ + ": the partition's bins and its router disagree");
    probes_ = std::min(probes_, index_.bins.size());
    data_ = &data;
    metric_ = metric;
}

Neighbors PartitionedSearcher::searchBatch(MatrixView queries, std::size_t k, std::size_t probes) const
{
    if (!data_)
        throw Error(method_ + ": build() was not called");
    if (queries.rows > 0 && queries.dim != data_->dim())
        throw Error(method_ + ": queries have dimension " + std::to_string(queries.dim) + ", the data " + std::to_string(data_->dim()));
    const auto routes = index_.router->route(queries, probes ? probes : probes_);
    Neighbors result(queries.rows, k);
    ExactRanking ranking(metric_, data_->view());
    std::vector<std::uint32_t> seenBy(data_->rows(), UINT32_MAX);
    for (std::size_t q = 0; q < queries.rows; ++q) {
        ranking.reset(queries.row(q));
        for (std::uint32_t bin : routes[q])
            for (std::uint32_t row : index_.bins[bin])
                if (seenBy[row] != q) {
                    seenBy[row] = static_cast<std::uint32_t>(q);
                    ranking.add(row);
                }
        ranking.writeBest(result, q);
    }
    return result;
}

SearchCost PartitionedSearcher::cost(std::size_t, std::size_t probes) const
{
    if (!data_)
        return {};
    const double d = static_cast<double>(data_->dim());
    const std::size_t probed = std::min(probes ? probes : probes_, index_.bins.size());
    const double scanned = static_cast<double>(index_.storedRows()) * static_cast<double>(probed) / static_cast<double>(index_.bins.size());
    return {4ull * data_->rows() * data_->dim() + 4ull * (index_.storedRows() - data_->rows()) + index_.router->bytes(),
            index_.router->flopsPerQuery() + 2.0 * scanned * d,
            "router + exact distances to the probed bins' rows (average bin size, whatever k); spilled rows cost their id"};
}

} // namespace nnscope
