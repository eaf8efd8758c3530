// nnscope engine — data: the ann-benchmarks HDF5 layout — `train` (n × d float), `test` (queries),
// `neighbors` (queries × k int), `distances` (queries × k float) and a `distance` attribute
// ("euclidean", "angular", …) — read with the HDF5 C++ API.
#pragma once

#include "data/Dataset.h"
#include "data/GroundTruth.h"

#include <chrono>
#include <memory>
#include <optional>
#include <string>

namespace nnscope {

struct AnnBenchmarksFile {
    Dataset train;
    std::optional<Dataset> test;
    std::optional<GroundTruth> neighbors;
    std::string distance; ///< the file's `distance` attribute, empty when absent
};

/// Reads the file; an Error naming the file and what was expected for anything else (not HDF5, no
/// `train`, a non-2-D or non-numeric dataset, mismatched dimensions, NaN/Inf, more bytes than `limit`).
/// libhdf5 runs in a child process (core/Isolated.h) that must finish within `deadline` (0: 4 s and a
/// second per 100 MB of file): a crafted file that makes the library loop ends in an Error.
AnnBenchmarksFile readAnnBenchmarksHdf5(const std::string& path, std::size_t limit = std::size_t(8) << 30,
                                        std::chrono::milliseconds deadline = std::chrono::milliseconds(0));

} // namespace nnscope
