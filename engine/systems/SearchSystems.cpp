#include "systems/Entries.h"

#include "search/ExactSearcher.h"
#include "search/RandomSearcher.h"
#include "search/faiss/FaissSearcher.h"
#include "search/scann/ScannSearcher.h"

#include <cmath>

namespace nnscope {

SystemEntry exactSystem()
{
    SystemEntry entry;
    entry.name = "exact";
    entry.summary = "brute force with double-precision ranking: the ground truth";
    entry.make = [](const SystemArguments&, const SystemResources&) { return std::make_unique<ExactSearcher>(); };
    return entry;
}

SystemEntry randomSystem()
{
    SystemEntry entry;
    entry.name = "random";
    entry.summary = "k distinct rows drawn uniformly (the paper's baseline)";
    entry.parameters = {{"seed", ParameterKind::Count, "", "seed of the draws (default: the run's seed)"}};
    entry.make = [](const SystemArguments& a, const SystemResources& c) {
        return std::make_unique<RandomSearcher>(a.isSet("seed") ? a.seed("seed") : c.seed, c.randomPool);
    };
    return entry;
}

namespace {

SystemEntry scannEntry(const std::string& name, const std::string& preset)
{
    const ScannSettings defaults = scannPreset(preset);
    const auto text = [](std::size_t value) { return value ? std::to_string(value) : std::string(); };
    SystemEntry entry;
    entry.name = name;
    entry.summary = preset == "paper"
        ? "the ScaNN-style searcher with the authors' settings (inner product on normalised rows); also reports ScaNN's own top-1 score"
        : "a ScaNN-style searcher written from the algorithm: k-means tree, anisotropic 4-bit PQ (LUT16), exact reorder";
    entry.parameters = {
        {"leaves", ParameterKind::Count, text(defaults.numLeaves),
         std::string("leaves of the partitioning tree") + (defaults.numLeaves ? "" : " (default: about sqrt(rows))")},
        {"search", ParameterKind::Count, text(defaults.numLeavesToSearch),
         std::string("leaves searched per query") + (defaults.numLeavesToSearch ? "" : " (default: a tenth of the leaves)")},
        {"block", ParameterKind::Count, text(defaults.dimsPerBlock), "dimensions per PQ block"},
        {"t", ParameterKind::Number, std::isnan(defaults.threshold) ? "off" : std::to_string(defaults.threshold).substr(0, 4),
         "anisotropic threshold T, or off"},
        {"reorder", ParameterKind::Count, text(defaults.reorder), "candidates re-scored exactly (0: none)"},
        {"anisotropic-codebooks", ParameterKind::Flag, "0", "also train the codebooks under the anisotropic loss"},
        {"seed", ParameterKind::Count, "", "seed of the tree and codebooks (default: the run's seed)"},
    };
    entry.probeKey = "search";
    entry.reportsScannScore = preset == "paper";
    entry.make = [preset](const SystemArguments& a, const SystemResources& c) {
        ScannSettings settings = scannPreset(preset);
        settings.numLeaves = a.count("leaves");
        settings.numLeavesToSearch = a.count("search");
        if (a.isSet("block"))
            settings.dimsPerBlock = a.count("block");
        settings.threshold = a.number("t");
        settings.reorder = a.count("reorder");
        settings.anisotropicCodebooks = a.flag("anisotropic-codebooks");
        settings.seed = a.isSet("seed") ? a.seed("seed") : c.seed;
        return std::make_unique<ScannSearcher>(settings);
    };
    return entry;
}

} // namespace

SystemEntry scannSystem()
{
    return scannEntry("scann", "default");
}

SystemEntry scannPaperSystem()
{
    return scannEntry("scann-paper", "paper");
}

namespace {

SystemEntry faissEntry(FaissSearcher::Kind kind, const std::string& name, const std::string& summary,
                       std::vector<SystemParameter> parameters)
{
    SystemEntry entry;
    entry.name = name;
    entry.summary = summary;
    entry.parameters = std::move(parameters);
    if (kind == FaissSearcher::Kind::IvfFlat || kind == FaissSearcher::Kind::IvfPqFastScan)
        entry.probeKey = "nprobe";
    entry.make = [kind](const SystemArguments& a, const SystemResources& c) {
        FaissSettings settings;
        settings.threads = c.threads;
        for (const auto& [key, field] : {std::pair<const char*, std::size_t*>{"nlist", &settings.nlist}, {"nprobe", &settings.nprobe},
                                         {"m-pq", &settings.pqSubquantizers}, {"refine", &settings.refineFactor}, {"m", &settings.hnswM},
                                         {"ef", &settings.efSearch}, {"ef-construction", &settings.efConstruction}})
            a.read(key, *field);
        return std::make_unique<FaissSearcher>(kind, settings);
    };
    return entry;
}

const SystemParameter kNlist{"nlist", ParameterKind::Count, "", "inverted lists (default: about sqrt(rows))"};
const SystemParameter kNprobe{"nprobe", ParameterKind::Count, "", "lists searched per query (default: a tenth of nlist)"};

} // namespace

SystemEntry faissFlatSystem()
{
    return faissEntry(FaissSearcher::Kind::Flat, "faiss-flat", "FAISS IndexFlat: exact search by the field's reference library", {});
}

SystemEntry faissIvfSystem()
{
    return faissEntry(FaissSearcher::Kind::IvfFlat, "faiss-ivf", "FAISS IndexIVFFlat: k-means lists, exact distances inside", {kNlist, kNprobe});
}

SystemEntry faissIvfPqSystem()
{
    return faissEntry(FaissSearcher::Kind::IvfPqFastScan, "faiss-ivfpq",
                      "FAISS IndexIVFPQFastScan (4-bit PQ) with k x refine candidates re-ranked exactly",
                      {kNlist, kNprobe,
                       {"m-pq", ParameterKind::Count, "", "PQ sub-quantizers (default: d/2, or a divisor of d)"},
                       {"refine", ParameterKind::Count, "10", "candidates re-ranked exactly, as a multiple of k", {}, 1, 1 << 20}});
}

SystemEntry faissHnswSystem()
{
    return faissEntry(FaissSearcher::Kind::Hnsw, "faiss-hnsw", "FAISS IndexHNSWFlat: a navigable small-world graph",
                      {{"m", ParameterKind::Count, "32", "graph degree", {}, 2, 1024},
                       {"ef", ParameterKind::Count, "64", "search beam (efSearch)", {}, 1, 1 << 20},
                       {"ef-construction", ParameterKind::Count, "40", "build beam (efConstruction)", {}, 1, 1 << 20}});
}

} // namespace nnscope
