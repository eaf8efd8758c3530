// `nnscope predict`: ask a saved hierarchy for a word's (or row's) nearest neighbours, beside the truth.
#include "cli/CliSupport.h"
#include "learned/QueryInspection.h"

#include <cstdio>
#include <ostream>

namespace nnscope::cli {
namespace {

Json neighborList(const Dataset& data, const Neighbors& neighbors)
{
    Json ids = Json::array(), labels = Json::array(), distances = Json::array();
    for (std::size_t r = 0; r < neighbors.k; ++r) {
        const std::int64_t id = neighbors.id(0, r);
        if (id < 0)
            break;
        ids.push_back(id);
        labels.push_back(data.labelOf(static_cast<std::size_t>(id)));
        distances.push_back(jsonNumber(neighbors.distance(0, r)));
    }
    return {{"ids", ids}, {"labels", labels}, {"distances", distances}};
}

} // namespace

Command predictCommand()
{
    Command command;
    command.name = "predict";
    command.summary = "Query a saved hierarchy with one dataset row: layer-1 clusters, layer-2 neighbours in\n"
                      "probability order (the studio's Query view; the query's own row is reported apart), or with\n"
                      "--probe > 1 multi-probe candidates re-ranked by exact distance; and the exact neighbours.\n"
                      "The dataset is the one the model was trained on, unless --data/--words name another.";
    command.options = datasetOptions();
    command.options.push_back({"model", "DIR", "a folder written by nnscope train", ""});
    command.options.push_back({"word", "W", "the query word (a row label)", ""});
    command.options.push_back({"row", "R", "the query row", ""});
    command.options.push_back({"probe", "M", "clusters to probe (layer-1 top M)", "1"});
    command.options.push_back({"k", "K", "neighbours to return (and layer-2 candidates per cluster)", "5"});
    command.run = [](const CommandLine& line) {
        const std::string model = line.required("model");
        const std::optional<DatasetSpec> saved = line.isSet("data") || line.isSet("words") ? std::nullopt : savedDatasetSpec(model);
        auto data = std::make_shared<const Dataset>(saved ? openDataset(*saved) : openDatasetFrom(line));
        const Hierarchy hierarchy = Hierarchy::load(model, data);
        if (line.isSet("word") == line.isSet("row"))
            throw UsageError("give exactly one of --word and --row");
        std::size_t row = 0;
        if (line.isSet("word")) {
            const auto found = data->findLabel(line.value("word"));
            if (!found)
                throw Error("the word '" + line.value("word") + "' is not in " + data->source());
            row = *found;
        } else {
            row = line.count("row");
            if (row >= data->rows())
                throw Error("row " + std::to_string(row) + " is outside the dataset (" + std::to_string(data->rows()) + " rows)");
        }
        const std::size_t probe = line.count("probe"), k = line.count("k");
        if (probe == 0 || k == 0)
            throw UsageError("--probe and --k must be at least 1");
        if (line.flag("dry-run"))
            return dryRunResult("predict", {{"model", model}, {"row", row}, {"probe", probe}, {"k", k}});
        // The same inspection the studio's Query view shows: layer 1's clusters, layer 2's answers in
        // probability order (the query's own row marked), and exact search.
        const QueryInspection inspection = inspectQuery(hierarchy, row, k);
        Json clusters = Json::array();
        const MatrixView query{data->row(row), 1, data->dim()};
        const auto guesses = hierarchy.predictClusters(query, std::min(probe, hierarchy.clustering().clusters));
        for (const ClusterGuess& guess : guesses[0])
            clusters.push_back({{"cluster", guess.cluster}, {"probability", guess.probability}});
        Json neighbors = {{"ids", Json::array()}, {"labels", Json::array()}, {"distances", Json::array()}, {"probabilities", Json::array()}};
        Json queryItself = nullptr;
        if (probe == 1) {
            for (const InspectedMember& member : inspection.layer2) {
                if (member.isQuery) {
                    queryItself = {{"rank", neighbors["ids"].size() + 1}, {"probability", member.probability}};
                    continue;
                }
                neighbors["ids"].push_back(member.row);
                neighbors["labels"].push_back(data->labelOf(static_cast<std::size_t>(member.row)));
                neighbors["distances"].push_back(jsonNumber(static_cast<float>(member.distance)));
                neighbors["probabilities"].push_back(member.probability);
            }
        } else {
            const std::vector<std::int64_t> self = {static_cast<std::int64_t>(row)};
            neighbors = neighborList(*data, hierarchy.search(query, k, {probe, k, true}, inspection.metric, &self));
        }
        Json exact = {{"ids", Json::array()}, {"labels", Json::array()}, {"distances", Json::array()}};
        for (const InspectedNeighbor& n : inspection.exact) {
            exact["ids"].push_back(n.row);
            exact["labels"].push_back(data->labelOf(static_cast<std::size_t>(n.row)));
            exact["distances"].push_back(jsonNumber(static_cast<float>(n.distance)));
        }
        return Json{{"query", {{"row", row}, {"label", data->labelOf(row)}, {"true_cluster", inspection.ownCluster},
                               {"split", inspection.isTest ? "test" : "train"}}},
                    {"metric", metricName(inspection.metric)},
                    {"probe", probe},
                    {"order", probe == 1 ? "layer-2 probability" : "exact distance (re-ranked)"},
                    {"predicted_clusters", clusters},
                    {"neighbors", neighbors},
                    {"query_itself", queryItself},
                    {"exact", exact},
                    {"cluster_of_exact_nearest", inspection.exact.empty() ? Json(nullptr) : Json(inspection.exact.front().cluster)}};
    };
    command.printText = [](const Json& r, const CommandLine&, std::ostream& out) {
        char line[256];
        out << "query '" << r["query"]["label"].get<std::string>() << "' (row " << r["query"]["row"] << ", "
            << r["query"]["split"].get<std::string>() << " row, k-means cluster " << r["query"]["true_cluster"] << ")\n\n"
            << "layer 1:";
        for (const Json& c : r["predicted_clusters"]) {
            std::snprintf(line, sizeof line, "  cluster %u (p=%.3f)", c["cluster"].get<unsigned>(), c["probability"].get<double>());
            out << line;
        }
        if (!r["query_itself"].is_null())
            out << "\n\nlayer 2 also ranks the query itself (p=" << r["query_itself"]["probability"].get<double>()
                << "); it is left out of the answers below";
        out << "\n\n   rank  predicted                      exact (" << r["metric"].get<std::string>() << ")\n";
        const Json &p = r["neighbors"], &e = r["exact"];
        for (std::size_t i = 0; i < e["ids"].size(); ++i) {
            std::string left = "-";
            if (i < p["ids"].size()) {
                std::snprintf(line, sizeof line, "%.4f", p["distances"][i].get<double>());
                left = padded(p["labels"][i].get<std::string>(), 16) + line;
            }
            std::snprintf(line, sizeof line, "%.4f", e["distances"][i].get<double>());
            out << "   " << i + 1 << "     " << padded(left, 31) << padded(e["labels"][i].get<std::string>(), 16) << line << "\n";
        }
    };
    return command;
}

} // namespace nnscope::cli
