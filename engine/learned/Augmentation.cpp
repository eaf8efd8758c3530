#include "learned/Augmentation.h"

#include "core/Random.h"
#include "search/ExactSearch.h"

#include <cmath>
#include <map>
#include <unordered_map>

namespace nnscope {

AugmentedRows augmentCluster(const Dataset& data, const std::vector<std::size_t>& members,
                             const std::vector<std::size_t>& sourceRows, const AugmentationSettings& settings,
                             Metric metric, std::uint64_t seed)
{
    AugmentedRows out;
    if (members.size() < 2 || sourceRows.empty() || settings.copiesPerRow == 0)
        return out;
    const std::size_t dim = data.dim();
    const std::vector<float> memberVectors = gatherRows(data.view(), members);
    std::unordered_map<std::size_t, std::int64_t> positionOfRow;
    for (std::size_t p = 0; p < members.size(); ++p)
        positionOfRow[members[p]] = static_cast<std::int64_t>(p);
    const MatrixView memberView{memberVectors.data(), members.size(), dim};
    const ExactSearch byL2(memberView, Metric::L2);
    const ExactSearch byMetric(memberView, metric);

    std::vector<std::size_t> sourcePositions;
    for (std::size_t row : sourceRows)
        sourcePositions.push_back(static_cast<std::size_t>(positionOfRow.at(row)));
    const Neighbors spacing = byL2.searchRows(sourcePositions, 1);

    Random random(seed);
    std::vector<std::int64_t> origin;
    for (std::size_t s = 0; s < sourcePositions.size(); ++s) {
        const float* x = memberView.row(sourcePositions[s]);
        const double sigma = settings.noise * spacing.distance(s, 0) / std::sqrt(static_cast<double>(dim));
        for (std::size_t c = 0; c < settings.copiesPerRow; ++c) {
            for (std::size_t j = 0; j < dim; ++j)
                out.vectors.push_back(static_cast<float>(x[j] + sigma * random.normal()));
            origin.push_back(static_cast<std::int64_t>(sourcePositions[s]));
        }
    }
    const std::size_t copies = origin.size();
    const Neighbors nearest = byMetric.search({out.vectors.data(), copies, dim}, 2);
    for (std::size_t i = 0; i < copies; ++i) {
        const std::int64_t first = nearest.id(i, 0);
        out.targets.push_back(static_cast<std::uint32_t>(first != origin[i] ? first : nearest.id(i, 1)));
    }
    return out;
}

std::vector<double> classBalancedWeights(const std::vector<std::int64_t>& labels)
{
    std::map<std::int64_t, std::size_t> counts;
    for (std::int64_t label : labels)
        ++counts[label];
    std::vector<double> weights;
    weights.reserve(labels.size());
    for (std::int64_t label : labels)
        weights.push_back(1.0 / static_cast<double>(counts[label]));
    return weights;
}

} // namespace nnscope
