// nnscope engine — core: the seeded random source every stochastic step uses.
//
// std::mt19937_64's output sequence is fixed by the C++ standard, but the standard distributions are
// not, so the draws below are written out: a seed gives the same numbers with any standard library.
#pragma once

#include <cstdint>
#include <random>
#include <vector>

namespace nnscope {

/// The named salts of the streams derived from one run seed, Random::derive(seed, salt + index). The
/// indexed streams own a range each: k-means restarts [0, restarts), the random baseline's queries
/// and ScaNN's blocks [0, count) of their own seeds; per-model streams [salt, salt + 2^32), so no two
/// meet (the layer-1 streams once were 1 and 2, k-means restarts 1 and 2 of the same seed).
namespace seedstream {
constexpr std::uint64_t kHoldout = 0x40D;           ///< the partition experiment's held-out queries
constexpr std::uint64_t kScannTree = 0x5CA;         ///< ScaNN's tree and codebooks
constexpr std::uint64_t kSplit = 0x5917;            ///< the corrected protocol's split
constexpr std::uint64_t kEvaluation = 0xE7A1;       ///< the evaluation sample
constexpr std::uint64_t kMlpShuffle = 0x31F;        ///< a router MLP's batches
constexpr std::uint64_t kNeuralRouter = 0x4E0;      ///< + re-binning round: Neural LSH's router
constexpr std::uint64_t kProbeRouter = 0x11A;       ///< the LIRA-style prober
constexpr std::uint64_t kTrendBootstrap = 0xB007;   ///< the imbalance trend's bootstrap resamples
constexpr std::uint64_t kKMeansSample = 0x5A3;      ///< the rows sampled k-means trains on
constexpr std::uint64_t kGraphRecall = 0x6EC;       ///< the rows an approximate k-NN graph is checked on
constexpr std::uint64_t kMapQuality = 0x3A9;       ///< the rows a map's neighbour preservation is measured on
constexpr std::uint64_t kMapRows = 0x3AA;          ///< the rows `nnscope embed --rows` maps
constexpr std::uint64_t kStopTraining = 0x570;      ///< the held-in rows a learned probing rule trains on
constexpr std::uint64_t kScaleSubsets = 0x5C1;      ///< the order nested subsets of `partition --scale` take rows in
constexpr std::uint64_t kRouterPca = 0x9CA;         ///< (xor the router's stream) the rows a router's projection is fitted on
constexpr std::uint64_t kWidthValidation = 0x3D7;   ///< the held-in rows a router's width is chosen on
constexpr std::uint64_t kWidthTrial = 0x3D8;        ///< (xor the router's stream, then the width) a width trial's router
constexpr std::uint64_t kLayer1Init = 1ull << 32;   ///< the layer-1 CNN's initial weights
constexpr std::uint64_t kLayer1Batches = 2ull << 32;
constexpr std::uint64_t kLayer2Init = 3ull << 32;   ///< + cluster
constexpr std::uint64_t kLayer2Batches = 4ull << 32; ///< + cluster
constexpr std::uint64_t kAugmentation = 5ull << 32; ///< + cluster
} // namespace seedstream

class Random {
public:
    explicit Random(std::uint64_t seed) : engine_(mix(seed)) {}

    /// Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }

    /// Uniform integer in [0, n), n > 0, without modulo bias.
    std::uint64_t below(std::uint64_t n)
    {
        const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
        std::uint64_t x;
        do {
            x = engine_();
        } while (x >= limit);
        return x % n;
    }

    /// `count` distinct indices of [0, n) drawn uniformly (a partial Fisher–Yates shuffle), in
    /// increasing order; count must not exceed n.
    std::vector<std::size_t> sampleIndices(std::size_t n, std::size_t count);

    /// Standard normal (Box–Muller), for perturbations and synthetic data.
    double normal();

    /// A well-separated seed for the i-th independent sub-stream of `seed` (restarts, models).
    static std::uint64_t derive(std::uint64_t seed, std::uint64_t stream) { return mix(seed ^ mix(stream + 1)); }

private:
    // SplitMix64 finaliser: spreads nearby seeds (0, 1, 2, ...) over the whole state space.
    static std::uint64_t mix(std::uint64_t x)
    {
        x += 0x9e3779b97f4a7c15ULL;
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        return x ^ (x >> 31);
    }

    std::mt19937_64 engine_;
    bool hasSpareNormal_ = false;
    double spareNormal_ = 0.0;
};

} // namespace nnscope
