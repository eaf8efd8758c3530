// `nnscope search`: any system over dataset rows as queries, with recall against exact search.
#include "cli/CliSupport.h"
#include "core/Limits.h"
#include "experiments/Measurement.h"
#include "search/ExactSearch.h"

#include <cmath>
#include <cstdio>
#include <ostream>

namespace nnscope::cli {
namespace {

// `all`: every registered system a run without a trained hierarchy can make (learned too, when --model
// names one).
std::vector<std::string> allSystems(const CommandLine& line)
{
    std::vector<std::string> specs;
    for (const SystemEntry& entry : systemEntries())
        if (hierarchyNeed(resolveSystem(entry.name)) == HierarchyNeed::None)
            specs.push_back(entry.name);
    if (line.isSet("model"))
        specs.push_back("learned:model=" + line.value("model") + ",rerank=1");
    return specs;
}

Json neighborsJson(const Neighbors& found)
{
    Json ids = Json::array(), distances = Json::array();
    for (std::size_t q = 0; q < found.queries; ++q) {
        Json rowIds = Json::array(), rowDistances = Json::array();
        for (std::size_t r = 0; r < found.k; ++r) {
            rowIds.push_back(found.id(q, r));
            rowDistances.push_back(jsonNumber(found.distance(q, r)));
        }
        ids.push_back(rowIds);
        distances.push_back(rowDistances);
    }
    return {{"ids", ids}, {"distances", distances}};
}

} // namespace

Command searchCommand()
{
    Command command;
    command.name = "search";
    command.summary = "Search dataset rows (each query's own row excluded) with one or more systems and compare them\n"
                      "with exact search: recall@k, build time, query time (batched, and one query at a time), cost.\n"
                      "A system is a spec, NAME or NAME:KEY=VALUE,... (nnscope systems lists them and their parameters),\n"
                      "e.g. exact, scann:leaves=52,search=5, faiss-ivf:nlist=64,nprobe=8, twin:probes=2, learned:model=DIR.";
    command.options = datasetOptions();
    command.options.push_back({"system", "SPEC", "a system spec, several separated by ';', or all", "exact"});
    for (const OptionSpec& option : searchOptions())
        command.options.push_back(option);
    command.options.push_back({"seed", "S", "the run's seed (random, scann, twin's k-means)", "0"});
    command.options.push_back({"threads", "T", "threads a system may use (FAISS)", "1"});
    command.options.push_back({"model", "DIR", "with --system all: also measure this saved hierarchy", ""});
    command.run = [](const CommandLine& line) {
        const Workload workload = openWorkloadFrom(line);
        const std::shared_ptr<const Dataset>& data = workload.base;
        const Metric metric = parseMetric(line.value("metric"));
        const std::size_t k = line.count("k");
        const std::string system = line.value("system");
        const std::vector<std::string> specs = system == "all" ? allSystems(line) : splitSystemSpecs(system);
        std::vector<ResolvedSystem> systems;
        for (const std::string& spec : specs)
            systems.push_back(resolveSystem(spec)); // every spec is checked before any work
        const QuerySelection selection = selectQueries(line, workload);
        limits::checkThreads(line.count("threads")); // before the exact truth is computed, not only when a system is made
        if (line.flag("dry-run")) {
            checkNeighbourCount(k, data->rows(), !selection.external); // what makeQuerySet checks first
            Json labels = Json::array();
            for (const ResolvedSystem& resolved : systems)
                labels.push_back(resolved.label);
            return dryRunResult("search", {{"dataset", describeDataset(*data)}, {"systems", labels}, {"queries", selection.indices.size()}, {"k", k}});
        }
        const QuerySet queries = selection.external ? makeQuerySet(*data, selection.view(), metric, k)
                                                    : makeQuerySet(*data, selection.indices, metric, k);
        std::string note;
        const Json truth = groundTruthJson(workload, selection, queries.exact, metric, note);
        Json notes = workload.notes;
        if (!note.empty())
            notes.push_back(note);

        SystemResources context; // a search runs no training: a system that needs a hierarchy names its model
        context.data = data;
        context.seed = line.seed("seed");
        context.threads = line.count("threads");
        Json measured = Json::array();
        for (const ResolvedSystem& resolved : systems) {
            const BuiltSystem built = buildSystem(resolved, context, *data, metric);
            const Measured m = measureSystem(resolved, built, context, *data, queries);
            const SystemResult& r = m.result;
            Json entry = {{"system", r.system}, {"family", r.family}, {"settings", r.description}, {"recall_at_k", r.recallAtK},
                          {"recall_at_1", r.recallAt1}, {"build_seconds", r.buildSeconds},
                          {"batched_ms_per_query", r.batchedMsPerQuery}, {"single_ms_per_query", r.singleMsPerQuery},
                          {"query_seconds", r.batchedMsPerQuery * static_cast<double>(queries.size()) / 1000.0},
                          {"mean_distance_to_nearest", std::isfinite(r.meanDistanceToTruth) ? Json(r.meanDistanceToTruth) : Json(nullptr)},
                          {"answered", r.answered}, {"bytes", r.bytes},
                          {"flops_per_query", r.flopsPerQuery}, {"cost_note", r.costNote}, {"warnings", noticeTexts(r.warnings)}};
            if (systems.size() == 1)
                entry.update(neighborsJson(m.found));
            measured.push_back(entry);
        }
        Json result = {{"dataset", describeDataset(*data)}, {"metric", metricName(metric)}, {"k", k}, {"queries", queries.size()},
                       {"query_set", selection.source}, {"ground_truth", truth}, {"notes", notes}};
        if (systems.size() == 1)
            result.update(measured.front());
        else
            result["systems"] = measured;
        return result;
    };
    command.printText = [](const Json& r, const CommandLine&, std::ostream& out) {
        char line[512];
        std::snprintf(line, sizeof line, "%s, %s, k = %zu, %zu queries (%s)\n",
                      r["dataset"]["source"].get<std::string>().c_str(), r["metric"].get<std::string>().c_str(),
                      r["k"].get<std::size_t>(), r["queries"].get<std::size_t>(), r["query_set"].get<std::string>().c_str());
        out << line;
        printGroundTruth(r, out);
        out << "\n";
        std::snprintf(line, sizeof line, "%-24s %9s %9s %10s %12s %12s %10s %11s\n", "system", "recall@k", "recall@1", "build s",
                      "ms/q single", "ms/q batch", "MB", "FLOPs/q");
        out << line;
        const Json systems = r.contains("systems") ? r["systems"] : Json::array({r});
        for (const Json& s : systems) {
            std::snprintf(line, sizeof line, "%-24s %9.4f %9.4f %10.3f %12.4f %12.4f %10.2f %11.3g\n",
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
