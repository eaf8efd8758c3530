// nnscope engine — data: the datasets nnscope knows by name — compiled in (resources/data, attribution
// in resources/data/SOURCES.md) or, for larger ones, read from a Debian data package — so that every
// command works without a download.
#pragma once

#include "data/Formats.h"

#include <string>
#include <string_view>
#include <vector>

namespace nnscope {

struct BuiltinDataset {
    std::string name;        ///< e.g. "glove-100d"
    std::string description; ///< one line for listings
    DataFormat format;
    std::string_view bytes;  ///< the embedded base set, exactly as shipped in resources/data (empty if external)
    std::string_view queryBytes = {}; ///< an embedded query set, in the same format
    std::string_view truthBytes = {}; ///< its embedded ground truth (.ivecs)
    /// For a dataset read from a Debian package: its files and the package that installs them.
    std::string path = {};
    std::string queryPath = {};
    std::string package = {};
};

const std::vector<BuiltinDataset>& builtinDatasets();
/// The built-in dataset called `name`, or nullptr.
const BuiltinDataset* findBuiltinDataset(const std::string& name);
/// "glove-100d, glove-50d, …", for messages.
std::string builtinDatasetNames();

} // namespace nnscope
