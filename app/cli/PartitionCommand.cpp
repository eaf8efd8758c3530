// `nnscope partition`: learned partitions against k-means on held-out queries — probe curves
// (candidates scanned vs recall), candidates at the target recall@10 (0.9 unless --target-recall), bin balance, build cost.
#include "cli/CliSupport.h"
#include "cli/TerminalProgress.h"
#include "distributed/Ranks.h"
#include "experiments/PartitionScale.h"
#include "experiments/ResultsJson.h"
#include "report/ReportWriter.h"

#include <cstdio>
#include <ostream>

namespace nnscope::cli {
namespace {

// `--scale`: per size, the cheapest non-learned and learned method by total cost, and by measured time.
void printCrossover(const Json& r, std::ostream& out)
{
    char text[512];
    std::snprintf(text, sizeof text, "%s: %zu queries (%s), nested subsets of %zu base rows\n\n", r["dataset"]["source"].get<std::string>().c_str(),
                  r["queries"].get<std::size_t>(), r["query_source"].get<std::string>().c_str(), r["dataset"]["available_rows"].get<std::size_t>());
    out << text;
    std::snprintf(text, sizeof text, "%9s  %-30s %9s  %-30s %9s %7s %9s\n", "rows", "cheapest non-learned", "total", "cheapest learned", "total",
                  "ratio", "ms ratio");
    out << text;
    const auto number = [](const Json& v, const char* format) {
        char field[32] = "-";
        if (!v.is_null())
            std::snprintf(field, sizeof field, format, v.get<double>());
        return std::string(field);
    };
    for (const Json& p : r["crossover"]) {
        std::snprintf(text, sizeof text, "%9zu  %-30s %9s  %-30s %9s %7s %9s\n", p["rows"].get<std::size_t>(), p["best_non_learned"].get<std::string>().c_str(),
                      number(p["non_learned_total_cost"], "%.0f").c_str(), p["best_learned"].get<std::string>().c_str(),
                      number(p["learned_total_cost"], "%.0f").c_str(), number(p["total_cost_ratio"], "%.3f").c_str(),
                      number(p["ms_ratio"], "%.3f").c_str());
        out << text;
    }
    const Json& from = r["learning_pays_from_rows"];
    out << "\n(total: candidates at the target recall@10 plus the router's multiply-adds in distance computations;\n"
           " ratio: learned / non-learned, below 1 learning pays; ms ratio: the same with measured time per query)\n"
        << (from.is_null() ? std::string("learning does not pay at the largest size\n")
                           : "learning pays from " + std::to_string(from.get<std::size_t>()) + " rows on\n");
    if (r.contains("report"))
        out << "report: " << r["report"].get<std::string>() << "\n";
}

} // namespace

Command partitionCommand()
{
    Command command;
    command.name = "partition";
    command.summary = "Build space partitions — kmeans (IVF), kmeans-spill (SOAR), neural (Neural LSH), neural-probe\n"
                      "(LIRA-style) — on the base rows and probe them with held-out queries: candidates scanned vs\n"
                      "recall@1/@10 for 1..B probes, the candidates needed for the target recall@10, and the router's cost.";
    command.options = datasetOptions();
    command.options.push_back({"query-data", "FILE", "external queries instead of held-out rows", ""});
    command.options.push_back({"bins", "B", "bins (for every method that does not set bins itself)", "16"});
    command.options.push_back({"method", "SPEC;...", "kmeans, kmeans-spill, neural, neural-probe, all, or specs such as neural:init=kmeans,rebin=0", "all"});
    command.options.push_back({"metric", "M", "l2 or cosine", "l2"});
    command.options.push_back({"holdout", "F", "share of rows held out as queries (never used to build)", "0.1"});
    command.options.push_back({"max-queries", "N", "hold out at most N rows (0: no cap)", "10000"});
    command.options.push_back({"target-recall", "R", "recall@10 at which candidates are counted, in (0, 1]", "0.9"});
    command.options.push_back({"seed", "S", "seed of the split, clustering and training", "0"});
    command.options.push_back({"threads", "T", "LibTorch threads", "1"});
    command.options.push_back({"scale", "N,N,...", "run at each base row count, nested subsets, the same queries: the crossover of learned and non-learned total cost", ""});
    command.options.push_back({"out", "DIR", "also write partition.json, curves.csv, summary.csv and the chart (PNG, PDF); with --scale scale.json, crossover.csv and per size", ""});
    command.run = [](const CommandLine& line) {
        // Owned, not shared: the experiment splits the rows in their own storage (one copy of a million rows).
        ReadWorkload workload = openOwnedWorkload(workloadSpecFrom(line));
        PartitionExperimentSettings settings;
        const std::string method = line.value("method");
        settings.methods = method == "all" ? PartitionExperimentSettings{}.methods : splitSystemSpecs(method);
        settings.bins = line.count("bins");
        settings.metric = parseMetric(line.value("metric"));
        if (settings.metric == Metric::InnerProduct)
            throw UsageError("--metric expects l2 or cosine (partitions rank by distance)");
        settings.holdout = line.number("holdout");
        settings.maxQueries = line.count("max-queries");
        settings.targetRecall = line.number("target-recall");
        if (!(settings.targetRecall > 0.0 && settings.targetRecall <= 1.0))
            throw UsageError("--target-recall must be in (0, 1]");
        settings.seed = line.seed("seed");
        settings.threads = line.count("threads");
        const Dataset* externalQueries = line.isSet("query-data") && workload.queries ? &*workload.queries : nullptr;
        if (line.flag("dry-run")) {
            Json labels = Json::array();
            for (const ResolvedSystem& resolved : checkPartitionExperiment(workload.base, externalQueries, settings))
                labels.push_back(resolved.label);
            return dryRunResult("partition", {{"dataset", describeDataset(workload.base)}, {"methods", labels}, {"bins", settings.bins}});
        }
        TerminalProgress progress;
        const auto observer = [&](const Stage& stage) { progress.stage(stage); };
        // The result as JSON, and with --out its report folder (written by `write`).
        const auto finish = [&](const auto& result, const auto& write) {
            progress.finish();
            Json json = toJson(result);
            if (line.isSet("out")) {
                ensureChartApplication();
                write(result, QString::fromStdString(line.value("out")));
                json["report"] = line.value("out");
            }
            return json;
        };
        const auto writeReport = [](const PartitionExperimentResult& r, const QString& folder) { report::writePartitionReport(r, folder); };
        const auto writeScaleReport = [](const PartitionScaleResult& r, const QString& folder) { report::writePartitionScaleReport(r, folder); };
        const RankWorld world = rankWorldFromEnvironment();
        if (world.distributed()) {
            // Every rank searches its blocks of the truth and the k-NN graphs and builds the methods it
            // takes from the queue (size after size with --scale); rank 0 gathers them and writes the result.
            const std::function<void(const Stage&)> shown = world.rank == 0 ? std::function<void(const Stage&)>(observer) : nullptr;
            const Json elsewhere{{"rank", world.rank}, {"world_size", world.size}};
            if (line.isSet("scale")) {
                std::optional<PartitionScaleResult> result = runGatheredOnRankZero(world, [&](RankGroup& ranks) {
                    return runPartitionScaleAcrossRanks(std::move(workload.base), externalQueries, settings, line.counts("scale"), ranks, shown);
                });
                return result ? finish(std::move(*result), writeScaleReport) : elsewhere;
            }
            std::optional<PartitionExperimentResult> result = runGatheredOnRankZero(world, [&](RankGroup& ranks) {
                return runPartitionExperimentAcrossRanks(std::move(workload.base), externalQueries, settings, ranks, shown);
            });
            return result ? finish(std::move(*result), writeReport) : elsewhere;
        }
        if (line.isSet("scale"))
            return finish(runPartitionScale(std::move(workload.base), externalQueries, settings, line.counts("scale"), observer), writeScaleReport);
        return finish(runPartitionExperiment(std::move(workload.base), externalQueries, settings, observer), writeReport);
    };
    command.printText = [](const Json& r, const CommandLine&, std::ostream& out) {
        char text[512];
        if (r.contains("rank")) { // a rank other than 0
            out << "rank " << r["rank"] << " of " << r["world_size"] << ": built its share of the methods and sent them to rank 0\n";
            return;
        }
        if (r["format"] == "nnscope-partition-scale") {
            printCrossover(r, out);
            return;
        }
        std::snprintf(text, sizeof text, "%s: %zu base rows x %zu, %zu queries (%s), %s\n\n", r["dataset"]["source"].get<std::string>().c_str(),
                      r["dataset"]["base_rows"].get<std::size_t>(), r["dataset"]["dim"].get<std::size_t>(), r["queries"].get<std::size_t>(),
                      r["query_source"].get<std::string>().c_str(), r["metric"].get<std::string>().c_str());
        out << text;
        if (r.value("world_size", 1) > 1)
            out << "(built by " << r["world_size"] << " ranks: build, training and query times are each rank's own)\n\n";
        const std::string target = recallTargetText(r["target_recall_at_10"].get<double>());
        const std::string key = recallTargetKey(r["target_recall_at_10"].get<double>());
        std::snprintf(text, sizeof text, "%-34s %5s %9s %13s %11s %11s %9s %9s %11s\n", "method", "bins", "largest", ("total@" + target).c_str(),
                      ("cand.@" + target).c_str(), ("ms/q@" + target).c_str(), "build s", "train s", "router FLOPs");
        out << text;
        const auto orDash = [](const Json& v) { return v.is_null() ? std::string("-") : std::to_string(static_cast<long long>(v.get<double>() + 0.5)); };
        for (const Json& m : r["methods"]) {
            const Json& ms = m["ms_per_query_at_recall_" + key];
            char msText[32] = "-";
            if (!ms.is_null())
                std::snprintf(msText, sizeof msText, "%.3g", ms.get<double>());
            std::snprintf(text, sizeof text, "%-34s %5zu %9.2f %13s %11s %11s %9.2f %9.2f %11.3g\n", m["method"].get<std::string>().c_str(),
                          m["bins"].get<std::size_t>(), m["imbalance"].get<double>(), orDash(m["distance_equivalents_at_recall_" + key]).c_str(),
                          orDash(m["candidates_at_recall_" + key]).c_str(), msText, m["build_seconds"].get<double>(),
                          m["train_seconds"].get<double>(), m["router_flops"].get<double>());
            out << text;
        }
        out << "\n(largest: largest bin / mean bin; total@" << target << ": the candidates scanned at recall@10 = " << target
            << " plus the\n"
               " router's (and a learned probing rule's) multiply-adds in d-dimensional distance computations; cand.: the\n"
               " candidates alone; ms/q: the queries searched at once at the fewest probes (or the adaptive threshold)\n"
               " reaching the target, measured — all of them, or as many as fill two seconds where all take longer)\n";
        if (r.contains("report"))
            out << "report: " << r["report"].get<std::string>() << "\n";
    };
    command.acrossRanks = true;
    return command;
}

} // namespace nnscope::cli
