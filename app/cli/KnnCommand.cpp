// `nnscope knn`: exact k nearest neighbours of dataset rows, each row's own entry excluded.
#include "cli/CliSupport.h"
#include "core/Sha256.h"
#include "distributed/BlockSearch.h"
#include "search/ExactSearch.h"

#include <iomanip>
#include <optional>
#include <ostream>

namespace nnscope::cli {

Command knnCommand()
{
    Command command;
    command.name = "knn";
    command.summary = "Exact k nearest neighbours of the dataset's queries (its own query set, --query-data, or its\n"
                      "rows, each row's own entry then excluded), checked against a shipped ground truth when there is one.\n"
                      "Distances: l2 = Euclidean, cosine = 1 - cos, ip = inner product (larger is closer).";
    command.options = datasetOptions();
    for (const OptionSpec& option : searchOptions())
        command.options.push_back(option);
    command.run = [](const CommandLine& line) {
        const Workload workload = openWorkloadFrom(line);
        const Dataset& dataset = *workload.base;
        const Metric metric = parseMetric(line.value("metric"));
        const std::size_t k = line.count("k");
        const QuerySelection selection = selectQueries(line, workload);
        const std::vector<std::size_t>& rows = selection.indices;
        if (line.flag("dry-run")) {
            checkNeighbourCount(k, dataset.rows(), !selection.external); // what the search checks first
            return dryRunResult("knn", {{"dataset", describeDataset(dataset)}, {"queries", rows.size()}, {"k", k}, {"metric", metricName(metric)}});
        }
        const ExactSearch search(dataset.view(), metric);
        const auto searchBlock = [&](RowBlock block) {
            if (selection.external) {
                const MatrixView all = selection.view();
                return search.search({all.row(block.first), block.end - block.first, all.dim}, k);
            }
            return search.searchRows({rows.begin() + static_cast<std::ptrdiff_t>(block.first), rows.begin() + static_cast<std::ptrdiff_t>(block.end)}, k);
        };
        const RankWorld world = rankWorldFromEnvironment();
        Neighbors neighbors;
        if (world.distributed()) {
            // By query blocks: every rank opens the same data and queries (checked), rank 0 gathers.
            checkNeighbourCount(k, dataset.rows(), !selection.external);
            std::optional<Neighbors> gathered = runGatheredOnRankZero(world, [&](RankGroup& ranks) {
                ranks.agree("data", dataset.fingerprint());
                ranks.agree("queries", Sha256::hex(Json{{"rows", rows}, {"k", k}, {"metric", metricName(metric)}, {"source", selection.source},
                                                        {"queries", selection.external ? workload.queries->fingerprint() : std::string()}}.dump()));
                return searchByBlocks(rows.size(), k, ranks, searchBlock);
            });
            if (!gathered) {
                const RowBlock block = rowBlockOfRank(rows.size(), world.rank, world.size);
                return Json{{"rank", world.rank}, {"world_size", world.size}, {"queries_searched", block.end - block.first}};
            }
            neighbors = std::move(*gathered);
        } else {
            neighbors = searchBlock({0, rows.size()});
        }
        std::string note;
        const Json truth = groundTruthJson(workload, selection, neighbors, metric, note);

        Json ids = Json::array(), distances = Json::array(), labels = Json::array(), queryLabels = Json::array();
        for (std::size_t q = 0; q < rows.size(); ++q) {
            Json rowIds = Json::array(), rowDistances = Json::array(), rowLabels = Json::array();
            for (std::size_t r = 0; r < k; ++r) {
                rowIds.push_back(neighbors.id(q, r));
                rowDistances.push_back(jsonNumber(neighbors.distance(q, r)));
                rowLabels.push_back(dataset.labelOf(static_cast<std::size_t>(neighbors.id(q, r))));
            }
            ids.push_back(rowIds);
            distances.push_back(rowDistances);
            labels.push_back(rowLabels);
            queryLabels.push_back(selection.external ? workload.queries->labelOf(rows[q]) : dataset.labelOf(rows[q]));
        }
        Json notes = workload.notes;
        if (!note.empty())
            notes.push_back(note);
        return Json{{"dataset", describeDataset(dataset)},
                    {"world_size", world.size},
                    {"metric", metricName(metric)},
                    {"k", k},
                    {"queries", rows},
                    {"query_set", selection.source},
                    {"ground_truth", truth},
                    {"notes", notes},
                    {"query_labels", queryLabels},
                    {"ids", ids},
                    {"distances", distances},
                    {"labels", labels}};
    };
    command.acrossRanks = true;
    command.printText = [](const Json& result, const CommandLine&, std::ostream& out) {
        if (result.contains("rank")) { // a rank other than 0
            out << "rank " << result["rank"] << " of " << result["world_size"] << ": searched " << result["queries_searched"]
                << " queries and sent them to rank 0\n";
            return;
        }
        out << "exact " << result["k"] << "-NN by " << result["metric"].get<std::string>() << " on "
            << result["dataset"]["source"].get<std::string>() << " (queries: " << result["query_set"].get<std::string>() << ")\n";
        printGroundTruth(result, out);
        for (std::size_t q = 0; q < result["queries"].size(); ++q) {
            out << "\nquery row " << result["queries"][q] << " (" << result["query_labels"][q].get<std::string>() << ")\n";
            for (std::size_t r = 0; r < result["ids"][q].size(); ++r)
                out << "  " << std::setw(3) << r + 1 << "  " << std::setw(8) << result["ids"][q][r].get<std::int64_t>() << "  "
                    << padded(result["labels"][q][r].get<std::string>(), 16) << "  " << std::setw(12)
                    << result["distances"][q][r].get<double>() << "\n";
        }
    };
    return command;
}

} // namespace nnscope::cli
