#include "data/Formats.h"

#include "core/Error.h"

#include <algorithm>
#include <cctype>

namespace nnscope {

std::string formatName(DataFormat format)
{
    switch (format) {
    case DataFormat::Glove: return "glove";
    case DataFormat::Csv: return "csv";
    case DataFormat::Fvecs: return "fvecs";
    case DataFormat::Idx: return "idx";
    case DataFormat::Hdf5: return "hdf5";
    }
    return "unknown";
}

DataFormat parseDataFormat(const std::string& name)
{
    for (DataFormat format : {DataFormat::Glove, DataFormat::Csv, DataFormat::Fvecs, DataFormat::Idx, DataFormat::Hdf5})
        if (formatName(format) == name)
            return format;
    throw Error("unknown data format '" + name + "' (expected glove, csv, fvecs, idx or hdf5)");
}

std::optional<DataFormat> formatFromExtension(const std::string& path)
{
    std::string name = path.substr(path.find_last_of('/') == std::string::npos ? 0 : path.find_last_of('/') + 1);
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (name.find("idx3-ubyte") != std::string::npos)
        return DataFormat::Idx;
    const std::size_t dot = name.find_last_of('.');
    if (dot == std::string::npos)
        return std::nullopt;
    const std::string extension = name.substr(dot + 1);
    if (extension == "txt" || extension == "vec" || extension == "glove")
        return DataFormat::Glove;
    if (extension == "csv")
        return DataFormat::Csv;
    if (extension == "fvecs")
        return DataFormat::Fvecs;
    if (extension == "hdf5" || extension == "h5")
        return DataFormat::Hdf5;
    return std::nullopt;
}

} // namespace nnscope
