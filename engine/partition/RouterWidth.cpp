#include "partition/RouterWidth.h"

#include "core/Error.h"
#include "core/Random.h"
#include "core/Stopwatch.h"
#include "search/ExactSearch.h"
#include "search/PartitionedSearcher.h"

#include <algorithm>

namespace nnscope {

std::size_t widthValidationRows(std::size_t rows)
{
    constexpr std::size_t kMostRows = 2000;
    return std::max<std::size_t>(1, std::min(kMostRows, rows / 10));
}

std::string WidthChoice::describe(double targetRecall) const
{
    std::string widths, totals;
    for (const WidthTrial& trial : trials) {
        widths += (widths.empty() ? "" : " / ") + std::to_string(trial.hidden);
        totals += (totals.empty() ? "" : " / ") + (trial.candidates < 0.0 ? std::string("never") : std::to_string(std::llround(trial.total())));
    }
    return ", hidden width " + std::to_string(hidden) + " chosen of " + widths + " by total cost at recall@10 = " + std::to_string(targetRecall).substr(0, 4)
        + " on " + std::to_string(validationRows) + " held-in rows (" + totals + ")";
}

WidthChoice chooseRouterWidth(const Dataset& data, Metric metric, const std::vector<std::vector<std::uint32_t>>& bins,
                              const std::vector<std::size_t>& widths, double targetRecall, std::uint64_t seed, const WidthTrainer& train,
                              const CancelToken* cancel)
{
    if (widths.empty())
        throw Error("a router width is chosen among at least one width");
    WidthChoice choice;
    choice.validationRows = widthValidationRows(data.rows());
    const std::vector<std::size_t> heldIn =
        Random(Random::derive(seed, seedstream::kWidthValidation)).sampleIndices(data.rows(), choice.validationRows);
    // Their exact 10 nearest other rows: the truth each trial's probe curve is scored against.
    const Neighbors truth = ExactSearch(data.view(), metric).searchRows(heldIn, 10);
    const std::vector<float> queries = gatherRows(data.view(), heldIn);
    const MatrixView asQueries{queries.data(), heldIn.size(), data.dim()};
    // The bins, copied once (4 MB at a million rows); each trial puts its router over them.
    PartitionIndex index;
    index.bins = bins;
    for (const std::size_t hidden : widths) {
        throwIfCancelled(cancel);
        const auto trainStart = Clock::now();
        index.router = train(hidden, heldIn);
        choice.trainSeconds += secondsSince(trainStart);
        WidthTrial trial;
        trial.hidden = hidden;
        trial.candidates = candidatesAtRecall(probeCurve(index, asQueries, truth.ids, bins.size()), targetRecall);
        trial.routerCost = distanceEquivalents(index.router->flopsPerQuery(), data.dim());
        choice.trials.push_back(trial);
    }
    const auto cheapest = std::min_element(choice.trials.begin(), choice.trials.end(), [](const WidthTrial& a, const WidthTrial& b) {
        return a.total() < b.total() || (a.total() == b.total() && a.hidden < b.hidden);
    });
    choice.hidden = cheapest->hidden;
    return choice;
}

} // namespace nnscope
