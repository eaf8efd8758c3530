// nnscope engine — search/scann: the anisotropic (score-aware) quantisation loss of Guo et al. 2020
// and ScaNN's coordinate-descent encoder (docs: ../shared/reference/SCANN.md §5).
//
// For a point x and its quantisation x̃, e = x − x̃ splits into e∥ (along x) and e⊥. The loss is
//     η ‖e∥‖² + ‖e⊥‖²,   η = (d − 1) t² / (1 − t²),  t = T / ‖x‖,
// so for T above 1/√d (unit data) an error along x costs more than one across it; at t² = 1/d the
// weights are equal and the loss is the plain reconstruction error ‖e‖².
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace nnscope::scann {

/// η for a point of norm `norm` in `dim` dimensions at threshold T (NaN T → 1: isotropic).
/// t is clamped below 1, where the formula would blow up (ScaNN has no guard there).
double anisotropicEta(double threshold, double norm, std::size_t dim);

/// η ‖e∥‖² + ‖e⊥‖² for the error e = x − x̃ (length dim), with e∥ the projection of e on x.
double anisotropicLoss(const float* x, const float* quantised, std::size_t dim, double eta);

/// Product-quantisation codebooks: block b covers coordinates [offset(b), offset(b) + width(b)) and
/// holds `centres` codewords of that width.
struct Codebooks {
    std::size_t dim = 0;
    std::size_t dimsPerBlock = 2;
    std::size_t centres = 16;
    std::vector<float> values; ///< per block, centres × width(b), blocks one after another

    std::size_t blocks() const { return (dim + dimsPerBlock - 1) / dimsPerBlock; }
    std::size_t offset(std::size_t block) const { return block * dimsPerBlock; }
    std::size_t width(std::size_t block) const { return std::min(dimsPerBlock, dim - offset(block)); }
    const float* codeword(std::size_t block, std::size_t j) const { return values.data() + offset(block) * centres + j * width(block); }
    float* codeword(std::size_t block, std::size_t j) { return values.data() + offset(block) * centres + j * width(block); }
};

/// Codes (one per block) of residual r: the nearest codeword per block, then — when η > 1 —
/// ScaNN's coordinate descent over blocks: visit blocks by decreasing error, try every other
/// codeword, accept the move that lowers η Δ‖e∥‖² + Δ‖e⊥‖² most among those that do not enlarge the
/// parallel error; up to 10 sweeps, stopping after a sweep without change. `x` is the original point
/// (the direction of e∥); in residual mode r = x − centroid, and r − r̃ = x − x̃.
std::vector<std::uint8_t> encode(const Codebooks& books, const float* residual, const float* x, double eta);

/// The quantised residual Σ_b C_b[code_b] (length dim).
std::vector<float> decode(const Codebooks& books, const std::uint8_t* codes);

/// Codebook update under the anisotropic loss with codes fixed (the paper's PQ training step):
/// solves Σ_i S_iᵀ W_i S_i c = Σ_i S_iᵀ W_i r_i, W_i = I + (η_i − 1) x̂_i x̂_iᵀ, for all codewords c at
/// once (e∥ couples the blocks). Codewords no point uses keep their values.
void updateCodebooksAnisotropically(Codebooks& books, const std::vector<float>& residuals, const std::vector<float>& points,
                                    const std::vector<double>& etas, const std::vector<std::uint8_t>& codes);

} // namespace nnscope::scann
