#include "data/BuiltinDatasets.h"

// Each file is embedded by an assembler stub (engine/cmake/EmbedFile.S.in) that brackets it with
// begin/end symbols; see nnscope_embed_file() in engine/CMakeLists.txt.
#define NNSCOPE_EMBEDDED(id)                                                                                          \
    extern "C" const char nnscope_embedded_##id##_begin[];                                                            \
    extern "C" const char nnscope_embedded_##id##_end[];
NNSCOPE_EMBEDDED(glove_100d)
NNSCOPE_EMBEDDED(glove_50d)
NNSCOPE_EMBEDDED(uci_letter)
#undef NNSCOPE_EMBEDDED

namespace nnscope {
namespace {

std::string_view embedded(const char* begin, const char* end)
{
    return {begin, static_cast<std::size_t>(end - begin)};
}

} // namespace

const std::vector<BuiltinDataset>& builtinDatasets()
{
    static const std::vector<BuiltinDataset> datasets = {
        {"glove-100d", "GloVe 6B 100-d, the 2,717 most frequent words", DataFormat::Glove,
         embedded(nnscope_embedded_glove_100d_begin, nnscope_embedded_glove_100d_end)},
        {"glove-50d", "GloVe 6B 50-d, the 2,446 most frequent words", DataFormat::Glove,
         embedded(nnscope_embedded_glove_50d_begin, nnscope_embedded_glove_50d_end)},
        {"uci-letter", "UCI Letter Recognition, 20,000 x 16 integer features, labelled by letter", DataFormat::Csv,
         embedded(nnscope_embedded_uci_letter_begin, nnscope_embedded_uci_letter_end)},
    };
    return datasets;
}

const BuiltinDataset* findBuiltinDataset(const std::string& name)
{
    for (const BuiltinDataset& dataset : builtinDatasets())
        if (dataset.name == name)
            return &dataset;
    return nullptr;
}

std::string builtinDatasetNames()
{
    std::string names;
    for (const BuiltinDataset& dataset : builtinDatasets())
        names += (names.empty() ? "" : ", ") + dataset.name;
    return names;
}

} // namespace nnscope
