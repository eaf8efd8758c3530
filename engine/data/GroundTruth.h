// nnscope engine — data: the exact neighbours an ANN benchmark ships beside its queries (texmex
// `.ivecs`, ann-benchmarks HDF5 `neighbors`), an external oracle nnscope's exact search is checked
// against rather than trusted blindly.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nnscope {

struct GroundTruth {
    std::size_t queries = 0;
    std::size_t k = 0;                ///< neighbours listed per query
    std::vector<std::int64_t> ids;    ///< queries × k, row-major, nearest first (base row ids)
    std::string source;

    std::int64_t id(std::size_t query, std::size_t rank) const { return ids[query * k + rank]; }
    /// Checks that it fits a base of `rows` rows and `queryCount` queries, and lists at least `needed`
    /// neighbours; an Error naming the source and what was expected otherwise.
    void check(std::size_t rows, std::size_t queryCount, std::size_t needed) const;
};

/// `.ivecs`: per query a little-endian int32 count, then that many int32 ids.
GroundTruth parseIvecs(std::string_view content, const std::string& source);

} // namespace nnscope
