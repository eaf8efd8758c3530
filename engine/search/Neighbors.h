// nnscope engine — search: the result of a k-nearest-neighbour search over a batch of queries.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace nnscope {

/// Neighbours of `queries` queries, `k` each, closest first, row-major: entry (q, j) is at q * k + j.
/// `distances` holds the metric's reported distance (search/Metric.h). An id of -1 marks a slot a
/// searcher could not fill (fewer than k candidates reached).
struct Neighbors {
    std::size_t queries = 0;
    std::size_t k = 0;
    std::vector<std::int64_t> ids;
    std::vector<float> distances;

    Neighbors() = default;
    Neighbors(std::size_t queryCount, std::size_t perQuery)
        : queries(queryCount), k(perQuery), ids(queryCount * perQuery, -1), distances(queryCount * perQuery, 0.0f)
    {
    }

    std::int64_t id(std::size_t query, std::size_t rank) const { return ids[query * k + rank]; }
    float distance(std::size_t query, std::size_t rank) const { return distances[query * k + rank]; }
};

} // namespace nnscope
