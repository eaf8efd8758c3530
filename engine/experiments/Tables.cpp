#include "experiments/Tables.h"

#include "experiments/PaperValues.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace nnscope {
namespace {

std::string fixed(double value, int decimals = 3)
{
    if (std::isnan(value))
        return "–";
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

std::string general(double value)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.3g", value);
    return text;
}

std::string megabytes(std::uint64_t bytes)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.2f", static_cast<double>(bytes) / 1e6);
    return text;
}

std::string settingLabel(const SettingResult& s)
{
    return "(" + std::to_string(s.point.clusters) + ", " + std::to_string(s.point.words) + ")";
}

std::vector<const SettingResult*> ofProtocol(const ExperimentResult& result, Protocol protocol)
{
    std::vector<const SettingResult*> list;
    for (const SettingResult& s : result.results)
        if (s.protocol == protocol)
            list.push_back(&s);
    return list;
}

// System names in the order they were measured in the first setting of the protocol.
std::vector<std::string> systemNames(const std::vector<const SettingResult*>& settings)
{
    std::vector<std::string> names;
    for (const SettingResult* s : settings)
        for (const SystemResult& system : s->systems)
            if (std::find(names.begin(), names.end(), system.system) == names.end())
                names.push_back(system.system);
    return names;
}

std::string protocolNote(Protocol protocol)
{
    return protocol == Protocol::Paper
        ? "Paper protocol (the authors' code): within-cluster cosine targets, cluster-grouped 90/10 split, "
          "test-time normalised centroid; truth = the stored within-cluster cosine nearest neighbour."
        : "Corrected protocol: stratified seeded split, same centroid handling in training and test; "
          "truth = the global exact nearest neighbour.";
}

// One row per setting, one column per system, each cell from `cell`.
template <typename Cell>
Table perSystemTable(const std::string& id, const std::string& title, const std::string& note,
                     const std::vector<const SettingResult*>& settings, Cell cell)
{
    Table table{id, title, note, {"(clusters, words)"}, {}};
    const std::vector<std::string> names = systemNames(settings);
    for (const std::string& name : names)
        table.header.push_back(name);
    for (const SettingResult* s : settings) {
        std::vector<std::string> row = {settingLabel(*s)};
        for (const std::string& name : names) {
            const SystemResult* system = s->system(name);
            row.push_back(system ? cell(*system) : "–");
        }
        table.rows.push_back(row);
    }
    return table;
}

const LearnedResult* learnedNamed(const SettingResult& s, const std::string& name)
{
    for (const LearnedResult& l : s.learned)
        if (l.name == name)
            return &l;
    return nullptr;
}

} // namespace

std::vector<Table> experimentTables(const ExperimentResult& result)
{
    std::vector<Table> tables;
    for (Protocol protocol : {Protocol::Paper, Protocol::Corrected}) {
        const auto settings = ofProtocol(result, protocol);
        if (settings.empty())
            continue;
        const std::string p = protocolName(protocol);
        const std::string note = protocolNote(protocol);

        Table distance = perSystemTable("table1_distance_" + p, "Table 1 (" + p + " protocol): average distance to the true neighbour",
                                        note + " Euclidean distance between each system's top-1 and the truth; smaller is better.",
                                        settings, [](const SystemResult& s) { return fixed(s.meanDistanceToTruth); });
        distance.header.push_back("scann-paper score");
        for (std::size_t i = 0; i < settings.size(); ++i) {
            const SystemResult* scann = settings[i]->system("scann-paper");
            distance.rows[i].push_back(scann && scann->meanTopScore ? fixed(*scann->meanTopScore) : "–");
        }
        distance.note += " 'scann-paper score' is the mean score ScaNN gives its top-1, <q, x/‖x‖> (rows normalised, queries not): what the paper's ScaNN column averaged.";
        tables.push_back(distance);

        Table layer1{"table2_layer1_" + p, "Table 2 (" + p + " protocol): layer-1 accuracy",
                     note + " 'k-means cluster': predicted cluster = the row's own cluster (the paper's metric); the nearest-centroid twin scores 1 on it by construction. "
                            "'neighbour's cluster': predicted cluster holds the exact nearest neighbour.",
                     {"(clusters, words)", "learned: k-means cluster", "learned: neighbour's cluster", "learned+augment: k-means cluster", "centroid twin: k-means cluster"}, {}};
        Table layer2{"table3_layer2_" + p, "Table 3 (" + p + " protocol): layer-2 top-5 accuracy",
                     note + (protocol == Protocol::Paper ? " Hit: layer-2's top-1 position is among the query's 5 stored within-cluster neighbour positions (compared as numbers, as the authors' code did)."
                                                         : " Hit: the global exact nearest neighbour is among layer-2's top 5."),
                     {"(clusters, words)", "learned (routed by layer 1)", "learned (true cluster given)", "learned+augment (routed)", "centroid twin", "learned recall@1"}, {}};
        for (const SettingResult* s : settings) {
            const LearnedResult* learned = learnedNamed(*s, "learned");
            const LearnedResult* augmented = learnedNamed(*s, "learned+augment");
            layer1.rows.push_back({settingLabel(*s), learned ? fixed(learned->accuracy.layer1Accuracy) : "–",
                                   learned ? fixed(learned->accuracy.layer1NeighborCluster) : "–",
                                   augmented ? fixed(augmented->accuracy.layer1Accuracy) : "–", fixed(1.0)});
            layer2.rows.push_back({settingLabel(*s), learned ? fixed(learned->accuracy.layer2Accuracy) : "–",
                                   learned ? fixed(learned->accuracy.layer2OracleAccuracy) : "–",
                                   augmented ? fixed(augmented->accuracy.layer2Accuracy) : "–", fixed(s->twinLayer2Accuracy),
                                   learned ? fixed(learned->accuracy.recallAt1) : "–"});
        }
        tables.push_back(layer1);
        tables.push_back(layer2);

        tables.push_back(perSystemTable("table4_time_single_" + p, "Table 4 (" + p + " protocol): mean time per query, one query per call (ms)",
                                        note + " Wall time of one search call per query, averaged.", settings,
                                        [](const SystemResult& s) { return general(s.singleMsPerQuery); }));
        tables.push_back(perSystemTable("table4_time_batched_" + p, "Table 4b (" + p + " protocol): mean time per query, all queries in one call (ms)",
                                        note, settings, [](const SystemResult& s) { return general(s.batchedMsPerQuery); }));
        tables.push_back(perSystemTable("recall_" + p, "Recall@1 / recall@" + std::to_string(result.settings.recallK) + " against exact search (" + p + " protocol)",
                                        note + " Each query's own row excluded from the truth and the answers.", settings,
                                        [](const SystemResult& s) { return fixed(s.recallAt1) + " / " + fixed(s.recallAtK); }));
        tables.push_back(perSystemTable("cost_" + p, "Cost per query (" + p + " protocol): memory (MB) / FLOPs",
                                        note + " FLOPs are estimates from each system's structure (a multiply-add counts 2); the learned rows count both CNN layers.",
                                        settings, [](const SystemResult& s) { return megabytes(s.bytes) + " / " + general(s.flopsPerQuery); }));

        Table augmentation{"augmentation_" + p, "Augmentation (" + p + " protocol): the paper's proposed, untested layer-2 augmentation",
                           note + " Perturbed copies of members labelled with their exact nearest other member, class-balanced sampling.",
                           {"(clusters, words)", "layer-2 acc. without", "with", "distance to truth without", "with", "recall@1 without", "with", "train s without", "with"}, {}};
        for (const SettingResult* s : settings) {
            const LearnedResult* a = learnedNamed(*s, "learned");
            const LearnedResult* b = learnedNamed(*s, "learned+augment");
            const SystemResult* x = s->system("learned");
            const SystemResult* y = s->system("learned+augment");
            if (!a || !b || !x || !y)
                continue;
            augmentation.rows.push_back({settingLabel(*s), fixed(a->accuracy.layer2Accuracy), fixed(b->accuracy.layer2Accuracy),
                                         fixed(x->meanDistanceToTruth), fixed(y->meanDistanceToTruth), fixed(x->recallAt1),
                                         fixed(y->recallAt1), fixed(a->trainSeconds, 1), fixed(b->trainSeconds, 1)});
        }
        if (!augmentation.rows.empty())
            tables.push_back(augmentation);

        Table probe{"multiprobe_" + p, "Multi-probe with exact re-ranking (" + p + " protocol): recall@" + std::to_string(result.settings.recallK) + " and ms per query",
                    note + " learned-probeM: layer-1 top M clusters × layer-2 top " + std::to_string(result.settings.perCluster)
                        + " each, re-ranked exactly; centroid-twin-probeM: nearest M centroids, exact inside.",
                    {"(clusters, words)", "system", "recall@1", "recall@k", "ms/query (single)", "FLOPs/query"}, {}};
        for (const SettingResult* s : settings)
            for (const SystemResult& system : s->systems)
                if (system.system.rfind("learned", 0) == 0 || system.system.rfind("centroid-twin", 0) == 0)
                    probe.rows.push_back({settingLabel(*s), system.system, fixed(system.recallAt1), fixed(system.recallAtK),
                                          general(system.singleMsPerQuery), general(system.flopsPerQuery)});
        tables.push_back(probe);

        Table imbalance{"imbalance_" + p, "Layer-2 imbalance per cluster (" + p + " protocol)",
                        note + " top-share: the most common training target's share; entropy in bits; test accuracy with the true cluster given.",
                        {"(clusters, words)", "cluster", "size", "train", "test", "distinct targets", "top-share", "entropy", "train acc.", "test queries", "test acc."}, {}};
        for (const SettingResult* s : settings)
            if (const LearnedResult* learned = learnedNamed(*s, "learned"))
                for (const ClusterImbalance& c : learned->imbalance)
                    imbalance.rows.push_back({settingLabel(*s), std::to_string(c.cluster), std::to_string(c.size), std::to_string(c.trainRows),
                                              std::to_string(c.testRows), std::to_string(c.distinctTargets), fixed(c.largestTargetShare),
                                              fixed(c.targetEntropyBits, 2), fixed(c.trainAccuracy), std::to_string(c.testQueries),
                                              fixed(c.testAccuracy)});
        tables.push_back(imbalance);
    }

    Table published{"paper_published", "The paper's published values (Tables 1–4)",
                    "From the paper, on 10,000–50,000 words of glove.6B.100d; its ScaNN column is ScaNN's own top-1 score, not a distance. "
                    "Settings our grid shares with the paper appear in our tables under the same (clusters, words).",
                    {"(clusters, words)", "ScaNN (score)", "Random", "ML", "layer-1 acc.", "layer-2 acc.", "ScaNN s/query", "ML s/query"}, {}};
    for (const paper::PublishedRow& row : paper::kPublished)
        published.rows.push_back({"(" + std::to_string(row.clusters) + ", " + std::to_string(row.words) + ")", fixed(row.scannScore),
                                  fixed(row.randomDistance), fixed(row.learnedDistance), fixed(row.layer1Accuracy, 2),
                                  fixed(row.layer2Accuracy, 2), fixed(row.scannSeconds, 6), fixed(row.learnedSeconds, 6)});
    tables.push_back(published);
    return tables;
}

std::string toMarkdown(const Table& table)
{
    std::string text = "### " + table.title + "\n\n";
    if (!table.note.empty())
        text += table.note + "\n\n";
    auto line = [](const std::vector<std::string>& cells) {
        std::string out = "|";
        for (const std::string& cell : cells)
            out += " " + cell + " |";
        return out + "\n";
    };
    text += line(table.header);
    text += "|";
    for (std::size_t i = 0; i < table.header.size(); ++i)
        text += i == 0 ? "---|" : "---:|";
    text += "\n";
    for (const auto& row : table.rows)
        text += line(row);
    return text + "\n";
}

std::string toCsv(const Table& table)
{
    auto field = [](const std::string& value) {
        if (value.find_first_of(",\"\n\r") == std::string::npos)
            return value;
        std::string quoted = "\"";
        for (char c : value)
            quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
        return quoted + "\"";
    };
    std::string text;
    auto line = [&](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i)
            text += (i ? "," : "") + field(cells[i]);
        text += "\r\n";
    };
    line(table.header);
    for (const auto& row : table.rows)
        line(row);
    return text;
}

} // namespace nnscope
