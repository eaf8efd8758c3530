#include "learned/HierarchySearcher.h"

#include "core/Error.h"

#include <algorithm>

namespace nnscope {

HierarchySearcher::HierarchySearcher(std::shared_ptr<const Hierarchy> hierarchy, ProbeSettings probe)
    : hierarchy_(std::move(hierarchy)), probe_(probe)
{
    if (!hierarchy_)
        throw Error("no trained hierarchy");
    probe_.clusters = std::clamp<std::size_t>(probe_.clusters, 1, hierarchy_->clustering().clusters);
}

std::string HierarchySearcher::describe() const
{
    const HierarchySettings& s = hierarchy_->settings();
    return protocolName(s.protocol) + " protocol, " + s.preset + " preset" + (s.augmentation.enabled ? ", augmented" : "") + ", "
        + std::to_string(s.kmeans.clusters) + " clusters, probe " + std::to_string(probe_.clusters) + " x "
        + (probe_.perCluster ? std::to_string(probe_.perCluster) : std::string("k"))
        + (probe_.rerank ? ", exact re-rank" : ", probability order");
}

void HierarchySearcher::build(const Dataset& data, Metric metric)
{
    if (data.fingerprint() != hierarchy_->dataset().fingerprint())
        throw Error("the hierarchy was trained on '" + hierarchy_->dataset().source() + "', not on '" + data.source() + "'");
    metric_ = metric;
}

ProbeSettings HierarchySearcher::probeFor(std::size_t probes, std::size_t k) const
{
    ProbeSettings probe = probe_;
    if (probes)
        probe.clusters = std::min(probes, hierarchy_->clustering().clusters);
    if (probe.perCluster == 0)
        probe.perCluster = k;
    return probe;
}

Neighbors HierarchySearcher::searchBatch(MatrixView queries, std::size_t k, std::size_t probes) const
{
    return hierarchy_->search(queries, k, probeFor(probes, k), metric_);
}

SearchCost HierarchySearcher::cost(std::size_t k, std::size_t probes) const
{
    const HierarchyCost model = hierarchy_->cost();
    const ProbeSettings probe = probeFor(probes, k);
    // layer 1 runs once; each probed cluster runs one layer-2 model (weighted by cluster size, as in
    // Cost.h); re-ranking scores every candidate exactly.
    const double candidates = static_cast<double>(probe.clusters * probe.perCluster);
    const double rerank = probe.rerank ? 2.0 * candidates * static_cast<double>(hierarchy_->dataset().dim()) : 0.0;
    return {model.bytes + 4ull * hierarchy_->clustering().centroids.size(),
            static_cast<double>(model.layer1Flops) + static_cast<double>(probe.clusters) * model.layer2FlopsPerQuery + rerank,
            "layer 1 + probed layer-2 models (expected by cluster size) + exact re-rank of the candidates"};
}

} // namespace nnscope
