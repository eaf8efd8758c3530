// nnscope engine — experiments: measuring systems on a set of queries, the same way for every system —
// build time, one batched call, one call per query, its single best answer's distance to a truth row,
// recall@1 / recall@k against exact search, and its cost.
//
// The facts the systems are compared against (the queries, their exact neighbours, Table 1's truth)
// are computed once per query set and shared by every system.
#pragma once

#include "core/CancelToken.h"
#include "experiments/Experiment.h"
#include "learned/TrainingPlan.h"
#include "systems/SystemRegistry.h"

namespace nnscope {

/// The queries every system is measured on — dataset rows, or an external query set — with what every
/// system is measured against.
struct QuerySet {
    std::vector<std::size_t> rows;   ///< the dataset rows used as queries; empty for external queries
    std::vector<float> values;       ///< the query vectors, size() × dim
    std::vector<std::int64_t> self;  ///< = rows, each query's own row (excluded from truth and answers)
    std::size_t dim = 0;
    Neighbors exact;                 ///< exact search's k neighbours of each query (own row excluded)
    std::vector<std::size_t> truth;  ///< Table 1's truth row per query (default: the exact nearest)

    MatrixView view() const { return {values.data(), size(), dim}; }
    std::size_t size() const { return dim ? values.size() / dim : 0; }
    bool external() const { return rows.empty(); }
    /// Each query's exact nearest neighbour (its own row excluded).
    std::vector<std::int64_t> nearest() const;
};

/// Gathers the rows and searches them exactly (k neighbours, own row excluded); truth = the nearest.
QuerySet makeQuerySet(const Dataset& data, std::vector<std::size_t> rows, Metric metric, std::size_t k);
/// External queries (not rows of `data`), searched exactly; truth = the nearest.
QuerySet makeQuerySet(const Dataset& data, MatrixView queries, Metric metric, std::size_t k);

/// A system made and built once, measured under one or more probe settings.
struct BuiltSystem {
    std::unique_ptr<Searcher> searcher;
    double buildSeconds = 0.0;
};

/// Makes and builds a resolved system (timing the build).
BuiltSystem buildSystem(const ResolvedSystem& system, const SystemResources& context, const Dataset& data, Metric metric,
                        const CancelToken* cancel = nullptr);

struct Measured {
    SystemResult result;
    Neighbors found; ///< the batched answer (k per query)
};

/// Measures a built system on the query set, with the spec's probes and its own-row rule.
Measured measureSystem(const ResolvedSystem& system, const BuiltSystem& built, const SystemResources& context,
                       const Dataset& data, const QuerySet& queries, const CancelToken* cancel = nullptr);

/// The nearest-centroid twin scored with the protocol's layer-2 hit definition (learned/Accuracy.h):
/// paper — its top-1's position is among the query's stored within-cluster target positions;
/// corrected — the query's exact nearest neighbour is among its top `topTargets`.
double twinLayer2Accuracy(const Dataset& data, const KMeansResult& clustering, const TrainingPlan& plan, Metric metric,
                          const QuerySet& queries, std::size_t topTargets);

} // namespace nnscope
