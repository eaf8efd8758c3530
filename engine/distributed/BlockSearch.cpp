#include "distributed/BlockSearch.h"

#include "core/Error.h"

#include <algorithm>
#include <cstring>

namespace nnscope {
namespace {

constexpr std::uint32_t kIdsTag = 1, kDistancesTag = 2;

template <class T> std::string bytesOf(const std::vector<T>& values)
{
    return std::string(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
}

} // namespace

RowBlock rowBlockOfRank(std::size_t count, int rank, int ranks)
{
    const auto at = [&](int r) { return count * static_cast<std::size_t>(r) / static_cast<std::size_t>(ranks); };
    return {at(rank), at(rank + 1)};
}

std::optional<std::string> gatherRowBlocks(std::size_t count, std::size_t rowBytes, std::uint32_t tag, RankGroup& ranks,
                                           std::string ownBlock)
{
    const auto expectedBytes = [&](int rank) {
        const RowBlock block = rowBlockOfRank(count, rank, ranks.size());
        return (block.end - block.first) * rowBytes;
    };
    if (ownBlock.size() != expectedBytes(ranks.rank()))
        throw Error("a block of " + std::to_string(ownBlock.size()) + " bytes for " + std::to_string(expectedBytes(ranks.rank()) / std::max<std::size_t>(rowBytes, 1))
                    + " rows of " + std::to_string(rowBytes));
    if (ranks.rank() != 0) {
        ranks.send(0, tag, std::move(ownBlock));
        return std::nullopt;
    }
    std::string all = std::move(ownBlock);
    all.reserve(count * rowBytes);
    for (int r = 1; r < ranks.size(); ++r) {
        const std::string block = ranks.receive(r, tag);
        if (block.size() != expectedBytes(r))
            throw Error("rank " + std::to_string(r) + " sent " + std::to_string(block.size()) + " bytes for its block of "
                        + std::to_string(expectedBytes(r) / std::max<std::size_t>(rowBytes, 1)) + " rows of " + std::to_string(rowBytes));
        all += block;
    }
    return all;
}

std::optional<Neighbors> searchByBlocks(std::size_t count, std::size_t k, RankGroup& ranks,
                                        const std::function<Neighbors(RowBlock block)>& searchBlock)
{
    const RowBlock own = rowBlockOfRank(count, ranks.rank(), ranks.size());
    const Neighbors mine = searchBlock(own);
    if (mine.queries != own.end - own.first || mine.k != k)
        throw Error("a block search returned " + std::to_string(mine.queries) + " × " + std::to_string(mine.k) + " neighbours for "
                    + std::to_string(own.end - own.first) + " × " + std::to_string(k));
    std::optional<std::string> ids = gatherRowBlocks(count, k * sizeof(std::int64_t), kIdsTag, ranks, bytesOf(mine.ids));
    std::optional<std::string> distances = gatherRowBlocks(count, k * sizeof(float), kDistancesTag, ranks, bytesOf(mine.distances));
    if (!ids)
        return std::nullopt;
    Neighbors all(count, k);
    std::memcpy(all.ids.data(), ids->data(), ids->size());
    std::memcpy(all.distances.data(), distances->data(), distances->size());
    return all;
}

} // namespace nnscope
