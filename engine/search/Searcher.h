// nnscope engine — search: the one interface every system implements (exact, random, ScaNN-style,
// FAISS peers, the partitions and the hierarchy's twin, the learned hierarchy), so that experiments and
// the studio never special-case one. Systems are made by name from a spec string (systems/SystemRegistry.h).
//
//   build(data, metric)          index the rows (the dataset must outlive the searcher)
//   search(queries, k, params)   k neighbours per query, best first, distances under the metric
//                                (search/Metric.h); params: per call, as FAISS's SearchParameters
//   cost(k, probes)              bytes held and estimated FLOPs of one query asking for k neighbours
#pragma once

#include "core/Notice.h"
#include "core/MatrixView.h"
#include "data/Dataset.h"
#include "search/Metric.h"
#include "search/Neighbors.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace nnscope {

struct PartitionIndex;

struct SearchCost {
    std::uint64_t bytes = 0;     ///< memory the index holds (vectors, codes, graphs, weights)
    double flopsPerQuery = 0.0;  ///< estimated arithmetic per query (a multiply-add counts 2)
    std::string note;            ///< how the estimate was made
};

/// Parameters of one search call.
struct SearchParameters {
    /// Per query, a row the answer must not contain (the query's own row), or -1; null: none.
    const std::vector<std::int64_t>* excluded = nullptr;
    /// Partitions probed (clusters, leaves, inverted lists); 0: the system's built setting. Only for
    /// systems whose probesPartitions() is true.
    std::size_t probes = 0;
};

class Searcher {
public:
    virtual ~Searcher() = default;

    /// The settings in words, for reports ("leaves 52/10, dims/block 2, T 0.2, reorder 100").
    virtual std::string describe() const = 0;
    virtual void build(const Dataset& data, Metric metric) = 0;
    /// Searches a batch. Exclusion is done here, once for every system: the system is asked for one
    /// more neighbour and the excluded row (or the last one) is dropped.
    Neighbors search(MatrixView queries, std::size_t k, const SearchParameters& parameters = {}) const;
    /// Cost of one query asking for `k` neighbours with `probes` (0: the built setting); the same
    /// whatever was searched before.
    virtual SearchCost cost(std::size_t k, std::size_t probes = 0) const = 0;
    /// Whether SearchParameters::probes means something to this system.
    virtual bool probesPartitions() const { return false; }
    /// The bins and router when the system is a router over bins scanned exactly
    /// (search/PartitionedSearcher.h), once built; null otherwise.
    virtual const PartitionIndex* partitions() const { return nullptr; }
    /// The number of partitions probed when a call leaves probes at 0.
    virtual std::size_t defaultProbes() const { return 0; }
    /// Messages about settings that were adjusted (e.g. more leaves than rows), empty if none.
    virtual std::vector<Notice> warnings() const { return {}; }

protected:
    /// k neighbours per query in the system's own order, best first (ids of -1 where it found fewer).
    /// `probes` is the call's SearchParameters::probes.
    virtual Neighbors searchBatch(MatrixView queries, std::size_t k, std::size_t probes) const = 0;
};

/// Drops each query's excluded row from a result that was asked for k + 1 neighbours, keeping k.
Neighbors dropExcluded(const Neighbors& widened, std::size_t k, const std::vector<std::int64_t>* excluded);

/// Fraction of the exact top-k ids found in each result's top-k, averaged over queries.
double recallAtK(const Neighbors& result, const Neighbors& exact, std::size_t k);

} // namespace nnscope
