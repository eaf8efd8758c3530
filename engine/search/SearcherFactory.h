// nnscope engine — search: making any searcher from its name and a flat bag of options, for the CLI,
// the experiment runner and the studio.
#pragma once

#include "search/Searcher.h"
#include "search/faiss/FaissSearcher.h"
#include "search/scann/ScannSearcher.h"

#include <memory>
#include <string>
#include <vector>

namespace nnscope {

struct SearcherSpec {
    std::string system = "exact"; ///< exact, random, scann, faiss-flat, faiss-ivf, faiss-ivfpq, faiss-hnsw
    ScannSettings scann;          ///< used when system is scann (start from scannPreset())
    FaissSettings faiss;
    std::uint64_t seed = 0;       ///< random, ScaNN
};

/// The names makeSearcher() knows (the learned hierarchy is made from a trained model instead).
const std::vector<std::string>& searcherNames();
std::unique_ptr<Searcher> makeSearcher(const SearcherSpec& spec);

} // namespace nnscope
