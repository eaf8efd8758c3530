#include "search/scann/ScannSearcher.h"

#include "cluster/KMeans.h"
#include "core/Error.h"
#include "core/Random.h"
#include "core/VectorMath.h"

#include <algorithm>
#include <cmath>
#include <queue>

namespace nnscope {
namespace {

// `count` distinct indices of [0, n), drawn with the generator (partial Fisher–Yates).
std::vector<std::size_t> sampleIndices(std::size_t n, std::size_t count, Random& random)
{
    std::vector<std::size_t> all(n);
    for (std::size_t i = 0; i < n; ++i)
        all[i] = i;
    count = std::min(count, n);
    for (std::size_t i = 0; i < count; ++i)
        std::swap(all[i], all[i + random.below(n - i)]);
    all.resize(count);
    return all;
}

} // namespace

ScannSettings scannPreset(const std::string& name)
{
    ScannSettings settings;
    settings.preset = name;
    if (name == "paper") {
        settings.numLeaves = 2000;
        settings.numLeavesToSearch = 100;
        settings.dimsPerBlock = 2;
        settings.threshold = 0.01;
        settings.reorder = 100;
        settings.sphericalTree = false;
        settings.normaliseRows = true;
    } else if (name != "default") {
        throw Error("unknown ScaNN preset '" + name + "' (expected paper or default)");
    }
    return settings;
}

ScannSearcher::ScannSearcher(ScannSettings settings) : settings_(std::move(settings)) {}

std::string ScannSearcher::describe() const
{
    char text[256];
    std::snprintf(text, sizeof text, "%s preset: %zu leaves (%zu searched), dims/block %zu, T %s, reorder %zu%s%s",
                  settings_.preset.c_str(), leafMembers_.size(), leavesToSearch_, settings_.dimsPerBlock,
                  std::isnan(settings_.threshold) ? "off" : std::to_string(settings_.threshold).substr(0, 5).c_str(),
                  settings_.reorder, settings_.normaliseRows ? ", normalised rows, inner product" : "",
                  settings_.anisotropicCodebooks ? ", anisotropic codebooks" : "");
    return text;
}

void ScannSearcher::build(const Dataset& data, Metric metric)
{
    if (settings_.dimsPerBlock == 0)
        throw Error("ScaNN: dims per block must be at least 1");
    data_ = &data;
    metric_ = metric;
    warnings_.clear();
    const std::size_t n = data.rows(), dim = data.dim();
    const bool dotProduct = dotMode();
    Random random(Random::derive(settings_.seed, seedstream::kScannTree));

    stored_ = data.values();
    if (settings_.normaliseRows || metric == Metric::Cosine)
        for (std::size_t i = 0; i < n; ++i)
            normalise(&stored_[i * dim], dim);
    const MatrixView stored{stored_.data(), n, dim};

    // 1. The tree: k-means leaves trained on a sample, started from distinct sample points.
    std::size_t leaves = settings_.numLeaves ? settings_.numLeaves
                                             : static_cast<std::size_t>(std::lround(std::sqrt(static_cast<double>(n))));
    const std::vector<std::size_t> sample = sampleIndices(n, settings_.trainingSampleSize, random);
    if (leaves > sample.size()) {
        warnings_.push_back(Notice::of(Notice::Kind::LeavesCapped, {}, {leaves, sample.size()}));
        leaves = sample.size();
    }
    leaves = std::max<std::size_t>(leaves, 1);
    leavesToSearch_ = settings_.numLeavesToSearch ? std::min(settings_.numLeavesToSearch, leaves)
                                                  : std::max<std::size_t>(1, leaves / 10);
    if (settings_.numLeavesToSearch > leaves)
        warnings_.push_back(Notice::of(Notice::Kind::AllLeavesSearched, {}, {leaves}));
    std::vector<float> sampleRows;
    for (std::size_t i : sample)
        sampleRows.insert(sampleRows.end(), stored.row(i), stored.row(i) + dim);
    KMeansSettings tree;
    tree.clusters = leaves;
    tree.nInit = 1;
    tree.maxIter = std::max<std::size_t>(settings_.treeIterations, 1);
    tree.tolerance = 1e-5;
    tree.spherical = dotProduct && settings_.sphericalTree;
    tree.seed = settings_.seed;
    for (std::size_t i : sampleIndices(sample.size(), leaves, random)) // ScaNN's random_init
        tree.initialCentroids.insert(tree.initialCentroids.end(), stored.row(sample[i]), stored.row(sample[i]) + dim);
    const KMeansResult clustering = kmeans({sampleRows.data(), sample.size(), dim}, tree);
    centroids_ = clustering.centroids;
    leafMembers_.assign(leaves, {});
    std::vector<std::uint32_t> leafOf(n);
    for (std::size_t i = 0; i < n; ++i) { // every point to its nearest centre by squared L2
        double best = INFINITY;
        for (std::size_t c = 0; c < leaves; ++c) {
            const double d = squaredDistance(stored.row(i), &centroids_[c * dim], dim);
            if (d < best) {
                best = d;
                leafOf[i] = static_cast<std::uint32_t>(c);
            }
        }
        leafMembers_[leafOf[i]].push_back(static_cast<std::uint32_t>(i));
    }

    // 2. Asymmetric hashing: residuals (ip) or points (l2), 16 codewords per block from k-means.
    std::vector<float> residuals = stored_;
    if (dotProduct)
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < dim; ++j)
                residuals[i * dim + j] -= centroids_[leafOf[i] * dim + j];
    books_ = {dim, settings_.dimsPerBlock, 16, std::vector<float>(16 * dim, 0.0f)};
    const std::vector<std::size_t> codebookSample = sampleIndices(n, settings_.trainingSampleSize, random);
    for (std::size_t b = 0; b < books_.blocks(); ++b) {
        const std::size_t offset = books_.offset(b), width = books_.width(b);
        std::vector<float> subvectors;
        for (std::size_t i : codebookSample)
            subvectors.insert(subvectors.end(), &residuals[i * dim + offset], &residuals[i * dim + offset] + width);
        KMeansSettings block;
        block.clusters = std::min<std::size_t>(16, codebookSample.size());
        block.nInit = 1;
        block.maxIter = std::max<std::size_t>(settings_.codebookIterations, 1);
        block.tolerance = 1e-5;
        block.seed = Random::derive(settings_.seed, b);
        const KMeansResult centres = kmeans({subvectors.data(), codebookSample.size(), width}, block);
        for (std::size_t j = 0; j < 16; ++j) // fewer than 16 sample points: repeat the last centre
            std::copy_n(centres.centroid(std::min(j, centres.clusters - 1)), width, books_.codeword(b, j));
    }

    // 3. Encoding, anisotropic where T makes η > 1 (inner-product mode only, as in ScaNN).
    std::vector<double> etas(n, 1.0);
    if (dotProduct)
        for (std::size_t i = 0; i < n; ++i)
            etas[i] = scann::anisotropicEta(settings_.threshold, std::sqrt(dot(stored.row(i), stored.row(i), dim)), dim);
    const std::size_t blocks = books_.blocks();
    std::vector<std::uint8_t> codes(n * blocks);
    auto encodeAll = [&] {
        for (std::size_t i = 0; i < n; ++i) {
            const auto c = scann::encode(books_, &residuals[i * dim], stored.row(i), etas[i]);
            std::copy(c.begin(), c.end(), codes.begin() + static_cast<std::ptrdiff_t>(i * blocks));
        }
    };
    encodeAll();
    if (settings_.anisotropicCodebooks && dotProduct)
        for (std::size_t round = 0; round < settings_.codebookIterations; ++round) {
            scann::updateCodebooksAnisotropically(books_, residuals, stored_, etas, codes);
            encodeAll();
        }

    leafCodes_.clear();
    for (const auto& members : leafMembers_) {
        std::vector<std::uint8_t> leafCodes;
        for (std::uint32_t i : members)
            leafCodes.insert(leafCodes.end(), codes.begin() + static_cast<std::ptrdiff_t>(i * blocks),
                             codes.begin() + static_cast<std::ptrdiff_t>((i + 1) * blocks));
        leafCodes_.emplace_back(blocks, leafCodes);
    }
}

double ScannSearcher::indexKey(std::size_t row, const float* query) const
{
    const std::size_t dim = data_->dim();
    return dotMode() ? -dot(&stored_[row * dim], query, dim) : squaredDistance(&stored_[row * dim], query, dim);
}

Neighbors ScannSearcher::searchBatch(MatrixView queries, std::size_t k, std::size_t probes) const
{
    if (!data_)
        throw Error("ScaNN: build() was not called");
    if (queries.rows > 0 && queries.dim != data_->dim())
        throw Error("ScaNN: queries have dimension " + std::to_string(queries.dim) + ", the index " + std::to_string(data_->dim()));
    const std::size_t dim = data_->dim(), blocks = books_.blocks(), leaves = leafMembers_.size();
    const std::size_t leavesToSearch = std::min(probes ? probes : leavesToSearch_, leaves);
    const bool dotProduct = dotMode();
    const std::size_t keep = std::max(k, settings_.reorder);

    Neighbors result(queries.rows, k);
    std::vector<std::pair<double, std::size_t>> leafScores(leaves);
    std::vector<float> table(blocks * 16);
    std::vector<std::uint8_t> quantisedTable(blocks * 16);
    std::vector<std::uint32_t> sums;
    std::vector<std::pair<double, std::int64_t>> candidates;
    for (std::size_t q = 0; q < queries.rows; ++q) {
        const float* query = queries.row(q);

        // 1. Leaves by the main distance; in residual mode −<q, c> is also the leaf's bias.
        for (std::size_t c = 0; c < leaves; ++c)
            leafScores[c] = {centreScore(query, &centroids_[c * dim], dim, dotProduct), c};
        std::partial_sort(leafScores.begin(), leafScores.begin() + static_cast<std::ptrdiff_t>(leavesToSearch), leafScores.end());

        // 2. The query's lookup table, then int8 with one scale (μ = 127 / max |entry|), +128 biased.
        float largest = 0.0f;
        for (std::size_t b = 0; b < blocks; ++b)
            for (std::size_t j = 0; j < 16; ++j) {
                const float* c = books_.codeword(b, j);
                const float* qb = query + books_.offset(b);
                const double value = dotProduct ? -dot(qb, c, books_.width(b)) : squaredDistance(qb, c, books_.width(b));
                table[b * 16 + j] = static_cast<float>(value);
                largest = std::max(largest, std::fabs(table[b * 16 + j]));
            }
        const double scale = largest > 0.0f ? 127.0 / largest : 1.0;
        for (std::size_t e = 0; e < table.size(); ++e)
            quantisedTable[e] = static_cast<std::uint8_t>(static_cast<int>(std::lround(table[e] * scale)) + 128);
        const double sumOffset = 128.0 * static_cast<double>(blocks);

        // 3. Scan the kept leaves; keep the best `keep` approximate scores (a max-heap on the score).
        std::priority_queue<std::pair<double, std::int64_t>> best;
        for (std::size_t s = 0; s < leavesToSearch; ++s) {
            const std::size_t leaf = leafScores[s].second;
            const auto& members = leafMembers_[leaf];
            if (members.empty())
                continue;
            const double bias = dotProduct ? leafScores[s].first : 0.0;
            sums.resize(leafCodes_[leaf].groups() * 32);
            scann::accumulate(leafCodes_[leaf], quantisedTable.data(), sums.data());
            for (std::size_t m = 0; m < members.size(); ++m) {
                const auto row = static_cast<std::int64_t>(members[m]);
                const double approximate = bias + (static_cast<double>(sums[m]) - sumOffset) / scale;
                if (best.size() < keep)
                    best.emplace(approximate, row);
                else if (approximate < best.top().first) {
                    best.pop();
                    best.emplace(approximate, row);
                }
            }
        }

        // 4. Reorder exactly by the index's measure (or keep the AH order), then report the metric.
        candidates.clear();
        while (!best.empty()) {
            const auto [approximate, row] = best.top();
            best.pop();
            candidates.emplace_back(settings_.reorder > 0 ? indexKey(static_cast<std::size_t>(row), query) : approximate, row);
        }
        std::sort(candidates.begin(), candidates.end());
        for (std::size_t r = 0; r < std::min(k, candidates.size()); ++r) {
            const std::int64_t row = candidates[r].second;
            result.ids[q * k + r] = row;
            result.distances[q * k + r] = static_cast<float>(distance(metric_, data_->row(static_cast<std::size_t>(row)), query, dim));
        }
    }
    return result;
}

SearchCost ScannSearcher::cost(std::size_t k, std::size_t probes) const
{
    if (!data_)
        return {};
    const std::size_t n = data_->rows(), dim = data_->dim(), leaves = leafMembers_.size();
    const std::size_t leavesToSearch = std::min(probes ? probes : leavesToSearch_, leaves);
    std::uint64_t codeBytes = 0;
    for (const auto& codes : leafCodes_)
        codeBytes += codes.bytes();
    SearchCost cost;
    cost.bytes = codeBytes + 4ull * centroids_.size() + 4ull * books_.values.size() + 4ull * stored_.size();
    const double scanned = static_cast<double>(n) * static_cast<double>(leavesToSearch) / static_cast<double>(std::max<std::size_t>(leaves, 1));
    const std::size_t reordered = settings_.reorder > 0 ? std::min(std::max(k, settings_.reorder), n) : 0; // as searchBatch keeps
    cost.flopsPerQuery = 2.0 * static_cast<double>(leaves * dim)                          // leaf scores
                         + 2.0 * 16.0 * static_cast<double>(dim)                         // lookup table
                         + scanned * static_cast<double>(books_.blocks())                 // one add per block
                         + 2.0 * static_cast<double>(reordered * dim);                    // reorder
    cost.note = "leaf scoring + LUT + one table add per block per scanned point + exact reorder; codes, centroids, "
                "codebooks and the float rows kept for reordering";
    return cost;
}

} // namespace nnscope
