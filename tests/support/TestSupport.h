// Helpers shared by the test suites: synthetic data, an independent brute-force k-NN, and files.
#pragma once

#include "core/MatrixView.h"
#include "search/Metric.h"

#include <QString>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace nnscope::test {

/// rows × dim values, normally distributed, reproducible from `seed`.
std::vector<float> randomMatrix(std::size_t rows, std::size_t dim, std::uint64_t seed);

/// `groups` well-separated Gaussian blobs of `perGroup` rows each (row i belongs to blob i / perGroup):
/// blob g is centred at 10·g on axis g mod dim, with standard deviation `spread`.
std::vector<float> blobMatrix(std::size_t groups, std::size_t perGroup, std::size_t dim, double spread, std::uint64_t seed);

/// One neighbour of the reference search: row id and its distance.
struct NaiveNeighbor {
    std::int64_t id;
    double distance;
};

/// The k nearest rows of `base` to `query` by a plain double-precision loop written independently of
/// the engine: distances by the metric's textbook formula, closest first, ties by smaller id;
/// `excluded` (or -1) is skipped.
std::vector<NaiveNeighbor> naiveKnn(MatrixView base, const float* query, std::size_t k, Metric metric,
                                    std::int64_t excluded);

/// Writes bytes to a file (creating it), failing the test on error.
void writeFile(const QString& path, const std::string& bytes);

/// The message of the Error `call` throws, or "<no error>" when it returns.
std::string errorOf(const std::function<void()>& call);
/// The records of an RFC 4180 CSV text (quoted fields with commas, doubled quotes, CRLF), fields unquoted.
std::vector<std::vector<std::string>> csvRecords(const std::string& text);

/// A GloVe-format text of the given rows with generated words ("w0", "w1", ...).
std::string gloveText(const std::vector<float>& values, std::size_t dim);

} // namespace nnscope::test
