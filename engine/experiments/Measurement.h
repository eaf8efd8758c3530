// nnscope engine — experiments: measuring one system on a set of query rows, the same way for every
// system — build time, one batched call, one call per query, its single best answer's distance to a
// truth row, recall@1 / recall@k against exact search, and its cost.
#pragma once

#include "core/CancelToken.h"
#include "experiments/Experiment.h"
#include "search/Searcher.h"

namespace nnscope {

struct Measured {
    SystemResult result;
    Neighbors found; ///< the batched answer (k per query)
};

/// Builds `searcher` on `data` and measures it on the dataset rows `rows` (their own rows excluded
/// when `excludeSelf`). `truth[q]` is the row query q's answer is compared with (Table 1); `exact` is
/// exact search's k neighbours of the same queries (for recall).
Measured measureSystem(const std::string& name, Searcher& searcher, const Dataset& data, Metric metric,
                       const std::vector<std::size_t>& rows, const std::vector<std::size_t>& truth, const Neighbors& exact,
                       std::size_t k, bool excludeSelf, const CancelToken* cancel = nullptr);

} // namespace nnscope
