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
    }
    return "unknown";
}

DataFormat parseDataFormat(const std::string& name)
{
    for (DataFormat format : {DataFormat::Glove, DataFormat::Csv, DataFormat::Fvecs})
        if (formatName(format) == name)
            return format;
    throw Error("unknown data format '" + name + "' (expected glove, csv or fvecs)");
}

std::optional<DataFormat> formatFromExtension(const std::string& path)
{
    const std::size_t dot = path.find_last_of('.');
    const std::size_t slash = path.find_last_of('/');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash))
        return std::nullopt;
    std::string extension = path.substr(dot + 1);
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == "txt" || extension == "vec" || extension == "glove")
        return DataFormat::Glove;
    if (extension == "csv")
        return DataFormat::Csv;
    if (extension == "fvecs")
        return DataFormat::Fvecs;
    return std::nullopt;
}

Dataset parseDataset(std::string_view content, DataFormat format, const std::string& source)
{
    switch (format) {
    case DataFormat::Glove: return parseGlove(content, source);
    case DataFormat::Csv: return parseCsv(content, source);
    case DataFormat::Fvecs: return parseFvecs(content, source);
    }
    throw Error("unknown data format");
}

} // namespace nnscope
