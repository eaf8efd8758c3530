#include "search/SearcherFactory.h"

#include "core/Error.h"
#include "search/ExactSearcher.h"
#include "search/RandomSearcher.h"

namespace nnscope {

const std::vector<std::string>& searcherNames()
{
    static const std::vector<std::string> names = {"exact", "random", "scann", "faiss-flat", "faiss-ivf", "faiss-ivfpq", "faiss-hnsw"};
    return names;
}

std::unique_ptr<Searcher> makeSearcher(const SearcherSpec& spec)
{
    if (spec.system == "exact")
        return std::make_unique<ExactSearcher>();
    if (spec.system == "random")
        return std::make_unique<RandomSearcher>(spec.seed);
    if (spec.system == "scann") {
        ScannSettings settings = spec.scann;
        settings.seed = spec.seed;
        return std::make_unique<ScannSearcher>(settings);
    }
    if (spec.system.rfind("faiss-", 0) == 0)
        return std::make_unique<FaissSearcher>(FaissSearcher::parseKind(spec.system), spec.faiss);
    std::string names;
    for (const std::string& name : searcherNames())
        names += (names.empty() ? "" : ", ") + name;
    throw Error("unknown system '" + spec.system + "' (expected " + names + ", or learned with a model)");
}

} // namespace nnscope
