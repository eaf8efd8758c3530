// nnscope engine — learned: a trained hierarchy behind the Searcher interface, so experiments treat it
// like every other system. It searches with multi-probe (ProbeSettings) and exact re-ranking.
#pragma once

#include "learned/Hierarchy.h"
#include "search/Searcher.h"

namespace nnscope {

class HierarchySearcher : public Searcher {
public:
    HierarchySearcher(std::shared_ptr<const Hierarchy> hierarchy, ProbeSettings probe = {});

    std::string name() const override { return "learned"; }
    std::string describe() const override;
    /// Checks that `data` is the dataset the hierarchy was trained on (training happens before).
    void build(const Dataset& data, Metric metric) override;
    Neighbors search(MatrixView queries, std::size_t k, const std::vector<std::int64_t>* excluded = nullptr) const override;
    SearchCost cost() const override;

private:
    std::shared_ptr<const Hierarchy> hierarchy_;
    ProbeSettings probe_;
    Metric metric_ = Metric::L2;
};

} // namespace nnscope
