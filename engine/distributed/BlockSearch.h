// nnscope engine — distributed: work split by row blocks across the ranks of a job, gathered on rank 0.
#pragma once

#include "distributed/Ranks.h"
#include "graph/KnnGraph.h"
#include "search/Neighbors.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

namespace nnscope {

/// Rows [first, end) of a split of `count` rows into `ranks` contiguous blocks as even as they divide.
struct RowBlock {
    std::size_t first = 0;
    std::size_t end = 0;
};
RowBlock rowBlockOfRank(std::size_t count, int rank, int ranks);

/// Rows of `rowBytes` bytes each, computed by blocks: every rank passes the bytes of its own block
/// (rowBlockOfRank) and rank 0 gets every block joined in row order; the other ranks get nothing. A
/// block of the wrong size is an Error on rank 0. `tag` tells one gather of a job from another.
std::optional<std::string> gatherRowBlocks(std::size_t count, std::size_t rowBytes, std::uint32_t tag, RankGroup& ranks,
                                           std::string ownBlock);

/// Rank 0's `bytes` on every rank: rank 0 sends them to each other rank under `tag` and returns them;
/// the others return what arrives (their `bytes` are not read).
std::string shareFromRankZero(std::string bytes, std::uint32_t tag, RankGroup& ranks);

/// The k-NN graph buildKnnGraph makes, by row blocks: every rank builds its block's neighbours among every
/// row (buildKnnGraphRows), rank 0 joins them and measures an approximate graph's recall. Rank 0 returns
/// the graph (its `seconds` the whole job's as rank 0 saw it); with `everyRank` so does every other rank
/// (sent by rank 0), else they return nothing. Tags `tag` and `tag` + 1; the ranks' lost() cancels.
std::optional<KnnGraph> buildKnnGraphByBlocks(MatrixView data, Metric metric, const KnnGraphSettings& settings, RankGroup& ranks,
                                              std::uint32_t tag, bool everyRank, const std::function<void(double)>& progress = {});

/// Neighbours of `count` queries, `k` each, searched by blocks: every rank runs `searchBlock` on its own
/// block (rowBlockOfRank) and sends the result to rank 0, which returns them all in query order; the
/// other ranks return nothing. A block of the wrong shape is an Error on rank 0. Tags `tag` and `tag` + 1.
std::optional<Neighbors> searchByBlocks(std::size_t count, std::size_t k, RankGroup& ranks,
                                        const std::function<Neighbors(RowBlock block)>& searchBlock, std::uint32_t tag = 1);

} // namespace nnscope
