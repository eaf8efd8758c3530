// nnscope engine — cluster (internal to k-means): the nearest centre of one row from its dot products
// with the centres, the step of every Lloyd iteration after the matrix product.
#pragma once

#include <cstddef>
#include <cstdint>

namespace nnscope {

/// The c with the smallest centreNorms[c] − 2 · dots[c] (squared distance less the row's own norm),
/// the smaller c on ties; 0 when no score is below +inf. Runs the AVX-512 kernel where the CPU has it
/// (a third of the time outside the matrix product went to this search as a scalar loop).
std::uint32_t nearestCentre(const float* dots, const float* centreNorms, std::size_t k);

/// The scalar loop, the definition the SIMD kernel is tested against.
std::uint32_t nearestCentreScalar(const float* dots, const float* centreNorms, std::size_t k);

} // namespace nnscope
