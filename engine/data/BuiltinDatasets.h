// nnscope engine — data: the datasets compiled into nnscope (resources/data, attribution in
// resources/data/SOURCES.md), addressable by name so that every command works without a download.
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
    std::string_view bytes;  ///< the embedded file, exactly as shipped in resources/data
};

const std::vector<BuiltinDataset>& builtinDatasets();
/// The built-in dataset called `name`, or nullptr.
const BuiltinDataset* findBuiltinDataset(const std::string& name);
/// "glove-100d, glove-50d, uci-letter", for messages.
std::string builtinDatasetNames();

} // namespace nnscope
