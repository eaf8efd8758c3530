// nnscope engine — data: opening a dataset from what a user typed (a built-in name or a file path).
#pragma once

#include "data/Dataset.h"
#include "data/Formats.h"

#include <optional>
#include <string>

namespace nnscope {

struct DatasetSpec {
    /// A built-in name (see builtinDatasets()) or a file path. Built-in names win; write ./name for a
    /// file that happens to share one.
    std::string data = "glove-100d";
    /// The file format; taken from the extension when unset.
    std::optional<DataFormat> format;
    /// Keep only the first `words` rows (the paper's "number of words"); 0 keeps all.
    std::size_t words = 0;
};

/// Opens the dataset and records the spec in its origin (with an absolute path for files).
Dataset openDataset(const DatasetSpec& spec);

} // namespace nnscope
