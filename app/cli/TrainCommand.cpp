// `nnscope train`: cluster, train the two-layer hierarchy, score it, save it.
#include "cli/CliSupport.h"
#include "cli/HierarchyOptions.h"
#include "cli/TerminalProgress.h"
#include "distributed/Ranks.h"
#include "learned/Hierarchy.h"
#include "learned/Imbalance.h"
#include "learned/Serialization.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <ostream>

namespace nnscope::cli {

namespace {

Json trainedResult(const Hierarchy& hierarchy, const Dataset& data, const HierarchySettings& settings, const std::string& out, int worldSize)
{
    const AccuracyReport& accuracy = hierarchy.accuracy();
    const HierarchyCost cost = hierarchy.cost();
    Json models = Json::array();
    models.push_back(hierarchy.layer1Record());
    for (const ModelRecord& record : hierarchy.layer2Records())
        models.push_back(record);
    Json clusters = Json::array();
    for (const ClusterImbalance& c : layer2Imbalance(hierarchy))
        clusters.push_back(c);
    return Json{{"dataset", describeDataset(data)},
                {"model", out},
                {"settings", Json(settings)},
                {"world_size", worldSize},
                {"layer1_on_every_rank", layer1TrainsOnEveryRank(settings, worldSize)},
                {"layer1_accuracy", accuracy.layer1Accuracy},
                {"layer2_accuracy", accuracy.layer2Accuracy},
                {"accuracy", Json(accuracy)},
                {"train_seconds", hierarchy.trainSeconds()},
                {"parameters", cost.parameters()},
                {"cost", Json(cost)},
                {"clusters", clusters},
                {"models", models}};
}

// One rank of a job (distributed/Ranks.h): rank 0 trains its share, gathers the rest, scores, saves and
// prints the usual result; the others train their share, send it, and wait until rank 0 has saved.
Json trainAsRank(const std::shared_ptr<const Dataset>& data, const HierarchySettings& settings, const RankWorld& world,
                 const std::string& out)
{
    const std::optional<Json> trained = runGatheredOnRankZero(world, [&](RankGroup& ranks) -> std::optional<Json> {
        TerminalProgress progress;
        TrainingObserver observer;
        if (world.rank == 0)
            observer = [&](const TrainingProgress& p) { progress.report(p); };
        const std::optional<Hierarchy> hierarchy = Hierarchy::trainAcrossRanks(data, settings, ranks, observer);
        if (!hierarchy)
            return std::nullopt;
        progress.finish();
        hierarchy->save(out); // before the job ends: the others wait until the model is saved
        return trainedResult(*hierarchy, *data, settings, out, world.size);
    });
    return trained ? *trained : Json{{"rank", world.rank}, {"world_size", world.size}, {"model", out}};
}

} // namespace

Command trainCommand()
{
    Command command;
    command.name = "train";
    command.summary = "Cluster the data, train the learned hierarchy (layer 1 + one layer-2 model per cluster),\n"
                      "score it on held-out rows, and save it to --out (replaced atomically).";
    command.options = datasetOptions();
    command.options.push_back({"clusters", "K", "number of clusters (layer-2 models)", "10"});
    command.options.push_back({"protocol", "P", "paper (the authors' quirks) or corrected", "corrected"});
    for (const OptionSpec& option : hierarchyOptions())
        command.options.push_back(option);
    command.options.push_back({"out", "DIR", "folder to save the trained hierarchy in", ""});
    command.acrossRanks = true;
    command.run = [](const CommandLine& line) {
        const std::string out = line.required("out");
        auto data = std::make_shared<const Dataset>(openDatasetFrom(line));
        const HierarchySettings settings =
            hierarchySettingsFrom(line, parseProtocol(line.value("protocol")), line.count("clusters"));
        const RankWorld world = rankWorldFromEnvironment();
        if (line.flag("dry-run")) {
            Hierarchy::checkTraining(*data, settings, world.size); // what Hierarchy::train checks first
            const Hierarchy::Estimate estimate = Hierarchy::estimateTraining(data->rows(), data->dim(), settings);
            const std::vector<std::uint64_t> perRank = bytesPerRank(settings, data->dim(), evenClusterSizes(data->rows(), settings.kmeans.clusters), world.size);
            return dryRunResult("train", {{"dataset", describeDataset(*data)}, {"settings", Json(settings)}, {"out", out},
                                          {"estimated_parameters", estimate.cost.parameters()}, {"estimated_bytes", estimate.cost.bytes},
                                          {"world_size", world.size},
                                          {"layer1_on_every_rank", layer1TrainsOnEveryRank(settings, world.size)},
                                          {"estimated_bytes_per_rank", *std::max_element(perRank.begin(), perRank.end())},
                                          {"estimated_seconds_per_epoch", estimate.epochSeconds},
                                          {"estimated_max_train_seconds", estimate.maxTrainSeconds}});
        }
        if (world.distributed())
            return trainAsRank(data, settings, world, out);
        TerminalProgress progress;
        const Hierarchy hierarchy =
            Hierarchy::train(data, settings, [&](const TrainingProgress& p) { progress.report(p); });
        progress.finish();
        hierarchy.save(out);
        return trainedResult(hierarchy, *data, settings, out, 1);
    };
    command.printText = [](const Json& r, const CommandLine&, std::ostream& out) {
        if (!r.contains("accuracy")) { // a rank other than 0
            out << "rank " << r["rank"].get<int>() << " of " << r["world_size"].get<int>() << ": trained its share of the models and sent it to rank 0, which saved "
                << r["model"].get<std::string>() << "\n";
            return;
        }
        const Json& a = r["accuracy"];
        char line[1024];
        out << "trained a " << r["settings"]["protocol"].get<std::string>() << "-protocol hierarchy ("
            << r["settings"]["preset"].get<std::string>() << " preset) on " << r["dataset"]["source"].get<std::string>()
            << (r["world_size"].get<int>() > 1 ? " across " + std::to_string(r["world_size"].get<int>()) + " ranks"
                                                       + (r["layer1_on_every_rank"].get<bool>() ? " (layer 1 data-parallel on all of them)" : " (layer 1 on rank 0)")
                                                 : std::string())
            << ", saved to " << r["model"].get<std::string>() << "\n\n";
        std::snprintf(line, sizeof line,
                      "layer-1 accuracy            %.3f   (predicted cluster = k-means cluster)\n"
                      "layer-1 neighbour cluster   %.3f   (predicted cluster holds the exact nearest neighbour)\n"
                      "layer-2 accuracy (top-5)    %.3f   (%s definition, routed by layer 1)\n"
                      "layer-2 with true cluster   %.3f\n"
                      "recall@1                    %.3f   (layer-2 top-1 = exact nearest neighbour)\n"
                      "test queries                %zu\n"
                      "training time               %.1f s\n"
                      "parameters                  %llu (%.1f MB)\n"
                      "FLOPs per query             %.3g (exact search: %.3g)\n\n",
                      a["layer1_accuracy"].get<double>(), a["layer1_neighbor_cluster"].get<double>(),
                      a["layer2_accuracy"].get<double>(), a["protocol"].get<std::string>().c_str(),
                      a["layer2_oracle_accuracy"].get<double>(), a["recall_at_1"].get<double>(),
                      a["queries"].get<std::size_t>(), r["train_seconds"].get<double>(),
                      static_cast<unsigned long long>(r["parameters"].get<std::uint64_t>()),
                      r["cost"]["bytes"].get<double>() / 1e6, r["cost"]["flops_per_query"].get<double>(),
                      r["cost"]["exact_search_flops_per_query"].get<double>());
        out << line << "cluster  size  train  test  targets  top-share  entropy  train-acc  test-q  test-acc\n";
        for (const Json& c : r["clusters"]) {
            std::snprintf(line, sizeof line, "%7zu %5zu %6zu %5zu %8zu %10.3f %8.2f %10.3f %7zu %9.3f\n",
                          c["cluster"].get<std::size_t>(), c["size"].get<std::size_t>(), c["train_rows"].get<std::size_t>(),
                          c["test_rows"].get<std::size_t>(), c["distinct_targets"].get<std::size_t>(),
                          c["largest_target_share"].get<double>(), c["target_entropy_bits"].get<double>(),
                          c["train_accuracy"].get<double>(), c["test_queries"].get<std::size_t>(),
                          c["test_accuracy"].get<double>());
            out << line;
        }
    };
    return command;
}

} // namespace nnscope::cli
