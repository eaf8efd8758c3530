#include "data/DatasetSource.h"

#include "core/Error.h"
#include "core/Files.h"
#include "data/BuiltinDatasets.h"

#include <filesystem>
#include <sys/stat.h>

namespace nnscope {

Dataset openDataset(const DatasetSpec& spec)
{
    if (spec.data.empty())
        throw Error("no dataset given (a file path or one of: " + builtinDatasetNames() + ")");

    Dataset::Origin origin{spec.data, "", spec.words};
    auto load = [&]() -> Dataset {
        if (const BuiltinDataset* builtin = findBuiltinDataset(spec.data)) {
            origin.format = formatName(spec.format.value_or(builtin->format));
            return parseDataset(builtin->bytes, spec.format.value_or(builtin->format), builtin->name);
        }
        std::optional<DataFormat> format = spec.format ? spec.format : formatFromExtension(spec.data);
        if (!format) {
            struct stat info {};
            if (::stat(spec.data.c_str(), &info) != 0 && spec.data.find('/') == std::string::npos)
                throw Error("'" + spec.data + "' is neither a file nor a built-in dataset (" + builtinDatasetNames() + ")");
            throw Error("cannot tell the format of '" + spec.data
                        + "' from its extension; name it with --format glove|csv|fvecs");
        }
        origin.format = formatName(*format);
        std::error_code ignored;
        origin.data = std::filesystem::absolute(spec.data, ignored).string();
        return parseDataset(readWholeFile(spec.data), *format, spec.data);
    };
    Dataset dataset = load();
    if (spec.words != 0)
        dataset = dataset.firstRows(spec.words);
    dataset.setOrigin(origin);
    return dataset;
}

} // namespace nnscope
