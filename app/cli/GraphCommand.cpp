// `nnscope graph`: every row's k nearest other rows, exact or approximate (chosen by size), with the
// approximation's recall measured on a sample; optionally written as .ivecs.
#include "cli/CliSupport.h"
#include "cli/TerminalProgress.h"
#include "core/Files.h"
#include "core/Sha256.h"
#include "distributed/BlockSearch.h"
#include "graph/KnnGraph.h"

#include <cstring>
#include <iomanip>
#include <optional>
#include <ostream>

namespace nnscope::cli {
namespace {

// texmex .ivecs: per row a little-endian int32 count, then that many int32 ids.
std::string ivecsBytes(const KnnGraph& graph)
{
    std::string bytes;
    bytes.reserve(graph.rows * (graph.k + 1) * 4);
    auto put = [&bytes](std::int32_t value) {
        char raw[4];
        std::memcpy(raw, &value, 4);
        bytes.append(raw, 4);
    };
    for (std::size_t row = 0; row < graph.rows; ++row) {
        put(static_cast<std::int32_t>(graph.k));
        for (std::size_t j = 0; j < graph.k; ++j)
            put(static_cast<std::int32_t>(graph.id(row, j)));
    }
    return bytes;
}

} // namespace

Command graphCommand()
{
    Command command;
    command.name = "graph";
    command.summary = "The k-NN graph: every row's k nearest other rows. Exact search up to a budget of multiply-adds\n"
                      "(rows^2 x dim), else inverted lists (IVF) with its recall@k measured against exact search on sampled rows.";
    command.options = datasetOptions();
    command.options.push_back({"k", "K", "neighbours per row", "10"});
    command.options.push_back({"metric", "M", "l2, cosine or ip", "l2"});
    command.options.push_back({"method", "M", "auto, exact or ivf", "auto"});
    command.options.push_back({"exact-budget", "N", "auto: exact while rows^2 x dim is at most N multiply-adds", "1e13"});
    command.options.push_back({"lists", "L", "ivf: inverted lists (0: sqrt(rows))", "0"});
    command.options.push_back({"probes", "P", "ivf: lists searched per row", "16"});
    command.options.push_back({"recall-sample", "N", "ivf: rows checked against exact search (0: none)", "1000"});
    command.options.push_back({"seed", "S", "seed of the IVF clustering and the recall sample", "0"});
    command.options.push_back({"threads", "T", "threads (0: automatic)", "0"});
    command.options.push_back({"out", "FILE", "write the graph as .ivecs (per row: k, then k row ids)", ""});
    command.run = [](const CommandLine& line) {
        const Dataset dataset = openDatasetFrom(line);
        const Metric metric = parseMetric(line.value("metric"));
        KnnGraphSettings settings;
        settings.neighbours = line.count("k");
        settings.method = parseGraphMethod(line.value("method"));
        settings.exactMultiplyAdds = line.number("exact-budget");
        settings.lists = line.count("lists");
        settings.probes = line.count("probes");
        settings.recallSample = line.count("recall-sample");
        settings.seed = line.seed("seed");
        settings.threads = line.count("threads");
        if (line.flag("dry-run")) {
            checkKnnGraphSettings(settings, dataset.rows());
            return dryRunResult("graph", {{"dataset", describeDataset(dataset)}, {"k", settings.neighbours}, {"method", line.value("method")}});
        }
        const RankWorld world = rankWorldFromEnvironment();
        TerminalProgress progress;
        const auto searched = [&](double fraction) {
            if (world.rank == 0)
                progress.share("k-NN graph, rows searched", fraction);
        };
        KnnGraph graph;
        if (world.distributed()) {
            // By row blocks: every rank builds its block's neighbours among every row, rank 0 joins them.
            checkKnnGraphSettings(settings, dataset.rows()); // before the ranks meet: each refuses alike
            std::optional<KnnGraph> joined = runGatheredOnRankZero(world, [&](RankGroup& ranks) {
                ranks.agree("data", dataset.fingerprint());
                ranks.agree("settings", Sha256::hex(line.value("k") + " " + metricName(metric) + " " + line.value("method") + " " + line.value("exact-budget")
                                                    + " " + line.value("lists") + " " + line.value("probes") + " " + line.value("seed")));
                return buildKnnGraphByBlocks(dataset.view(), metric, settings, ranks, 1, false, searched);
            });
            if (!joined) {
                const RowBlock block = rowBlockOfRank(dataset.rows(), world.rank, world.size);
                return Json{{"rank", world.rank}, {"world_size", world.size}, {"rows_searched", block.end - block.first}};
            }
            graph = std::move(*joined);
        } else {
            graph = buildKnnGraph(dataset.view(), metric, settings, nullptr, searched);
        }
        progress.finish();
        if (line.isSet("out"))
            writeFileAtomically(line.value("out"), ivecsBytes(graph));
        Json json{{"dataset", describeDataset(dataset)},
                  {"metric", metricName(metric)},
                  {"k", graph.k},
                  {"rows", graph.rows},
                  {"method", graphMethodName(graph.method)},
                  {"chosen_automatically", graph.automatic},
                  {"world_size", world.size},
                  {"exact_multiply_adds", graph.exactMultiplyAdds},
                  {"exact_budget", settings.exactMultiplyAdds},
                  {"seconds", graph.seconds}};
        if (graph.method == GraphMethod::Ivf) {
            json["lists"] = graph.lists;
            json["probes"] = graph.probes;
            json["recall"] = graph.recallRows ? Json(graph.recall) : Json(nullptr);
            json["recall_rows"] = graph.recallRows;
            json["recall_seconds"] = graph.recallSeconds;
        }
        if (line.isSet("out"))
            json["out"] = line.value("out");
        return json;
    };
    command.acrossRanks = true;
    command.printText = [](const Json& result, const CommandLine&, std::ostream& out) {
        if (result.contains("rank")) { // a rank other than 0
            out << "rank " << result["rank"] << " of " << result["world_size"] << ": searched the neighbours of " << result["rows_searched"]
                << " rows and sent them to rank 0\n";
            return;
        }
        out << result["k"] << "-NN graph of " << result["rows"] << " rows of " << result["dataset"]["source"].get<std::string>() << " by "
            << result["metric"].get<std::string>() << ": " << result["method"].get<std::string>();
        if (result["chosen_automatically"].get<bool>())
            out << " (auto: exact search would take " << std::setprecision(3) << result["exact_multiply_adds"].get<double>()
                << " multiply-adds, the budget is " << result["exact_budget"].get<double>() << ")";
        out << "\nbuilt in     " << std::setprecision(3) << result["seconds"].get<double>() << " s\n";
        if (result.contains("lists")) {
            out << "IVF          " << result["lists"] << " lists, " << result["probes"] << " probed per row\n";
            if (result["recall"].is_null())
                out << "recall       not measured\n";
            else
                out << "recall@" << result["k"] << "    " << std::setprecision(4) << result["recall"].get<double>() << " on "
                    << result["recall_rows"] << " sampled rows (exact search, " << std::setprecision(3)
                    << result["recall_seconds"].get<double>() << " s)\n";
        }
        if (result.contains("out"))
            out << "written to   " << result["out"].get<std::string>() << "\n";
    };
    return command;
}

} // namespace nnscope::cli
