#include "learned/Hierarchy.h"

#include "core/Error.h"
#include "core/VectorMath.h"
#include "learned/torch/HierarchyImpl.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace nnscope {
namespace {

constexpr std::int64_t kPredictionBlock = 1024;

// Rows sorted by descending probability (ties: smaller index), the first `top` of them.
std::vector<std::pair<float, std::int64_t>> ranked(const float* probabilities, std::int64_t classes)
{
    std::vector<std::pair<float, std::int64_t>> order(static_cast<std::size_t>(classes));
    for (std::int64_t c = 0; c < classes; ++c)
        order[static_cast<std::size_t>(c)] = {probabilities[c], c};
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    return order;
}

void checkQueries(MatrixView queries, std::size_t dim)
{
    if (queries.rows > 0 && queries.dim != dim)
        throw Error("queries have dimension " + std::to_string(queries.dim) + " but the hierarchy was trained on "
                    + std::to_string(dim));
}

} // namespace

Hierarchy::Hierarchy(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Hierarchy::Hierarchy(Hierarchy&&) noexcept = default;
Hierarchy& Hierarchy::operator=(Hierarchy&&) noexcept = default;
Hierarchy::~Hierarchy() = default;

const Dataset& Hierarchy::dataset() const { return *impl_->data; }
const HierarchySettings& Hierarchy::settings() const { return impl_->settings; }
const KMeansResult& Hierarchy::clustering() const { return impl_->clustering; }
const TrainingPlan& Hierarchy::plan() const { return impl_->plan; }
const ModelRecord& Hierarchy::layer1Record() const { return impl_->layer1Record; }
const std::vector<ModelRecord>& Hierarchy::layer2Records() const { return impl_->layer2Records; }
const AccuracyReport& Hierarchy::accuracy() const { return impl_->accuracy; }
double Hierarchy::trainSeconds() const { return impl_->trainSeconds; }

HierarchyCost Hierarchy::cost() const
{
    return hierarchyCost(impl_->settings.model, impl_->data->dim(), impl_->clustering.sizes);
}

std::uint64_t Hierarchy::parameterCount() const
{
    std::uint64_t count = 0;
    auto add = [&](const torchnn::ConvClassifier& model) {
        for (const torch::Tensor& parameter : model->parameters())
            count += static_cast<std::uint64_t>(parameter.numel());
    };
    add(impl_->layer1);
    for (const auto& model : impl_->layer2)
        add(model);
    return count;
}

std::vector<float> Hierarchy::Impl::layer2Inputs(std::uint32_t cluster, MatrixView queries, bool normaliseCentroid) const
{
    const std::size_t dim = data->dim();
    std::vector<float> centroid(clustering.centroid(cluster), clustering.centroid(cluster) + dim);
    if (normaliseCentroid)
        normalise(centroid.data(), dim);
    std::vector<float> inputs(queries.rows * 2 * dim);
    for (std::size_t q = 0; q < queries.rows; ++q) {
        std::copy_n(queries.row(q), dim, inputs.begin() + static_cast<std::ptrdiff_t>(q * 2 * dim));
        std::copy(centroid.begin(), centroid.end(), inputs.begin() + static_cast<std::ptrdiff_t>(q * 2 * dim + dim));
    }
    return inputs;
}

std::vector<std::vector<ClusterGuess>> Hierarchy::predictClusters(MatrixView queries, std::size_t top) const
{
    checkQueries(queries, impl_->data->dim());
    const std::int64_t classes = impl_->layer1->classes();
    top = std::min<std::size_t>(top, static_cast<std::size_t>(classes));
    std::vector<std::vector<ClusterGuess>> guesses(queries.rows);
    for (std::size_t first = 0; first < queries.rows; first += kPredictionBlock) {
        const auto count = std::min<std::int64_t>(kPredictionBlock, static_cast<std::int64_t>(queries.rows - first));
        const torch::Tensor probabilities =
            torchnn::predictProbabilities(impl_->layer1, queries.row(first), count).contiguous();
        for (std::int64_t b = 0; b < count; ++b) {
            const auto order = ranked(probabilities[b].data_ptr<float>(), classes);
            auto& out = guesses[first + static_cast<std::size_t>(b)];
            for (std::size_t r = 0; r < top; ++r)
                out.push_back({static_cast<std::uint32_t>(order[r].second), order[r].first});
        }
    }
    return guesses;
}

std::vector<std::vector<MemberGuess>> Hierarchy::predictMembers(std::uint32_t cluster, MatrixView queries,
                                                                std::size_t top, bool normaliseCentroid,
                                                                const std::vector<std::int64_t>* excluded) const
{
    checkQueries(queries, impl_->data->dim());
    if (cluster >= impl_->layer2.size())
        throw Error("cluster " + std::to_string(cluster) + " does not exist (" + std::to_string(impl_->layer2.size())
                    + " clusters)");
    const torchnn::ConvClassifier& model = impl_->layer2[cluster];
    const std::vector<std::size_t>& members = impl_->plan.members[cluster];
    const std::int64_t classes = model->classes();
    const std::vector<float> inputs = impl_->layer2Inputs(cluster, queries, normaliseCentroid);
    std::vector<std::vector<MemberGuess>> guesses(queries.rows);
    for (std::size_t first = 0; first < queries.rows; first += kPredictionBlock) {
        const auto count = std::min<std::int64_t>(kPredictionBlock, static_cast<std::int64_t>(queries.rows - first));
        const torch::Tensor probabilities =
            torchnn::predictProbabilities(model, inputs.data() + first * 2 * impl_->data->dim(), count).contiguous();
        for (std::int64_t b = 0; b < count; ++b) {
            const std::size_t q = first + static_cast<std::size_t>(b);
            auto& out = guesses[q];
            for (const auto& [probability, position] : ranked(probabilities[b].data_ptr<float>(), classes)) {
                if (out.size() == top)
                    break;
                const auto row = static_cast<std::int64_t>(members[static_cast<std::size_t>(position)]);
                if (excluded && (*excluded)[q] == row)
                    continue;
                out.push_back({static_cast<std::uint32_t>(position), row, probability});
            }
        }
    }
    return guesses;
}

Neighbors Hierarchy::search(MatrixView queries, std::size_t k, const ProbeSettings& probe, Metric metric,
                            const std::vector<std::int64_t>* excluded) const
{
    if (k == 0 || probe.clusters == 0 || probe.perCluster == 0)
        throw Error("k, probed clusters and members per cluster must each be at least 1");
    const auto clusters = predictClusters(queries, probe.clusters);

    // Route: for each cluster, the queries that probe it, with their layer-1 probability.
    struct Routed {
        std::size_t query;
        float probability;
    };
    std::map<std::uint32_t, std::vector<Routed>> byCluster;
    for (std::size_t q = 0; q < queries.rows; ++q)
        for (const ClusterGuess& guess : clusters[q])
            byCluster[guess.cluster].push_back({q, guess.probability});

    struct Candidate {
        std::int64_t row;
        double score; // layer-1 × layer-2 probability
    };
    std::vector<std::vector<Candidate>> candidates(queries.rows);
    const std::size_t dim = impl_->data->dim();
    for (const auto& [cluster, routed] : byCluster) {
        std::vector<float> subset(routed.size() * dim);
        std::vector<std::int64_t> subsetExcluded(routed.size(), -1);
        for (std::size_t i = 0; i < routed.size(); ++i) {
            std::copy_n(queries.row(routed[i].query), dim, subset.begin() + static_cast<std::ptrdiff_t>(i * dim));
            if (excluded)
                subsetExcluded[i] = (*excluded)[routed[i].query];
        }
        const auto members = predictMembers(cluster, {subset.data(), routed.size(), dim}, probe.perCluster,
                                            impl_->settings.normaliseTestCentroid, &subsetExcluded);
        for (std::size_t i = 0; i < routed.size(); ++i)
            for (const MemberGuess& guess : members[i])
                candidates[routed[i].query].push_back({guess.row, double(routed[i].probability) * guess.probability});
    }

    Neighbors result(queries.rows, k);
    for (std::size_t q = 0; q < queries.rows; ++q) {
        std::vector<std::pair<double, std::int64_t>> order; // (key, row), smaller key first
        for (const Candidate& candidate : candidates[q]) {
            double key = -candidate.score;
            if (probe.rerank) {
                const double d = distance(metric, impl_->data->row(static_cast<std::size_t>(candidate.row)), queries.row(q), dim);
                key = metric == Metric::InnerProduct ? -d : d;
            }
            order.emplace_back(key, candidate.row);
        }
        std::sort(order.begin(), order.end());
        for (std::size_t r = 0; r < std::min(k, order.size()); ++r) {
            const std::int64_t row = order[r].second;
            result.ids[q * k + r] = row;
            result.distances[q * k + r] = static_cast<float>(
                distance(metric, impl_->data->row(static_cast<std::size_t>(row)), queries.row(q), dim));
        }
    }
    return result;
}

} // namespace nnscope
