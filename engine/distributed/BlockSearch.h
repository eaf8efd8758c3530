// nnscope engine — distributed: work split by row blocks across the ranks of a job, gathered on rank 0.
#pragma once

#include "distributed/Ranks.h"
#include "search/Neighbors.h"

#include <cstddef>
#include <functional>
#include <optional>

namespace nnscope {

/// Rows [first, end) of a split of `count` rows into `ranks` contiguous blocks as even as they divide.
struct RowBlock {
    std::size_t first = 0;
    std::size_t end = 0;
};
RowBlock rowBlockOfRank(std::size_t count, int rank, int ranks);

/// Neighbours of `count` queries, `k` each, searched by blocks: every rank runs `searchBlock` on its own
/// block (rowBlockOfRank) and sends the result to rank 0, which returns them all in query order; the
/// other ranks return nothing. A block of the wrong shape is an Error on rank 0.
std::optional<Neighbors> searchByBlocks(std::size_t count, std::size_t k, RankGroup& ranks,
                                        const std::function<Neighbors(RowBlock block)>& searchBlock);

} // namespace nnscope
