// nnscope engine — data: reading a dataset from what a user typed (a built-in name or a file path),
// with the query set and ground truth that ANN benchmarks ship beside it. The steps after reading
// (a PCA projection, the first `words` rows) are the workload's (workload/Workload.h: openWorkload,
// openDataset), above this module and engine/project.
#pragma once

#include "data/Dataset.h"
#include "data/Formats.h"
#include "data/GroundTruth.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace nnscope {

/// Two threads parse GloVe text about 1.5x faster than one on this 2-core machine (docs/benchmarks.md §8;
/// reading, merging and the fingerprint stay on one thread).
inline constexpr std::size_t kDefaultLoadThreads = 2;

struct DatasetSpec {
    /// A built-in name (see builtinDatasets()) or a file path. Built-in names win; write ./name for a
    /// file that happens to share one.
    std::string data = "glove-100d";
    /// The file format; taken from the file name when unset.
    std::optional<DataFormat> format;
    /// Keep only the first `words` rows (the paper's "number of words"); 0 keeps all.
    std::size_t words = 0;
    /// Project onto the leading `pca` principal axes of the base (fitted on all its rows, before
    /// `words` is applied), so wide data can run through the paper's architecture; 0: off.
    std::size_t pca = 0;
    /// Threads parsing a large GloVe text file (docs/benchmarks.md §8 measures 1 against 2).
    std::size_t threads = kDefaultLoadThreads;
};

/// A base set, and optionally queries and their exact neighbours in it.
struct WorkloadSpec {
    DatasetSpec dataset;
    std::string queries;     ///< a file of query vectors (any format); empty: the dataset's own, if any
    std::string groundTruth; ///< `.ivecs` or ann-benchmarks HDF5; empty: the dataset's own, if any
};

struct Workload {
    std::shared_ptr<const Dataset> base;
    std::shared_ptr<const Dataset> queries; ///< null: the dataset has none (queries are then base rows)
    std::optional<GroundTruth> truth;       ///< of `queries` in `base`
    std::string truthSource;                ///< where the truth came from ("siftsmall (shipped)", a path)
    std::string distance;                   ///< the metric the file declares (HDF5 `distance`), if any
    std::vector<std::string> notes;         ///< what was dropped and why (e.g. truth after --pca)
};

/// What was read, before the workload's steps: every base row as stored (spec.dataset.pca and
/// .words not applied), queries and ground truth checked against it, and the origin to record.
struct ReadWorkload {
    Dataset base;
    std::optional<Dataset> queries;
    Workload workload;        ///< truth, its source, distance and notes (base and queries not yet set)
    Dataset::Origin origin;   ///< the spec, with an absolute path for files
};

/// Reads base, queries and ground truth; an Error naming the file for a mismatch (dimensions, ids out
/// of range, too few neighbours listed) or a missing package (fashion-mnist).
ReadWorkload readWorkload(const WorkloadSpec& spec);

} // namespace nnscope
