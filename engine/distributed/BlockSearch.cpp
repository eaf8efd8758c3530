#include "distributed/BlockSearch.h"

#include "core/Error.h"

#include <cstring>

namespace nnscope {
namespace {

constexpr std::uint32_t kNeighborsTag = 1;

std::string bytesOf(const Neighbors& neighbors)
{
    std::string bytes(reinterpret_cast<const char*>(neighbors.ids.data()), neighbors.ids.size() * sizeof(std::int64_t));
    bytes.append(reinterpret_cast<const char*>(neighbors.distances.data()), neighbors.distances.size() * sizeof(float));
    return bytes;
}

} // namespace

RowBlock rowBlockOfRank(std::size_t count, int rank, int ranks)
{
    const auto at = [&](int r) { return count * static_cast<std::size_t>(r) / static_cast<std::size_t>(ranks); };
    return {at(rank), at(rank + 1)};
}

std::optional<Neighbors> searchByBlocks(std::size_t count, std::size_t k, RankGroup& ranks,
                                        const std::function<Neighbors(RowBlock block)>& searchBlock)
{
    const RowBlock own = rowBlockOfRank(count, ranks.rank(), ranks.size());
    const Neighbors mine = searchBlock(own);
    if (mine.queries != own.end - own.first || mine.k != k)
        throw Error("a block search returned " + std::to_string(mine.queries) + " × " + std::to_string(mine.k) + " neighbours for "
                    + std::to_string(own.end - own.first) + " × " + std::to_string(k));
    if (ranks.rank() != 0) {
        ranks.send(0, kNeighborsTag, bytesOf(mine));
        return std::nullopt;
    }
    Neighbors all(count, k);
    const auto place = [&](RowBlock block, const void* ids, const void* distances) {
        const std::size_t values = (block.end - block.first) * k;
        std::memcpy(all.ids.data() + block.first * k, ids, values * sizeof(std::int64_t));
        std::memcpy(all.distances.data() + block.first * k, distances, values * sizeof(float));
    };
    place(own, mine.ids.data(), mine.distances.data());
    for (int r = 1; r < ranks.size(); ++r) {
        const RowBlock block = rowBlockOfRank(count, r, ranks.size());
        const std::size_t values = (block.end - block.first) * k;
        const std::string bytes = ranks.receive(r, kNeighborsTag);
        if (bytes.size() != values * (sizeof(std::int64_t) + sizeof(float)))
            throw Error("rank " + std::to_string(r) + " sent " + std::to_string(bytes.size()) + " bytes of neighbours for a block of "
                        + std::to_string(block.end - block.first) + " queries × " + std::to_string(k));
        place(block, bytes.data(), bytes.data() + values * sizeof(std::int64_t));
    }
    return all;
}

} // namespace nnscope
