#include "search/ProbingRule.h"

#include "core/Error.h"
#include "search/ExactSearch.h"
#include "search/PartitionedSearcher.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace nnscope {

double RatioRule::key(const ProbeState& state) const
{
    const double best = state.scores[state.order[0]], next = state.scores[state.order[state.probed]];
    // A query on a centroid (best = 0) has every other bin infinitely far in ratio: only the first.
    const double scale = std::abs(best);
    return scale > 0.0 ? (best - next) / scale : (best == next ? 0.0 : std::numeric_limits<double>::infinity());
}

double MassRule::key(const ProbeState& state) const
{
    double probed = 0.0, total = 0.0;
    for (std::size_t i = 0; i < state.bins; ++i) {
        const double p = std::max(0.0f, state.scores[state.order[i]]);
        total += p;
        if (i < state.probed)
            probed += p;
    }
    return total > 0.0 ? probed / total : 0.0;
}

ProbeWalk::ProbeWalk(const PartitionIndex& index, MatrixView base, Metric metric, bool ranksRows)
    : index_(index), ranksRows_(ranksRows), ranking_(metric, base), order_(index.bins.size()), seenBy_(ranksRows ? base.rows : 0, UINT32_MAX)
{
    state_.bins = index.bins.size();
    state_.dim = base.dim;
}

void ProbeWalk::start(const float* query, const float* scores, const double* binNearest)
{
    if (binNearest && ranksRows_)
        throw Error("a walk reads known nearest keys or ranks the rows, not both");
    binNearest_ = binNearest;
    rankBins(scores, index_.bins.size(), index_.bins.size(), order_);
    if (++stamp_ == UINT32_MAX) { // the stamps wrapped: forget every row seen
        std::fill(seenBy_.begin(), seenBy_.end(), UINT32_MAX);
        stamp_ = 0;
    }
    ranking_.reset(query);
    best_.clear();
    skipped_ = -1;
    skippedBin_ = kNoBin;
    state_.query = query;
    state_.scores = scores;
    state_.order = order_.data();
    state_.probed = 0;
    state_.candidates = 0;
    state_.nearest = state_.tenth = std::numeric_limits<double>::infinity();
}

bool ProbeWalk::probeNext()
{
    if (state_.probed >= state_.bins)
        return false;
    if (binNearest_) {
        const std::uint32_t bin = order_[state_.probed];
        const double* keys = binNearest_ + static_cast<std::size_t>(bin) * kTracked;
        for (std::size_t i = 0; i < kTracked && keys[i] < std::numeric_limits<double>::infinity(); ++i)
            keep(keys[i]);
        ++state_.probed;
        state_.candidates += index_.bins[bin].size() - (skipped_ >= 0 && skippedBin_ == bin ? 1 : 0);
        state_.tenth = best_.size() == kTracked ? best_.front() : std::numeric_limits<double>::infinity();
        return true;
    }
    if (!ranksRows_) {
        ++state_.probed;
        return true;
    }
    fresh_.clear();
    for (std::uint32_t row : index_.bins[order_[state_.probed]])
        if (seenBy_[row] != stamp_ && static_cast<std::int64_t>(row) != skipped_) {
            seenBy_[row] = stamp_;
            fresh_.push_back(row);
        }
    const std::size_t before = ranking_.candidates().size();
    ranking_.addRows(fresh_.data(), fresh_.size());
    const auto& ranked = ranking_.candidates();
    for (std::size_t i = before; i < ranked.size(); ++i)
        keep(ranked[i].first);
    ++state_.probed;
    state_.candidates = ranking_.candidates().size();
    state_.tenth = best_.size() == kTracked ? best_.front() : std::numeric_limits<double>::infinity();
    return true;
}

void ProbeWalk::skipRow(std::int64_t row, std::uint32_t bin)
{
    if (row >= 0 && binNearest_ && bin >= index_.bins.size())
        throw Error("a walk reading known keys skips a row only with its bin");
    skipped_ = row;
    skippedBin_ = bin;
}

void ProbeWalk::keep(double key)
{
    if (best_.size() < kTracked) {
        best_.push_back(key);
        std::push_heap(best_.begin(), best_.end());
    } else if (key < best_.front()) {
        std::pop_heap(best_.begin(), best_.end());
        best_.back() = key;
        std::push_heap(best_.begin(), best_.end());
    }
    state_.nearest = std::min(state_.nearest, key);
}

std::vector<double> nearestKeysPerBin(const PartitionIndex& index, MatrixView base, Metric metric, MatrixView queries,
                                      const std::size_t* ownRows)
{
    constexpr std::size_t k = ProbeWalk::kTracked;
    const std::size_t bins = index.bins.size();
    std::vector<double> keys(queries.rows * bins * k, std::numeric_limits<double>::infinity());
    ExactRanking ranking(metric, base);
    std::vector<std::uint32_t> found(k);
    for (std::size_t b = 0; b < bins; ++b) {
        const std::vector<std::uint32_t>& rows = index.bins[b];
        if (rows.empty() || queries.rows == 0)
            continue;
        // One bin's rows at a time: the copy is a bin's, not the base's.
        const std::vector<float> gathered = gatherRows(base, std::vector<std::size_t>(rows.begin(), rows.end()));
        // One more where a query's own row may be among them.
        const std::size_t searched = std::min(k + (ownRows ? 1 : 0), rows.size());
        const Neighbors nearest = ExactSearch({gathered.data(), rows.size(), base.dim}, metric).search(queries, searched);
        for (std::size_t q = 0; q < queries.rows; ++q) {
            std::size_t kept = 0;
            for (std::size_t j = 0; j < searched && kept < k; ++j) {
                const std::uint32_t row = rows[static_cast<std::size_t>(nearest.id(q, j))];
                if (!ownRows || row != ownRows[q])
                    found[kept++] = row;
            }
            ranking.reset(queries.row(q));
            ranking.addRows(found.data(), kept);
            for (std::size_t j = 0; j < kept; ++j)
                keys[(q * bins + b) * k + j] = ranking.candidates()[j].first;
        }
    }
    return keys;
}

std::size_t probeWhileAllowed(ProbeWalk& walk, const ProbingRule& rule, double threshold)
{
    walk.probeNext();
    while (walk.state().probed < walk.state().bins && rule.key(walk.state()) <= threshold)
        walk.probeNext();
    return walk.state().probed;
}

std::shared_ptr<const ProbingRule> makeScoreRule(const std::string& name, const PartitionIndex& index)
{
    if (name == "ratio")
        return std::make_shared<RatioRule>();
    if (name == "mass") {
        if (!index.router->probabilities())
            throw Error("adaptive=mass reads the router's probabilities; this router (" + index.router->describe()
                        + ") scores bins by distance: use adaptive=ratio");
        return std::make_shared<MassRule>();
    }
    throw Error("unknown adaptive probing rule '" + name + "' (expected ratio, mass or learned)");
}

} // namespace nnscope
