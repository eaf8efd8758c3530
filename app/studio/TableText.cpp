#include "studio/TableText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <map>

namespace nnscope::studio {
namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("TableText", text);
}

} // namespace

QString columnTitle(const Column& column)
{
    static const std::map<std::string, const char*> titles = {
        {"setting", QT_TRANSLATE_NOOP("TableText", "(clusters, words)")},
        {"system", QT_TRANSLATE_NOOP("TableText", "system")},
        {"learned_kmeans_cluster", QT_TRANSLATE_NOOP("TableText", "learned: k-means cluster")},
        {"learned_neighbor_cluster", QT_TRANSLATE_NOOP("TableText", "learned: neighbour's cluster")},
        {"augmented_kmeans_cluster", QT_TRANSLATE_NOOP("TableText", "learned+augment: k-means cluster")},
        {"augmented_neighbor_cluster", QT_TRANSLATE_NOOP("TableText", "learned+augment: neighbour's cluster")},
        {"augmented_oracle", QT_TRANSLATE_NOOP("TableText", "learned+augment (true cluster given)")},
        {"augmented_recall_at_1", QT_TRANSLATE_NOOP("TableText", "learned+augment recall@1")},
        {"twin_kmeans_cluster", QT_TRANSLATE_NOOP("TableText", "centroid twin: k-means cluster")},
        {"learned_routed", QT_TRANSLATE_NOOP("TableText", "learned (routed by layer 1)")},
        {"learned_oracle", QT_TRANSLATE_NOOP("TableText", "learned (true cluster given)")},
        {"augmented_routed", QT_TRANSLATE_NOOP("TableText", "learned+augment (routed)")},
        {"twin", QT_TRANSLATE_NOOP("TableText", "centroid twin")},
        {"learned_recall_at_1", QT_TRANSLATE_NOOP("TableText", "learned recall@1")},
        {"learned_kmeans_cluster_in_sample", QT_TRANSLATE_NOOP("TableText", "learned: k-means cluster (in-sample draw)")},
        {"learned_routed_in_sample", QT_TRANSLATE_NOOP("TableText", "learned (routed, in-sample draw)")},
        {"recall_at_1", QT_TRANSLATE_NOOP("TableText", "recall@1")},
        {"megabytes", QT_TRANSLATE_NOOP("TableText", "MB")},
        {"flops_per_query", QT_TRANSLATE_NOOP("TableText", "FLOPs/query")},
        {"layer2_without", QT_TRANSLATE_NOOP("TableText", "layer-2 acc. without")},
        {"layer2_with", QT_TRANSLATE_NOOP("TableText", "with")},
        {"distance_without", QT_TRANSLATE_NOOP("TableText", "distance to truth without")},
        {"distance_with", QT_TRANSLATE_NOOP("TableText", "with")},
        {"recall_at_1_without", QT_TRANSLATE_NOOP("TableText", "recall@1 without")},
        {"recall_at_1_with", QT_TRANSLATE_NOOP("TableText", "with")},
        {"train_seconds_without", QT_TRANSLATE_NOOP("TableText", "train s without")},
        {"train_seconds_with", QT_TRANSLATE_NOOP("TableText", "with")},
        {"probes", QT_TRANSLATE_NOOP("TableText", "partitions probed")},
        {"mean_probes", QT_TRANSLATE_NOOP("TableText", "mean probes")},
        {"threshold", QT_TRANSLATE_NOOP("TableText", "adaptive threshold")},
        {"answered", QT_TRANSLATE_NOOP("TableText", "answered")},
        {"ms_single", QT_TRANSLATE_NOOP("TableText", "ms/query (single)")},
        {"cluster", QT_TRANSLATE_NOOP("TableText", "cluster")},
        {"size", QT_TRANSLATE_NOOP("TableText", "size")},
        {"train", QT_TRANSLATE_NOOP("TableText", "train")},
        {"test", QT_TRANSLATE_NOOP("TableText", "test")},
        {"distinct_targets", QT_TRANSLATE_NOOP("TableText", "distinct targets")},
        {"top_share", QT_TRANSLATE_NOOP("TableText", "top-share")},
        {"entropy", QT_TRANSLATE_NOOP("TableText", "entropy")},
        {"train_accuracy", QT_TRANSLATE_NOOP("TableText", "train acc.")},
        {"test_queries", QT_TRANSLATE_NOOP("TableText", "test queries")},
        {"test_accuracy", QT_TRANSLATE_NOOP("TableText", "test acc.")},
        {"test_hits", QT_TRANSLATE_NOOP("TableText", "hits")},
        {"test_low", QT_TRANSLATE_NOOP("TableText", "95% low")},
        {"test_high", QT_TRANSLATE_NOOP("TableText", "95% high")},
        {"memorising", QT_TRANSLATE_NOOP("TableText", "memorising")},
        {"measure", QT_TRANSLATE_NOOP("TableText", "measure")},
        {"key", QT_TRANSLATE_NOOP("TableText", "setting")},
        {"difference", QT_TRANSLATE_NOOP("TableText", "B − A")},
        {"scann_score", QT_TRANSLATE_NOOP("TableText", "ScaNN (score)")},
        {"random_distance", QT_TRANSLATE_NOOP("TableText", "Random")},
        {"learned_distance", QT_TRANSLATE_NOOP("TableText", "ML")},
        {"layer1_accuracy", QT_TRANSLATE_NOOP("TableText", "layer-1 acc.")},
        {"layer2_accuracy", QT_TRANSLATE_NOOP("TableText", "layer-2 acc.")},
        {"scann_seconds", QT_TRANSLATE_NOOP("TableText", "ScaNN s/query")},
        {"row", QT_TRANSLATE_NOOP("TableText", "row")},
        {"row_label", QT_TRANSLATE_NOOP("TableText", "row label")},
        {"answer_count", QT_TRANSLATE_NOOP("TableText", "layer 2's answer")},
        {"nearest_count", QT_TRANSLATE_NOOP("TableText", "exact nearest")},
        {"learned_seconds", QT_TRANSLATE_NOOP("TableText", "ML s/query")},
    };
    const auto found = titles.find(column.id);
    if (found != titles.end())
        return translated(found->second);
    if (column.id == "recall_at_k")
        return QCoreApplication::translate("TableText", "recall@k");
    if (column.id.rfind("score:", 0) == 0)
        return QCoreApplication::translate("TableText", "%1 score").arg(QString::fromStdString(column.id.substr(6)));
    return QString::fromStdString(column.title); // a system's label, or a view's own column
}

QStringList columnTitles(const Table& table)
{
    QStringList titles;
    for (const Column& column : table.columns)
        titles << columnTitle(column);
    return titles;
}

QString tableNote(const Table& table)
{
    static const std::map<std::string, const char*> texts = {
        {"protocol_paper", QT_TRANSLATE_NOOP("TableText", "Paper protocol (the authors' code): within-cluster cosine targets, cluster-grouped 90/10 split, "
                                                          "test-time normalised centroid; truth = the stored within-cluster cosine nearest neighbour.")},
        {"protocol_corrected", QT_TRANSLATE_NOOP("TableText", "Corrected protocol: stratified seeded split, same centroid handling in training and test; "
                                                              "truth = the global exact nearest neighbour.")},
        {"table1_distance", QT_TRANSLATE_NOOP("TableText", "Euclidean distance between each system's top-1 and the truth, over the queries it answered (a "
                                                           "system that answered none shows –; the recall table gives each system's answered share); smaller is better.")},
        {"scann_score", QT_TRANSLATE_NOOP("TableText", "'%1 score' is the mean score ScaNN gives its top-1, <q, x/‖x‖> (rows normalised, queries not): "
                                                       "what the paper's ScaNN column averaged.")},
        {"table2_layer1", QT_TRANSLATE_NOOP("TableText", "'k-means cluster': predicted cluster = the row's own cluster (the paper's metric); the "
                                                         "nearest-centroid twin scores 1 on it by construction. 'neighbour's cluster': predicted cluster "
                                                         "holds the exact nearest neighbour.")},
        {"table3_layer2_paper", QT_TRANSLATE_NOOP("TableText", "Hit: layer-2's top-1 position is among the query's 5 stored within-cluster neighbour "
                                                               "positions (compared as numbers, as the authors' code did).")},
        {"table3_layer2_corrected", QT_TRANSLATE_NOOP("TableText", "Hit: the global exact nearest neighbour is among layer-2's top 5.")},
        {"in_sample", QT_TRANSLATE_NOOP("TableText", "The in-sample columns score the same models on rows drawn from the whole table, as every runnable "
                                                     "version of the authors' evaluation script did (about 90% are training rows); the other columns use "
                                                     "the held-out last 10%.")},
        {"table4_time_single", QT_TRANSLATE_NOOP("TableText", "Wall time of one search call per query, averaged.")},
        {"recall", QT_TRANSLATE_NOOP("TableText", "Each query's own row excluded from the truth and the answers.")},
        {"cost", QT_TRANSLATE_NOOP("TableText", "FLOPs are estimates from each system's structure (a multiply-add counts 2); the learned rows count "
                                                "both CNN layers.")},
        {"augmentation", QT_TRANSLATE_NOOP("TableText", "Perturbed copies of members labelled with their exact nearest other member, class-balanced sampling.")},
        {"multiprobe", QT_TRANSLATE_NOOP("TableText", "Every system that probes partitions (its searcher's property: the learned hierarchy, its twin and "
                                                      "layer 1 over the run's clusters, ScaNN's leaves, FAISS's inverted lists) at the number it probes; "
                                                      "learned with rerank=1 re-ranks its layer-2 candidates exactly; the twin and layer1 scan the probed "
                                                      "clusters exactly.")},
        {"imbalance", QT_TRANSLATE_NOOP("TableText", "top-share: the most common training target's share; entropy in bits; test accuracy with the true "
                                                     "cluster given, with its 95% Wilson interval (few queries per cluster: wide); memorising: training "
                                                     "accuracy at least 0.3 above the interval.")},
        {"skipped", QT_TRANSLATE_NOOP("TableText", "Estimated before any work: weights from the model formulas (clusters of equal size), training time "
                                                   "from this machine's measured matrix-multiply rate (forward + backward = 3 forward passes per training "
                                                   "row); the bound uses the preset's epoch limit, and early stopping usually ends sooner.")},
        {"paper_published", QT_TRANSLATE_NOOP("TableText", "From the paper, on 10,000–50,000 words of glove.6B.100d; its ScaNN column is ScaNN's own "
                                                           "top-1 score, not a distance. Settings our grid shares with the paper appear in our tables "
                                                           "under the same (clusters, words).")},
        {"partition_summary", QT_TRANSLATE_NOOP("TableText", "%1 base rows x %2, %3 queries (%4), %5. Candidates: rows scanned in the probed bins at "
                                                             "recall@10 = %6 (interpolated over probes); distance-equivalents add the router's "
                                                             "multiply-adds divided by the dimension.")},
    };
    QStringList parts;
    for (const Table::NotePart& part : table.noteParts) {
        const auto found = texts.find(part.id);
        if (found == texts.end())
            return QString::fromStdString(table.note); // a part this studio cannot word: the engine's whole note
        QString text = translated(found->second);
        for (const std::string& argument : part.arguments)
            text = text.arg(QString::fromStdString(argument));
        parts << text;
    }
    return parts.isEmpty() ? QString::fromStdString(table.note) : parts.join(' ');
}

QString datasetTitle(const Dataset& data)
{
    if (const auto& cut = data.cut())
        return QCoreApplication::translate("TableText", "%1 (first %2 rows)").arg(QString::fromStdString(cut->source)).arg(cut->rows);
    return QString::fromStdString(data.source());
}

QString protocolTitle(const std::string& protocol)
{
    if (protocol == "paper")
        return QCoreApplication::translate("TableText", "paper");
    if (protocol == "corrected")
        return QCoreApplication::translate("TableText", "corrected");
    return QString::fromStdString(protocol);
}

QString tableTitle(const Table& table)
{
    static const std::map<std::string, const char*> titles = {
        {"table1_distance", QT_TRANSLATE_NOOP("TableText", "Table 1: average distance to the true neighbour")},
        {"table2_layer1", QT_TRANSLATE_NOOP("TableText", "Table 2: layer-1 accuracy")},
        {"table3_layer2", QT_TRANSLATE_NOOP("TableText", "Table 3: layer-2 top-5 accuracy")},
        {"table4_time_single", QT_TRANSLATE_NOOP("TableText", "Table 4: mean time per query, one query per call (ms)")},
        {"table4_time_batched", QT_TRANSLATE_NOOP("TableText", "Table 4b: mean time per query, all queries in one call (ms)")},
        {"recall", QT_TRANSLATE_NOOP("TableText", "Recall against exact search")},
        {"cost", QT_TRANSLATE_NOOP("TableText", "Cost per query: memory and FLOPs")},
        {"augmentation", QT_TRANSLATE_NOOP("TableText", "Augmentation: the paper's proposed, untested layer-2 augmentation")},
        {"multiprobe", QT_TRANSLATE_NOOP("TableText", "Multi-probe: recall and ms per query")},
        {"imbalance", QT_TRANSLATE_NOOP("TableText", "Layer-2 imbalance per cluster")},
        {"layer2_answers", QT_TRANSLATE_NOOP("TableText", "Layer 2's answers on each cluster's test queries")},
        {"paper_published", QT_TRANSLATE_NOOP("TableText", "The paper's published values (Tables 1–4)")},
    };
    const auto found = titles.find(table.kind);
    if (found == titles.end())
        return QString::fromStdString(table.title);
    const std::string protocol = table.id.size() > table.kind.size() + 1 ? table.id.substr(table.kind.size() + 1) : std::string();
    const QString title = translated(found->second);
    return protocol.empty() ? title : QCoreApplication::translate("TableText", "%1 (%2 protocol)").arg(title, protocolTitle(protocol));
}

QString stageTitle(const Stage& stage)
{
    const QString subject = QString::fromStdString(stage.subject);
    switch (stage.kind) {
    case Stage::Kind::Clustering: return QCoreApplication::translate("TableText", "clustering");
    case Stage::Kind::Training: return QCoreApplication::translate("TableText", "training");
    case Stage::Kind::TrainingAugmented: return QCoreApplication::translate("TableText", "training (augmented)");
    case Stage::Kind::Truth: return QCoreApplication::translate("TableText", "exact search (truth)");
    case Stage::Kind::Measuring: return QCoreApplication::translate("TableText", "measuring %1").arg(subject);
    case Stage::Kind::Building: return QCoreApplication::translate("TableText", "building %1").arg(subject);
    case Stage::Kind::Probing: return QCoreApplication::translate("TableText", "probing %1").arg(subject);
    case Stage::Kind::Graph: return QCoreApplication::translate("TableText", "k-NN graph, %1 neighbours per row").arg(subject);
    case Stage::Kind::Gathering: return QCoreApplication::translate("TableText", "waiting for rank %1").arg(subject);
    case Stage::Kind::Epoch:
        return QCoreApplication::translate("TableText", "training %1: epoch %2 of at most %3, loss %4")
            .arg(subject)
            .arg(stage.step)
            .arg(stage.steps)
            .arg(QLocale().toString(stage.loss, 'f', 4));
    }
    return subject;
}

QString noticeTitle(const Notice& notice)
{
    const auto count = [&](std::size_t i) { return i < notice.counts.size() ? QString::number(notice.counts[i]) : QString("?"); };
    QString text;
    switch (notice.kind) {
    case Notice::Kind::LeavesCapped:
        text = QCoreApplication::translate("TableText", "ScaNN: %1 leaves asked for %2 training points; using %2").arg(count(0), count(1));
        break;
    case Notice::Kind::AllLeavesSearched: text = QCoreApplication::translate("TableText", "ScaNN: searching all %1 leaves").arg(count(0)); break;
    case Notice::Kind::FewRowsPerList:
        text = QCoreApplication::translate("TableText", "%1 rows train %2 lists (FAISS advises at least 39 rows per list)").arg(count(0), count(1));
        break;
    case Notice::Kind::EmptyClusters:
        text = QCoreApplication::translate("TableText", "%1 of %2 clusters are empty: the data has fewer distinct points than clusters").arg(count(0), count(1));
        break;
    case Notice::Kind::Text: return QString::fromStdString(noticeText(notice)); // only its English survives in a results file
    }
    return notice.subject.empty() ? text : QString::fromStdString(notice.subject) + ": " + text;
}

QString phaseTitle(TrainingProgress::Phase phase)
{
    switch (phase) {
    case TrainingProgress::Phase::Clustering: return QCoreApplication::translate("TableText", "clustering");
    case TrainingProgress::Phase::Planning: return QCoreApplication::translate("TableText", "building targets");
    case TrainingProgress::Phase::Layer1: return QCoreApplication::translate("TableText", "layer 1");
    case TrainingProgress::Phase::Layer2: return QCoreApplication::translate("TableText", "layer 2");
    case TrainingProgress::Phase::Evaluating: return QCoreApplication::translate("TableText", "evaluating");
    case TrainingProgress::Phase::Saving: return QCoreApplication::translate("TableText", "saving");
    case TrainingProgress::Phase::Done: return QCoreApplication::translate("TableText", "done");
    }
    return {};
}

} // namespace nnscope::studio
