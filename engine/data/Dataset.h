// nnscope engine — data: the dataset every stage works on.
//
// A dataset is n×d floats (row-major, contiguous; see core/MatrixView.h) plus optional row labels (for
// GloVe, the words). It is immutable once built, so it can be shared between threads, and it carries a
// fingerprint that results and saved models are tied to.
#pragma once

#include "core/MatrixView.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace nnscope {

class Dataset {
public:
    /// How to open this dataset again (set by openDataset(); absent for data made in memory).
    struct Origin {
        std::string data;   ///< built-in name or absolute path
        std::string format; ///< data/Formats.h's name
        std::size_t words = 0;
        std::size_t pca = 0; ///< projected onto this many principal axes (0: not)
    };

    /// `values` holds rows×dim floats, all finite; `labels` is empty or holds one label per row.
    /// `source` names where the data came from (a path or a built-in name), for messages.
    Dataset(std::size_t rows, std::size_t dim, std::vector<float> values, std::vector<std::string> labels,
            std::string source);

    std::size_t rows() const { return rows_; }
    std::size_t dim() const { return dim_; }
    const float* row(std::size_t i) const { return values_.data() + i * dim_; }
    MatrixView view() const { return {values_.data(), rows_, dim_}; }
    const std::vector<float>& values() const { return values_; }

    bool hasLabels() const { return !labels_.empty(); }
    const std::vector<std::string>& labels() const { return labels_; }
    /// The row's label, or "#<row>" when the dataset has none.
    std::string labelOf(std::size_t row) const;
    /// The first row whose label is `label`.
    std::optional<std::size_t> findLabel(const std::string& label) const;

    /// Where the data came from, in English for messages: "glove-100d (first 1000 rows)" after a cut.
    const std::string& source() const { return source_; }
    /// The source before firstRows kept a prefix of it, and how many rows it kept (a client words it).
    struct Cut {
        std::string source;
        std::size_t rows = 0;
    };
    const std::optional<Cut>& cut() const { return cut_; }
    const std::optional<Origin>& origin() const { return origin_; }
    void setOrigin(Origin origin) { origin_ = std::move(origin); }

    /// SHA-256 (hex) of the values and labels in a fixed byte layout (docs/ARCHITECTURE.md), so two
    /// datasets with equal numbers and labels have equal fingerprints wherever they were loaded from.
    const std::string& fingerprint() const { return fingerprint_; }

    /// The first `count` rows (the paper's "number of words"); an Error if count is 0 or exceeds rows().
    Dataset firstRows(std::size_t count) const;
    /// The rows listed (ascending, distinct) as a dataset named `source`, compacted in this dataset's own
    /// storage: no second copy of the values, so a held-out split of a million rows costs no extra memory.
    Dataset keepRows(const std::vector<std::size_t>& ascendingRows, std::string source) &&;

private:
    std::size_t rows_;
    std::size_t dim_;
    std::vector<float> values_;
    std::vector<std::string> labels_;
    std::string source_;
    std::string fingerprint_;
    std::optional<Cut> cut_;
    std::optional<Origin> origin_;
};

} // namespace nnscope
