#include "data/DatasetSource.h"

#include "core/Error.h"
#include "core/Files.h"
#include "data/BuiltinDatasets.h"

#include <sys/stat.h>

namespace nnscope {

Dataset openDataset(const DatasetSpec& spec)
{
    if (spec.data.empty())
        throw Error("no dataset given (a file path or one of: " + builtinDatasetNames() + ")");

    auto load = [&]() -> Dataset {
        if (const BuiltinDataset* builtin = findBuiltinDataset(spec.data))
            return parseDataset(builtin->bytes, spec.format.value_or(builtin->format), builtin->name);
        std::optional<DataFormat> format = spec.format ? spec.format : formatFromExtension(spec.data);
        if (!format) {
            struct stat info {};
            if (::stat(spec.data.c_str(), &info) != 0 && spec.data.find('/') == std::string::npos)
                throw Error("'" + spec.data + "' is neither a file nor a built-in dataset (" + builtinDatasetNames() + ")");
            throw Error("cannot tell the format of '" + spec.data
                        + "' from its extension; name it with --format glove|csv|fvecs");
        }
        return parseDataset(readWholeFile(spec.data), *format, spec.data);
    };
    Dataset dataset = load();
    return spec.words == 0 ? dataset : dataset.firstRows(spec.words);
}

} // namespace nnscope
