#include "experiments/Tables.h"

#include "experiments/PaperValues.h"

#include "core/ByteUnits.h"
#include "core/Error.h"
#include "learned/Hierarchy.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>

namespace nnscope {
namespace {

Cell settingLabel(const SettingResult& s)
{
    return Cell::label("(" + std::to_string(s.point.clusters) + ", " + std::to_string(s.point.words) + ")");
}

const Column kSetting{"setting", "(clusters, words)"};
const Column kSystem{"system", "system"};

std::vector<const SettingResult*> ofProtocol(const ExperimentResult& result, Protocol protocol)
{
    std::vector<const SettingResult*> list;
    for (const SettingResult& s : result.results)
        if (s.protocol == protocol)
            list.push_back(&s);
    return list;
}

// System labels in the order they were measured, over the protocol's settings.
std::vector<std::string> systemLabels(const std::vector<const SettingResult*>& settings)
{
    std::vector<std::string> names;
    for (const SettingResult* s : settings)
        for (const SystemResult& system : s->systems)
            if (std::find(names.begin(), names.end(), system.system) == names.end())
                names.push_back(system.system);
    return names;
}

// The English of each note part (%1, %2 … its arguments); the studio translates the same ids.
const std::map<std::string, std::string>& noteTexts()
{
    static const std::map<std::string, std::string> texts = {
        {"protocol_paper", "Paper protocol (the authors' code): within-cluster cosine targets, cluster-grouped 90/10 split, "
                           "test-time normalised centroid; truth = the stored within-cluster cosine nearest neighbour."},
        {"protocol_corrected", "Corrected protocol: stratified seeded split, same centroid handling in training and test; "
                               "truth = the global exact nearest neighbour."},
        {"table1_distance", "Euclidean distance between each system's top-1 and the truth, over the queries it answered (a system "
                            "that answered none shows –; the recall table gives each system's answered share); smaller is better."},
        {"scann_score", "'%1 score' is the mean score ScaNN gives its top-1, <q, x/‖x‖> (rows normalised, queries not): what the paper's ScaNN column averaged."},
        {"table2_layer1", "'k-means cluster': predicted cluster = the row's own cluster (the paper's metric); the nearest-centroid twin scores 1 on it by "
                          "construction. 'neighbour's cluster': predicted cluster holds the exact nearest neighbour."},
        {"table3_layer2_paper", "Hit: layer-2's top-1 position is among the query's 5 stored within-cluster neighbour positions (compared as numbers, as the "
                                "authors' code did)."},
        {"table3_layer2_corrected", "Hit: the global exact nearest neighbour is among layer-2's top 5."},
        {"in_sample", "The in-sample columns score the same models on rows drawn from the whole table, as every runnable version of the authors' "
                      "evaluation script did (about 90% are training rows); the other columns use the held-out last 10%."},
        {"table4_time_single", "Wall time of one search call per query, averaged."},
        {"recall", "Each query's own row excluded from the truth and the answers."},
        {"cost", "FLOPs are estimates from each system's structure (a multiply-add counts 2); the learned rows count both CNN layers."},
        {"augmentation", "Perturbed copies of members labelled with their exact nearest other member, class-balanced sampling."},
        {"multiprobe", "Every system that probes partitions (its searcher's property: the learned hierarchy, its twin and layer 1 over the run's "
                       "clusters, ScaNN's leaves, FAISS's inverted lists) at the number it probes; learned with rerank=1 re-ranks its layer-2 candidates "
                       "exactly; the twin and layer1 scan the probed clusters exactly."},
        {"imbalance", "top-share: the most common training target's share; entropy in bits; test accuracy with the true cluster given, "
                      "with its 95% Wilson interval (few queries per cluster: wide); memorising: training accuracy at least 0.3 above the interval."},
        {"skipped", "Estimated before any work: weights from the model formulas (clusters of equal size), training time from this "
                    "machine's measured matrix-multiply rate (forward + backward = 3 forward passes per training row); the bound "
                    "uses the preset's epoch limit, and early stopping usually ends sooner."},
        {"paper_published", "From the paper, on 10,000–50,000 words of glove.6B.100d; its ScaNN column is ScaNN's own top-1 score, not a distance. "
                            "Settings our grid shares with the paper appear in our tables under the same (clusters, words)."},
        {"partition_summary", "%1 base rows x %2, %3 queries (%4), %5. Candidates: rows scanned in the probed bins at recall@10 = %6 "
                              "(interpolated over probes); distance-equivalents add the router's multiply-adds divided by the dimension."},
        {"partition_crossover", "%1: the same %2 queries (%3) at every size, base rows nested subsets of the %4 left. Total cost: candidates "
                                "at recall@10 = %5 plus the router's (and a learned rule's) multiply-adds divided by the dimension, the cheapest "
                                "learned method over the cheapest non-learned one; ms/query likewise, measured. Learning pays below 1."},
    };
    return texts;
}

// Appends a note part: its id and arguments for a client to translate, its English to `note`.
void addNote(Table& table, const std::string& id, const std::vector<std::string>& arguments = {})
{
    std::string text = noteTexts().at(id);
    for (std::size_t i = arguments.size(); i-- > 0;) { // %10 before %1
        const std::string marker = "%" + std::to_string(i + 1);
        for (std::size_t at = text.find(marker); at != std::string::npos; at = text.find(marker, at + arguments[i].size()))
            text.replace(at, marker.size(), arguments[i]);
    }
    table.noteParts.push_back({id, arguments});
    table.note += (table.note.empty() ? "" : " ") + text;
}

// A table of one protocol, its note opening with the protocol's and then `noteId`'s (none when empty).
Table makeTable(const std::string& kind, Protocol protocol, const std::string& title, const std::string& noteId,
                std::vector<Column> columns)
{
    const std::string p = protocolName(protocol);
    Table table{kind + "_" + p, kind, title + " (" + p + " protocol)", "", std::move(columns), {}};
    addNote(table, "protocol_" + p);
    if (!noteId.empty())
        addNote(table, noteId);
    return table;
}

// One row per setting, one column per system, each cell from `cell`.
template <typename CellOf>
Table perSystemTable(const std::string& kind, Protocol protocol, const std::string& title, const std::string& noteId, Unit unit,
                     const std::vector<const SettingResult*>& settings, CellOf cell)
{
    Table table = makeTable(kind, protocol, title, noteId, {kSetting});
    table.chart = TableChart::bars(unit);
    const std::vector<std::string> labels = systemLabels(settings);
    for (const std::string& label : labels)
        table.columns.push_back({"system:" + label, label, unit, label});
    for (const SettingResult* s : settings) {
        std::vector<Cell> row = {settingLabel(*s)};
        for (const std::string& label : labels) {
            const SystemResult* system = s->system(label);
            row.push_back(system ? cell(*system) : Cell::missing());
        }
        table.rows.push_back(row);
    }
    return table;
}

// One row per (setting, system) of the systems `keep` selects, with the columns `cells` gives.
template <typename Keep, typename Cells>
Table perSettingSystemTable(const std::string& kind, Protocol protocol, const std::string& title, const std::string& noteId,
                            std::vector<Column> columns, const std::vector<const SettingResult*>& settings, Keep keep, Cells cells)
{
    columns.insert(columns.begin(), {kSetting, kSystem});
    Table table = makeTable(kind, protocol, title, noteId, std::move(columns));
    for (const SettingResult* s : settings)
        for (const SystemResult& system : s->systems)
            if (keep(system)) {
                std::vector<Cell> row = {settingLabel(*s), Cell::label(system.system)};
                for (Cell& cell : cells(system))
                    row.push_back(std::move(cell));
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

// printf rounds an exact tie (0.3125 to 3 decimals) to even, the studio (Qt's QLocale) away from zero:
// the value nudged to the next double away from zero on an exact tie makes tables.md read as the studio.
double halfAwayFromZero(double value, int decimals)
{
    if (!std::isfinite(value) || decimals < 0 || decimals > 20)
        return value;
    char digits[128];
    std::snprintf(digits, sizeof digits, "%.*f", decimals + 30, std::fabs(value));
    const char* dot = std::strchr(digits, '.');
    if (!dot || dot[decimals + 1] != '5')
        return value;
    for (const char* d = dot + decimals + 2; *d; ++d)
        if (*d != '0')
            return value; // past the tie: printf already rounds it up
    return std::nextafter(value, value > 0 ? HUGE_VAL : -HUGE_VAL);
}

// Drops the columns missing in every row (a system the run did not train); the first column stays.
void dropMissingColumns(Table& table)
{
    for (std::size_t c = table.columns.size(); c-- > 1;)
        if (!table.rows.empty()
            && std::all_of(table.rows.begin(), table.rows.end(), [c](const std::vector<Cell>& row) { return row[c].isMissing(); })) {
            table.columns.erase(table.columns.begin() + static_cast<std::ptrdiff_t>(c));
            for (auto& row : table.rows)
                row.erase(row.begin() + static_cast<std::ptrdiff_t>(c));
        }
}

std::vector<std::string> columnTitles(const Table& table)
{
    std::vector<std::string> titles;
    for (const Column& column : table.columns)
        titles.push_back(column.title);
    return titles;
}

} // namespace

std::string Cell::format(bool fullPrecision) const
{
    if (flag && fullPrecision) // data for a spreadsheet or a paper's script, not a glyph
        return *flag ? "true" : "false";
    if (!number)
        return text.empty() ? "–" : text;
    char out[64];
    if (fullPrecision)
        std::snprintf(out, sizeof out, "%.17g", *number);
    else if (decimals == kSignificant)
        std::snprintf(out, sizeof out, "%.3g", *number);
    else
        std::snprintf(out, sizeof out, "%.*f", decimals, halfAwayFromZero(*number, decimals));
    return out;
}

std::vector<Table> experimentTables(const ExperimentResult& result)
{
    const std::string kLearned = "learned", kAugmented = "learned:augment=1";
    std::vector<Table> tables;
    for (Protocol protocol : {Protocol::Paper, Protocol::Corrected}) {
        const auto settings = ofProtocol(result, protocol);
        if (settings.empty())
            continue;
        const auto learnedCell = [](const LearnedResult* learned, double value) { return learned ? Cell::fixed(value) : Cell::missing(); };

        Table distance = perSystemTable("table1_distance", protocol, "Table 1: average distance to the true neighbour",
                                        "table1_distance",
                                        Unit::Distance, settings, [](const SystemResult& s) {
                                            return std::isfinite(s.meanDistanceToTruth) ? Cell::fixed(s.meanDistanceToTruth) : Cell::missing();
                                        });
        // The paper's ScaNN column: the mean score ScaNN gives its top-1, for the systems that report it.
        for (const std::string& label : systemLabels(settings)) {
            bool reports = false;
            for (const SettingResult* s : settings)
                if (const SystemResult* system = s->system(label); system && system->meanTopScore)
                    reports = true;
            if (!reports)
                continue;
            distance.columns.push_back({"score:" + label, label + " score", Unit::Score, label});
            for (std::size_t i = 0; i < settings.size(); ++i) {
                const SystemResult* system = settings[i]->system(label);
                distance.rows[i].push_back(system && system->meanTopScore ? Cell::fixed(*system->meanTopScore) : Cell::missing());
            }
            addNote(distance, "scann_score", {label});
        }
        tables.push_back(distance);

        Table layer1 = makeTable("table2_layer1", protocol, "Table 2: layer-1 accuracy",
                                 "table2_layer1",
                                 {kSetting, {"learned_kmeans_cluster", "learned: k-means cluster", Unit::Fraction},
                                  {"learned_neighbor_cluster", "learned: neighbour's cluster", Unit::Fraction},
                                  {"augmented_kmeans_cluster", "learned+augment: k-means cluster", Unit::Fraction},
                                  {"augmented_neighbor_cluster", "learned+augment: neighbour's cluster", Unit::Fraction},
                                  {"twin_kmeans_cluster", "centroid twin: k-means cluster", Unit::Fraction}});
        Table layer2 = makeTable("table3_layer2", protocol, "Table 3: layer-2 top-5 accuracy",
                                 std::string("table3_layer2_") + protocolName(protocol),
                                 {kSetting, {"learned_routed", "learned (routed by layer 1)", Unit::Fraction},
                                  {"learned_oracle", "learned (true cluster given)", Unit::Fraction},
                                  {"augmented_routed", "learned+augment (routed)", Unit::Fraction},
                                  {"augmented_oracle", "learned+augment (true cluster given)", Unit::Fraction}, {"twin", "centroid twin", Unit::Fraction},
                                  {"learned_recall_at_1", "learned recall@1", Unit::Fraction},
                                  {"augmented_recall_at_1", "learned+augment recall@1", Unit::Fraction}});
        layer1.chart = layer2.chart = TableChart::bars(Unit::Fraction);
        for (const SettingResult* s : settings) {
            const LearnedResult* learned = learnedNamed(*s, kLearned);
            const LearnedResult* augmented = learnedNamed(*s, kAugmented);
            layer1.rows.push_back({settingLabel(*s), learnedCell(learned, learned ? learned->accuracy.layer1Accuracy : 0),
                                   learnedCell(learned, learned ? learned->accuracy.layer1NeighborCluster : 0),
                                   learnedCell(augmented, augmented ? augmented->accuracy.layer1Accuracy : 0),
                                   learnedCell(augmented, augmented ? augmented->accuracy.layer1NeighborCluster : 0), Cell::fixed(1.0)});
            layer2.rows.push_back({settingLabel(*s), learnedCell(learned, learned ? learned->accuracy.layer2Accuracy : 0),
                                   learnedCell(learned, learned ? learned->accuracy.layer2OracleAccuracy : 0),
                                   learnedCell(augmented, augmented ? augmented->accuracy.layer2Accuracy : 0),
                                   learnedCell(augmented, augmented ? augmented->accuracy.layer2OracleAccuracy : 0), Cell::fixed(s->twinLayer2Accuracy),
                                   learnedCell(learned, learned ? learned->accuracy.recallAt1 : 0),
                                   learnedCell(augmented, augmented ? augmented->accuracy.recallAt1 : 0)});
        }
        // The authors' in-sample draw beside the held-out one (paper protocol; AUTHORS-CODE.md, last section).
        const bool inSample = std::any_of(settings.begin(), settings.end(), [&](const SettingResult* s) {
            const LearnedResult* learned = learnedNamed(*s, kLearned);
            return learned && learned->inSampleAccuracy;
        });
        if (inSample) {
            layer1.columns.push_back({"learned_kmeans_cluster_in_sample", "learned: k-means cluster (in-sample draw)", Unit::Fraction});
            layer2.columns.push_back({"learned_routed_in_sample", "learned (routed, in-sample draw)", Unit::Fraction});
            addNote(layer1, "in_sample");
            addNote(layer2, "in_sample");
            for (std::size_t i = 0; i < settings.size(); ++i) {
                const LearnedResult* learned = learnedNamed(*settings[i], kLearned);
                const bool has = learned && learned->inSampleAccuracy;
                layer1.rows[i].push_back(has ? Cell::fixed(learned->inSampleAccuracy->layer1Accuracy) : Cell::missing());
                layer2.rows[i].push_back(has ? Cell::fixed(learned->inSampleAccuracy->layer2Accuracy) : Cell::missing());
            }
        }
        // A hierarchy the run did not train (the plain one of an augmented-only run) has no column.
        dropMissingColumns(layer1);
        dropMissingColumns(layer2);
        tables.push_back(layer1);
        tables.push_back(layer2);

        tables.push_back(perSystemTable("table4_time_single", protocol, "Table 4: mean time per query, one query per call (ms)",
                                        "table4_time_single", Unit::Milliseconds, settings,
                                        [](const SystemResult& s) { return Cell::significant(s.singleMsPerQuery); }));
        tables.push_back(perSystemTable("table4_time_batched", protocol, "Table 4b: mean time per query, all queries in one call (ms)",
                                        "", Unit::Milliseconds, settings, [](const SystemResult& s) { return Cell::significant(s.batchedMsPerQuery); }));
        const std::string k = std::to_string(result.settings.recallK);
        const auto every = [](const SystemResult&) { return true; };
        Table recall = perSettingSystemTable("recall", protocol, "Recall@1 / recall@" + k + " against exact search",
                                             "recall",
                                             {{"recall_at_1", "recall@1", Unit::Fraction}, {"recall_at_k", "recall@" + k, Unit::Fraction},
                                              {"answered", "answered", Unit::Fraction}},
                                             settings, every, [](const SystemResult& s) {
                                                 return std::vector<Cell>{Cell::fixed(s.recallAt1), Cell::fixed(s.recallAtK), Cell::fixed(s.answered)};
                                             });
        recall.chart = TableChart::bars(Unit::Fraction);
        tables.push_back(recall);
        Table cost = perSettingSystemTable("cost", protocol, "Cost per query: memory and FLOPs",
                                           "cost",
                                           {{"megabytes", "MB", Unit::Megabytes}, {"flops_per_query", "FLOPs/query", Unit::Flops}}, settings, every,
                                           [](const SystemResult& s) {
                                               return std::vector<Cell>{Cell::fixed(static_cast<double>(s.bytes) / 1e6, 2), Cell::significant(s.flopsPerQuery)};
                                           });
        cost.chart = TableChart::points("flops_per_query", "megabytes", "system", true);
        tables.push_back(cost);

        Table augmentation = makeTable("augmentation", protocol, "Augmentation: the paper's proposed, untested layer-2 augmentation",
                                       "augmentation",
                                       {kSetting, {"layer2_without", "layer-2 acc. without", Unit::Fraction}, {"layer2_with", "with", Unit::Fraction},
                                        {"distance_without", "distance to truth without", Unit::Distance}, {"distance_with", "with", Unit::Distance},
                                        {"recall_at_1_without", "recall@1 without", Unit::Fraction}, {"recall_at_1_with", "with", Unit::Fraction},
                                        {"train_seconds_without", "train s without", Unit::Seconds}, {"train_seconds_with", "with", Unit::Seconds}});
        augmentation.chart = TableChart::bars(Unit::Fraction);
        for (const SettingResult* s : settings) {
            const LearnedResult* a = learnedNamed(*s, kLearned);
            const LearnedResult* b = learnedNamed(*s, kAugmented);
            const SystemResult* x = s->system(kLearned);
            const SystemResult* y = s->system(kAugmented);
            if (!a || !b || !x || !y)
                continue;
            augmentation.rows.push_back({settingLabel(*s), Cell::fixed(a->accuracy.layer2Accuracy), Cell::fixed(b->accuracy.layer2Accuracy),
                                         Cell::fixed(x->meanDistanceToTruth), Cell::fixed(y->meanDistanceToTruth), Cell::fixed(x->recallAt1),
                                         Cell::fixed(y->recallAt1), Cell::fixed(a->trainSeconds, 1), Cell::fixed(b->trainSeconds, 1)});
        }
        if (!augmentation.rows.empty())
            tables.push_back(augmentation);

        Table multiprobe = perSettingSystemTable(
            "multiprobe", protocol, "Multi-probe: recall@" + k + " and ms per query",
            "multiprobe",
            {{"probes", "partitions probed", Unit::Count}, {"recall_at_1", "recall@1", Unit::Fraction}, {"recall_at_k", "recall@k", Unit::Fraction},
             {"ms_single", "ms/query (single)", Unit::Milliseconds}, {"flops_per_query", "FLOPs/query", Unit::Flops}},
            settings, [](const SystemResult& s) { return s.partitioned; },
            [](const SystemResult& s) {
                return std::vector<Cell>{Cell::count(s.probes), Cell::fixed(s.recallAt1), Cell::fixed(s.recallAtK),
                                         Cell::significant(s.singleMsPerQuery), Cell::significant(s.flopsPerQuery)};
            });
        multiprobe.chart = TableChart::points("ms_single", "recall_at_k", "system", true);
        tables.push_back(multiprobe);

        Table imbalance = makeTable("imbalance", protocol, "Layer-2 imbalance per cluster",
                                    "imbalance",
                                    {kSetting, {"cluster", "cluster"}, {"size", "size", Unit::Count}, {"train", "train", Unit::Count},
                                     {"test", "test", Unit::Count}, {"distinct_targets", "distinct targets", Unit::Count},
                                     {"top_share", "top-share", Unit::Fraction}, {"entropy", "entropy", Unit::Bits},
                                     {"train_accuracy", "train acc.", Unit::Fraction}, {"test_queries", "test queries", Unit::Count},
                                     {"test_hits", "hits", Unit::Count}, {"test_accuracy", "test acc.", Unit::Fraction},
                                     {"test_low", "95% low", Unit::Fraction}, {"test_high", "95% high", Unit::Fraction},
                                     {"memorising", "memorising"}});
        imbalance.chart = TableChart::points("top_share", "test_accuracy", "setting", false, "test_low", "test_high");
        for (const SettingResult* s : settings)
            if (const LearnedResult* learned = s->learned.empty() ? nullptr : &s->learned.front()) // the plain hierarchy when there is one
                for (const ClusterImbalance& c : learned->imbalance)
                    imbalance.rows.push_back({settingLabel(*s), Cell::count(c.cluster), Cell::count(c.size), Cell::count(c.trainRows),
                                              Cell::count(c.testRows), Cell::count(c.distinctTargets), Cell::fixed(c.largestTargetShare),
                                              Cell::fixed(c.targetEntropyBits, 2), Cell::fixed(c.trainAccuracy), Cell::count(c.testQueries),
                                              Cell::count(c.testHits), c.testQueries ? Cell::fixed(c.testAccuracy) : Cell::missing(),
                                              Cell::fixed(c.testLow), Cell::fixed(c.testHigh), Cell::label(c.memorising ? "yes" : "")});
        tables.push_back(imbalance);
    }

    if (!result.skipped.empty()) {
        Table skipped{"skipped", "skipped", "Settings not run, and why",
                      "",
                      {kSetting, {"parameters", "weights", Unit::Count}, {"gibibytes", "GiB", Unit::Gibibytes},
                       {"epoch_seconds", "s per epoch (all models)", Unit::Seconds}, {"max_train_seconds", "training s at most", Unit::Seconds},
                       {"reason", "reason"}},
                      {},
                      TableChart::bars(Unit::Seconds)};
        addNote(skipped, "skipped");
        for (const SkippedSetting& s : result.skipped)
            skipped.rows.push_back({Cell::label("(" + std::to_string(s.point.clusters) + ", " + std::to_string(s.point.words) + ")"),
                                    Cell::significant(static_cast<double>(s.parameters)), Cell::fixed(gibFromBytes(static_cast<double>(s.bytes)), 2),
                                    Cell::significant(s.epochSeconds), Cell::significant(s.maxTrainSeconds), Cell::label(s.reason)});
        tables.push_back(skipped);
    }

    Table published{"paper_published", "paper_published", "The paper's published values (Tables 1–4)",
                    "",
                    {kSetting, {"scann_score", "ScaNN (score)", Unit::Score}, {"random_distance", "Random", Unit::Distance},
                     {"learned_distance", "ML", Unit::Distance}, {"layer1_accuracy", "layer-1 acc.", Unit::Fraction},
                     {"layer2_accuracy", "layer-2 acc.", Unit::Fraction}, {"scann_seconds", "ScaNN s/query", Unit::Seconds},
                     {"learned_seconds", "ML s/query", Unit::Seconds}},
                    {},
                    TableChart::bars(Unit::Distance)};
    addNote(published, "paper_published");
    for (const paper::PublishedRow& row : paper::kPublished)
        published.rows.push_back({Cell::label("(" + std::to_string(row.clusters) + ", " + std::to_string(row.words) + ")"), Cell::fixed(row.scannScore),
                                  Cell::fixed(row.randomDistance), Cell::fixed(row.learnedDistance), Cell::fixed(row.layer1Accuracy, 2),
                                  Cell::fixed(row.layer2Accuracy, 2), Cell::fixed(row.scannSeconds, 6), Cell::fixed(row.learnedSeconds, 6)});
    tables.push_back(published);
    return tables;
}

Table layer2AnswerTable(const Hierarchy& hierarchy)
{
    Table table{"layer2_answers", "layer2_answers", "Layer 2's answers on each cluster's test queries", "",
                {{"cluster", "cluster"}, {"row", "row"}, {"row_label", "row label"}, {"answer_count", "layer 2's answer", Unit::Count},
                 {"nearest_count", "exact nearest", Unit::Count}},
                {},
                TableChart::bars(Unit::Count)};
    const Dataset& data = hierarchy.dataset();
    const AccuracyReport& accuracy = hierarchy.accuracy();
    for (std::uint32_t c = 0; c < hierarchy.plan().clusters(); ++c)
        for (const AnswerSpread::Count& count : answerSpread(accuracy, c).counts)
            table.rows.push_back({Cell::count(c), count.row >= 0 ? Cell::count(static_cast<std::size_t>(count.row)) : Cell::missing(),
                                  Cell::label(count.row >= 0 ? data.labelOf(static_cast<std::size_t>(count.row)) : "none"),
                                  Cell::count(count.answered), Cell::count(count.nearest)});
    return table;
}

Table rowsWhere(const Table& table, const std::string& columnId, double value)
{
    Table slice = table;
    slice.rows.clear();
    const int column = table.columnIndex(columnId);
    if (column < 0)
        throw Error("the table " + table.id + " has no column " + columnId);
    for (const auto& row : table.rows)
        if (row[static_cast<std::size_t>(column)].number == value)
            slice.rows.push_back(row);
    return slice;
}

Table partitionSummaryTable(const PartitionExperimentResult& result)
{
    Table table{"summary", "partition_summary",
                "Learned partitions: " + std::to_string(result.methods.empty() ? result.settings.bins : result.methods.front().bins) + " bins",
                "",
                {{"method", "method"}, {"bins", "bins", Unit::Count}, {"imbalance", "largest bin / mean"}, {"stored_rows", "stored rows", Unit::Count},
                 {"bytes", "bytes", Unit::Count}, {"build_seconds", "build s", Unit::Seconds}, {"train_seconds", "train s", Unit::Seconds},
                 {"router_flops", "router FLOPs", Unit::Flops},
                 {"candidates", "candidates @" + recallTargetText(result.settings.targetRecall), Unit::Candidates},
                 {"equivalents", "distance-eq. @" + recallTargetText(result.settings.targetRecall), Unit::Candidates},
                 {"ms_per_query", "ms/query @" + recallTargetText(result.settings.targetRecall), Unit::Milliseconds}},
                {},
                TableChart::bars(Unit::Candidates)};
    addNote(table, "partition_summary",
            {std::to_string(result.baseRows), std::to_string(result.dim), std::to_string(result.queries), result.querySource,
             metricName(result.settings.metric), recallTargetText(result.settings.targetRecall)});
    const auto orMissing = [](double v) { return v >= 0.0 ? Cell::fixed(v, 1) : Cell::missing(); };
    for (const PartitionMethodResult& m : result.methods)
        table.rows.push_back({Cell::label(m.method), Cell::count(m.bins), Cell::fixed(m.imbalance, 3), Cell::count(m.storedRows),
                              Cell::count(m.bytes), Cell::fixed(m.buildSeconds, 2), Cell::fixed(m.trainSeconds, 2),
                              Cell::significant(m.routerFlops), orMissing(m.candidatesAtTarget), orMissing(m.distanceEquivalentsAtTarget),
                              m.msPerQueryAtTarget >= 0.0 ? Cell::significant(m.msPerQueryAtTarget) : Cell::missing()});
    return table;
}

Table partitionCrossoverTable(const PartitionScaleResult& result)
{
    Table table{"crossover", "partition_crossover", "When a learned index pays: total cost against rows", "",
                {{"rows", "base rows", Unit::Count}, {"best_fixed", "cheapest non-learned"}, {"fixed_cost", "its total cost", Unit::Candidates},
                 {"best_learned", "cheapest learned"}, {"learned_cost", "its total cost", Unit::Candidates},
                 {"cost_ratio", "learned / non-learned"}, {"fixed_ms", "ms/query non-learned", Unit::Milliseconds},
                 {"learned_ms", "ms/query learned", Unit::Milliseconds}, {"ms_ratio", "ms ratio"}},
                {}};
    const double target = result.runs.empty() ? 0.9 : result.runs.front().settings.targetRecall;
    addNote(table, "partition_crossover",
            {result.dataset, std::to_string(result.queries), result.querySource, std::to_string(result.availableRows), recallTargetText(target)});
    const auto orMissing = [](double v, int decimals) { return v >= 0.0 ? Cell::fixed(v, decimals) : Cell::missing(); };
    for (const CrossoverPoint& p : crossover(result))
        table.rows.push_back({Cell::count(p.rows), Cell::label(p.bestFixed), orMissing(p.fixedCost, 1), Cell::label(p.bestLearned),
                              orMissing(p.learnedCost, 1), orMissing(p.costRatio, 3), p.fixedMs >= 0.0 ? Cell::significant(p.fixedMs) : Cell::missing(),
                              p.learnedMs >= 0.0 ? Cell::significant(p.learnedMs) : Cell::missing(), orMissing(p.msRatio, 3)});
    return table;
}

Table partitionCurveTable(const PartitionExperimentResult& result)
{
    Table table{"curves", "partition_curves", "Probe curves", "",
                {{"method", "method"}, {"probes", "probes", Unit::Count}, {"mean_probes", "mean probes"},
                 {"threshold", "adaptive threshold"}, {"candidates", "candidates", Unit::Candidates},
                 {"recall_at_1", "recall@1", Unit::Fraction}, {"recall_at_10", "recall@10", Unit::Fraction}},
                {},
                TableChart::points("candidates", "recall_at_10", "method", false)};
    // A fixed curve probes the same bins for every query (no threshold); an adaptive one is a sweep of its
    // rule's threshold, each query probing its own number of bins.
    for (const PartitionMethodResult& m : result.methods)
        for (const ProbePoint& p : m.curve)
            table.rows.push_back({Cell::label(m.method), Cell::count(p.probes), Cell::fixed(p.meanProbes, 3),
                                  std::isnan(p.threshold) ? Cell::missing() : Cell::significant(p.threshold), Cell::fixed(p.candidates, 2),
                                  Cell::fixed(p.recallAt1, 4), Cell::fixed(p.recallAt10, 4)});
    return table;
}

int Table::columnIndex(const std::string& columnId) const
{
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (columns[c].id == columnId)
            return static_cast<int>(c);
    return -1;
}

std::vector<std::string> systemsOf(const ExperimentResult& result)
{
    std::vector<const SettingResult*> all;
    for (const SettingResult& s : result.results)
        all.push_back(&s);
    return systemLabels(all);
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
    text += line(columnTitles(table));
    text += "|";
    for (std::size_t i = 0; i < table.columns.size(); ++i)
        text += i == 0 ? "---|" : "---:|";
    text += "\n";
    for (const auto& row : table.rows) {
        std::vector<std::string> cells;
        for (const Cell& cell : row)
            cells.push_back(cell.format());
        text += line(cells);
    }
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
    line(columnTitles(table));
    for (const auto& row : table.rows) {
        std::vector<std::string> cells;
        for (const Cell& cell : row)
            cells.push_back(cell.isMissing() ? std::string() : cell.format(true));
        line(cells);
    }
    return text;
}

} // namespace nnscope
