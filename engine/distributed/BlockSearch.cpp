#include "distributed/BlockSearch.h"

#include "core/Error.h"
#include "core/Stopwatch.h"

#include <algorithm>
#include <cstring>

namespace nnscope {
namespace {

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

std::string shareFromRankZero(std::string bytes, std::uint32_t tag, RankGroup& ranks)
{
    if (ranks.rank() != 0)
        return ranks.receive(0, tag);
    for (int r = 1; r < ranks.size(); ++r)
        ranks.send(r, tag, bytes);
    return bytes;
}

std::optional<KnnGraph> buildKnnGraphByBlocks(MatrixView data, Metric metric, const KnnGraphSettings& settings, RankGroup& ranks,
                                              std::uint32_t tag, bool everyRank, const std::function<void(double)>& progress)
{
    checkKnnGraphSettings(settings, data.rows);
    const Clock::time_point started = Clock::now();
    const RowBlock block = rowBlockOfRank(data.rows, ranks.rank(), ranks.size());
    KnnGraph graph = buildKnnGraphRows(data, metric, settings, block.first, block.end, &ranks.lost(), progress);
    const std::size_t rowBytes = graph.k * sizeof(std::int64_t);
    std::optional<std::string> ids = gatherRowBlocks(
        graph.rows, rowBytes, tag, ranks,
        std::string(reinterpret_cast<const char*>(graph.ids.data() + block.first * graph.k), (block.end - block.first) * rowBytes));
    // What rank 0 measures travels with the ids: the seconds and the recall, four doubles ahead of them.
    if (ids) {
        graph.seconds = secondsSince(started);
        std::memcpy(graph.ids.data(), ids->data(), ids->size());
        measureGraphRecall(data, metric, settings, graph, &ranks.lost());
        if (everyRank) {
            const double measured[4] = {graph.seconds, graph.recall, static_cast<double>(graph.recallRows), graph.recallSeconds};
            shareFromRankZero(std::string(reinterpret_cast<const char*>(measured), sizeof measured) + *ids, tag + 1, ranks);
        }
        return graph;
    }
    if (!everyRank)
        return std::nullopt;
    const std::string joined = shareFromRankZero({}, tag + 1, ranks);
    if (joined.size() != 4 * sizeof(double) + graph.ids.size() * sizeof(std::int64_t))
        throw Error("rank 0 sent a k-NN graph of " + std::to_string(joined.size()) + " bytes for " + std::to_string(graph.rows) + " rows of "
                    + std::to_string(graph.k) + " neighbours");
    double measured[4];
    std::memcpy(measured, joined.data(), sizeof measured);
    std::memcpy(graph.ids.data(), joined.data() + sizeof measured, graph.ids.size() * sizeof(std::int64_t));
    graph.seconds = measured[0];
    graph.recall = measured[1];
    graph.recallRows = static_cast<std::size_t>(measured[2]);
    graph.recallSeconds = measured[3];
    return graph;
}

std::optional<Neighbors> searchByBlocks(std::size_t count, std::size_t k, RankGroup& ranks,
                                        const std::function<Neighbors(RowBlock block)>& searchBlock, std::uint32_t tag)
{
    const RowBlock own = rowBlockOfRank(count, ranks.rank(), ranks.size());
    const Neighbors mine = searchBlock(own);
    if (mine.queries != own.end - own.first || mine.k != k)
        throw Error("a block search returned " + std::to_string(mine.queries) + " × " + std::to_string(mine.k) + " neighbours for "
                    + std::to_string(own.end - own.first) + " × " + std::to_string(k));
    std::optional<std::string> ids = gatherRowBlocks(count, k * sizeof(std::int64_t), tag, ranks, bytesOf(mine.ids));
    std::optional<std::string> distances = gatherRowBlocks(count, k * sizeof(float), tag + 1, ranks, bytesOf(mine.distances));
    if (!ids)
        return std::nullopt;
    Neighbors all(count, k);
    std::memcpy(all.ids.data(), ids->data(), ids->size());
    std::memcpy(all.distances.data(), distances->data(), distances->size());
    return all;
}

} // namespace nnscope
