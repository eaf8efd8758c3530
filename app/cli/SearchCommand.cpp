// `nnscope search`: any system over dataset rows as queries, with recall against exact search.
#include "cli/CliSupport.h"
#include "learned/HierarchySearcher.h"
#include "search/ExactSearcher.h"
#include "search/SearcherFactory.h"
#include "experiments/Measurement.h"

#include <cmath>
#include <cstdio>
#include <ostream>

namespace nnscope::cli {
namespace {

std::unique_ptr<Searcher> searcherFrom(const CommandLine& line, const std::string& system, std::shared_ptr<const Dataset> data)
{
    if (system == "learned") {
        auto hierarchy = std::make_shared<const Hierarchy>(Hierarchy::load(line.required("model"), std::move(data)));
        return std::make_unique<HierarchySearcher>(hierarchy, ProbeSettings{line.count("probe"), line.count("per-cluster"), true});
    }
    SearcherSpec spec;
    // scann-paper and scann-default name a ScaNN preset directly (as in experiments).
    const bool namedPreset = system == "scann-paper" || system == "scann-default";
    spec.system = namedPreset ? "scann" : system;
    spec.seed = line.seed("seed");
    spec.scann = scannPreset(namedPreset ? system.substr(6) : line.value("preset"));
    if (line.isSet("leaves"))
        spec.scann.numLeaves = line.count("leaves");
    if (line.isSet("leaves-to-search"))
        spec.scann.numLeavesToSearch = line.count("leaves-to-search");
    if (line.isSet("dims-per-block"))
        spec.scann.dimsPerBlock = line.count("dims-per-block");
    if (line.isSet("threshold"))
        spec.scann.threshold = line.value("threshold") == "off" ? NAN : line.number("threshold");
    if (line.isSet("reorder"))
        spec.scann.reorder = line.count("reorder");
    spec.scann.anisotropicCodebooks = line.flag("anisotropic-codebooks");
    if (line.isSet("nlist"))
        spec.faiss.nlist = line.count("nlist");
    if (line.isSet("nprobe"))
        spec.faiss.nprobe = line.count("nprobe");
    if (line.isSet("ef-search"))
        spec.faiss.efSearch = line.count("ef-search");
    if (line.isSet("hnsw-m"))
        spec.faiss.hnswM = line.count("hnsw-m");
    spec.faiss.threads = line.count("threads");
    return makeSearcher(spec);
}

} // namespace

Command searchCommand()
{
    Command command;
    command.name = "search";
    command.summary = "Search dataset rows (each query's own row excluded) with one system and compare it with exact\n"
                      "search: recall@k, build time, query time (batched, and one query at a time), cost.";
    command.options = datasetOptions();
    command.options.push_back({"system", "S", "exact, random, scann (or scann-paper, scann-default), faiss-flat, faiss-ivf, faiss-ivfpq, faiss-hnsw, learned, or all", "exact"});
    for (const OptionSpec& option : rowSearchOptions())
        command.options.push_back(option);
    command.options.push_back({"seed", "S", "seed (random, scann)", "0"});
    command.options.push_back({"preset", "P", "scann: paper (the authors' settings) or default (ScaNN's advice)", "default"});
    command.options.push_back({"leaves", "L", "scann: number of leaves (default sqrt(n); paper 2000)", ""});
    command.options.push_back({"leaves-to-search", "L", "scann: leaves searched per query", ""});
    command.options.push_back({"dims-per-block", "B", "scann: dimensions per PQ block", ""});
    command.options.push_back({"threshold", "T", "scann: anisotropic threshold, or off", ""});
    command.options.push_back({"reorder", "R", "scann: candidates re-scored exactly (0: none)", ""});
    command.options.push_back({"anisotropic-codebooks", "", "scann: train codebooks under the anisotropic loss too", ""});
    command.options.push_back({"nlist", "N", "faiss-ivf/ivfpq: inverted lists (default sqrt(n))", ""});
    command.options.push_back({"nprobe", "P", "faiss-ivf/ivfpq: lists searched", ""});
    command.options.push_back({"hnsw-m", "M", "faiss-hnsw: graph degree", ""});
    command.options.push_back({"ef-search", "E", "faiss-hnsw: search beam", ""});
    command.options.push_back({"threads", "T", "faiss: OpenMP threads", "1"});
    command.options.push_back({"model", "DIR", "learned: a folder written by nnscope train", ""});
    command.options.push_back({"probe", "M", "learned: clusters probed", "1"});
    command.options.push_back({"per-cluster", "P", "learned: layer-2 candidates per probed cluster", "10"});
    command.run = [](const CommandLine& line) {
        auto data = std::make_shared<const Dataset>(openDatasetFrom(line));
        const Metric metric = parseMetric(line.value("metric"));
        const std::size_t k = line.count("k");
        const std::vector<std::size_t> rows = queryRows(line, *data);
        const std::vector<float> queryValues = gatherRows(data->view(), rows);
        const std::vector<std::int64_t> self(rows.begin(), rows.end());
        ExactSearcher exact;
        exact.build(*data, metric);
        const Neighbors truth = exact.search({queryValues.data(), rows.size(), data->dim()}, k, &self);
        std::vector<std::size_t> nearest(rows.size());
        for (std::size_t q = 0; q < rows.size(); ++q)
            nearest[q] = static_cast<std::size_t>(truth.id(q, 0));

        const std::string system = line.value("system");
        std::vector<std::string> systems = {system};
        if (system == "all") {
            systems = {"exact", "random", "scann-paper", "scann-default", "faiss-flat", "faiss-ivf", "faiss-ivfpq", "faiss-hnsw"};
            if (line.isSet("model"))
                systems.push_back("learned");
        }
        Json measured = Json::array();
        Json only;
        for (const std::string& name : systems) {
            std::unique_ptr<Searcher> searcher = searcherFrom(line, name, data);
            const Measured m = measureSystem(name, *searcher, *data, metric, rows, nearest, truth, k, true);
            const SystemResult& r = m.result;
            Json entry = {{"system", r.system}, {"settings", r.description}, {"recall_at_k", r.recallAtK},
                          {"recall_at_1", r.recallAt1}, {"build_seconds", r.buildSeconds},
                          {"batched_ms_per_query", r.batchedMsPerQuery}, {"single_ms_per_query", r.singleMsPerQuery},
                          {"query_seconds", r.batchedMsPerQuery * static_cast<double>(rows.size()) / 1000.0},
                          {"mean_distance_to_nearest", r.meanDistanceToTruth}, {"bytes", r.bytes},
                          {"flops_per_query", r.flopsPerQuery}, {"cost_note", searcher->cost().note},
                          {"warnings", searcher->warnings()}};
            if (systems.size() == 1) {
                Json ids = Json::array(), distances = Json::array();
                for (std::size_t q = 0; q < rows.size(); ++q) {
                    Json rowIds = Json::array(), rowDistances = Json::array();
                    for (std::size_t r2 = 0; r2 < k; ++r2) {
                        rowIds.push_back(m.found.id(q, r2));
                        rowDistances.push_back(jsonNumber(m.found.distance(q, r2)));
                    }
                    ids.push_back(rowIds);
                    distances.push_back(rowDistances);
                }
                entry["ids"] = ids;
                entry["distances"] = distances;
                only = entry;
            }
            measured.push_back(entry);
        }
        Json result = {{"dataset", describeDataset(*data)}, {"metric", metricName(metric)}, {"k", k}, {"queries", rows.size()}};
        if (systems.size() == 1)
            result.update(only);
        else
            result["systems"] = measured;
        return result;
    };
    command.printText = [](const Json& r, const CommandLine&, std::ostream& out) {
        char line[512];
        std::snprintf(line, sizeof line, "%s, %s, k = %zu, %zu queries (each query's own row excluded)\n\n",
                      r["dataset"]["source"].get<std::string>().c_str(), r["metric"].get<std::string>().c_str(),
                      r["k"].get<std::size_t>(), r["queries"].get<std::size_t>());
        out << line;
        std::snprintf(line, sizeof line, "%-14s %9s %9s %10s %12s %12s %10s %11s\n", "system", "recall@k", "recall@1", "build s",
                      "ms/q single", "ms/q batch", "MB", "FLOPs/q");
        out << line;
        const Json systems = r.contains("systems") ? r["systems"] : Json::array({r});
        for (const Json& s : systems) {
            std::snprintf(line, sizeof line, "%-14s %9.4f %9.4f %10.3f %12.4f %12.4f %10.2f %11.3g\n",
                          s["system"].get<std::string>().c_str(), s["recall_at_k"].get<double>(), s["recall_at_1"].get<double>(),
                          s["build_seconds"].get<double>(), s["single_ms_per_query"].get<double>(),
                          s["batched_ms_per_query"].get<double>(), s["bytes"].get<double>() / 1e6, s["flops_per_query"].get<double>());
            out << line;
        }
        out << "\n";
        for (const Json& s : systems) {
            out << s["system"].get<std::string>() << ": " << s["settings"].get<std::string>() << "\n";
            for (const Json& warning : s["warnings"])
                out << "  warning: " << warning.get<std::string>() << "\n";
        }
    };
    return command;
}

} // namespace nnscope::cli
