#include "learned/Layer1Network.h"

#include "core/Error.h"
#include "learned/Cost.h"
#include "learned/Hierarchy.h"
#include "learned/LearnedModule.h"

namespace nnscope {

Layer1Network::Layer1Network(std::shared_ptr<const ClassifierModel> model, std::size_t inputs, double flops, ModelRecord record)
    : model_(std::move(model)), inputs_(inputs), flopsPerQuery_(flops), record_(std::move(record))
{
}

Layer1Network Layer1Network::train(MatrixView rows, const KMeansResult& clustering, const HierarchySettings& settings, const CancelToken* cancel,
                                   const EpochObserver& onEpoch)
{
    if (clustering.assignment.size() != rows.rows || clustering.dim != rows.dim)
        throw Error("layer 1: the clustering does not belong to the rows");
    ModelRecord record;
    const auto epochEnded = [&](const EpochRecord& epoch) {
        if (onEpoch)
            onEpoch(epoch, settings.layer1.maxEpochs);
    };
    std::shared_ptr<const ClassifierModel> model =
        learnedModule().trainLayer1(rows, clustering.assignment, clustering.clusters, settings, record, epochEnded, cancel);
    const double flops = static_cast<double>(classifierCost(settings.model, rows.dim, clustering.clusters).flops);
    return Layer1Network(std::move(model), rows.dim, flops, std::move(record));
}

Layer1Network Layer1Network::of(const Hierarchy& hierarchy)
{
    return Layer1Network(hierarchy.layer1Classifier(), hierarchy.dataset().dim(), static_cast<double>(hierarchy.cost().layer1Flops),
                         hierarchy.layer1Record());
}

std::size_t Layer1Network::outputs() const
{
    return static_cast<std::size_t>(model_->classes());
}

std::vector<float> Layer1Network::predict(MatrixView queries) const
{
    if (queries.rows > 0 && queries.dim != inputs_)
        throw Error("layer 1: queries have dimension " + std::to_string(queries.dim) + ", the network " + std::to_string(inputs_));
    const std::size_t clusters = outputs();
    std::vector<float> out(queries.rows * clusters);
    // Blocks bound the activations' memory, as Hierarchy's predictions do.
    constexpr std::size_t kBlock = 1024; // as Hierarchy::predictClusters, so both give the same floats
    for (std::size_t first = 0; first < queries.rows; first += kBlock) {
        const std::size_t count = std::min(kBlock, queries.rows - first);
        model_->probabilities(queries.row(first), static_cast<std::int64_t>(count), out.data() + first * clusters);
    }
    return out;
}

std::uint64_t Layer1Network::parameters() const
{
    return model_->parameterCount();
}

} // namespace nnscope
