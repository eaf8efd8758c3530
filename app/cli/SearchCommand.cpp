// `nnscope search`: any system over dataset rows as queries, with recall against exact search.
#include "cli/CliSupport.h"
#include "learned/HierarchySearcher.h"
#include "search/ExactSearcher.h"
#include "search/SearcherFactory.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <ostream>

namespace nnscope::cli {
namespace {

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::unique_ptr<Searcher> searcherFrom(const CommandLine& line, std::shared_ptr<const Dataset> data)
{
    const std::string system = line.value("system");
    if (system == "learned") {
        auto hierarchy = std::make_shared<const Hierarchy>(Hierarchy::load(line.required("model"), std::move(data)));
        return std::make_unique<HierarchySearcher>(hierarchy, ProbeSettings{line.count("probe"), line.count("per-cluster"), true});
    }
    SearcherSpec spec;
    spec.system = system;
    spec.seed = line.seed("seed");
    spec.scann = scannPreset(line.value("preset"));
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
    command.options.push_back({"system", "S", "exact, random, scann, faiss-flat, faiss-ivf, faiss-ivfpq, faiss-hnsw, learned", "exact"});
    command.options.push_back({"k", "K", "neighbours per query", "10"});
    command.options.push_back({"metric", "M", "l2, cosine or ip", "l2"});
    command.options.push_back({"queries", "FIRST:COUNT", "query rows (default: every row)", ""});
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
        const std::vector<float> queryValues = gatherRows(*data, rows);
        const MatrixView queries{queryValues.data(), rows.size(), data->dim()};
        std::vector<std::int64_t> self(rows.begin(), rows.end());

        std::unique_ptr<Searcher> searcher = searcherFrom(line, data);
        auto start = std::chrono::steady_clock::now();
        searcher->build(*data, metric);
        const double buildSeconds = secondsSince(start);
        start = std::chrono::steady_clock::now();
        const Neighbors result = searcher->search(queries, k, &self);
        const double querySeconds = secondsSince(start);
        start = std::chrono::steady_clock::now();
        for (std::size_t q = 0; q < rows.size(); ++q) {
            const std::vector<std::int64_t> one = {self[q]};
            searcher->search({queries.row(q), 1, data->dim()}, k, &one);
        }
        const double singleSeconds = secondsSince(start);

        ExactSearcher exact;
        exact.build(*data, metric);
        const Neighbors truth = exact.search(queries, k, &self);
        const SearchCost cost = searcher->cost();
        Json ids = Json::array(), distances = Json::array();
        for (std::size_t q = 0; q < rows.size(); ++q) {
            ids.push_back(Json(std::vector<std::int64_t>(result.ids.begin() + static_cast<std::ptrdiff_t>(q * k),
                                                          result.ids.begin() + static_cast<std::ptrdiff_t>((q + 1) * k))));
            Json row = Json::array();
            for (std::size_t r = 0; r < k; ++r)
                row.push_back(jsonNumber(result.distance(q, r)));
            distances.push_back(row);
        }
        const double n = static_cast<double>(std::max<std::size_t>(rows.size(), 1));
        return Json{{"dataset", describeDataset(*data)},
                    {"system", searcher->name()},
                    {"settings", searcher->describe()},
                    {"metric", metricName(metric)},
                    {"k", k},
                    {"queries", rows.size()},
                    {"ids", ids},
                    {"distances", distances},
                    {"recall_at_k", recallAtK(result, truth, k)},
                    {"recall_at_1", recallAtK(result, truth, 1)},
                    {"build_seconds", buildSeconds},
                    {"query_seconds", querySeconds},
                    {"batched_ms_per_query", 1000.0 * querySeconds / n},
                    {"single_ms_per_query", 1000.0 * singleSeconds / n},
                    {"bytes", cost.bytes},
                    {"flops_per_query", cost.flopsPerQuery},
                    {"cost_note", cost.note},
                    {"warnings", searcher->warnings()}};
    };
    command.printText = [](const Json& r, const CommandLine&, std::ostream& out) {
        char line[512];
        std::snprintf(line, sizeof line,
                      "%s (%s) on %s, %s, k = %zu, %zu queries\n"
                      "recall@k           %.4f\n"
                      "recall@1           %.4f\n"
                      "build              %.3f s\n"
                      "query (batched)    %.4f ms per query\n"
                      "query (one by one) %.4f ms per query\n"
                      "memory             %.2f MB\n"
                      "FLOPs per query    %.3g\n",
                      r["system"].get<std::string>().c_str(), r["settings"].get<std::string>().c_str(),
                      r["dataset"]["source"].get<std::string>().c_str(), r["metric"].get<std::string>().c_str(),
                      r["k"].get<std::size_t>(), r["queries"].get<std::size_t>(), r["recall_at_k"].get<double>(),
                      r["recall_at_1"].get<double>(), r["build_seconds"].get<double>(),
                      r["batched_ms_per_query"].get<double>(), r["single_ms_per_query"].get<double>(),
                      r["bytes"].get<double>() / 1e6, r["flops_per_query"].get<double>());
        out << line;
        for (const Json& warning : r["warnings"])
            out << "warning: " << warning.get<std::string>() << "\n";
    };
    return command;
}

} // namespace nnscope::cli
