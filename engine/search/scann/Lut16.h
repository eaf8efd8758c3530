// nnscope engine — search/scann: 4-bit codes packed for 16-entry table lookups (ScaNN's LUT16 layout)
// and the scoring loop over them.
//
// Points go in groups of 32. Per group and block there are 16 bytes; byte m holds the code of point m
// in its low nibble and the code of point m + 16 in its high nibble. One 16-byte table per block
// (int8 values stored as uint8 with a +128 bias) is then looked up for 32 points by a single byte
// shuffle (AVX2), and the per-point sums accumulate in uint16 (256 blocks at most per pass).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace nnscope::scann {

class PackedCodes {
public:
    PackedCodes() = default;
    /// `codes` holds points × blocks codes in [0, 16), point-major.
    PackedCodes(std::size_t blocks, const std::vector<std::uint8_t>& codes);

    std::size_t points() const { return points_; }
    std::size_t blocks() const { return blocks_; }
    std::size_t groups() const { return (points_ + 31) / 32; }
    const std::uint8_t* group(std::size_t g) const { return bytes_.data() + g * blocks_ * 16; }
    std::size_t bytes() const { return bytes_.size(); }

private:
    std::size_t points_ = 0;
    std::size_t blocks_ = 0;
    std::vector<std::uint8_t> bytes_;
};

/// sums[i] = Σ_b lut[b * 16 + code_b(i)] for every point i (sums has room for groups() × 32).
/// Uses AVX2 when the CPU has it, else the scalar loop; both give identical sums.
void accumulate(const PackedCodes& codes, const std::uint8_t* lut, std::uint32_t* sums);
/// The scalar loop (also the reference the AVX2 path is tested against).
void accumulateScalar(const PackedCodes& codes, const std::uint8_t* lut, std::uint32_t* sums);
/// True when accumulate() takes the AVX2 path on this CPU.
bool lut16UsesAvx2();

} // namespace nnscope::scann
