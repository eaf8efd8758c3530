#include "search/PartitionedSearcher.h"

#include "core/Error.h"
#include "core/ParallelFor.h"
#include "core/VectorMath.h"
#include "search/ExactRanking.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>

namespace nnscope {

std::size_t PartitionIndex::storedRows() const
{
    std::size_t stored = 0;
    for (const auto& bin : bins)
        stored += bin.size();
    return stored;
}

bool PartitionIndex::holdsEachRowOnce(std::size_t rows) const
{
    if (storedRows() != rows)
        return false;
    std::vector<bool> seen(rows, false);
    for (const auto& bin : bins)
        for (std::uint32_t row : bin) {
            if (row >= rows || seen[row])
                return false;
            seen[row] = true;
        }
    return true;
}

std::vector<std::uint32_t> PartitionIndex::binOfEachRow(std::size_t rows) const
{
    std::vector<std::uint32_t> binOf(rows, UINT32_MAX);
    for (std::size_t b = 0; b < bins.size(); ++b)
        for (std::uint32_t row : bins[b])
            if (row < rows)
                binOf[row] = static_cast<std::uint32_t>(b);
    return binOf;
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

} // namespace

ProbeTrace traceProbes(const PartitionIndex& index, MatrixView queries, const std::vector<std::int64_t>& truth, std::size_t maxProbes)
{
    if (truth.size() != queries.rows * kTruth)
        throw Error("a probe curve needs the exact 10 nearest rows of every query");
    const std::size_t binCount = index.bins.size();
    maxProbes = std::min(maxProbes == 0 ? binCount : maxProbes, binCount);
    ProbeTrace trace;
    trace.queries = queries.rows;
    trace.maxProbes = maxProbes;
    trace.candidates.assign(queries.rows * maxProbes, 0.0f);
    trace.found.assign(queries.rows * maxProbes, 0);
    trace.nearestAt.assign(queries.rows, static_cast<std::uint32_t>(maxProbes));
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

    std::vector<std::size_t> hits(maxProbes), probeOf(binCount, maxProbes);
    std::vector<std::uint32_t> seenBy(beyondTwo ? rows : 0, UINT32_MAX); // the query that last saw each row
    for (std::size_t q = 0; q < queries.rows; ++q) {
        std::fill(hits.begin(), hits.end(), 0);
        float* candidates = trace.candidates.data() + q * maxProbes;
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
                candidates[p] = static_cast<float>(count);
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
                candidates[p] = static_cast<float>(count);
            }
        }
        std::size_t found = 0;
        for (std::size_t p = 0; p < maxProbes; ++p) {
            found += hits[p];
            trace.found[q * maxProbes + p] = static_cast<std::uint8_t>(found);
        }
        trace.nearestAt[q] = static_cast<std::uint32_t>(nearestAt);
    }
    return trace;
}

namespace {

// Averages over the queries with each query probing probesOf(q) bins (1 … maxProbes).
template <typename ProbesOf>
ProbePoint averagePoint(const ProbeTrace& trace, ProbesOf probesOf)
{
    ProbePoint point;
    for (std::size_t q = 0; q < trace.queries; ++q) {
        const std::size_t probes = probesOf(q), last = q * trace.maxProbes + probes - 1;
        point.meanProbes += static_cast<double>(probes);
        point.candidates += trace.candidates[last];
        point.recallAt10 += static_cast<double>(trace.found[last]) / kTruth;
        point.recallAt1 += trace.nearestAt[q] < probes ? 1.0 : 0.0;
    }
    const double queries = static_cast<double>(std::max<std::size_t>(trace.queries, 1));
    point.meanProbes /= queries;
    point.candidates /= queries;
    point.recallAt10 /= queries;
    point.recallAt1 /= queries;
    point.probes = std::max<std::size_t>(1, static_cast<std::size_t>(std::llround(point.meanProbes)));
    return point;
}

} // namespace

std::vector<ProbePoint> probeCurve(const ProbeTrace& trace)
{
    std::vector<ProbePoint> curve;
    for (std::size_t p = 1; p <= trace.maxProbes; ++p)
        curve.push_back(averagePoint(trace, [p](std::size_t) { return p; }));
    return curve;
}

std::vector<ProbePoint> probeCurve(const PartitionIndex& index, MatrixView queries, const std::vector<std::int64_t>& truth,
                                   std::size_t maxProbes)
{
    return probeCurve(traceProbes(index, queries, truth, maxProbes));
}

namespace {

// The known nearest keys of a block of queries (8 bytes × kTracked × bins each) stay within this.
constexpr std::size_t kNearestKeysBytes = std::size_t(64) << 20;

} // namespace

std::vector<double> probeKeys(const PartitionIndex& index, MatrixView base, Metric metric, MatrixView queries, const ProbingRule& rule,
                              double sweepLimit)
{
    const std::size_t bins = index.bins.size();
    const std::vector<float> scores = index.router->scores(queries);
    std::vector<double> keys(queries.rows * bins, std::numeric_limits<double>::infinity());
    // A rule that reads the candidates over disjoint bins reads each bin's nearest keys, found for a block
    // of queries at once by matrix products (the same keys as ranking the bin's rows for each query, at
    // the matrix product's rate); over spilled bins the walks rank the rows, each row once per query.
    const bool knownNearest = rule.readsCandidates() && bins > 0 && index.holdsEachRowOnce(base.rows);
    const std::size_t block = knownNearest ? std::max<std::size_t>(1, kNearestKeysBytes / (bins * ProbeWalk::kTracked * sizeof(double)))
                                           : std::max<std::size_t>(queries.rows, 1);
    for (std::size_t first = 0; first < queries.rows; first += block) {
        const std::size_t count = std::min(block, queries.rows - first);
        const std::vector<double> nearest =
            knownNearest ? nearestKeysPerBin(index, base, metric, {queries.row(first), count, queries.dim}) : std::vector<double>();
        // Each query's walk is its own: contiguous ranges of queries on this process's cores.
        parallelFor(count, ownHardwareThreads(), [&](std::size_t begin, std::size_t end) {
            ProbeWalk walk(index, base, metric, rule.readsCandidates() && !knownNearest);
            for (std::size_t i = begin; i < end; ++i) {
                const std::size_t q = first + i;
                double* row = keys.data() + q * bins;
                row[0] = -std::numeric_limits<double>::infinity();
                walk.start(queries.row(q), scores.data() + q * bins, knownNearest ? nearest.data() + i * bins * ProbeWalk::kTracked : nullptr);
                walk.probeNext();
                double running = row[0];
                // Keys past the limit stay +inf: no threshold of the sweep reaches them, so the curve probes
                // as a search at any swept threshold does.
                for (std::size_t p = 1; p < bins; ++p) {
                    const double key = rule.key(walk.state());
                    if (!(key <= sweepLimit)) // past the limit, or NaN (a search stops there too)
                        break;
                    running = std::max(running, key);
                    row[p] = running;
                    if (p + 1 < bins)
                        walk.probeNext();
                }
            }
        });
    }
    return keys;
}

std::vector<ProbePoint> adaptiveCurve(const ProbeTrace& trace, const std::vector<double>& keys, std::size_t points)
{
    if (trace.queries == 0 || keys.size() % trace.queries != 0)
        throw Error("an adaptive curve needs every query's keys");
    const std::size_t bins = keys.size() / trace.queries;
    if (trace.maxProbes != bins)
        throw Error("an adaptive curve needs the trace of every bin");
    std::vector<double> finite;
    for (std::size_t q = 0; q < trace.queries; ++q)
        for (std::size_t p = 1; p < bins; ++p)
            if (std::isfinite(keys[q * bins + p]))
                finite.push_back(keys[q * bins + p]);
    std::sort(finite.begin(), finite.end());
    // Thresholds: just below every key (one probe each), then quantiles of the keys up to the largest.
    std::vector<double> thresholds;
    if (!finite.empty()) {
        thresholds.push_back(std::nextafter(finite.front(), -std::numeric_limits<double>::infinity()));
        for (std::size_t i = 1; i <= points; ++i) {
            const double t = finite[(finite.size() - 1) * i / points];
            if (t > thresholds.back())
                thresholds.push_back(t);
        }
    } else {
        thresholds.push_back(0.0);
    }
    std::vector<ProbePoint> curve;
    for (const double t : thresholds) {
        ProbePoint point = averagePoint(trace, [&](std::size_t q) {
            const double* row = keys.data() + q * bins;
            return static_cast<std::size_t>(std::upper_bound(row + 1, row + bins, t) - row);
        });
        point.threshold = t;
        curve.push_back(point);
    }
    return curve;
}

Neighbors searchAdaptively(const PartitionIndex& index, MatrixView base, Metric metric, MatrixView queries, std::size_t k,
                           const ProbingRule& rule, double threshold)
{
    const std::vector<float> scores = index.router->scores(queries);
    Neighbors result(queries.rows, k);
    ProbeWalk walk(index, base, metric);
    for (std::size_t q = 0; q < queries.rows; ++q) {
        walk.start(queries.row(q), scores.data() + q * index.bins.size());
        probeWhileAllowed(walk, rule, threshold);
        walk.writeBest(result, q);
    }
    return result;
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
    // Assembled as a string: a description has no length limit (a fixed buffer once cut one inside a
    // multi-byte character, and the JSON writer refused it).
    char imbalance[32];
    std::snprintf(imbalance, sizeof imbalance, "%.2f", index_.imbalance());
    const std::string text = index_.description + ": " + std::to_string(index_.bins.size()) + " bins (largest " + imbalance + " x the mean), "
        + index_.router->describe() + ", ";
    if (!rule_)
        return text + ("probes " + std::to_string(probes_));
    char threshold[32];
    std::snprintf(threshold, sizeof threshold, "%g", threshold_);
    return text + rule_->describe() + " (t = " + threshold + ")";
}

void PartitionedSearcher::build(const Dataset& data, Metric metric)
{
    const auto start = std::chrono::steady_clock::now();
    index_ = builder_(data, metric, cancel_);
    index_.buildSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!index_.router || index_.bins.size() != index_.router->bins())
        throw Error(method_ + ": the partition's bins and its router disagree");
    probes_ = std::min(probes_, index_.bins.size());
    if (makeRule_) {
        rule_ = makeRule_(index_, data, metric, cancel_);
        if (std::isnan(threshold_))
            threshold_ = rule_->defaultThreshold();
    }
    data_ = &data;
    metric_ = metric;
}

void PartitionedSearcher::probeAdaptively(RuleMaker makeRule, double threshold)
{
    makeRule_ = std::move(makeRule);
    threshold_ = threshold;
}

Neighbors PartitionedSearcher::searchBatch(MatrixView queries, std::size_t k, std::size_t probes) const
{
    if (!data_)
        throw Error(method_ + ": build() was not called");
    if (queries.rows > 0 && queries.dim != data_->dim())
        throw Error(method_ + ": queries have dimension " + std::to_string(queries.dim) + ", the data " + std::to_string(data_->dim()));
    if (rule_ && probes == 0)
        return searchAdaptively(index_, data_->view(), metric_, queries, k, *rule_, threshold_);
    const auto routes = index_.router->route(queries, probes ? probes : probes_);
    Neighbors result(queries.rows, k);
    ExactRanking ranking(metric_, data_->view());
    std::vector<std::uint32_t> seenBy(data_->rows(), UINT32_MAX), fresh;
    for (std::size_t q = 0; q < queries.rows; ++q) {
        ranking.reset(queries.row(q));
        for (std::uint32_t bin : routes[q]) {
            fresh.clear();
            for (std::uint32_t row : index_.bins[bin])
                if (seenBy[row] != q) {
                    seenBy[row] = static_cast<std::uint32_t>(q);
                    fresh.push_back(row);
                }
            ranking.addRows(fresh.data(), fresh.size());
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
    const double ruleFlops = rule_ ? rule_->flopsPerQuery() : 0.0;
    return {4ull * data_->rows() * data_->dim() + 4ull * (index_.storedRows() - data_->rows()) + index_.router->bytes(),
            index_.router->flopsPerQuery() + ruleFlops + 2.0 * scanned * d,
            rule_ ? "router + probing rule + exact distances to the rows of `probes` average bins (an adaptive query probes as many as its rule allows)"
                  : "router + exact distances to the probed bins' rows (average bin size, whatever k); spilled rows cost their id"};
}

} // namespace nnscope
