// nnscope engine — learned: a trained hierarchy behind the Searcher interface, so experiments treat it
// like every other system. It searches with multi-probe (ProbeSettings) and optional exact re-ranking.
#pragma once

#include "learned/Hierarchy.h"
#include "search/Searcher.h"

namespace nnscope {

class HierarchySearcher : public Searcher {
public:
    /// `probe.perCluster` 0 means k layer-2 candidates per probed cluster.
    HierarchySearcher(std::shared_ptr<const Hierarchy> hierarchy, ProbeSettings probe = {});

    std::string describe() const override;
    /// Checks that `data` is the dataset the hierarchy was trained on (training happens before).
    void build(const Dataset& data, Metric metric) override;
    SearchCost cost(std::size_t k, std::size_t probes = 0) const override;
    bool probesPartitions() const override { return true; }
    std::size_t defaultProbes() const override { return probe_.clusters; }

protected:
    Neighbors searchBatch(MatrixView queries, std::size_t k, std::size_t probes) const override;

private:
    ProbeSettings probeFor(std::size_t probes, std::size_t k) const;

    std::shared_ptr<const Hierarchy> hierarchy_;
    ProbeSettings probe_;
    Metric metric_ = Metric::L2;
};

} // namespace nnscope
