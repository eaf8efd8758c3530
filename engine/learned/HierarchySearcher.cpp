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

SearchCost HierarchySearcher::cost(std::size_t probes) const
{
    const HierarchyCost model = hierarchy_->cost();
    const ProbeSettings probe = probeFor(probes, 10);
    // layer 1 runs once; each probed cluster runs one layer-2 model (weighted by cluster size, as in
    // Cost.h); re-ranking scores every candidate exactly.
    const double candidates = static_cast<double>(probe.clusters * probe.perCluster);
    const double rerank = probe.rerank ? 2.0 * candidates * static_cast<double>(hierarchy_->dataset().dim()) : 0.0;
    return {model.bytes + 4ull * hierarchy_->clustering().centroids.size(),
            static_cast<double>(model.layer1Flops) + static_cast<double>(probe.clusters) * model.layer2FlopsPerQuery + rerank,
            "layer 1 + probed layer-2 models (expected by cluster size) + exact re-rank of the candidates (k = 10 when per-cluster is k)"};
}

namespace {

std::shared_ptr<const Hierarchy> hierarchyFor(const SystemArguments& a, const SystemContext& c)
{
    if (a.isSet("model")) {
        if (!c.data)
            throw Error("learned: a saved model needs the dataset it was trained on");
        return std::make_shared<const Hierarchy>(Hierarchy::load(a.text("model"), c.data));
    }
    const std::shared_ptr<const Hierarchy>& trained = a.flag("augment") ? c.augmented : c.hierarchy;
    if (!trained)
        throw Error(a.flag("augment") ? "learned:augment=1 needs a run trained with augmentation"
                                      : "learned needs a trained hierarchy: give model=DIR (a folder written by nnscope train)");
    return trained;
}

} // namespace

SystemEntry learnedSystem()
{
    SystemEntry entry;
    entry.name = "learned";
    entry.summary = "the paper's two-layer hierarchy: layer-1 CNN routes to clusters, layer-2 CNNs pick members";
    entry.parameters = {
        {"model", ParameterKind::Text, "", "a folder written by nnscope train (default: the run's trained hierarchy)"},
        {"augment", ParameterKind::Flag, "0", "the run's hierarchy trained with augmentation"},
        {"probes", ParameterKind::Count, "1", "clusters probed (layer 1's most probable)"},
        {"per-cluster", ParameterKind::Count, "", "layer-2 candidates per probed cluster (default: k)"},
        {"rerank", ParameterKind::Flag, "0", "order the candidates by exact distance (else by layer-1 x layer-2 probability)"},
    };
    entry.probeKey = "probes";
    entry.partitioned = true;
    entry.make = [](const SystemArguments& a, const SystemContext& c) {
        return std::make_unique<HierarchySearcher>(hierarchyFor(a, c), ProbeSettings{a.count("probes"), a.count("per-cluster"), a.flag("rerank")});
    };
    entry.keepsSelfByDefault = [](const SystemArguments& a, const SystemContext& c) {
        const std::shared_ptr<const Hierarchy>& trained = a.flag("augment") ? c.augmented : c.hierarchy;
        return !a.flag("rerank") && !a.isSet("model") && trained && trained->settings().protocol == Protocol::Paper;
    };
    return entry;
}

} // namespace nnscope
