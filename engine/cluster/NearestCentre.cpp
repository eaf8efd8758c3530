#include "cluster/NearestCentre.h"

#include <cmath>
#include <immintrin.h>
#include <limits>

namespace nnscope {

std::uint32_t nearestCentreScalar(const float* dots, const float* centreNorms, std::size_t k)
{
    std::uint32_t best = 0;
    float bestScore = std::numeric_limits<float>::infinity();
    for (std::size_t c = 0; c < k; ++c) {
        const float score = centreNorms[c] - 2.0f * dots[c];
        if (score < bestScore) {
            bestScore = score;
            best = static_cast<std::uint32_t>(c);
        }
    }
    return best;
}

// The same with AVX-512: the scores' minimum over 16 lanes, then the first lane that holds it. The
// scores are rounded as in the scalar loop (a multiply by 2 is exact, then one subtraction), and the
// minimum and first index do not depend on the order, so the answer is the scalar loop's.
namespace {

// The lanes of the group of 16 centres from c that exist (all but the last group: all 16).
inline __mmask16 lanesFrom(std::size_t c, std::size_t k)
{
    return static_cast<__mmask16>(k - c >= 16 ? 0xFFFFu : (1u << (k - c)) - 1);
}

__attribute__((target("avx512f"))) inline __m512 scoresAvx512(const float* dots, const float* centreNorms, __mmask16 lanes)
{
    return _mm512_mask_sub_ps(_mm512_set1_ps(HUGE_VALF), lanes, _mm512_maskz_loadu_ps(lanes, centreNorms),
                              _mm512_mul_ps(_mm512_set1_ps(2.0f), _mm512_maskz_loadu_ps(lanes, dots)));
}

__attribute__((target("avx512f"))) std::uint32_t nearestCentreAvx512(const float* dots, const float* centreNorms, std::size_t k)
{
    __m512 least = _mm512_set1_ps(HUGE_VALF);
    for (std::size_t c = 0; c < k; c += 16) {
        const __mmask16 lanes = lanesFrom(c, k);
        least = _mm512_mask_min_ps(least, lanes, least, scoresAvx512(dots + c, centreNorms + c, lanes));
    }
    alignas(64) float lanes[16]; // (GCC 12 warns inside _mm512_reduce_min_ps)
    _mm512_store_ps(lanes, least);
    float smallest = lanes[0];
    for (float v : lanes)
        smallest = v < smallest ? v : smallest;
    const __m512 best = _mm512_set1_ps(smallest);
    for (std::size_t c = 0; c < k; c += 16) {
        const __mmask16 lanes = lanesFrom(c, k);
        const __mmask16 hits = _mm512_mask_cmp_ps_mask(lanes, scoresAvx512(dots + c, centreNorms + c, lanes), best, _CMP_EQ_OQ);
        if (hits != 0)
            return static_cast<std::uint32_t>(c + static_cast<std::size_t>(__builtin_ctz(hits)));
    }
    return 0; // every score NaN or +inf, as the scalar loop answers
}

} // namespace

std::uint32_t nearestCentre(const float* dots, const float* centreNorms, std::size_t k)
{
    static const auto fastest = __builtin_cpu_supports("avx512f") ? nearestCentreAvx512 : nearestCentreScalar;
    return fastest(dots, centreNorms, k);
}

} // namespace nnscope
