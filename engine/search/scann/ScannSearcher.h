// nnscope engine — search/scann: a ScaNN-style searcher written from the algorithm (SCANN.md), not
// from ScaNN's code: a k-means partitioning tree, asymmetric hashing of the residuals with 16
// centres per block under the anisotropic loss, int8 lookup tables scanned in the LUT16 layout, and
// exact re-ordering of the best candidates.
//
// Inner product (and cosine, on normalised copies) runs in ScaNN's residual mode: each point is
// coded as x − c_leaf and scored as <q, c_leaf> + Σ_b LUT_b[code_b]. L2 codes the points themselves
// and scores Σ_b ‖q_b − C_b[code_b]‖² (ScaNN's squared_l2 mode; no anisotropic encoding there).
#pragma once

#include "search/Searcher.h"
#include "search/scann/Anisotropic.h"
#include "search/scann/Lut16.h"

#include <cmath>
#include <limits>

namespace nnscope {

struct ScannSettings {
    std::string preset = "default";
    std::size_t numLeaves = 0;          ///< 0: ≈ √n (ScaNN's advice)
    std::size_t numLeavesToSearch = 0;  ///< 0: a tenth of the leaves (at least 1)
    std::size_t trainingSampleSize = 100000;
    std::size_t dimsPerBlock = 2;
    double threshold = 0.2;             ///< anisotropic threshold T; NaN switches the loss off
    std::size_t reorder = 100;          ///< candidates re-scored exactly; 0 returns the AH order
    bool anisotropicCodebooks = false;  ///< also train the codebooks under the loss (the paper's method)
    bool sphericalTree = true;          ///< spherical k-means leaves in inner-product mode
    bool normaliseRows = false;         ///< L2-normalise the rows and search by inner product (the authors)
    std::size_t treeIterations = 10;
    std::size_t codebookIterations = 10;
    std::uint64_t seed = 0;
};

/// "paper": the authors' settings — 2000 leaves, 100 searched, dims/block 2, T = 0.01, reorder 100,
/// inner product on L2-normalised rows, plain k-means tree (at T = 0.01 the anisotropic encoder is a
/// no-op, SCANN.md §8). "default": ScaNN's advice — √n leaves, T = 0.2, spherical tree for ip.
ScannSettings scannPreset(const std::string& name);

class ScannSearcher : public Searcher {
public:
    explicit ScannSearcher(ScannSettings settings = {});

    std::string describe() const override;
    void build(const Dataset& data, Metric metric) override;
    SearchCost cost(std::size_t k, std::size_t probes = 0) const override;
    bool probesPartitions() const override { return true; }
    std::size_t defaultProbes() const override { return leavesToSearch_; }
    std::vector<Notice> warnings() const override { return warnings_; }

    const ScannSettings& settings() const { return settings_; }
    std::size_t leaves() const { return leafMembers_.size(); }

protected:
    /// Candidates are ranked by the index's own measure (inner product on normalised rows for the
    /// paper preset); the distances returned are the requested metric's on the original rows.
    /// `probes`: leaves searched (0: as built).
    Neighbors searchBatch(MatrixView queries, std::size_t k, std::size_t probes) const override;

private:
    bool dotMode() const { return metric_ != Metric::L2 || settings_.normaliseRows; }
    /// The index's ranking key (smaller is better) of stored row i for query q.
    double indexKey(std::size_t row, const float* query) const;

    ScannSettings settings_;
    const Dataset* data_ = nullptr;
    Metric metric_ = Metric::L2;
    std::size_t leavesToSearch_ = 0;
    std::vector<float> stored_;                       ///< rows as indexed (normalised if asked), n × d
    std::vector<float> centroids_;                    ///< leaves × d
    std::vector<std::vector<std::uint32_t>> leafMembers_;
    std::vector<scann::PackedCodes> leafCodes_;       ///< per leaf, its members' codes
    scann::Codebooks books_;
    std::vector<Notice> warnings_;
};

} // namespace nnscope
