#include "search/scann/Lut16.h"

#include <immintrin.h>

namespace nnscope::scann {

PackedCodes::PackedCodes(std::size_t blocks, const std::vector<std::uint8_t>& codes)
    : points_(blocks ? codes.size() / blocks : 0), blocks_(blocks), bytes_(groups() * blocks * 16, 0)
{
    for (std::size_t i = 0; i < points_; ++i) {
        const std::size_t g = i / 32, m = i % 32;
        for (std::size_t b = 0; b < blocks; ++b) {
            std::uint8_t& byte = bytes_[(g * blocks + b) * 16 + (m % 16)];
            const std::uint8_t code = codes[i * blocks + b] & 0x0F;
            byte = static_cast<std::uint8_t>(m < 16 ? (byte & 0xF0) | code : (byte & 0x0F) | (code << 4));
        }
    }
}

void accumulateScalar(const PackedCodes& codes, const std::uint8_t* lut, std::uint32_t* sums)
{
    const std::size_t blocks = codes.blocks();
    for (std::size_t g = 0; g < codes.groups(); ++g) {
        const std::uint8_t* group = codes.group(g);
        for (std::size_t m = 0; m < 32; ++m) {
            std::uint32_t sum = 0;
            for (std::size_t b = 0; b < blocks; ++b) {
                const std::uint8_t byte = group[b * 16 + (m % 16)];
                const std::uint8_t code = m < 16 ? byte & 0x0F : byte >> 4;
                sum += lut[b * 16 + code];
            }
            sums[g * 32 + m] = sum;
        }
    }
}

namespace {

__attribute__((target("avx2"))) void accumulateAvx2(const PackedCodes& codes, const std::uint8_t* lut, std::uint32_t* sums)
{
    const std::size_t blocks = codes.blocks();
    const __m256i lowNibbles = _mm256_set1_epi8(0x0F);
    const __m256i zero = _mm256_setzero_si256();
    for (std::size_t g = 0; g < codes.groups(); ++g) {
        const std::uint8_t* group = codes.group(g);
        std::uint32_t total[32] = {};
        for (std::size_t first = 0; first < blocks; first += 256) { // uint16 holds 256 × 255
            const std::size_t last = std::min(blocks, first + 256);
            // accumulators: a = points 0–7 | 16–23, b = points 8–15 | 24–31 (per 128-bit lane)
            __m256i a = zero, b = zero;
            for (std::size_t block = first; block < last; ++block) {
                const __m128i packed = _mm_loadu_si128(reinterpret_cast<const __m128i*>(group + block * 16));
                // lane 0: codes of points 0–15 (low nibbles); lane 1: points 16–31 (high nibbles)
                const __m256i indices = _mm256_and_si256(
                    _mm256_inserti128_si256(_mm256_castsi128_si256(packed), _mm_srli_epi16(packed, 4), 1), lowNibbles);
                const __m256i table =
                    _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(lut + block * 16)));
                const __m256i values = _mm256_shuffle_epi8(table, indices);
                a = _mm256_add_epi16(a, _mm256_unpacklo_epi8(values, zero));
                b = _mm256_add_epi16(b, _mm256_unpackhi_epi8(values, zero));
            }
            alignas(32) std::uint16_t lanesA[16], lanesB[16];
            _mm256_store_si256(reinterpret_cast<__m256i*>(lanesA), a);
            _mm256_store_si256(reinterpret_cast<__m256i*>(lanesB), b);
            for (int m = 0; m < 8; ++m) {
                total[m] += lanesA[m];
                total[16 + m] += lanesA[8 + m];
                total[8 + m] += lanesB[m];
                total[24 + m] += lanesB[8 + m];
            }
        }
        for (int m = 0; m < 32; ++m)
            sums[g * 32 + static_cast<std::size_t>(m)] = total[m];
    }
}

} // namespace

bool lut16UsesAvx2()
{
    static const bool available = __builtin_cpu_supports("avx2");
    return available;
}

void accumulate(const PackedCodes& codes, const std::uint8_t* lut, std::uint32_t* sums)
{
    if (lut16UsesAvx2())
        accumulateAvx2(codes, lut, sums);
    else
        accumulateScalar(codes, lut, sums);
}

} // namespace nnscope::scann
