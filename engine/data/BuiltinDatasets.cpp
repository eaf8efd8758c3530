#include "data/BuiltinDatasets.h"

// Each file is embedded by an assembler stub (engine/cmake/EmbedFile.S.in) that brackets it with
// begin/end symbols; see nnscope_embed_file() in engine/CMakeLists.txt.
#define NNSCOPE_EMBEDDED(id)                                                                                          \
    extern "C" const char nnscope_embedded_##id##_begin[];                                                            \
    extern "C" const char nnscope_embedded_##id##_end[];
NNSCOPE_EMBEDDED(glove_100d)
NNSCOPE_EMBEDDED(glove_50d)
NNSCOPE_EMBEDDED(uci_letter)
NNSCOPE_EMBEDDED(siftsmall_base)
NNSCOPE_EMBEDDED(siftsmall_query)
NNSCOPE_EMBEDDED(siftsmall_groundtruth)
#undef NNSCOPE_EMBEDDED

namespace nnscope {
namespace {

#define NNSCOPE_BYTES(id) std::string_view(nnscope_embedded_##id##_begin, static_cast<std::size_t>(nnscope_embedded_##id##_end - nnscope_embedded_##id##_begin))

} // namespace

const std::vector<BuiltinDataset>& builtinDatasets()
{
    static const std::string fashion = "/usr/share/datasets/fashion-mnist/";
    static const std::vector<BuiltinDataset> datasets = {
        {"glove-100d", "GloVe 6B 100-d, the 2,717 most frequent words", DataFormat::Glove, NNSCOPE_BYTES(glove_100d)},
        {"glove-50d", "GloVe 6B 50-d, the 4,959 most frequent words", DataFormat::Glove, NNSCOPE_BYTES(glove_50d)},
        {"uci-letter", "UCI Letter Recognition, 20,000 x 16 integer features, labelled by letter", DataFormat::Csv,
         NNSCOPE_BYTES(uci_letter)},
        {"siftsmall", "texmex ANN_SIFT10K: 10,000 x 128 SIFT descriptors, 100 queries with their 100 exact L2 neighbours",
         DataFormat::Fvecs, NNSCOPE_BYTES(siftsmall_base), NNSCOPE_BYTES(siftsmall_query), NNSCOPE_BYTES(siftsmall_groundtruth)},
        {"fashion-mnist", "Fashion-MNIST: 60,000 x 784 images (train) as the base, the 10,000 t10k images as queries",
         DataFormat::Idx, {}, {}, {}, fashion + "train-images-idx3-ubyte.gz", fashion + "t10k-images-idx3-ubyte.gz",
         "dataset-fashion-mnist"},
    };
    return datasets;
}

#undef NNSCOPE_BYTES

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
