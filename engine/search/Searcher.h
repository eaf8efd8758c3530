// nnscope engine — search: the one interface every system implements (exact, random, ScaNN-style,
// FAISS peers, the learned hierarchy), so that experiments and the studio never special-case one.
//
//   build(data, metric)                  index the rows (the dataset must outlive the searcher)
//   search(queries, k, excluded)         k neighbours per query, closest first, distances under the
//                                        metric (search/Metric.h); excluded[q] ≥ 0 is a row the
//                                        query must not return (the query's own row)
//   cost()                               bytes held and estimated FLOPs per query
#pragma once

#include "core/MatrixView.h"
#include "data/Dataset.h"
#include "search/Metric.h"
#include "search/Neighbors.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace nnscope {

struct SearchCost {
    std::uint64_t bytes = 0;     ///< memory the index holds (vectors, codes, graphs, weights)
    double flopsPerQuery = 0.0;  ///< estimated arithmetic per query (a multiply-add counts 2)
    std::string note;            ///< how the estimate was made
};

class Searcher {
public:
    virtual ~Searcher() = default;

    /// A short system name ("exact", "scann", "faiss-hnsw", …).
    virtual std::string name() const = 0;
    /// The settings in words, for reports ("leaves 52/10, dims/block 2, T 0.2, reorder 100").
    virtual std::string describe() const = 0;
    virtual void build(const Dataset& data, Metric metric) = 0;
    virtual Neighbors search(MatrixView queries, std::size_t k, const std::vector<std::int64_t>* excluded = nullptr) const = 0;
    virtual SearchCost cost() const = 0;
    /// Messages about settings that were adjusted (e.g. more leaves than rows), empty if none.
    virtual std::vector<std::string> warnings() const { return {}; }
};

/// Drops each query's excluded row from a result that was asked for k + 1 neighbours, keeping k.
Neighbors dropExcluded(const Neighbors& widened, std::size_t k, const std::vector<std::int64_t>* excluded);

/// Fraction of the exact top-k ids found in each result's top-k, averaged over queries.
double recallAtK(const Neighbors& result, const Neighbors& exact, std::size_t k);

} // namespace nnscope
