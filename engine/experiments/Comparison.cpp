#include "experiments/Comparison.h"

#include "experiments/ResultsJson.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace nnscope {
namespace {

// A JSON value's leaves as "path" → compact text ("overrides.seed" → "3").
void flatten(const nlohmann::json& value, const std::string& path, std::map<std::string, std::string>& leaves)
{
    if (value.is_object() && !value.empty()) {
        for (auto item = value.begin(); item != value.end(); ++item)
            flatten(item.value(), path.empty() ? item.key() : path + "." + item.key(), leaves);
        return;
    }
    leaves[path] = value.is_string() ? value.get<std::string>() : value.dump();
}

std::map<std::string, std::string> settingsOf(const ExperimentResult& run)
{
    std::map<std::string, std::string> leaves;
    flatten(toJson(run.settings), "", leaves);
    leaves["dataset"] = run.datasetSource;
    return leaves;
}

// Every compared number: a and b, and b − a when both are there.
std::vector<Cell> sideBySide(std::optional<double> a, std::optional<double> b, int decimals = 3)
{
    const auto cell = [decimals](std::optional<double> v) { return v ? Cell::fixed(*v, decimals) : Cell::missing(); };
    return {cell(a), cell(b), a && b ? Cell::fixed(*b - *a, decimals) : Cell::missing()};
}

std::vector<Column> abColumns(const std::string& first, const std::string& nameA, const std::string& nameB, Unit unit)
{
    return {{first, first}, {"a", nameA, unit}, {"b", nameB, unit}, {"difference", "B − A"}};
}

// The settings table: every key whose values differ (– where a run has none), and the `always` keys.
Table differingSettings(const std::string& id, const std::string& title, const std::string& nameA, const std::string& nameB,
                        const std::map<std::string, std::string>& x, const std::map<std::string, std::string>& y,
                        const std::vector<std::string>& always)
{
    Table table{id, id, title, "", {{"key", "setting"}, {"a", nameA}, {"b", nameB}}, {}};
    std::map<std::string, std::pair<std::string, std::string>> keys;
    for (const auto& [key, value] : x)
        keys[key].first = value;
    for (const auto& [key, value] : y)
        keys[key].second = value;
    for (const auto& [key, values] : keys)
        if (values.first != values.second || std::find(always.begin(), always.end(), key) != always.end())
            table.rows.push_back({Cell::label(key), Cell::label(values.first.empty() ? "–" : values.first),
                                  Cell::label(values.second.empty() ? "–" : values.second)});
    return table;
}

// `items` appended to `list`, each once, in their order.
void appendNew(std::vector<std::string>& list, const std::vector<std::string>& items)
{
    for (const std::string& item : items)
        if (std::find(list.begin(), list.end(), item) == list.end())
            list.push_back(item);
}

// A partition build's settings as "key" → text, for the rows that differ.
std::map<std::string, std::string> settingsOf(const PartitionExperimentResult& run)
{
    return {{"dataset", run.dataset},
            {"base_rows", std::to_string(run.baseRows)},
            {"queries", run.querySource},
            {"bins", std::to_string(run.settings.bins)},
            {"metric", metricName(run.settings.metric)},
            {"target_recall", Cell::fixed(run.settings.targetRecall, 2).format()},
            {"seed", std::to_string(run.settings.seed)}};
}

} // namespace

std::vector<Table> comparePartitions(const PartitionExperimentResult& a, const std::string& nameA, const PartitionExperimentResult& b,
                        const std::string& nameB)
{
    Table table{"compare_partitions", "compare_partitions", "Partitions", "",
                {{"method", "method"}, {"measure", "measure"}, {"a", nameA, Unit::Candidates}, {"b", nameB, Unit::Candidates},
                 {"difference", "B − A"}},
                {},
                TableChart::bars(Unit::Candidates)};
    std::vector<std::string> methods;
    for (const auto* run : {&a, &b}) {
        std::vector<std::string> own;
        for (const PartitionMethodResult& m : run->methods)
            own.push_back(m.method);
        appendNew(methods, own);
    }
    const auto find = [](const PartitionExperimentResult& run, const std::string& method) -> const PartitionMethodResult* {
        const auto at = std::find_if(run.methods.begin(), run.methods.end(), [&](const PartitionMethodResult& m) { return m.method == method; });
        return at == run.methods.end() ? nullptr : &*at;
    };
    const auto reached = [](const PartitionMethodResult* m, double PartitionMethodResult::*field) -> std::optional<double> {
        return m && m->*field >= 0.0 ? std::optional<double>(m->*field) : std::nullopt;
    };
    for (const std::string& method : methods) {
        const PartitionMethodResult *x = find(a, method), *y = find(b, method);
        for (auto [measure, field] : {std::pair{"candidates", &PartitionMethodResult::candidatesAtTarget},
                                      std::pair{"distance_equivalents", &PartitionMethodResult::distanceEquivalentsAtTarget}}) {
            std::vector<Cell> row{Cell::label(method), Cell::label(measure)};
            for (Cell& cell : sideBySide(reached(x, field), reached(y, field), 1))
                row.push_back(std::move(cell));
            table.rows.push_back(std::move(row));
        }
    }
    return {table, differingSettings("compare_partition_settings", "Partition settings that differ", nameA, nameB, settingsOf(a),
                                     settingsOf(b), {"dataset"})};
}

std::vector<std::string> systemsOf(const ExperimentResult& a, const ExperimentResult& b)
{
    std::vector<std::string> labels = systemsOf(a);
    appendNew(labels, systemsOf(b));
    return labels;
}

std::vector<Table> compareRuns(const ExperimentResult& a, const std::string& nameA, const ExperimentResult& b, const std::string& nameB)
{
    std::vector<Table> tables;
    const Table settings =
        differingSettings("compare_settings", "Settings that differ", nameA, nameB, settingsOf(a), settingsOf(b), {"dataset", "protocols"});

    const SettingResult* sa = a.results.empty() ? nullptr : &a.results.front();
    const SettingResult* sb = b.results.empty() ? nullptr : &b.results.front();
    const LearnedResult* la = sa && !sa->learned.empty() ? &sa->learned.front() : nullptr;
    const LearnedResult* lb = sb && !sb->learned.empty() ? &sb->learned.front() : nullptr;
    Table accuracy{"compare_accuracy", "compare_accuracy", "Accuracy per layer", "", abColumns("measure", nameA, nameB, Unit::Fraction), {},
                   TableChart::bars(Unit::Fraction)};
    const std::pair<std::string, double AccuracyReport::*> measures[] = {
        {"learned_kmeans_cluster", &AccuracyReport::layer1Accuracy},
        {"learned_neighbor_cluster", &AccuracyReport::layer1NeighborCluster},
        {"learned_routed", &AccuracyReport::layer2Accuracy},
        {"learned_oracle", &AccuracyReport::layer2OracleAccuracy},
        {"learned_recall_at_1", &AccuracyReport::recallAt1}};
    for (const auto& [name, field] : measures) {
        std::vector<Cell> row = {Cell::label(name)};
        for (Cell& cell : sideBySide(la ? std::optional<double>(la->accuracy.*field) : std::nullopt,
                                     lb ? std::optional<double>(lb->accuracy.*field) : std::nullopt))
            row.push_back(std::move(cell));
        accuracy.rows.push_back(row);
    }
    tables.push_back(accuracy);

    Table systems{"compare_systems", "compare_systems", "Each system: distance to the true neighbour", "",
                  abColumns("system", nameA, nameB, Unit::Distance), {}, TableChart::bars(Unit::Distance)};
    Table recall{"compare_recall", "compare_recall", "Each system: recall@k", "", abColumns("system", nameA, nameB, Unit::Fraction), {},
                 TableChart::bars(Unit::Fraction)};
    for (const std::string& label : systemsOf(a, b)) {
        const SystemResult* ra = sa ? sa->system(label) : nullptr;
        const SystemResult* rb = sb ? sb->system(label) : nullptr;
        const auto distance = [](const SystemResult* r) {
            return r && std::isfinite(r->meanDistanceToTruth) ? std::optional<double>(r->meanDistanceToTruth) : std::nullopt;
        };
        const auto recallOf = [](const SystemResult* r) { return r ? std::optional<double>(r->recallAtK) : std::nullopt; };
        std::vector<Cell> d = {Cell::label(label)}, r = {Cell::label(label)};
        for (Cell& cell : sideBySide(distance(ra), distance(rb)))
            d.push_back(std::move(cell));
        for (Cell& cell : sideBySide(recallOf(ra), recallOf(rb)))
            r.push_back(std::move(cell));
        systems.rows.push_back(d);
        recall.rows.push_back(r);
    }
    tables.push_back(systems);
    tables.push_back(recall);
    tables.push_back(settings);
    return tables;
}

} // namespace nnscope
