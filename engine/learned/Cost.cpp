#include "learned/Cost.h"

#include "core/ByteUnits.h"
#include "core/Error.h"
#include "distributed/Ranks.h"

#include <algorithm>
#include <cstdio>

namespace nnscope {

ClassifierCost classifierCost(const ModelSettings& model, std::size_t inputLength, std::size_t classes)
{
    const std::uint64_t k = model.kernelSize, f1 = model.filters1, f2 = model.filters2, f3 = model.filters3;
    const std::uint64_t length = inputLength;
    const std::uint64_t pooled = (length + model.pool - 1) / model.pool; // "same" pooling
    ClassifierCost cost;
    cost.parameters = (k * 1 * f1 + f1) + (k * f1 * f2 + f2) + (k * f2 * f3 + f3) + (f3 * pooled * classes + classes);
    cost.flops = 2 * (length * f1 * k + pooled * f2 * f1 * k + pooled * f3 * f2 * k + f3 * pooled * classes);
    return cost;
}

HierarchyCost hierarchyCost(const ModelSettings& model, std::size_t dim, const std::vector<std::size_t>& clusterSizes)
{
    HierarchyCost cost;
    const ClassifierCost layer1 = classifierCost(model, dim, clusterSizes.size());
    cost.layer1Parameters = layer1.parameters;
    cost.layer1Flops = layer1.flops;
    std::size_t rows = 0;
    for (std::size_t size : clusterSizes)
        rows += size;
    for (std::size_t size : clusterSizes) {
        const ClassifierCost layer2 = classifierCost(model, 2 * dim, std::max<std::size_t>(size, 1)); // an empty cluster still holds a 1-class model
        cost.layer2Parameters += layer2.parameters;
        cost.largestLayer2Parameters = std::max(cost.largestLayer2Parameters, layer2.parameters);
        if (rows > 0)
            cost.layer2FlopsPerQuery += static_cast<double>(layer2.flops) * static_cast<double>(size) / static_cast<double>(rows);
    }
    cost.bytes = 4 * cost.parameters();
    cost.flopsPerQuery = static_cast<double>(cost.layer1Flops) + cost.layer2FlopsPerQuery;
    cost.exactSearchFlopsPerQuery = 2.0 * static_cast<double>(rows) * static_cast<double>(dim);
    cost.exactSearchBytes = 4ull * rows * dim;
    return cost;
}

double classifierTrainingFlopsPerEpoch(const ModelSettings& model, std::size_t inputLength, std::size_t classes,
                                       std::size_t rows, const TrainerSettings& trainer)
{
    const double seen = trainer.stepsPerEpoch ? static_cast<double>(trainer.stepsPerEpoch * trainer.batchSize) : static_cast<double>(rows);
    return 3.0 * seen * static_cast<double>(classifierCost(model, inputLength, std::max<std::size_t>(classes, 1)).flops);
}

double trainingFlopsPerEpoch(const ModelSettings& model, std::size_t dim, const std::vector<std::size_t>& clusterSizes,
                             const TrainerSettings& trainer)
{
    std::size_t rows = 0;
    double layer2 = 0.0;
    for (std::size_t size : clusterSizes) {
        rows += size;
        layer2 += classifierTrainingFlopsPerEpoch(model, 2 * dim, size, size, trainer);
    }
    return classifierTrainingFlopsPerEpoch(model, dim, clusterSizes.size(), rows, trainer) + layer2;
}

std::vector<std::size_t> evenClusterSizes(std::size_t rows, std::size_t clusters)
{
    std::vector<std::size_t> sizes(clusters, clusters ? rows / clusters : 0);
    for (std::size_t c = 0; clusters && c < rows % clusters; ++c)
        ++sizes[c];
    return sizes;
}

std::uint64_t trainingStateBytes(std::uint64_t weightBytes, const TrainerSettings& trainer, int ranksSharing)
{
    const std::uint64_t sharing = static_cast<std::uint64_t>(std::max(ranksSharing, 1));
    const std::uint64_t ownShards = std::max<std::uint64_t>((trainer.shards + sharing - 1) / sharing, 1);
    const std::uint64_t moments = trainer.optimizer == Optimizer::Adam ? 2 : 0;
    return weightBytes * (1 + moments + 1 + (ownShards - 1)); // gradients, moments, the best epoch, replicas' gradients
}

std::vector<std::uint64_t> bytesPerRank(const HierarchySettings& settings, std::size_t dim, const std::vector<std::size_t>& clusterSizes, int ranks)
{
    std::vector<double> weights{4.0 * static_cast<double>(classifierCost(settings.model, dim, clusterSizes.size()).parameters)};
    for (std::size_t size : clusterSizes)
        weights.push_back(4.0 * static_cast<double>(classifierCost(settings.model, 2 * dim, std::max<std::size_t>(size, 1)).parameters));
    const std::vector<int> owner = assignWorkToRanks(weights, ranks);
    const std::size_t count = static_cast<std::size_t>(std::max(ranks, 1));
    std::vector<std::uint64_t> held(count, 0), besides(count, 0);
    for (std::size_t m = 1; m < weights.size(); ++m) {
        const auto bytes = static_cast<std::uint64_t>(weights[m]);
        const auto r = static_cast<std::size_t>(owner[m]);
        held[r] += bytes;
        besides[r] = std::max(besides[r], trainingStateBytes(bytes, settings.layer2));
    }
    const bool layer1Everywhere = layer1TrainsOnEveryRank(settings, ranks);
    const auto layer1 = static_cast<std::uint64_t>(weights[0]);
    const std::uint64_t layer1State = trainingStateBytes(layer1, settings.layer1, layer1Everywhere ? ranks : 1);
    held[0] += layer1;
    besides[0] = std::max(besides[0], layer1State);
    // Rank 0 keeps the others' models on disk and reads back two at a time to score and save them.
    if (ranks > 1 && weights.size() > 1)
        besides[0] = std::max(besides[0], 2 * static_cast<std::uint64_t>(*std::max_element(weights.begin() + 1, weights.end())));
    std::vector<std::uint64_t> peak(count);
    for (std::size_t r = 0; r < count; ++r) {
        peak[r] = held[r] + besides[r];
        if (r > 0 && layer1Everywhere) // layer 1 trains before any layer-2 model, and is dropped after it
            peak[r] = std::max(peak[r], layer1 + layer1State);
    }
    return peak;
}

void checkMemoryBudget(const HierarchySettings& settings, std::size_t dim, const std::vector<std::size_t>& clusterSizes, int ranks)
{
    const std::uint64_t budgetBytes = settings.memoryBudgetBytes;
    const auto largest = [&](int count) {
        const std::vector<std::uint64_t> held = bytesPerRank(settings, dim, clusterSizes, count);
        return *std::max_element(held.begin(), held.end());
    };
    const std::uint64_t needed = largest(ranks);
    if (needed <= budgetBytes)
        return;
    const HierarchyCost cost = hierarchyCost(settings.model, dim, clusterSizes);
    const std::string weights = gibText(static_cast<double>(cost.bytes)) + " of weights (" + std::to_string(cost.parameters()) + " parameters)";
    std::string message = ranks <= 1 ? "training the hierarchy would need " + gibText(static_cast<double>(needed)) + ": its " + weights
                                           + " and the training state of the model in training (gradients, optimizer moments, the best epoch's copy), over the "
                                           + gibText(static_cast<double>(budgetBytes)) + " memory budget"
                                     : "a rank of " + std::to_string(ranks) + " would need " + gibText(static_cast<double>(needed)) + " for its share of the hierarchy's "
                                           + weights + " and the training state of the model it trains, over the " + gibText(static_cast<double>(budgetBytes))
                                           + " memory budget per rank";
    // A model is never split, so past one rank per model more ranks do not help.
    const int most = static_cast<int>(std::min<std::size_t>(clusterSizes.size() + 1, 4096));
    int enough = 0;
    for (int count = ranks + 1; count <= most && enough == 0; ++count)
        if (largest(count) <= budgetBytes)
            enough = count;
    if (enough > 0)
        message += "; " + std::to_string(enough) + " ranks would need at most " + gibText(static_cast<double>(largest(enough))) + " each (nnscope launch --nproc "
                   + std::to_string(enough) + ", or WORLD_SIZE=" + std::to_string(enough) + " on several machines)";
    else
        message += "; no number of ranks fits it, as one model alone is larger";
    throw Error(message + "; use fewer words, or raise the budget");
}

} // namespace nnscope
