#include "learned/HierarchySearcher.h"

#include "core/Error.h"

namespace nnscope {

HierarchySearcher::HierarchySearcher(std::shared_ptr<const Hierarchy> hierarchy, ProbeSettings probe)
    : hierarchy_(std::move(hierarchy)), probe_(probe)
{
    if (!hierarchy_)
        throw Error("no trained hierarchy");
}

std::string HierarchySearcher::describe() const
{
    const HierarchySettings& s = hierarchy_->settings();
    return protocolName(s.protocol) + " protocol, " + s.preset + " preset, " + std::to_string(s.kmeans.clusters)
        + " clusters, probe " + std::to_string(probe_.clusters) + " x " + std::to_string(probe_.perCluster)
        + (probe_.rerank ? ", exact re-rank" : ", probability order");
}

void HierarchySearcher::build(const Dataset& data, Metric metric)
{
    if (data.fingerprint() != hierarchy_->dataset().fingerprint())
        throw Error("the hierarchy was trained on '" + hierarchy_->dataset().source() + "', not on '" + data.source() + "'");
    metric_ = metric;
}

Neighbors HierarchySearcher::search(MatrixView queries, std::size_t k, const std::vector<std::int64_t>* excluded) const
{
    return hierarchy_->search(queries, k, probe_, metric_, excluded);
}

SearchCost HierarchySearcher::cost() const
{
    const HierarchyCost model = hierarchy_->cost();
    // layer 1 runs once; each probed cluster runs one layer-2 model (weighted by cluster size, as in
    // Cost.h); re-ranking scores every candidate exactly.
    const double candidates = static_cast<double>(probe_.clusters * probe_.perCluster);
    const double rerank = probe_.rerank ? 2.0 * candidates * static_cast<double>(hierarchy_->dataset().dim()) : 0.0;
    return {model.bytes + 4ull * hierarchy_->clustering().centroids.size(),
            static_cast<double>(model.layer1Flops) + static_cast<double>(probe_.clusters) * model.layer2FlopsPerQuery + rerank,
            "layer 1 + probed layer-2 models (expected by cluster size) + exact re-rank of the candidates"};
}

} // namespace nnscope
